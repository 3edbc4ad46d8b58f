/**
 * Sheet geometry (docs/WORKBOOK.md): title in row 0, prompt in row 1; tables side by side on one shared
 * header row, one empty column apart, nothing below any table; form blocks to the left of the tables.
 */
import type { PlanLanguage } from "../../src/domain/plan";
import { PAGE_WIDTH } from "../../src/layout/print-layout";
import { CAPTION_ROW, HEADER_ROW, PROMPT_ROW, TITLE_ROW } from "../../src/layout/sheet-parts";
import { STYLES } from "../../src/layout/styles";
import type { CellRange, SheetSpec, TableSpec } from "../../src/layout/spec";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { fixturePlans } from "./plan-fixtures";

const sheets = (["es", "en"] as const satisfies readonly PlanLanguage[]).flatMap((language) =>
  fixturePlans(language).flatMap(({ title, plan }) =>
    buildWorkbookSpec(plan).sheets.map((sheet) => ({ title: `${sheet.key} of ${title} (${language})`, sheet })),
  ),
);

/** Columns a table spans, first to last. */
function span(table: TableSpec): { first: number; last: number } {
  return { first: table.column, last: table.column + table.columns.length - 1 };
}

function rangeBox(range: CellRange): { top: number; bottom: number; left: number; right: number } {
  return {
    top: range.row,
    bottom: range.row + (range.rows ?? 1) - 1,
    left: range.column,
    right: range.column + (range.columns ?? 1) - 1,
  };
}

/** Whether `range` reaches into the table's columns at or below its header row. */
function reachesUnder(range: CellRange, table: TableSpec): boolean {
  const box = rangeBox(range);
  const { first, last } = span(table);
  return box.bottom >= table.row && box.right >= first && box.left <= last;
}

function occupiedRanges(sheet: SheetSpec): { what: string; range: CellRange }[] {
  return [
    ...sheet.cells.map((c) => ({ what: `cell R${c.row}C${c.column}`, range: { row: c.row, column: c.column } })),
    ...sheet.merges.map((m) => ({ what: `merge R${m.row}C${m.column}`, range: m })),
    ...sheet.validations.map((v) => ({ what: "validation", range: v.range })),
    ...sheet.conditionalFormats.flatMap((f) =>
      f.target.kind === "range" ? [{ what: "format", range: f.target.range }] : [],
    ),
    ...sheet.charts.map((c) => ({ what: `chart ${c.title}`, range: c.anchor })),
  ];
}

