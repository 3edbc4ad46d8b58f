/**
 * Text a person (or a pasted file) can put anywhere: the whole Unicode range, lone surrogates, controls,
 * right-to-left and combining marks, emoji sequences, the characters Excel forbids in sheet names, and
 * strings as long as a cell can hold (32,767 UTF-16 units).
 */
import fc from "fast-check";

/** Excel's limit on the characters of one cell, UTF-16 units (Excel specifications and limits). */
export const MAX_CELL_CHARS = 32_767;

/** Characters chosen because some rule treats them specially. */
const SPECIAL_UNITS = [
  // Excel's forbidden sheet-name characters and the apostrophe it refuses at either end.
  ":",
  "\\",
  "/",
  "?",
  "*",
  "[",
  "]",
  "'",
  // CSV structure and formula starters.
  ",",
  ";",
  "\t",
  '"',
  "=",
  "+",
  "-",
  "@",
  // Line breaks and other controls (C0, DEL, C1 NEL), Unicode separators, BOM, noncharacters.
  "\n",
  "\r",
  "\u0001",
  "\u001f",
  "\u007f",
  "\u0085",
  "\u2028",
  "\u2029",
  "\ufeff",
  "\ufffe",
  "\uffff",
  // Spaces Excel and String.trim see differently.
  " ",
  "\u00a0",
  "\u3000",
  // Right-to-left text and the bidi controls that flip it.
  "\u05d0",
  "\u0627",
  "\u202e",
  "\u2067",
  // Combining marks, joiners, variation selectors.
  "\u0301",
  "e\u0301",
  "\u200d",
  "\ufe0f",
  // Astral characters: emoji, a ZWJ family, a flag, a skin tone, a CJK extension B ideograph.
  "😀",
  "👩‍👩‍👧",
  "🇪🇸",
  "👍🏽",
  "𠀀",
  // Letters whose case mapping changes length or differs by locale.
  "ß",
  "İ",
  "ı",
  "ǅ",
  "ς",
  // What the sheet names add themselves.
  "…",
  "·",
];

/** One lone UTF-16 surrogate: not text, but a string can hold it. */
export const loneSurrogate: fc.Arbitrary<string> = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code));

/** One unit of hostile text: a special character, any code point, any BMP unit, or a grapheme. */
export const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL_UNITS) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: loneSurrogate },
);

/** Hostile text of at most `maxLength` units. */
export function hostileText(maxLength: number, minLength = 0): fc.Arbitrary<string> {
  return fc.string({ unit: hostileUnit, minLength, maxLength });
}

/** A hostile chunk repeated up to exactly `length` UTF-16 units (the cut may split a surrogate pair). */
export function longText(length: number): fc.Arbitrary<string> {
  return hostileText(12, 1).map((chunk) => chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length));
}

/**
 * A client name a person could type: hostile, sometimes exactly `longest` UTF-16 units (a cell's 32,767 by
 * default) or one short of it, never blank once trimmed (a blank name is refused before anything is built).
 */
export function hostileClientName(longest = MAX_CELL_CHARS): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 12, arbitrary: hostileText(40, 1) },
      { weight: 1, arbitrary: longText(longest) },
      { weight: 1, arbitrary: longText(longest - 1) },
    )
    .filter((name) => name.trim() !== "");
}
