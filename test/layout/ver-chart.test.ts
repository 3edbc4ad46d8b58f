/**
 * Ver's score-history chart and plan year: a line chart of the Historial table (dates as categories,
 * knowledge and trust as series bound to the table's columns), named with the client's id and placed under
 * the form block; the plan-year cell shows the year Nuevo año closed once the client carries its marker.
 */
import type { Direction, PlanLanguage } from "../../src/domain/plan";
import { parseColumnReference } from "../../src/excel/chart-reference";
import type { ChartSpec, SheetSpec } from "../../src/layout/spec";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { PORTFOLIO_CHART, clientTableName } from "../../src/layout/workbook-names";
import { aClient, aPlan, aSnapshot, richClient } from "./plan-fixtures";

const DIRECTIONS: readonly Direction[] = ["client", "manager", "peers", "team"];

const cases = (["es", "en"] as const).flatMap((language) => DIRECTIONS.map((direction) => ({ language, direction })));

function verOf(language: PlanLanguage, direction: Direction = "client"): SheetSpec {
  const client = { ...richClient("rich0001", "Rica"), direction };
  const sheet = buildWorkbookSpec(aPlan([client], { language })).sheets.find((s) => s.key === "ver:rich0001");
  if (sheet === undefined) throw new Error("no Ver sheet");
  return sheet;
}

function onlyChart(sheet: SheetSpec): ChartSpec {
  expect(sheet.charts).toHaveLength(1);
  const [chart] = sheet.charts;
  if (chart === undefined) throw new Error("no chart");
  return chart;
}

/** The header of a Historial column by key, as the Ver sheet's table spec has it. */
function header(sheet: SheetSpec, key: string): string {
  const table = sheet.tables.find((t) => t.name === clientTableName("scoreHistory", "rich0001"));
  return table?.columns.find((c) => c.key === key)?.header ?? `no column ${key}`;
}

describe.each(cases)("Ver's score-history chart ($language, $direction)", ({ language, direction }) => {
  const sheet = verOf(language, direction);
  const chart = onlyChart(sheet);

  it("is a line chart named with the client's id and titled in the plan language", () => {
    expect(chart.kind).toBe("line");
    expect(chart.name).toBe("vamGraficoHistorial_rich0001");
    expect(chart.title).toBe(
      language === "es" ? "Evolución de Conocimiento y Confianza" : "Knowledge and Trust over time",
    );
  });

  it("plots knowledge and trust against the dates, each series one column of the client's Historial table", () => {
    const table = clientTableName("scoreHistory", "rich0001");
    const bound = chart.series.map((s) => ({
      name: s.name,
      x: parseColumnReference(s.xValues),
      y: parseColumnReference(s.yValues),
    }));
    expect(bound).toEqual(
      (["knowledge", "trust"] as const).map((key) => ({
        name: header(sheet, key),
        x: { table, column: header(sheet, "date") },
        y: { table, column: header(sheet, key) },
      })),
    );
  });

  it("sits one row under the form block, within its columns, left of the first table", () => {
    const firstTable = Math.min(...sheet.tables.map((t) => t.column));
    const formRows = sheet.cells.filter((c) => c.column < firstTable).map((c) => c.row);
    const lastFormRow = Math.max(...formRows);
    expect(chart.anchor.row).toBe(lastFormRow + 2);
    expect(chart.anchor.column).toBe(0);
    expect(chart.anchor.column + (chart.anchor.columns ?? 1)).toBeLessThan(firstTable);
    expect(chart.anchor.rows ?? 1).toBeGreaterThanOrEqual(12);
  });
});

describe("Ver's score-history chart across plans", () => {
  it("given an empty history or a long one, the chart is the same: it follows the table, not its rows", () => {
    const empty = aClient("empt0001", "Vacía", { scoreHistory: [] });
    const long = aClient("long0001", "Larga", {
      scoreHistory: Array.from({ length: 40 }, (_, i) =>
        aSnapshot({ date: `2026-01-${String((i % 28) + 1).padStart(2, "0")}` }),
      ),
    });
    const spec = buildWorkbookSpec(aPlan([empty, long]));
    const charts = spec.sheets.filter((s) => s.kind === "ver").map(onlyChart);
    const [first, second] = charts.map((c) => JSON.stringify(c).replace(/(empt|long)0001/g, "ID"));
    expect(first).toBe(second);
  });

  it("given two clients, each chart carries its own id, and Cartera's chart has its own name", () => {
    const spec = buildWorkbookSpec(aPlan([aClient("aaaa0001", "A"), aClient("bbbb0002", "B")]));
    const names = spec.sheets.flatMap((s) => s.charts.map((c) => c.name));
    expect(names).toEqual([PORTFOLIO_CHART, "vamGraficoHistorial_aaaa0001", "vamGraficoHistorial_bbbb0002"]);
  });
});

describe.each(["es", "en"] as const)("Ver's plan year (%s)", (language) => {
  it("shows the year Nuevo año closed when the client carries its marker, else the plan year", () => {
    const sheet = verOf(language);
    const label = language === "es" ? "Año del plan" : "Plan year";
    const labelCell = sheet.cells.find((c) => c.value.kind === "text" && c.value.text === label);
    const value = sheet.cells.find((c) => c.row === labelCell?.row && c.column === (labelCell?.column ?? 0) + 1);
    expect(value?.value).toEqual({ kind: "formula", formula: "=IFERROR(vamAnioCerrado_rich0001,vamAnioPlan)" });
  });
});