describe.each(sheets)("the geometry of $title", ({ sheet }) => {
  const tables = [...sheet.tables].sort((a, b) => a.column - b.column);

  it("has a title in row 0 and a prompt in row 1", () => {
    expect(sheet.cells.find((c) => c.row === 0 && c.column === 0)?.value.kind).toMatch(/text|formula/);
    expect(sheet.cells.find((c) => c.row === 1 && c.column === 0)?.value.kind).toBe("text");
  });

  it("puts every table's header on the one shared header row, frozen with the rows above it", () => {
    expect(tables.map((t) => t.row).filter((row) => row !== HEADER_ROW)).toEqual([]);
    if (sheet.kind !== "meta") expect(sheet.freeze).toEqual({ rows: HEADER_ROW + 1, columns: 0 });
  });

  it("places tables side by side, at least one empty column apart", () => {
    for (let i = 1; i < tables.length; i += 1) {
      expect(tables[i]!.column).toBeGreaterThanOrEqual(span(tables[i - 1]!).last + 2);
    }
  });

  it("places nothing below or inside a table: no cell, merge, validation, format or chart", () => {
    for (const table of tables) {
      expect(
        occupiedRanges(sheet)
          .filter((o) => reachesUnder(o.range, table))
          .map((o) => o.what),
      ).toEqual([]);
    }
  });

  it("keeps form blocks left of the first table", () => {
    const first = tables[0];
    if (first === undefined) return;
    const belowTop = occupiedRanges(sheet).filter((o) => rangeBox(o.range).bottom >= HEADER_ROW);
    expect(belowTop.filter((o) => rangeBox(o.range).right >= first.column).map((o) => o.what)).toEqual([]);
  });

  it("captions every table in the caption row above it", () => {
    for (const table of tables) {
      expect(sheet.cells.find((c) => c.row === CAPTION_ROW && c.column === table.column)?.value.kind).toBe("text");
    }
  });

  it("gives each table at least one row, every row one value per column, every column a width", () => {
    const widths = new Set(sheet.columnWidths.map((w) => w.column));
    for (const table of tables) {
      expect(table.rows.length).toBeGreaterThanOrEqual(1);
      expect(table.rows.filter((row) => row.length !== table.columns.length)).toEqual([]);
      const { first, last } = span(table);
      for (let column = first; column <= last; column += 1) expect(widths.has(column)).toBe(true);
    }
  });

  it("has no overlapping merges", () => {
    const boxes = sheet.merges.map(rangeBox);
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
        expect(overlap).toBe(false);
      }
    }
  });

  it("prints landscape, one page wide, each page under the sheet's name with its captions and headers", () => {
    expect(sheet.print).toMatchObject({ orientation: "landscape", fitToPagesWide: 1, header: "&A" });
    expect(sheet.print.repeatRows).toEqual({ first: CAPTION_ROW, last: HEADER_ROW });
  });

  it("prints in blocks that keep each table whole, left to right, covering the form and every table", () => {
    const areas = sheet.print.areas ?? [];
    if (tables.length === 0) {
      expect(sheet.print.areas).toBeUndefined();
      return;
    }
    for (let i = 1; i < areas.length; i += 1) expect(areas[i]!.first).toBeGreaterThan(areas[i - 1]!.last + 1);
    for (const table of tables) {
      const { first, last } = span(table);
      expect(areas.filter((a) => a.first <= first && last <= a.last)).toHaveLength(1);
    }
    expect(areas[0]?.first).toBe(0);
  });

  it("joins blocks into one printed area only while they fit a page at full size", () => {
    const widths = new Map(sheet.columnWidths.map((w) => [w.column, w.width]));
    for (const area of sheet.print.areas ?? []) {
      const inside = tables.filter((t) => t.column >= area.first && t.column <= area.last);
      if (inside.length + (area.first < (tables[0]?.column ?? 0) ? 1 : 0) < 2) continue;
      let width = 0;
      for (let c = area.first; c <= area.last; c += 1) width += widths.get(c) ?? 0;
      expect(width).toBeLessThanOrEqual(PAGE_WIDTH);
    }
  });

  it("keeps the title and the prompt within the form block, wrapped, so nothing spills over a table", () => {
    const first = tables[0];
    if (first === undefined) return;
    const top = [...sheet.cells, ...sheet.merges].filter((c) => c.row === TITLE_ROW || c.row === PROMPT_ROW);
    for (const c of top) expect(c.column + (("columns" in c ? c.columns : 1) ?? 1) - 1).toBeLessThan(first.column);
    const styles = sheet.cells.filter((c) => c.row <= PROMPT_ROW).map((c) => STYLES[c.style ?? ""]);
    expect(styles.every((style) => style?.wrap === true)).toBe(true);
  });

  it("paints every table header in a wrapped header style", () => {
    for (const table of tables) expect(STYLES[table.headerStyle ?? ""]?.wrap).toBe(true);
  });
});

describe("tab colours", () => {
  it("colour each phase alike for every client, and the phases differently", () => {
    const spec = buildWorkbookSpec(fixturePlans("es")[2]!.plan);
    const byKind = new Map<string, Set<string | undefined>>();
    for (const sheet of spec.sheets) byKind.set(sheet.kind, (byKind.get(sheet.kind) ?? new Set()).add(sheet.tabColor));
    const phases = ["ver", "ajustar", "medir"].map((kind) => [...(byKind.get(kind) ?? [])]);
    expect(phases.map((colours) => colours.length)).toEqual([1, 1, 1]);
    expect(new Set(phases.flat()).size).toBe(3);
    expect(phases.flat()).not.toContain(undefined);
  });
});
