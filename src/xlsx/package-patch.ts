/**
 * What ExcelJS cannot write, patched into the .xlsx package it produced (a zip of XML parts):
 * defined names (workbook.xml), links to defined names (sheet XML) and calculated-column formulas
 * (table XML); it also drops ExcelJS's dangling empty x14 references. Each patch is a small string
 * transform of one part, anchored on elements ExcelJS writes, and throws if its anchor is missing.
 */
import JSZip from "jszip";
import { cellAddress } from "./a1";
import { escapeXml } from "./ooxml-text";
import type { CalculatedColumn } from "./write-tables";
import type { NameLink } from "./write-cells";

/** Everything to patch into one package. */
export interface PackagePatch {
  /** The `<definedNames>` element, or `""`. */
  readonly definedNames: string;
  /** Every sheet's links to defined names, by ExcelJS worksheet id (part `xl/worksheets/sheet<id>.xml`). */
  readonly links: ReadonlyMap<number, readonly NameLink[]>;
  readonly calculatedColumns: readonly CalculatedColumn[];
}

/** workbook.xml with `<definedNames>` right after `<sheets>`, where CT_Workbook's sequence puts it. */
export function insertDefinedNames(workbookXml: string, definedNames: string): string {
  if (definedNames === "") return workbookXml;
  if (workbookXml.includes("<definedNames")) {
    throw new Error("workbook.xml already has <definedNames>: the writer must be the only source of names");
  }
  const at = workbookXml.indexOf("</sheets>");
  if (at < 0) throw new Error("workbook.xml has no </sheets>");
  const end = at + "</sheets>".length;
  return workbookXml.slice(0, end) + definedNames + workbookXml.slice(end);
}

/**
 * Where `<hyperlinks>` goes: after the last element CT_Worksheet puts before it (sheetData, mergeCells,
 * conditionalFormatting, dataValidations). Closing tags are searched, so nested `<extLst>`s cannot mislead.
 */
function hyperlinksPosition(sheetXml: string): number {
  const ends = ["<sheetData/>", "</sheetData>", "</mergeCells>", "</conditionalFormatting>", "</dataValidations>"].map(
    (tag) => {
      const at = sheetXml.lastIndexOf(tag);
      return at < 0 ? -1 : at + tag.length;
    },
  );
  const at = Math.max(...ends);
  if (at < 0) throw new Error("sheet XML has no <sheetData>");
  return at;
}

/** Sheet XML with internal hyperlinks (`location` = the defined name, no relationship). */
export function insertNameLinks(sheetXml: string, links: readonly NameLink[]): string {
  if (links.length === 0) return sheetXml;
  if (sheetXml.includes("<hyperlinks")) {
    throw new Error("sheet XML already has <hyperlinks>");
  }
  const element = links
    .map((link) => `<hyperlink ref="${cellAddress(link.row, link.column)}" location="${escapeXml(link.name)}"/>`)
    .join("");
  const at = hyperlinksPosition(sheetXml);
  return `${sheetXml.slice(0, at)}<hyperlinks>${element}</hyperlinks>${sheetXml.slice(at)}`;
}

/**
 * ExcelJS gives every data-bar rule an `<extLst>` pointing at an x14 extension by id; for a plain
 * (Excel 2007) data bar the id is empty and points nowhere, so the dangling reference is removed.
 */
const EMPTY_X14_REFERENCE =
  /<extLst><ext uri="\{B025F937-C7B1-47D3-B67F-A62EFF666E3E\}"[^>]*><x14:id\/><\/ext><\/extLst>/g;

/** Sheet XML without dangling empty x14 references. */
export function removeEmptyX14References(sheetXml: string): string {
  return sheetXml.replace(EMPTY_X14_REFERENCE, "");
}

/** Table XML whose columns carry `<calculatedColumnFormula>`, so Excel fills the formula into new rows. */
export function insertCalculatedColumns(tableXml: string, columns: readonly CalculatedColumn[]): string {
  let index = -1;
  return tableXml.replace(/<tableColumn\b([^>]*?)\/>/g, (whole, attributes: string) => {
    index++;
    const column = columns.find((candidate) => candidate.columnIndex === index);
    if (column === undefined) return whole;
    return `<tableColumn${attributes}><calculatedColumnFormula>${escapeXml(column.formula)}</calculatedColumnFormula></tableColumn>`;
  });
}

async function patchPart(zip: JSZip, path: string, transform: (xml: string) => string): Promise<void> {
  const part = zip.file(path);
  if (part === null) throw new Error(`the package has no part ${path}`);
  zip.file(path, transform(await part.async("string")));
}

async function patchTables(zip: JSZip, columns: readonly CalculatedColumn[]): Promise<void> {
  const tableNames = new Set(columns.map((column) => column.table));
  for (const path of Object.keys(zip.files).filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name))) {
    const xml = await (zip.file(path) as JSZip.JSZipObject).async("string");
    const name = /<table\b[^>]*?\sname="([^"]*)"/.exec(xml)?.[1];
    if (name !== undefined && tableNames.has(name)) {
      zip.file(
        path,
        insertCalculatedColumns(
          xml,
          columns.filter((column) => column.table === name),
        ),
      );
      tableNames.delete(name);
    }
  }
  if (tableNames.size > 0) throw new Error(`no table part for ${[...tableNames].join(", ")}`);
}

/** Applies a patch to the package ExcelJS wrote; returns the new package bytes. */
export async function patchPackage(bytes: Uint8Array, patch: PackagePatch): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await patchPart(zip, "xl/workbook.xml", (xml) => insertDefinedNames(xml, patch.definedNames));
  for (const [sheetId, links] of patch.links) {
    await patchPart(zip, `xl/worksheets/sheet${sheetId}.xml`, (xml) =>
      insertNameLinks(removeEmptyX14References(xml), links),
    );
  }
  await patchTables(zip, patch.calculatedColumns);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
