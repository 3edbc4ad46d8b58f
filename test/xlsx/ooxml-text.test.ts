import { encodeOoxmlText, escapeXml } from "../../src/xlsx/ooxml-text";

describe("text encoded for OOXML strings", () => {
  it.each([
    ["plain", "plain"],
    ["=1+1", "=1+1"],
    ["_x0041_", "_x005F_x0041_"],
    ["a_x00e9_b", "a_x005F_x00e9_b"],
    ["_x41_", "_x41_"],
    ["tab\tand\nnewline", "tab\tand\nnewline"],
    ["cr\r\nlf", "cr_x000D_\nlf"],
    ["bell\u0007", "bell_x0007_"],
    ["nul\u0000", "nul_x0000_"],
    ["del\u007f", "del_x007F_"],
  ])("given %j, ExcelJS receives %j", (text, encoded) => {
    expect(encodeOoxmlText(text)).toBe(encoded);
  });

  it("given markup, the XML escape leaves no active character", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });
});
