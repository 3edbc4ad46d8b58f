/** The workbook view's grid as data: which rows and columns to draw, and the cell at each spot. */
import type { PictureCell, PictureSheet } from "./workbook-picture";

/** Most rows and columns the view draws (the rest is announced, never silently dropped). */
export const GRID_LIMITS = { rows: 400, columns: 40 } as const;

/** Excel's column letters for a zero-based column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Zero-based row and column of a one-cell A1 reference such as `C5` or `$C$5` (a range gives its first cell). */
export function cellOfAddress(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})/u.exec(address.trim().toUpperCase());
  if (match === null) return null;
  const column = [...(match[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/** The grid of a sheet: the drawn size, whether it was cut, and the cells by `row:column`. */
export interface GridModel {
  readonly rows: number;
  readonly columns: number;
  readonly truncated: boolean;
  readonly cells: ReadonlyMap<string, PictureCell>;
}

/** The grid of `sheet`, within GRID_LIMITS. */
export function gridModel(sheet: PictureSheet): GridModel {
  const rows = Math.min(sheet.rows, GRID_LIMITS.rows);
  const columns = Math.min(sheet.columns, GRID_LIMITS.columns);
  const cells = new Map(
    sheet.cells.filter((c) => c.row < rows && c.column < columns).map((c) => [`${c.row}:${c.column}`, c]),
  );
  return { rows, columns, truncated: rows < sheet.rows || columns < sheet.columns, cells };
}
