import fc from "fast-check";
import { cellBlocks, cellKey, coverPositions, exactRuns, keyPosition } from "../../src/excel/cell-blocks";

const positions = fc.uniqueArray(
  fc.record({ row: fc.integer({ min: 0, max: 40 }), column: fc.integer({ min: 0, max: 40 }) }),
  {
    selector: (p) => `${p.row}:${p.column}`,
    maxLength: 120,
  },
);

function inside(
  range: { row: number; column: number; rows: number; columns: number },
  p: { row: number; column: number },
) {
  return (
    p.row >= range.row &&
    p.row < range.row + range.rows &&
    p.column >= range.column &&
    p.column < range.column + range.columns
  );
}

describe("cell blocks", () => {
  it("given any cells, the write blocks cover each exactly once and carry its entry", () => {
    fc.assert(
      fc.property(positions, (cells) => {
        const entries = new Map(cells.map((p, i) => [cellKey(p.row, p.column), `'v${i}`]));
        const blocks = cellBlocks(entries, keyPosition);
        for (const p of cells) {
          const holding = blocks.filter((b) => inside(b.range, p));
          expect(holding).toHaveLength(1);
          const block = holding[0];
          if (block === undefined) return;
          expect(block.entries[p.row - block.range.row]?.[p.column - block.range.column]).toBe(
            entries.get(cellKey(p.row, p.column)),
          );
        }
        const gaps = blocks.flatMap((b) => b.entries.flat()).filter((e) => e === null).length;
        expect(gaps).toBeLessThanOrEqual(blocks.length * 30 * 41);
      }),
    );
  });

  it("given a 2-column form of 20 rows, one block writes it", () => {
    const form = Array.from({ length: 40 }, (_, i) => ({ row: 3 + (i >> 1), column: i & 1 }));
    expect(coverPositions(form)).toEqual([{ row: 3, column: 0, rows: 20, columns: 2 }]);
  });

  it("given any cells, the format runs cover exactly those cells", () => {
    fc.assert(
      fc.property(positions, (cells) => {
        const runs = exactRuns(cells);
        const covered = runs.flatMap((r) =>
          Array.from(
            { length: r.rows * r.columns },
            (_, i) => `${r.row + Math.floor(i / r.columns)}:${r.column + (i % r.columns)}`,
          ),
        );
        expect(new Set(covered).size).toBe(covered.length);
        expect(new Set(covered)).toEqual(new Set(cells.map((p) => `${p.row}:${p.column}`)));
      }),
    );
  });

  it("given a column of a table body, one run formats it", () => {
    expect(exactRuns(Array.from({ length: 5 }, (_, i) => ({ row: 4 + i, column: 7 })))).toEqual([
      { row: 4, column: 7, rows: 5, columns: 1 },
    ]);
  });
});
