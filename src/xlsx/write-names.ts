/**
 * The workbook's `<definedNames>`: range names, formula names (`vamHoy` = `TODAY()`) and each sheet's
 * repeated print rows and print areas. Written as XML because ExcelJS keeps only names that are plain cell ranges (its
 * writer drops `TODAY()`), and quotes sheet names in print titles without doubling apostrophes.
 */
import type { DefinedNameSpec, SheetSpec, WorkbookSpec } from "../layout/spec";
import { sheetColumnsReference, sheetRangeReference, sheetRowsReference } from "./a1";
import { assertExcelName } from "./excel-names";
import { toFileFormula } from "./file-formula";
import { escapeXml } from "./ooxml-text";

function sheetName(sheets: readonly SheetSpec[], key: string, name: string): string {
  const sheet = sheets.find((candidate) => candidate.key === key);
  if (sheet === undefined) {
    throw new Error(`defined name ${name} refers to sheet key ${key}, which the spec does not contain`);
  }
  return sheet.name;
}

function nameElement(attributes: Readonly<Record<string, string | undefined>>, body: string): string {
  const text = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
  return `<definedName${text}>${escapeXml(body)}</definedName>`;
}

function specName(spec: WorkbookSpec, name: DefinedNameSpec): string {
  assertExcelName(name.name, "defined name");
  const body =
    name.kind === "range"
      ? sheetRangeReference(sheetName(spec.sheets, name.sheetKey, name.name), name.range)
      : toFileFormula(name.formula);
  return nameElement({ name: name.name, comment: name.comment }, body);
}

/** `_xlnm.Print_Titles` of each sheet that repeats rows; `localSheetId` is the sheet's zero-based position. */
function printTitles(sheets: readonly SheetSpec[]): string[] {
  return sheets.flatMap((sheet, index) => {
    const rows = sheet.print.repeatRows;
    if (rows === undefined) {
      return [];
    }
    const body = sheetRowsReference(sheet.name, rows.first, rows.last);
    return [nameElement({ name: "_xlnm.Print_Titles", localSheetId: String(index) }, body)];
  });
}

/**
 * `_xlnm.Print_Area` of each sheet that prints in blocks: whole-column spans joined by commas; Excel prints
 * each non-adjacent area from a new page, down to the last used row.
 */
function printAreas(sheets: readonly SheetSpec[]): string[] {
  return sheets.flatMap((sheet, index) => {
    const areas = sheet.print.areas;
    if (areas === undefined || areas.length === 0) {
      return [];
    }
    const body = areas.map((area) => sheetColumnsReference(sheet.name, area.first, area.last)).join(",");
    return [nameElement({ name: "_xlnm.Print_Area", localSheetId: String(index) }, body)];
  });
}

function assertUnique(names: readonly DefinedNameSpec[]): void {
  // Excel compares names case-insensitively.
  const seen = new Set<string>();
  for (const { name } of names) {
    const key = name.toUpperCase();
    if (seen.has(key)) {
      throw new Error(`defined name ${name} appears twice`);
    }
    seen.add(key);
  }
}

/** The `<definedNames>` element for a workbook spec, or `""` when it has no names and no print titles. */
export function definedNamesXml(spec: WorkbookSpec): string {
  assertUnique(spec.names);
  const elements = [
    ...spec.names.map((name) => specName(spec, name)),
    ...printTitles(spec.sheets),
    ...printAreas(spec.sheets),
  ];
  return elements.length === 0 ? "" : `<definedNames>${elements.join("")}</definedNames>`;
}
