/**
 * A1 addresses and cell rectangles. The simulator keeps zero-based rectangles; A1 text exists only at the
 * API surface (Range.address, getRange("B2:C3"), NamedItem.formula), as in the product's adapters.
 */

/** A block of cells, zero-based, on one sheet. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** The whole grid of a sheet. */
export const WHOLE_SHEET: Rect = { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS };

/** Column letters of a zero-based column index: 0 → `A`, 27 → `AB`. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Zero-based column index of column letters (`A` → 0); -1 when they are not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ROW = /^\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;

type Corner = { row: number | null; column: number | null };

function parseCorner(text: string): Corner | null {
  const cell = CELL.exec(text);
  if (cell) return { row: Number(cell[2]) - 1, column: columnIndex(cell[1] ?? "") };
  const row = ROW.exec(text);
  if (row) return { row: Number(row[1]) - 1, column: null };
  const column = COLUMN.exec(text);
  if (column) return { row: null, column: columnIndex(column[1] ?? "") };
  return null;
}

function inGrid(row: number, column: number): boolean {
  return row >= 0 && row < MAX_ROWS && column >= 0 && column < MAX_COLUMNS;
}

/** Rectangle of an A1 reference without sheet (`B2`, `$B$2:C9`, `3:5`, `A:C`); null when it is not one. */
export function parseRect(text: string): Rect | null {
  const parts = text.trim().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const a = parseCorner(parts[0] ?? "");
  const b = parts.length === 2 ? parseCorner(parts[1] ?? "") : a;
  if (!a || !b) return null;
  // A lone `3` or `C` is not a reference; whole rows and columns need both ends (`3:3`, `C:C`).
  if (parts.length === 1 && (a.row === null || a.column === null)) return null;
  if ((a.row === null) !== (b.row === null) || (a.column === null) !== (b.column === null)) return null;
  const r1 = a.row ?? 0;
  const r2 = b.row ?? MAX_ROWS - 1;
  const c1 = a.column ?? 0;
  const c2 = b.column ?? MAX_COLUMNS - 1;
  if (!inGrid(r1, c1) || !inGrid(r2, c2)) return null;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
}

/** A reference split into its optional sheet name and its rectangle. */
export interface ParsedAddress {
  readonly sheet: string | null;
  readonly rect: Rect;
}

/** Parses `Sheet1!A1:B2`, `'Acme · Ver'!B3`, `'It''s'!A1` or `A1`; null when it is not a reference. */
export function parseAddress(text: string): ParsedAddress | null {
  const trimmed = text.trim().replace(/^=/, "");
  const bang = trimmed.lastIndexOf("!");
  if (bang < 0) {
    const rect = parseRect(trimmed);
    return rect ? { sheet: null, rect } : null;
  }
  const sheetPart = trimmed.slice(0, bang);
  const rect = parseRect(trimmed.slice(bang + 1));
  if (!rect || sheetPart.length === 0) return null;
  if (sheetPart.startsWith("'")) {
    if (!sheetPart.endsWith("'") || sheetPart.length < 3) return null;
    const inner = sheetPart.slice(1, -1);
    if (inner.replace(/''/g, "").includes("'")) return null;
    return { sheet: inner.replace(/''/g, "'"), rect };
  }
  if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheetPart)) return null;
  return { sheet: sheetPart, rect };
}

/** Whether the text reads as a cell reference (`A1`, `XFD1048576`) or an R1C1 one (`R1C1`, `R2`, `C`). */
export function looksLikeCellReference(text: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(text);
  if (a1) {
    const column = columnIndex(a1[1] ?? "");
    const row = Number(a1[2]);
    if (column >= 0 && column < MAX_COLUMNS && row >= 1 && row <= MAX_ROWS) return true;
  }
  return /^[Rr](\d*)([Cc](\d*))?$/.test(text) || /^[Cc](\d*)$/.test(text);
}

/** A1 text of a rectangle: `B2`, `B2:C9`, `3:5` (whole rows), `A:C` (whole columns); `$` when `absolute`. */
export function formatRect(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const wholeRows = rect.column === 0 && rect.columns === MAX_COLUMNS;
  const wholeColumns = rect.row === 0 && rect.rows === MAX_ROWS;
  if (wholeRows && !wholeColumns) return `${d}${rect.row + 1}:${d}${rect.row + rect.rows}`;
  if (wholeColumns && !wholeRows) {
    return `${d}${columnLetters(rect.column)}:${d}${columnLetters(rect.column + rect.columns - 1)}`;
  }
  if (wholeRows && wholeColumns) return `${d}1:${d}${MAX_ROWS}`;
  const first = `${d}${columnLetters(rect.column)}${d}${rect.row + 1}`;
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${d}${columnLetters(rect.column + rect.columns - 1)}${d}${rect.row + rect.rows}`;
}

/** A sheet name as Excel writes it in references: quoted (with `'` doubled) unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !looksLikeCellReference(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Sheet-qualified A1 address, e.g. `'Acme · Ver'!A1:C3` (Range.address). */
export function formatAddress(sheetName: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect, absolute)}`;
}

/** Whether two rectangles share at least one cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

/** Whether `outer` holds every cell of `inner`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}

/** The cells two rectangles share; null when none. */
export function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  const right = Math.min(a.column + a.columns, b.column + b.columns);
  return { row, column, rows: bottom - row, columns: right - column };
}

/** `a` without the cells of `hole`, as at most four rectangles (above, below, left, right). */
export function subtract(a: Rect, hole: Rect): Rect[] {
  const cut = intersection(a, hole);
  if (!cut) return [a];
  const pieces: Rect[] = [];
  const aBottom = a.row + a.rows;
  const cutBottom = cut.row + cut.rows;
  if (cut.row > a.row) pieces.push({ row: a.row, column: a.column, rows: cut.row - a.row, columns: a.columns });
  if (cutBottom < aBottom)
    pieces.push({ row: cutBottom, column: a.column, rows: aBottom - cutBottom, columns: a.columns });
  if (cut.column > a.column)
    pieces.push({ row: cut.row, column: a.column, rows: cut.rows, columns: cut.column - a.column });
  const aRight = a.column + a.columns;
  const cutRight = cut.column + cut.columns;
  if (cutRight < aRight) pieces.push({ row: cut.row, column: cutRight, rows: cut.rows, columns: aRight - cutRight });
  return pieces;
}

/** Number of cells of a rectangle. */
export function cellCount(rect: Rect): number {
  return rect.rows * rect.columns;
}

/** Whether two rectangles are the same cells. */
export function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.column === b.column && a.rows === b.rows && a.columns === b.columns;
}
