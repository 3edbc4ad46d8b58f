/**
 * Host rules for Range.format: font, fill, alignment, wrap, borders, column widths and row heights.
 * Reading a format of several cells gives the common value, or null when they differ (as Excel does).
 */
import type { Rect } from "./address";
import { forStoredCells, peekCell, updateFormat } from "./cells";
import { textOf } from "./cell-typing";
import { fail } from "./errors";
import { normalizeColour } from "./sheet-rules";
import type { CellFormat, SheetModel } from "./workbook-model";

/** Excel's defaults for an unformatted cell (Calibri 11, black, no fill, bottom-aligned). */
export const DEFAULT_FORMAT = {
  bold: false,
  italic: false,
  fontColor: "#000000",
  fontSize: 11,
  fill: "#FFFFFF",
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
} as const;

/** Default column width, points (8.43 characters of Calibri 11), and row height, points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
/** Excel's limits: a row is at most 409 points high, a column at most 255 characters (≈ 1,790 points) wide. */
const MAX_ROW_HEIGHT = 409;
const MAX_COLUMN_WIDTH = 1790;

const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];
const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];

type FormatKey = keyof typeof DEFAULT_FORMAT;

/** Checks and converts a value for one format key; InvalidArgument when Excel would refuse it. */
function checked(key: FormatKey, value: unknown): CellFormat[FormatKey] {
  switch (key) {
    case "bold":
    case "italic":
    case "wrapText":
      if (typeof value !== "boolean") throw fail("InvalidArgument", `${key} must be a boolean`);
      return value;
    case "fontColor":
    case "fill":
      return normalizeColour(value);
    case "fontSize":
      if (typeof value !== "number" || value < 1 || value > 409)
        throw fail("InvalidArgument", "font size is 1–409 points");
      return value;
    case "horizontalAlignment":
    case "verticalAlignment": {
      const allowed = key === "horizontalAlignment" ? HORIZONTAL : VERTICAL;
      if (typeof value !== "string" || !allowed.includes(value))
        throw fail("InvalidArgument", `${key} "${String(value)}"`);
      return value;
    }
  }
}

/** Sets one format key on every cell of `rect`. */
export function setFormat(sheet: SheetModel, rect: Rect, key: FormatKey, value: unknown): void {
  const v = checked(key, value);
  updateFormat(sheet, rect, (format) => {
    (format as Record<string, unknown>)[key] = v;
  });
}

/** Removes the fill of every cell of `rect` (RangeFill.clear). */
export function clearFill(sheet: SheetModel, rect: Rect): void {
  updateFormat(sheet, rect, (format) => delete format.fill);
}

/** The common value of one format key over `rect`, or null when cells differ. */
export function readFormat(sheet: SheetModel, rect: Rect, key: FormatKey): unknown {
  let seen: unknown = undefined;
  let first = true;
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.column; c < rect.column + rect.columns; c++) {
      const value = peekCell(sheet, r, c)?.format?.[key] ?? DEFAULT_FORMAT[key];
      if (first) {
        seen = value;
        first = false;
      } else if (seen !== value) return null;
    }
  }
  return seen;
}

/** The cells of `rect` whose own edge `index` is the given side of the range. */
function borderCells(rect: Rect, index: string): { cells: Rect; edge: string } | null {
  const bottom = rect.row + rect.rows - 1;
  const right = rect.column + rect.columns - 1;
  switch (index) {
    case "EdgeTop":
      return { cells: { ...rect, rows: 1 }, edge: "EdgeTop" };
    case "EdgeBottom":
      return { cells: { ...rect, row: bottom, rows: 1 }, edge: "EdgeBottom" };
    case "EdgeLeft":
      return { cells: { ...rect, columns: 1 }, edge: "EdgeLeft" };
    case "EdgeRight":
      return { cells: { ...rect, column: right, columns: 1 }, edge: "EdgeRight" };
    case "InsideHorizontal":
      return rect.rows > 1 ? { cells: { ...rect, rows: rect.rows - 1 }, edge: "EdgeBottom" } : null;
    case "InsideVertical":
      return rect.columns > 1 ? { cells: { ...rect, columns: rect.columns - 1 }, edge: "EdgeRight" } : null;
    default:
      return { cells: rect, edge: index };
  }
}

