/**
 * The .xlsx reader: file bytes → the `WorkbookState` the Office.js adapter reports for a live workbook, so
 * `readPlan` reads a file (the command line, tests, LibreOffice-recalculated copies) like a workbook in
 * Excel. Cells, sheets and tables come from ExcelJS; defined names from workbook.xml (read-package.ts says
 * why). No Node APIs: it runs in the browser too.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellRange, SheetVisibility } from "../layout/spec";
import type { NameState, SheetState, StateValue, TableState, WorkbookState } from "../layout/workbook-state";
import { cellFormula, cellValue } from "./read-cell-value";
import { decodeOoxmlEscapes, loadableByExcelJs, partText, storedNames, type StoredName } from "./read-package";
import { parseRangeAddress, parseSheetReference } from "./read-references";

/** Options of `readWorkbookState`. */
export interface ReadWorkbookOptions {
  /** Sheets (by name, any case) whose used range and formulas to report in `SheetState.used`. */
  readonly sheetCells?: readonly string[];
}

/** Most cells whose values a defined name reports; a name over more (a whole sheet) reports none. */
export const MAX_NAME_CELLS = 10_000;

/** ExcelJS's table model after loading (runtime fields, missing from its typings). */
interface LoadedTable {
  readonly name?: string;
  readonly tableRef?: string;
  readonly headerRow?: boolean;
  readonly totalsRow?: boolean;
  readonly columns?: readonly { readonly name?: unknown }[];
}

type Sheets = ReadonlyMap<string, ExcelJS.Worksheet>;

const sheetKey = (name: string): string => name.toLocaleUpperCase("en");

function visibilityOf(state: unknown): SheetVisibility {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

/** Values of a zero-based range, row by row. */
function rangeValues(sheet: ExcelJS.Worksheet, range: CellRange, read = cellValue): StateValue[][] {
  const values: StateValue[][] = [];
  for (let r = 0; r < (range.rows ?? 1); r++) {
    const row: StateValue[] = [];
    // ExcelJS counts rows and columns from 1; findCell does not create cells.
    for (let c = 0; c < (range.columns ?? 1); c++)
      row.push(read(sheet.findCell(range.row + r + 1, range.column + c + 1)));
    values.push(row);
  }
  return values;
}

function loadedTables(sheet: ExcelJS.Worksheet): LoadedTable[] {
  const tables = (sheet as unknown as { tables?: Record<string, { table?: LoadedTable }> }).tables ?? {};
  return Object.values(tables).flatMap((table) => (table.table === undefined ? [] : [table.table]));
}

function tableState(sheet: ExcelJS.Worksheet, table: LoadedTable): TableState | null {
  const range = parseRangeAddress(table.tableRef ?? "");
  if (table.name === undefined || range === null) return null;
  const headerRows = table.headerRow === false ? 0 : 1;
  const bodyRows = (range.rows ?? 1) - headerRows - (table.totalsRow === true ? 1 : 0);
  const columns = range.columns ?? 1;
  // Column names are the header texts Excel keeps in sync with the header cells; attributes keep `_xHHHH_`.
  const headers = Array.from({ length: columns }, (_, c) => {
    const name = table.columns?.[c]?.name;
    return typeof name === "string" ? decodeOoxmlEscapes(name) : "";
  });
  const body = { row: range.row + headerRows, column: range.column, rows: bodyRows, columns };
  const rows = bodyRows > 0 ? rangeValues(sheet, body) : [];
  return { name: table.name, sheetName: sheet.name, headers, rows, range };
}

function nameState(stored: StoredName, sheets: Sheets): NameState {
  const formula = `=${stored.text}`;
  const reference = parseSheetReference(stored.text);
  const sheet = reference === null ? undefined : sheets.get(sheetKey(reference.sheetName));
  if (reference === null || sheet === undefined) return { name: stored.name, formula };
  const { range } = reference;
  const cells = (range.rows ?? 1) * (range.columns ?? 1);
  const values = cells <= MAX_NAME_CELLS ? { values: rangeValues(sheet, range) } : {};
  return { name: stored.name, sheetName: sheet.name, range, formula, ...values };
}

function usedCells(sheet: ExcelJS.Worksheet): SheetState["used"] {
  if (sheet.actualRowCount === 0) return undefined;
  const { top, left, bottom, right } = sheet.dimensions;
  const range = { row: top - 1, column: left - 1, rows: bottom - top + 1, columns: right - left + 1 };
  return { range, formulas: rangeValues(sheet, range, cellFormula) };
}

function sheetState(sheet: ExcelJS.Worksheet, position: number, withUsed: boolean): SheetState {
  const state = { name: sheet.name, visibility: visibilityOf(sheet.state), position };
  const used = withUsed ? usedCells(sheet) : undefined;
  return used === undefined ? state : { ...state, used };
}

/**
 * Reads an .xlsx file: sheets in tab order (visibility included), tables with headers, body values and
 * range, workbook-scoped defined names with their reference and cell values. Rejects bytes that are not
 * an .xlsx package.
 */
export async function readWorkbookState(bytes: Uint8Array, options: ReadWorkbookOptions = {}): Promise<WorkbookState> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = (await partText(zip, "xl/workbook.xml")) ?? "";
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await loadableByExcelJs(zip)) as unknown as ArrayBuffer);
  const worksheets = workbook.worksheets;
  const sheets: Sheets = new Map(worksheets.map((sheet) => [sheetKey(sheet.name), sheet]));
  const used = new Set((options.sheetCells ?? []).map(sheetKey));
  return {
    sheets: worksheets.map((sheet, position) => sheetState(sheet, position, used.has(sheetKey(sheet.name)))),
    tables: worksheets.flatMap((sheet) =>
      loadedTables(sheet).flatMap((table) => {
        const state = tableState(sheet, table);
        return state === null ? [] : [state];
      }),
    ),
    // Sheet-scoped names (print titles, a user's local names) are not the workbook's names.
    names: storedNames(workbookXml)
      .filter((stored) => stored.localSheetId === undefined)
      .map((stored) => nameState(stored, sheets)),
  };
}
