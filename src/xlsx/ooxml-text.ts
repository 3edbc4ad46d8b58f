/**
 * Text as an .xlsx must store it to read back exactly. OOXML strings (ST_Xstring) encode characters XML
 * cannot carry as `_xHHHH_`, and readers (Excel, LibreOffice, ExcelJS) decode that pattern. So:
 * - a literal `_xHHHH_` typed by a user is protected by escaping its `_` as `_x005F_`;
 * - control characters, which ExcelJS would silently drop, are written as `_xHHHH_`;
 * - CR is written as `_x000D_`, because XML parsing turns a raw CR (or CR LF) into LF.
 */

const LITERAL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;
// Tab (09) and line feed (0A) are valid XML characters and stay as they are.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const NEEDS_ENCODING = /[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]/g;

function hex4(ch: string): string {
  return ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
}

/** The string to hand ExcelJS so that every reader decodes exactly `text`. */
export function encodeOoxmlText(text: string): string {
  return text.replace(LITERAL_ESCAPE, "_x005F_$1").replace(NEEDS_ENCODING, (ch) => `_x${hex4(ch)}_`);
}

/** Text escaped for an XML attribute value or element content. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
