/**
 * The .xlsx writer: a `WorkbookSpec` → the bytes of an .xlsx file, with ExcelJS plus a small package
 * patch for what ExcelJS cannot express. Runs in Node and in the browser (no Node APIs here).
 * Charts (`SheetSpec.charts`) are omitted: ExcelJS cannot write charts; the Office.js path draws them.
 */
import ExcelJS from "exceljs";
import type { SheetSpec, WorkbookSpec } from "../layout/spec";
import { type PackagePatch, patchPackage } from "./package-patch";
import { type CellWriteState, type NameLink, writeCell, writeMerge } from "./write-cells";
import { writeConditionalFormats } from "./write-conditional-formats";
import { definedNamesXml } from "./write-names";
import { writeSheetSetup } from "./write-sheet-setup";
import { type CalculatedColumn, writeTable } from "./write-tables";
import { writeValidations } from "./write-validations";

interface SheetResult {
  readonly sheetId: number;
  readonly links: readonly NameLink[];
  readonly calculatedColumns: readonly CalculatedColumn[];
}

function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, styles: WorkbookSpec["styles"]): SheetResult {
  const sheet = workbook.addWorksheet(spec.name);
  const state: CellWriteState = { styles, links: [] };
  const calculatedColumns = spec.tables.flatMap((table) => writeTable(sheet, table, state));
  for (const cell of spec.cells) {
    writeCell(sheet, cell, state);
  }
  for (const merge of spec.merges) {
    writeMerge(sheet, merge);
  }
  writeValidations(sheet, spec);
  writeConditionalFormats(sheet, spec);
  // After the tables, so a sheet's explicit column widths win over its tables' column widths.
  writeSheetSetup(sheet, spec);
  return { sheetId: sheet.id, links: state.links, calculatedColumns };
}

/**
 * Opens the workbook on its first visible sheet: Excel needs a visible active tab and at least one
 * visible sheet, and the default (tab 0) would be wrong when the first sheet is hidden.
 */
function setActiveTab(workbook: ExcelJS.Workbook, sheets: readonly SheetSpec[]): void {
  const activeTab = sheets.findIndex((sheet) => sheet.visibility === "visible");
  if (activeTab < 0) {
    throw new Error("a workbook needs at least one visible sheet");
  }
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: "visible" }];
}

/** Writes a workbook spec to .xlsx bytes. Throws on a spec the file format cannot hold (misuse). */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // No cached results are written, so ask every reader to calculate all formulas on open.
  workbook.calcProperties.fullCalcOnLoad = true;
  setActiveTab(workbook, spec.sheets);
  const results = spec.sheets.map((sheet) => writeSheet(workbook, sheet, spec.styles));
  const patch: PackagePatch = {
    definedNames: definedNamesXml(spec),
    links: new Map(results.map((result) => [result.sheetId, result.links])),
    calculatedColumns: results.flatMap((result) => result.calculatedColumns),
  };
  // A Node Buffer in Node, ExcelJS's Uint8Array-based Buffer polyfill in the browser: bytes either way.
  const buffer = await workbook.xlsx.writeBuffer();
  return patchPackage(new Uint8Array(buffer), patch);
}
