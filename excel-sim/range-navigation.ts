/**
 * The rectangles `Excel.Range`'s navigation methods return (getCell, getRow, getEntireColumn, …), from the
 * range's own rectangle: pure arithmetic, checked against the sheet's grid when the new range is resolved.
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "./address";
import { fail } from "./errors";

/** A rectangle from the rectangle of the range it is navigated from. */
export type Navigation = (from: Rect) => Rect;

/** The rectangle `rect` moved / resized, or InvalidArgument when it leaves the grid. */
export function inGrid(rect: Rect): Rect {
  const ok =
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.rows >= 1 &&
    rect.columns >= 1 &&
    rect.row + rect.rows <= MAX_ROWS &&
    rect.column + rect.columns <= MAX_COLUMNS;
  if (!ok) throw fail("InvalidArgument", "the range would leave the sheet's 1,048,576 × 16,384 grid");
  return rect;
}

/** `getCell(row, column)`: one cell, offsets from the range's top-left. */
export function cellAt(row: number, column: number): Navigation {
  return (r) => ({ row: r.row + row, column: r.column + column, rows: 1, columns: 1 });
}

/** `getResizedRange(deltaRows, deltaColumns)`: the same top-left, grown or shrunk. */
export function resized(deltaRows: number, deltaColumns: number): Navigation {
  return (r) => ({ ...r, rows: r.rows + deltaRows, columns: r.columns + deltaColumns });
}

/** `getOffsetRange(rowOffset, columnOffset)`: the same size, moved. */
export function offset(rowOffset: number, columnOffset: number): Navigation {
  return (r) => ({ ...r, row: r.row + rowOffset, column: r.column + columnOffset });
}

/** `getRow(row)`: one row of the range; InvalidArgument outside it. */
export function rowAt(row: number): Navigation {
  return (r) => {
    if (row < 0 || row >= r.rows) throw fail("InvalidArgument", `row ${row} is outside the range`);
    return { ...r, row: r.row + row, rows: 1 };
  };
}

/** `getColumn(column)`: one column of the range; InvalidArgument outside it. */
export function columnAt(column: number): Navigation {
  return (r) => {
    if (column < 0 || column >= r.columns) throw fail("InvalidArgument", `column ${column} is outside the range`);
    return { ...r, column: r.column + column, columns: 1 };
  };
}

/** `getEntireRow()`: the range's rows across all 16,384 columns. */
export const entireRows: Navigation = (r) => ({ row: r.row, rows: r.rows, column: 0, columns: MAX_COLUMNS });

/** `getEntireColumn()`: the range's columns down all 1,048,576 rows. */
export const entireColumns: Navigation = (r) => ({ column: r.column, columns: r.columns, row: 0, rows: MAX_ROWS });

/** `getLastRow()`: the range's bottom row. */
export const lastRow: Navigation = (r) => ({ ...r, row: r.row + r.rows - 1, rows: 1 });

/** `getLastColumn()`: the range's rightmost column. */
export const lastColumn: Navigation = (r) => ({ ...r, column: r.column + r.columns - 1, columns: 1 });
