/**
 * Row heights from text: how many lines each wrapped text needs in its column (or merge), so a sheet opens
 * with every label, prompt and header readable. An .xlsx file keeps the heights it stores — Excel does not
 * refit rows when it opens a file — so the layout estimates them, from Calibri 11's glyph widths measured in
 * the unit column widths use (the width of the digit 0). An estimate errs towards one line too many.
 */
import type { CellStyle, CellValue, SheetSpec, StyleKey } from "./spec";

/** Excel's default row height for Calibri 11, points. */
export const DEFAULT_ROW_HEIGHT = 15;
/** Excel's tallest row, points: longer texts scroll inside the cell. */
export const MAX_ROW_HEIGHT = 409;
/** Default font size, points. */
const DEFAULT_FONT_SIZE = 11;
/** Cell padding inside a column, in widths of the digit 0 (Excel: 5 px of a 7 px digit). */
const PADDING = 0.8;
/** Bold glyphs are about this much wider. */
const BOLD_FACTOR = 1.07;

/** Width of a character in widths of the digit 0 (Calibri: i 470, m 1636, 0 1038 units per 2048 em). */
function charWidth(ch: string): number {
  if (/[ijl.,;:'!|]/.test(ch)) return 0.45;
  if (/[ frt()[\]¿¡-]/.test(ch)) return 0.65;
  if (/[mw]/.test(ch)) return 1.5;
  if (/[MW]/.test(ch)) return 1.7;
  if (/[A-ZÁÉÍÓÚÑÜ]/.test(ch)) return 1.2;
  if (/[a-záéíóúñü]/.test(ch)) return 0.95;
  // Code points beyond the BMP (emoji) and CJK are about twice as wide.
  return (ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1;
}

function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** Lines `text` takes when wrapped at word boundaries into `width` (digit widths); hard breaks count. */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = Math.max(1, width - PADDING);
  const scale = bold ? BOLD_FACTOR : 1;
  const space = charWidth(" ") * scale;
  return text.split("\n").reduce((total, paragraph) => {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      const w = textWidth(word) * scale;
      if (used > 0 && used + space + w <= room) {
        used += space + w;
        continue;
      }
      if (used > 0) lines += 1;
      // A word longer than the line breaks inside itself, as Excel does.
      const extra = Math.max(0, Math.ceil(w / room) - 1);
      lines += extra;
      used = w - extra * room;
    }
    return total + lines;
  }, 0);
}

/** Height of one line of a font size, points (15 for Calibri 11, as Excel's default row). */
export function lineHeight(fontSize: number): number {
  return Math.ceil((fontSize * DEFAULT_ROW_HEIGHT) / DEFAULT_FONT_SIZE);
}

/** Text a cell shows, as far as the layout knows it: texts, and the estimate given for formulas. */
function shownText(value: CellValue, estimates: ReadonlyMap<string, string>, at: string): string | undefined {
  if (value.kind === "text") return value.text;
  return estimates.get(at);
}

interface Measured {
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly style: CellStyle;
}

function measuredCells(
  sheet: SheetSpec,
  styles: Readonly<Record<StyleKey, CellStyle>>,
  estimates: ReadonlyMap<string, string>,
) {
  const styleOf = (key: StyleKey | undefined): CellStyle => (key === undefined ? {} : (styles[key] ?? {}));
  const cells: Measured[] = [];
  for (const cell of sheet.cells) {
    const text = shownText(cell.value, estimates, `${cell.row},${cell.column}`);
    if (text !== undefined) cells.push({ row: cell.row, column: cell.column, text, style: styleOf(cell.style) });
  }
  for (const table of sheet.tables) {
    table.columns.forEach((column, offset) => {
      const at = table.column + offset;
      cells.push({ row: table.row, column: at, text: column.header, style: styleOf(table.headerStyle) });
      table.rows.forEach((values, index) => {
        const value = values[offset];
        if (value?.kind === "text")
          cells.push({ row: table.row + 1 + index, column: at, text: value.text, style: styleOf(column.style) });
      });
    });
  }
  return cells;
}

/**
 * Estimated heights of the rows of `sheet` that need more than the default height, points, in row order.
 * `estimates` gives the text of formula cells whose result the layout can foresee (a title), by `row,column`.
 */
export function estimateRowHeights(
  sheet: SheetSpec,
  styles: Readonly<Record<StyleKey, CellStyle>>,
  estimates: ReadonlyMap<string, string> = new Map(),
): { row: number; height: number }[] {
  const widths = new Map(sheet.columnWidths.map((w) => [w.column, w.width]));
  const spanWidth = (row: number, column: number): number => {
    const merge = sheet.merges.find((m) => m.row === row && m.column === column);
    let width = 0;
    for (let c = column; c < column + (merge?.columns ?? 1); c += 1) width += widths.get(c) ?? 8.43;
    return width;
  };
  const heights = new Map<number, number>();
  for (const { row, column, text, style } of measuredCells(sheet, styles, estimates)) {
    const size = style.fontSize ?? DEFAULT_FONT_SIZE;
    const lines =
      style.wrap === true ? wrappedLines(text, spanWidth(row, column) * (DEFAULT_FONT_SIZE / size), style.bold) : 1;
    const height = Math.min(MAX_ROW_HEIGHT, lines * lineHeight(size));
    if (height > Math.max(DEFAULT_ROW_HEIGHT, heights.get(row) ?? 0)) heights.set(row, height);
  }
  return [...heights].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
}
