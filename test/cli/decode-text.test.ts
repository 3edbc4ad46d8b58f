import { decodeText } from "../../src/cli/decode-text";

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe("decodeText", () => {
  it.each([
    ["UTF-8 with BOM (Excel's CSV UTF-8)", bytes(0xef, 0xbb, 0xbf, 0x43, 0xc3, 0xb1), "Cñ", "utf-8"],
    ["UTF-8 without BOM", bytes(0x43, 0xc3, 0xb1), "Cñ", "utf-8"],
    [
      "windows-1252 (Excel's classic CSV)",
      bytes(0x43, 0xf1, 0x80, 0x93, 0x94, 0x96, 0x81),
      "Cñ€“”–\u0081",
      "windows-1252",
    ],
    ["UTF-16 LE with BOM (Excel's Unicode text)", bytes(0xff, 0xfe, 0x43, 0x00, 0xf1, 0x00), "Cñ", "utf-16le"],
    ["UTF-16 BE with BOM", bytes(0xfe, 0xff, 0x00, 0x43, 0x00, 0xf1), "Cñ", "utf-16be"],
  ])("given %s, decodes the text and drops the BOM", (_label, input, text, encoding) => {
    expect(decodeText(input)).toEqual({ text, encoding });
  });
});
