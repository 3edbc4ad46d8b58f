/** Text a user (or a shared workbook) may contain that a careless writer turns into formulas, numbers or markup. */

/** Longest text Excel keeps in one cell (UTF-16 code units). */
const LONGEST = 32_767;

/** Label → text; every one must come back exactly as written. */
export const HOSTILE_TEXTS: readonly (readonly [string, string])[] = [
  ["formula", "=1+1"],
  ["phone number", "+34 600 000 000"],
  ["negative-looking", "-5"],
  ["at-sign formula", "@SUM(A1:A2)"],
  ["apostrophe prefix", "'Comillas'"],
  ["hyperlink formula", '=HYPERLINK("http://example.invalid","x")'],
  ["markup", "<img src=x onerror=alert(1)>"],
  ["XML entity text", "&amp; &lt;b&gt; ]]>"],
  ["emoji", "👩🏽‍💼 Cliente clave 🚀"],
  ["right-to-left", "شركة الأمل للتجارة"],
  ["OOXML escape look-alike", "_x0041_ y _x00e9_"],
  ["CR LF line break", "línea 1\r\nlínea 2"],
  ["control character", "campana\u0007"],
  ["surrounding spaces", "  espacios  "],
  ["leading zeros", "0001234"],
  ["scientific-looking", "1e5"],
  ["boolean-looking", "TRUE"],
  ["error-looking", "#N/A"],
  ["date-looking", "2027-03-15"],
  ["longest cell", `${"Ñ".repeat(LONGEST - 1)}·`],
];
