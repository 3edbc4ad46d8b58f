/**
 * Bytes of a CSV file → text. Excel saves CSV in three encodings: "CSV UTF-8" (UTF-8 with a BOM),
 * plain "CSV" (the Windows ANSI code page: windows-1252 on Spanish and English Windows) and
 * "Unicode text" (UTF-16 LE with a BOM, tab-separated).
 */

/** The encoding the text was read in. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** Decoded text, BOM removed, and the encoding that was used. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/**
 * Decodes by BOM when there is one, else as UTF-8; bytes that are not valid UTF-8 are read as
 * windows-1252 (every byte maps to a character there, so this never fails).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, "utf-16be");
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch (e: unknown) {
    // TextDecoder with fatal: true throws a TypeError on malformed UTF-8 (checked by name: the error may
    // come from another realm, e.g. under jest); anything else is a real bug.
    if (!(typeof e === "object" && e !== null && "name" in e && e.name === "TypeError")) throw e;
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

/**
 * windows-1252 bytes 0x80–0x9F (€, curly quotes, dashes, …); 0 marks the five unassigned bytes, which
 * WHATWG maps to the same code point. Decoded by hand: Node 20's TextDecoder("windows-1252") decodes
 * this range as Latin-1 control characters instead.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Every other byte is the code point of the same number (the Latin-1 range). */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) {
    const high = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : 0;
    text += String.fromCharCode(high !== undefined && high !== 0 ? high : byte);
  }
  return text;
}

function decodeAs(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): DecodedText {
  // TextDecoder drops a leading BOM by default.
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