/** Sets a border (RangeBorder.style / color) on one side of the range. */
export function setBorder(sheet: SheetModel, rect: Rect, index: string, part: "style" | "color", value: unknown): void {
  if (!BORDER_INDEXES.includes(index)) throw fail("InvalidArgument", `border index ${index}`);
  const v = part === "color" ? normalizeColour(value) : value;
  if (part === "style" && (typeof v !== "string" || !BORDER_STYLES.includes(v)))
    throw fail("InvalidArgument", `border style ${String(v)}`);
  const target = borderCells(rect, index);
  if (!target) return;
  updateFormat(sheet, target.cells, (format) => {
    const borders = (format.borders = format.borders ?? {});
    const current = borders[target.edge] ?? { style: "Continuous", color: "#000000" };
    borders[target.edge] = { ...current, [part]: v as string };
    if (borders[target.edge]?.style === "None") delete borders[target.edge];
    if (Object.keys(borders).length === 0) delete format.borders;
  });
}

/** The common style or colour of one side of the range, or null when cells differ. */
export function readBorder(sheet: SheetModel, rect: Rect, index: string, part: "style" | "color"): string | null {
  const target = borderCells(rect, index);
  if (!target) return part === "style" ? "None" : "#000000";
  let seen: string | null | undefined = undefined;
  for (let r = target.cells.row; r < target.cells.row + target.cells.rows; r++) {
    for (let c = target.cells.column; c < target.cells.column + target.cells.columns; c++) {
      const border = peekCell(sheet, r, c)?.format?.borders?.[target.edge];
      const value = border ? border[part] : part === "style" ? "None" : "#000000";
      if (seen === undefined) seen = value;
      else if (seen !== value) return null;
    }
  }
  return seen ?? null;
}

/** Sets the width of every column of the range, points. */
export function setColumnWidth(sheet: SheetModel, rect: Rect, width: unknown): void {
  if (typeof width !== "number" || width < 0 || width > MAX_COLUMN_WIDTH)
    throw fail("InvalidArgument", `column width ${String(width)} points`);
  for (let c = rect.column; c < rect.column + rect.columns; c++) sheet.columnWidths.set(c, width);
}

/** Sets the height of every row of the range, points (Excel's maximum is 409). */
export function setRowHeight(sheet: SheetModel, rect: Rect, height: unknown): void {
  if (typeof height !== "number" || height < 0 || height > MAX_ROW_HEIGHT)
    throw fail("InvalidArgument", `row height ${String(height)} points`);
  for (let r = rect.row; r < rect.row + rect.rows; r++) sheet.rowHeights.set(r, height);
}

/** The common width of the range's columns (points), or null when they differ. */
export function readColumnWidth(sheet: SheetModel, rect: Rect): number | null {
  const first = sheet.columnWidths.get(rect.column) ?? DEFAULT_COLUMN_WIDTH;
  for (let c = rect.column + 1; c < rect.column + Math.min(rect.columns, 16_384); c++) {
    if ((sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH) !== first) return null;
  }
  return first;
}

/** The common height of the range's rows (points), or null when they differ. */
export function readRowHeight(sheet: SheetModel, rect: Rect): number | null {
  const first = sheet.rowHeights.get(rect.row) ?? DEFAULT_ROW_HEIGHT;
  for (const [row, height] of sheet.rowHeights) {
    if (row >= rect.row && row < rect.row + rect.rows && height !== first) return null;
  }
  return first;
}

/**
 * `autofitColumns()`: an approximation (no font metrics here): about 7 points per character of the longest
 * text in each column of the range, plus padding, never below the default width.
 */
export function autofitColumns(sheet: SheetModel, rect: Rect): void {
  const longest = new Map<number, number>();
  forStoredCells(sheet, rect, (_row, column, cell) => {
    const text = textOf(cell.content);
    const widest = Math.max(...text.split("\n").map((line) => line.length));
    longest.set(column, Math.max(longest.get(column) ?? 0, widest));
  });
  for (const [column, chars] of longest) {
    sheet.columnWidths.set(column, Math.min(MAX_COLUMN_WIDTH, Math.max(DEFAULT_COLUMN_WIDTH, chars * 7 + 5)));
  }
}
