/**
 * Zero-based spec coordinates to A1 text, for the .xlsx writer. The only place A1 addresses are made.
 */
import type { CellRange } from "../layout/spec";

/** Excel's grid: 1,048,576 rows × 16,384 columns (A..XFD). */
export const EXCEL_MAX_ROWS = 1_048_576;
/** Number of columns in an Excel sheet (last column XFD). */
export const EXCEL_MAX_COLUMNS = 16_384;

function checkCell(row: number, column: number): void {
  if (!Number.isInteger(row) || row < 0 || row >= EXCEL_MAX_ROWS) {
    throw new RangeError(`row ${row} is outside Excel's grid (0–${EXCEL_MAX_ROWS - 1})`);
  }
  if (!Number.isInteger(column) || column < 0 || column >= EXCEL_MAX_COLUMNS) {
    throw new RangeError(`column ${column} is outside Excel's grid (0–${EXCEL_MAX_COLUMNS - 1})`);
  }
}

/** Column letters of a zero-based column index: 0 → `A`, 25 → `Z`, 26 → `AA`, 16383 → `XFD`. */
export function columnLetters(column: number): string {
  checkCell(0, column);
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A1 address of a zero-based cell, e.g. (0, 0) → `A1`; absolute → `$A$1`. */
export function cellAddress(row: number, column: number, absolute = false): string {
  checkCell(row, column);
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetters(column)}${dollar}${row + 1}`;
}

/** Last zero-based row and column of a range (`rows`/`columns` default to 1). */
export function rangeEnd(range: CellRange): { readonly row: number; readonly column: number } {
  const rows = range.rows ?? 1;
  const columns = range.columns ?? 1;
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(columns) || columns < 1) {
    throw new RangeError(`a range needs at least one row and one column (got ${rows} × ${columns})`);
  }
  return { row: range.row + rows - 1, column: range.column + columns - 1 };
}

/** A1 address of a range: `B2` for a single cell, `B2:D9` otherwise; absolute → `$B$2:$D$9`. */
export function rangeAddress(range: CellRange, absolute = false): string {
  const end = rangeEnd(range);
  const start = cellAddress(range.row, range.column, absolute);
  if (end.row === range.row && end.column === range.column) {
    return start;
  }
  return `${start}:${cellAddress(end.row, end.column, absolute)}`;
}

/**
 * Sheet name as a formula prefix: always quoted, apostrophes doubled (`O'Brien` → `'O''Brien'`).
 * Excel accepts quotes around any sheet name, so quoting always avoids guessing which names need it
 * (spaces, `·`, non-ASCII, names that look like cell references such as `A1` or `R1C1`).
 */
export function quoteSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** Absolute sheet-qualified reference, e.g. `'Acme · Ver'!$B$3:$B$9`, as defined names store it. */
export function sheetRangeReference(sheetName: string, range: CellRange): string {
  return `${quoteSheetName(sheetName)}!${rangeAddress(range, true)}`;
}

/** Absolute whole-row reference of zero-based rows `first..last`, e.g. `'Cartera'!$1:$3`. */
export function sheetRowsReference(sheetName: string, first: number, last: number): string {
  checkCell(first, 0);
  checkCell(last, 0);
  if (last < first) {
    throw new RangeError(`row span ${first}..${last} is empty`);
  }
  return `${quoteSheetName(sheetName)}!$${first + 1}:$${last + 1}`;
}

/** Absolute whole-column reference of zero-based columns `first..last`, e.g. `'Acme · Ver'!$D:$I`. */
export function sheetColumnsReference(sheetName: string, first: number, last: number): string {
  if (last < first) {
    throw new RangeError(`column span ${first}..${last} is empty`);
  }
  return `${quoteSheetName(sheetName)}!$${columnLetters(first)}:$${columnLetters(last)}`;
}
