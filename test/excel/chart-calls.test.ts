/**
 * Charts on the Office.js path: each spec kind drawn as its Excel chart type, with the spec's name, title and
 * position, and every series bound to its table column's data body (so it follows the table); the size model
 * counts exactly the bytes the host measures.
 */
import { createSimExcel, type SimHost } from "../../excel-sim/host";
import { EXCEL_CHART_TYPES, chartCalls } from "../../src/excel/chart-calls";
import { StepQueue } from "../../src/excel/queue-step";
import { requestBytes } from "../../src/excel/step-size";
import type { Step } from "../../src/excel/steps";
import type { ChartSpec } from "../../src/layout/spec";

/** Hoja1: table Hist over B2:D4 (Fecha | Conocimiento | Confianza, two snapshots). */
async function withHistory(): Promise<SimHost> {
  const sim = createSimExcel({ firstSheetName: "Hoja1" });
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Hoja1");
    sheet.getRange("B2:D4").values = [
      ["Fecha", "Conocimiento", "Confianza"],
      ["2026-06-30", 5, 6],
      ["2026-12-15", 6, 7],
    ];
    context.workbook.tables.add("Hoja1!B2:D4", true).name = "Hist";
    await context.sync();
  });
  sim.instrumentation.reset();
  return sim;
}

function aChart(kind: ChartSpec["kind"], overrides: Partial<ChartSpec> = {}): ChartSpec {
  return {
    kind,
    name: "vamGraficoHistorial_acmeacme",
    title: "Evolución · ñ",
    anchor: { row: 30, column: 0, rows: 18, columns: 2 },
    series: [
      { name: "Conocimiento", xValues: "Hist[Fecha]", yValues: "Hist[Conocimiento]" },
      { name: "Confianza", xValues: "Hist[Fecha]", yValues: "Hist[Confianza]" },
    ],
    ...overrides,
  };
}

async function draw(sim: SimHost, step: Step): Promise<void> {
  await sim.run(async (context) => {
    new StepQueue(context).queue(step);
    await context.sync();
  });
}

const KINDS: readonly [ChartSpec["kind"], string][] = [
  ["line", "LineMarkers"],
  ["scatter", "XYScatter"],
  ["columnClustered", "ColumnClustered"],
  ["barClustered", "BarClustered"],
];

describe("a chart spec on the Office.js path", () => {
  it.each(KINDS)("given kind %s, Excel's chart type is %s", (kind, type) => {
    expect(EXCEL_CHART_TYPES[kind]).toBe(type);
  });

  it.each(KINDS)(
    "given kind %s on excel-sim, the chart has the type, name, title, position and both series over the table's columns",
    async (kind, type) => {
      const sim = await withHistory();
      await draw(sim, { kind: "chart", sheet: { by: "name", name: "Hoja1" }, chart: aChart(kind) });
      expect(sim.workbook.sheets[0]?.charts).toEqual([
        expect.objectContaining({
          type,
          name: "vamGraficoHistorial_acmeacme",
          title: "Evolución · ñ",
          position: { startCell: "A31", endCell: "B48" },
          series: [
            { name: "Conocimiento", xValues: "Hoja1!$B$3:$B$4", values: "Hoja1!$C$3:$C$4" },
            { name: "Confianza", xValues: "Hoja1!$B$3:$B$4", values: "Hoja1!$D$3:$D$4" },
          ],
        }),
      ]);
    },
  );

  it("given a sheet found through an anchor name and one series, the chart is drawn there with it", async () => {
    const sim = await withHistory();
    await sim.run(async (context) => {
      context.workbook.names.add("vamVer_acmeacme", context.workbook.worksheets.getItem("Hoja1").getRange("A1"));
      await context.sync();
    });
    const [first] = aChart("line").series;
    const chart = aChart("line", { series: first === undefined ? [] : [first] });
    await draw(sim, { kind: "chart", sheet: { by: "anchor", name: "vamVer_acmeacme" }, chart });
    expect(sim.workbook.sheets[0]?.charts.map((c) => c.series.length)).toEqual([1]);
  });

  it("given no name, Excel's default name stays and no name call is made", () => {
    const { name: _name, ...unnamed } = aChart("scatter");
    expect(chartCalls(unnamed).map((c) => c.op)).toEqual([
      "add",
      "title",
      "setPosition",
      "seriesName",
      "setXAxisValues",
      "addSeries",
      "setXAxisValues",
      "setValues",
    ]);
  });

  it("given no series, nothing is drawn (Excel needs source data to add a chart)", () => {
    expect(chartCalls(aChart("line", { series: [] }))).toEqual([]);
  });

  it.each(KINDS)("given kind %s, the size model counts exactly the bytes excel-sim measures", async (kind) => {
    const sim = await withHistory();
    const step: Step = { kind: "chart", sheet: { by: "anchor", name: "vamVer_x" }, chart: aChart(kind) };
    await sim.run(async (context) => {
      context.workbook.names.add("vamVer_x", context.workbook.worksheets.getItem("Hoja1").getRange("A1"));
      await context.sync();
    });
    sim.instrumentation.reset();
    await draw(sim, step);
    expect(requestBytes([step])).toBe(sim.instrumentation.requests[0]?.requestBytes);
  });
});
