/**
 * Zero-based spec coordinates to A1 text for Office.js calls. The only place the adapter makes A1 addresses
 * (the spec and the use cases stay zero-based).
 */
import type { CellRange } from "../layout/spec";

/** Excel's grid: 1,048,576 rows × 16,384 columns (A..XFD). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

function checkCell(row: number, column: number): void {
  if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS) throw new RangeError(`row ${row} is outside Excel's grid`);
  if (!Number.isInteger(column) || column < 0 || column >= MAX_COLUMNS) {
    throw new RangeError(`column ${column} is outside Excel's grid`);
  }
}

/** Column letters of a zero-based column: 0 → `A`, 26 → `AA`, 16383 → `XFD`. */
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

/** A1 address of a range: `B2` for one cell, `B2:D9` otherwise (`rows`/`columns` default to 1). */
export function rangeAddress(range: CellRange, absolute = false): string {
  const rows = range.rows ?? 1;
  const columns = range.columns ?? 1;
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(columns) || columns < 1) {
    throw new RangeError(`a range needs at least one row and one column (got ${rows} × ${columns})`);
  }
  const start = cellAddress(range.row, range.column, absolute);
  if (rows === 1 && columns === 1) return start;
  return `${start}:${cellAddress(range.row + rows - 1, range.column + columns - 1, absolute)}`;
}

/** Whole rows as A1 (`$4:$4`), as `PageLayout.setPrintTitleRows` takes them. */
export function rowsAddress(first: number, last: number): string {
  checkCell(first, 0);
  checkCell(last, 0);
  return `$${first + 1}:$${last + 1}`;
}

/** Whole columns as A1 (`A:E`, `C:C`), as `Worksheet.getRanges` takes a print block. */
export function columnsAddress(first: number, last: number): string {
  if (last < first) throw new RangeError(`columns ${first}–${last} are in the wrong order`);
  return `${columnLetters(first)}:${columnLetters(last)}`;
}

/** A sheet name quoted for a reference: always quoted, apostrophes doubled (`O'Brien` → `'O''Brien'`). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A sheet-qualified reference formula, e.g. `='Acme · Ver'!$C$5`. */
export function sheetReference(sheetName: string, range: CellRange): string {
  return `=${quoteSheetName(sheetName)}!${rangeAddress(range, true)}`;
}

/** A zero-based range from Office.js's `rowIndex` / `columnIndex` / `rowCount` / `columnCount`. */
export function rangeFromIndexes(row: number, column: number, rows: number, columns: number): CellRange {
  return { row, column, rows, columns };
}

/** The cells of an A1 reference without sheet (`$B$3`, `B3:D9`), zero-based; `null` when it is not one. */
export function parseRangeAddress(text: string): CellRange | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(text.trim());
  if (!match) return null;
  const column = letterIndex(match[1] ?? "");
  const row = Number(match[2]) - 1;
  const lastColumn = match[3] === undefined ? column : letterIndex(match[3]);
  const lastRow = match[4] === undefined ? row : Number(match[4]) - 1;
  if (row < 0 || lastRow < row || lastColumn < column) return null;
  return { row, column, rows: lastRow - row + 1, columns: lastColumn - column + 1 };
}

function letterIndex(letters: string): number {
  let index = 0;
  for (const ch of letters.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

/**
 * Splits a sheet-qualified reference as Excel reports it in `NamedItem.formula` (`='Acme · Ver'!$C$5`,
 * `=Cartera!$B$5`) into sheet name and cells; `null` for formulas and broken (`#REF!`) references.
 */
export function parseSheetReference(formula: string): { sheetName: string; range: CellRange } | null {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(body);
  const plain = /^([^'!=(),"]+)!(.+)$/.exec(body);
  const match = quoted ?? plain;
  if (!match) return null;
  const sheetName = quoted ? (match[1] ?? "").replace(/''/g, "'") : (match[1] ?? "");
  if (sheetName === "#REF") return null;
  const range = parseRangeAddress(match[2] ?? "");
  return range === null ? null : { sheetName, range };
}
