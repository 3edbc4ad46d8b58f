/**
 * How a sheet prints: one page wide (DESIGN §3.2), block by block — the form block, then each table, side
 * by side on screen but each printed from its own page, neighbours joined while they fit at full size.
 */
import type { SheetPart } from "./sheet-parts";
import type { PrintSpec } from "./spec";

/** Columns of the form block: those left of the gap before the first table; none when a table starts at 0. */
export function formColumnCount(part: SheetPart): number {
  const first = Math.min(...part.tables.map((t) => t.column));
  if (Number.isFinite(first)) return Math.max(0, first - 1);
  return part.columnWidths.reduce((max, w) => Math.max(max, w.column + 1), 0);
}

/**
 * Width that prints at full size across a landscape page, characters of the default font: A4 or Letter
 * less Excel's default 0.7" margins leaves about 9.6", some 125 characters of Calibri 11.
 */
export const PAGE_WIDTH = 125;

/**
 * Print blocks, left to right: the form block, then each table; neighbours are printed together while they
 * fit the page width at full size. Printed side by side on one page width, a client sheet's tables would
 * shrink to a quarter of their size; block by block, each keeps a readable scale.
 */
export function printAreas(part: SheetPart, formColumns: number): PrintSpec["areas"] {
  if (part.tables.length === 0) return undefined;
  const widths = new Map(part.columnWidths.map((w) => [w.column, w.width]));
  const width = (first: number, last: number): number => {
    let total = 0;
    for (let c = first; c <= last; c += 1) total += widths.get(c) ?? 0;
    return total;
  };
  const tables = [...part.tables]
    .sort((a, b) => a.column - b.column)
    .map((t) => ({ first: t.column, last: t.column + t.columns.length - 1 }));
  const blocks = formColumns > 0 ? [{ first: 0, last: formColumns - 1 }, ...tables] : tables;
  const areas: { first: number; last: number }[] = [];
  for (const block of blocks) {
    const previous = areas[areas.length - 1];
    if (previous !== undefined && width(previous.first, block.last) <= PAGE_WIDTH) previous.last = block.last;
    else areas.push({ ...block });
  }
  return areas;
}
