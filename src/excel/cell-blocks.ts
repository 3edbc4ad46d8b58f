/**
 * Groups scattered cells into few rectangles: one Office.js call per rectangle instead of one per cell. A
 * call costs about as many request bytes as thirty `null` entries (Office.js leaves a cell written as `null`
 * unchanged), so a block may carry that many gaps rather than be split.
 */
import type { CellRange } from "../layout/spec";
import type { CellInput } from "./steps";

/** Gaps (`null` entries) a block may take on instead of another call. */
const MAX_GAP_CELLS = 30;

/** A rectangle of cells and the entries to write into it, row by row. */
export interface CellBlock {
  readonly range: Required<CellRange>;
  readonly entries: CellInput[][];
}

interface Segment {
  readonly row: number;
  readonly first: number;
  readonly last: number;
}

function rowSegments(row: number, columns: readonly number[]): Segment[] {
  const segments: Segment[] = [];
  let first = columns[0] ?? 0;
  let last = first;
  for (const column of columns.slice(1)) {
    if (column - last - 1 > MAX_GAP_CELLS) {
      segments.push({ row, first, last });
      first = column;
    }
    last = column;
  }
  segments.push({ row, first, last });
  return segments;
}

interface Open {
  top: number;
  bottom: number;
  first: number;
  last: number;
}

/** Whether adding `segment` to `open` costs fewer gap cells than a call of its own. */
function absorbs(open: Open, segment: Segment): boolean {
  if (segment.row !== open.bottom + 1 || segment.last < open.first || segment.first > open.last) return false;
  const first = Math.min(open.first, segment.first);
  const last = Math.max(open.last, segment.last);
  const widened = (last - first - (open.last - open.first)) * (open.bottom - open.top + 1);
  const gaps = last - first - (segment.last - segment.first);
  return widened + gaps <= MAX_GAP_CELLS;
}

/** Rectangles covering every position, each with at most a few dozen cells that are not among them. */
export function coverPositions(positions: readonly { row: number; column: number }[]): Required<CellRange>[] {
  const byRow = new Map<number, number[]>();
  for (const { row, column } of positions) byRow.set(row, [...(byRow.get(row) ?? []), column]);
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const done: Open[] = [];
  let open: Open[] = [];
  for (const row of rows) {
    const columns = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const next: Open[] = [];
    for (const segment of rowSegments(row, columns)) {
      const target = open.find((o) => !next.includes(o) && absorbs(o, segment));
      if (target) {
        target.bottom = row;
        target.first = Math.min(target.first, segment.first);
        target.last = Math.max(target.last, segment.last);
        next.push(target);
      } else {
        next.push({ top: row, bottom: row, first: segment.first, last: segment.last });
      }
    }
    done.push(...open.filter((o) => !next.includes(o)));
    open = next;
  }
  done.push(...open);
  return done
    .map((o) => ({ row: o.top, column: o.first, rows: o.bottom - o.top + 1, columns: o.last - o.first + 1 }))
    .sort((a, b) => a.row - b.row || a.column - b.column);
}

/** Blocks writing every given cell; cells of a block that are not given are `null` (left as they are). */
export function cellBlocks(
  cells: ReadonlyMap<string, CellInput>,
  positionOf: (key: string) => [number, number],
): CellBlock[] {
  const positions = [...cells.keys()].map((key) => {
    const [row, column] = positionOf(key);
    return { row, column };
  });
  return coverPositions(positions).map((range) => ({
    range,
    entries: Array.from({ length: range.rows }, (_, r) =>
      Array.from({ length: range.columns }, (_, c) => cells.get(cellKey(range.row + r, range.column + c)) ?? null),
    ),
  }));
}

/** Key of a cell in the maps above. */
export function cellKey(row: number, column: number): string {
  return `${row}:${column}`;
}

/** Position of a `cellKey`. */
export function keyPosition(key: string): [number, number] {
  const [row, column] = key.split(":").map(Number);
  return [row ?? 0, column ?? 0];
}

/**
 * Exact runs for formatting: rectangles covering exactly the positions (no gaps, since a format would paint
 * them): vertical runs per column, side-by-side runs with the same rows joined.
 */
export function exactRuns(positions: readonly { row: number; column: number }[]): Required<CellRange>[] {
  const byColumn = new Map<number, number[]>();
  for (const { row, column } of positions) byColumn.set(column, [...(byColumn.get(column) ?? []), row]);
  const runs: { row: number; column: number; rows: number; columns: number }[] = [];
  for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byColumn.get(column))].sort((a, b) => a - b);
    let start = rows[0] ?? 0;
    let previous = start;
    const flush = (): void => {
      const run = { row: start, column, rows: previous - start + 1, columns: 1 };
      const left = runs.find((r) => r.row === run.row && r.rows === run.rows && r.column + r.columns === column);
      if (left) left.columns += 1;
      else runs.push(run);
    };
    for (const row of rows.slice(1)) {
      if (row !== previous + 1) {
        flush();
        start = row;
      }
      previous = row;
    }
    flush();
  }
  return runs;
}
