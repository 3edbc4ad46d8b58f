/** Cell storage primitives: reading and writing the cells of a sheet, sparse (absent = empty). */
import type { Rect } from "./address";
import type { CellContent } from "./cell-typing";
import { cellKey, type CellFormat, type CellModel, type SheetModel } from "./workbook-model";

/** The cell at (row, column), or undefined when it was never touched. */
export function peekCell(sheet: SheetModel, row: number, column: number): CellModel | undefined {
  return sheet.cells.get(cellKey(row, column));
}

/** The cell at (row, column), created empty if needed. */
export function touchCell(sheet: SheetModel, row: number, column: number): CellModel {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = {};
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Drops a cell that holds nothing any more, so "used range" stays honest. */
export function tidyCell(sheet: SheetModel, row: number, column: number): void {
  const key = cellKey(row, column);
  const cell = sheet.cells.get(key);
  if (!cell) return;
  const emptyFormat = !cell.format || Object.keys(cell.format).length === 0;
  if (!cell.content && cell.numberFormat === undefined && emptyFormat && !cell.hyperlink) sheet.cells.delete(key);
}

/** Sets (or, with undefined, removes) the content of a cell. */
export function setContent(sheet: SheetModel, row: number, column: number, content: CellContent | undefined): void {
  if (content === undefined) {
    const cell = peekCell(sheet, row, column);
    if (cell) {
      delete cell.content;
      tidyCell(sheet, row, column);
    }
    return;
  }
  touchCell(sheet, row, column).content = content;
}

/** The content of a cell, if any. */
export function contentAt(sheet: SheetModel, row: number, column: number): CellContent | undefined {
  return peekCell(sheet, row, column)?.content;
}

/** A rows × columns matrix built by reading each cell of `rect`. */
export function readMatrix<T>(sheet: SheetModel, rect: Rect, read: (cell: CellModel | undefined) => T): T[][] {
  const matrix: T[][] = [];
  for (let r = 0; r < rect.rows; r++) {
    const row: T[] = [];
    for (let c = 0; c < rect.columns; c++) row.push(read(peekCell(sheet, rect.row + r, rect.column + c)));
    matrix.push(row);
  }
  return matrix;
}

/**
 * Calls `visit` for the stored cells inside `rect` only (never the millions of empty cells of a whole
 * column), in no particular order.
 */
export function forStoredCells(
  sheet: SheetModel,
  rect: Rect,
  visit: (row: number, column: number, cell: CellModel) => void,
): void {
  const inside = (row: number, column: number): boolean =>
    row >= rect.row && row < rect.row + rect.rows && column >= rect.column && column < rect.column + rect.columns;
  if (rect.rows * rect.columns <= sheet.cells.size) {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.column; c < rect.column + rect.columns; c++) {
        const cell = peekCell(sheet, r, c);
        if (cell) visit(r, c, cell);
      }
    }
    return;
  }
  for (const [key, cell] of [...sheet.cells]) {
    const [row, column] = key.split(":").map(Number) as [number, number];
    if (inside(row, column)) visit(row, column, cell);
  }
}

/** Applies `change` to the direct format of every cell of `rect` (creating cells as needed). */
export function updateFormat(sheet: SheetModel, rect: Rect, change: (format: CellFormat) => void): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.column; c < rect.column + rect.columns; c++) {
      const cell = touchCell(sheet, r, c);
      cell.format = cell.format ?? {};
      change(cell.format);
      tidyCell(sheet, r, c);
    }
  }
}

/** The smallest rectangle holding every stored cell that passes `keep`; null when none does. */
export function boundingRect(sheet: SheetModel, keep: (cell: CellModel) => boolean): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    if (!keep(cell)) continue;
    const [row, column] = key.split(":").map(Number) as [number, number];
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  if (bottom < 0) return null;
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}
