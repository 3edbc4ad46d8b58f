/**
 * An ExcelJS cell → the value `Range.values` would report for it: numbers (dates as serial numbers),
 * strings, booleans, `""` for an empty cell and the error text (`#N/A`) for an error (office-js
 * Excel.Range.values: "string, number, or a boolean; a cell that contains an error returns the error string").
 * A formula cell gives its cached result when the file has one (Excel and LibreOffice save them), else
 * its formula text with `=`, since nothing here calculates.
 */
import type { Cell, CellValue } from "exceljs";
import type { StateValue } from "../layout/workbook-state";
import { CACHED_EMPTY_TEXT } from "./read-package";

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * ExcelJS turns a number with a date format into a `Date` at UTC (its `excelToDate`, which adds 1462 days
 * in a 1904-system workbook); the inverse gives the 1900-system serial, the system every reader here assumes.
 */
function serialOf(date: Date): StateValue {
  const ms = date.getTime();
  return Number.isFinite(ms) ? ms / MS_PER_DAY + UNIX_EPOCH_SERIAL : "";
}

/** Text of rich text or of a hyperlink's display text. */
function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && "richText" in value && Array.isArray(value.richText)) {
    return value.richText.map((run: { text?: unknown }) => (typeof run.text === "string" ? run.text : "")).join("");
  }
  return "";
}

/** A plain (non-formula) ExcelJS value as a state value. */
export function stateValueOf(value: CellValue | undefined): StateValue {
  if (value === null || value === undefined || value === CACHED_EMPTY_TEXT) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialOf(value);
  if ("error" in value) return String(value.error);
  if ("richText" in value) return textOf(value);
  if ("hyperlink" in value) return textOf(value.text);
  if ("result" in value && value.result !== undefined) return stateValueOf(value.result as CellValue);
  return "";
}

/** Formula text as `Range.formulas` starts it, with `=`; ExcelJS stores it without. */
function formulaText(cell: Cell): string {
  // A shared formula's dependent cells report the formula translated to their own position.
  const formula = cell.formula;
  return typeof formula === "string" && formula !== "" ? `=${formula}` : "";
}

function isFormulaValue(value: CellValue): boolean {
  return typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
}

/** A cell inside a merge other than its top-left one: Excel reports it empty, ExcelJS repeats the master's value. */
function isMergedAway(cell: Cell): boolean {
  return cell.isMerged && cell.master !== cell;
}

/** What `Range.values` would report for the cell. */
export function cellValue(cell: Cell | undefined): StateValue {
  if (cell === undefined || isMergedAway(cell)) return "";
  if (!isFormulaValue(cell.value)) return stateValueOf(cell.value);
  // `cell.value` drops a falsy result (a cached 0 or FALSE); `cell.result` keeps it.
  const result = cell.result as CellValue | undefined;
  return result === undefined ? formulaText(cell) : stateValueOf(result);
}

/** What `Range.formulas` would report for the cell: the formula with `=`, else the constant. */
export function cellFormula(cell: Cell | undefined): StateValue {
  if (cell === undefined || isMergedAway(cell)) return "";
  return isFormulaValue(cell.value) ? formulaText(cell) : stateValueOf(cell.value);
}
