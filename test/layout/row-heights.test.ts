/**
 * Row heights from text (row-heights.ts): wrapped text gets the lines it needs, in Calibri 11's widths, so
 * an .xlsx opens with every label, prompt and header readable.
 */
import type { PlanLanguage } from "../../src/domain/plan";
import {
  DEFAULT_ROW_HEIGHT,
  MAX_ROW_HEIGHT,
  estimateRowHeights,
  lineHeight,
  wrappedLines,
} from "../../src/layout/row-heights";
import { HEADER_ROW, PROMPT_ROW, TITLE_ROW } from "../../src/layout/sheet-parts";
import type { SheetSpec } from "../../src/layout/spec";
import { STYLES } from "../../src/layout/styles";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { aClient, aPlan, fixturePlans, richClient } from "./plan-fixtures";

describe("wrappedLines", () => {
  // "a" is 0.95 of the digit 0, a space 0.65; a column keeps 0.8 of a digit as padding.
  it.each([
    { title: "a short label in a wide column", text: "Sector", width: 30, lines: 1 },
    { title: "two words that fit, a third that does not", text: "aaaa aaaa aaaa", width: 10, lines: 2 },
    { title: "four words, two a line", text: "aaaa aaaa aaaa aaaa", width: 10, lines: 2 },
    { title: "a word longer than the line, broken inside itself", text: "a".repeat(20), width: 10, lines: 3 },
    { title: "a hard line break", text: "uno\ndos", width: 30, lines: 2 },
    { title: "an empty text", text: "", width: 10, lines: 1 },
  ])("given $title, is $lines line(s)", ({ text, width, lines }) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });

  it("given bold text at the edge of a line, needs a line more than in regular weight", () => {
    expect([wrappedLines("aaaa aaaa", 9.5, false), wrappedLines("aaaa aaaa", 9.5, true)]).toEqual([1, 2]);
  });
});

describe("lineHeight", () => {
  it.each([
    [11, 15],
    [16, 22],
  ])("given a %d pt font, is %d pt (Excel's default row is 15 pt for Calibri 11)", (size, expected) => {
    expect(lineHeight(size)).toBe(expected);
  });
});

function heightOf(sheet: SheetSpec, row: number): number {
  return sheet.rowHeights?.find((h) => h.row === row)?.height ?? DEFAULT_ROW_HEIGHT;
}

describe.each<PlanLanguage>(["es", "en"])("the built sheets (%s)", (language) => {
  const sheets = fixturePlans(language).flatMap(({ plan }) => buildWorkbookSpec(plan).sheets);

  it("list only rows taller than the default, within Excel's 409 pt, in row order, each once", () => {
    for (const sheet of sheets) {
      const heights = sheet.rowHeights ?? [];
      expect(heights.filter((h) => h.height <= DEFAULT_ROW_HEIGHT || h.height > MAX_ROW_HEIGHT)).toEqual([]);
      const rows = heights.map((h) => h.row);
      expect(rows).toEqual([...new Set(rows)].sort((a, b) => a - b));
    }
  });

  it("give the shared header row room for every wrapped header", () => {
    for (const sheet of sheets.filter((s) => s.tables.length > 0)) {
      const headers = sheet.tables.flatMap((t) => t.columns.map((c) => ({ text: c.header, width: c.width ?? 12 })));
      const lines = Math.max(...headers.map((h) => wrappedLines(h.text, h.width, true)));
      expect(heightOf(sheet, HEADER_ROW)).toBeGreaterThanOrEqual(lines * DEFAULT_ROW_HEIGHT);
    }
  });

  it("give each prompt the lines it needs within the form block", () => {
    const ver = sheets.find((s) => s.kind === "ver");
    if (ver === undefined) throw new Error("no Ver sheet");
    expect(heightOf(ver, PROMPT_ROW)).toBeGreaterThanOrEqual(2 * DEFAULT_ROW_HEIGHT);
  });
});

describe("a client's title", () => {
  it("given a long client name, gets two lines of the title font; a short one, one", () => {
    const long = "Corporación Industrial de Servicios Integrales del Mediterráneo";
    const spec = buildWorkbookSpec(aPlan([aClient("long0001", long), richClient("rich0001", "Rica")]));
    const ver = (id: string) => spec.sheets.find((s) => s.key === `ver:${id}`);
    expect(heightOf(ver("long0001")!, TITLE_ROW)).toBeGreaterThanOrEqual(2 * lineHeight(16));
    expect(heightOf(ver("rich0001")!, TITLE_ROW)).toBe(lineHeight(16));
  });
});

describe("estimateRowHeights", () => {
  it("given a formula whose text it is told, measures that text; otherwise leaves the row alone", () => {
    const sheet: SheetSpec = {
      key: "s",
      kind: "portfolio",
      name: "S",
      visibility: "visible",
      columnWidths: [{ column: 0, width: 10 }],
      cells: [{ row: 0, column: 0, value: { kind: "formula", formula: '="x"' }, style: "label" }],
      merges: [],
      tables: [],
      validations: [],
      conditionalFormats: [],
      charts: [],
      print: { orientation: "landscape", fitToPagesWide: 1 },
    };
    expect(estimateRowHeights(sheet, STYLES)).toEqual([]);
    const told = new Map([["0,0", "un texto bastante más largo que la columna"]]);
    expect(estimateRowHeights(sheet, STYLES, told)).toEqual([{ row: 0, height: 5 * DEFAULT_ROW_HEIGHT }]);
  });
});
