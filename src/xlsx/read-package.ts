/**
 * The package parts the .xlsx reader takes from the XML itself, and the copy of the package it hands to
 * ExcelJS 4.4, which misreads two things in table parts:
 * - a `<tableColumn>` with a child element (`<calculatedColumnFormula>`, which our writer and Excel write
 *   for calculated columns) makes it lose every later column and then throw (exceljs/exceljs#1240), so the
 *   copy keeps the columns' attributes only;
 * - it reads a missing `headerRowCount` as 0, while its ECMA-376 default is 1 (Part 1 §18.5.1.2, and Excel
 *   omits the attribute for the usual one header row), so the copy writes it out.
 * - it drops a formula's cached result when it is the empty text (`<v></v>` in a `t="str"` cell, what Excel
 *   and LibreOffice save for `=IF(…,"",…)`), so the copy stores a marker there that the reader turns back into "".
 * Defined names are read here too: ExcelJS keeps only plain ranges and drops formula names such as `vamHoy`.
 */
import JSZip from "jszip";

/** One `<definedName>` as stored: its name, reference text (no leading `=`) and sheet scope, if any. */
export interface StoredName {
  readonly name: string;
  readonly text: string;
  /** Zero-based position of the sheet a sheet-scoped name belongs to; absent for workbook names. */
  readonly localSheetId?: number;
}

const ENTITY = /&(#x[0-9A-Fa-f]+|#\d+|lt|gt|amp|quot|apos);/g;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML character and entity references decoded (the five predefined entities, `&#…;`). */
export function decodeXmlText(text: string): string {
  return text.replace(ENTITY, (whole, entity: string) => {
    if (!entity.startsWith("#")) return NAMED_ENTITIES[entity] ?? whole;
    const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** OOXML `_xHHHH_` escapes decoded (ST_Xstring), as readers do for cell text; `_x005F_` protects a literal. */
export function decodeOoxmlEscapes(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.set(match[1] as string, decodeXmlText(match[2] ?? match[3] ?? ""));
  }
  return attributes;
}

/**
 * The `<definedName>` elements of workbook.xml. A definedName holds only text (CT_DefinedName is a string
 * with attributes), so a pattern over the element is exact; a namespace prefix is allowed.
 */
export function storedNames(workbookXml: string): StoredName[] {
  const element = /<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?definedName\s*>)/g;
  const names: StoredName[] = [];
  for (const match of workbookXml.matchAll(element)) {
    const attributes = attributesOf(match[1] ?? "");
    const name = attributes.get("name");
    if (name === undefined) continue;
    const local = attributes.get("localSheetId");
    const text = decodeXmlText(match[2] ?? "");
    names.push(local === undefined ? { name, text } : { name, text, localSheetId: Number(local) });
  }
  return names;
}

/** A table part ExcelJS reads right: columns without children, `headerRowCount` spelled out. */
export function loadableTableXml(xml: string): string {
  const columns = xml.replace(
    /<((?:[\w.-]+:)?tableColumn)\b([^>]*?)(?<!\/)>[\s\S]*?<\/\1\s*>/g,
    (_whole, tag: string, attributes: string) => `<${tag}${attributes}/>`,
  );
  return columns.replace(/<((?:[\w.-]+:)?table)\b([^>]*?)(\/?)>/, (whole, tag: string, attributes: string, end) =>
    /\sheaderRowCount\s*=/.test(attributes) ? whole : `<${tag}${attributes} headerRowCount="1"${end as string}>`,
  );
}

/** Marks a cached empty text result in the copy ExcelJS reads: private-use characters no cell text holds. */
export const CACHED_EMPTY_TEXT = "\uE000vam:empty\uE000";

/** A worksheet part whose empty cached text results ExcelJS keeps, as the marker. */
export function loadableSheetXml(xml: string): string {
  // The run stays inside one `<c>…</c>` (it may not cross `</c>` or another `<c`) and stops at its `<v>`.
  return xml.replace(
    /(<c\b[^>]*?\st="str"[^>]*(?<!\/)>(?:(?!<\/c>|<c[\s>])[\s\S])*?)<v(?:\s*\/>|>\s*<\/v>)/g,
    `$1<v>${CACHED_EMPTY_TEXT}</v>`,
  );
}

/** The text of a package part, or `null` when the package has no such part. */
export async function partText(zip: JSZip, path: string): Promise<string | null> {
  const part = zip.file(path);
  return part === null ? null : part.async("string");
}

async function transformParts(zip: JSZip, pattern: RegExp, transform: (xml: string) => string): Promise<void> {
  for (const path of Object.keys(zip.files).filter((name) => pattern.test(name))) {
    const xml = await partText(zip, path);
    if (xml !== null) zip.file(path, transform(xml));
  }
}

/** The package's bytes with its table and sheet parts made readable by ExcelJS (the zip is changed in place). */
export async function loadableByExcelJs(zip: JSZip): Promise<Uint8Array> {
  await transformParts(zip, /^xl\/tables\/[^/]+\.xml$/i, loadableTableXml);
  await transformParts(zip, /^xl\/worksheets\/[^/]+\.xml$/i, loadableSheetXml);
  return zip.generateAsync({ type: "uint8array" });
}
