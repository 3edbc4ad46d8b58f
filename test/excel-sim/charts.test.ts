/**
 * Charts in the simulator: only Excel's chart types are accepted, chart names load by path with the sheets,
 * and a series over the whole data body of a table column follows the table as `Table.resize` or `rows.add`
 * grows or shrinks it (what Excel does for charts over a table), while a series over anything else stays;
 * series name their sheet by its current name after a rename, as Excel rewrites references.
 */
import type { SimHost } from "../../excel-sim/host";
import { errorCodeOf, simWith } from "./fixtures";

/**
 * Hoja1: table Hist over B2:D4 (Fecha | Conocimiento | Confianza, two rows), a line chart over its Confianza
 * column with the dates as categories, and a second chart over the first body cell of Conocimiento only.
 */
function history(): Promise<SimHost> {
  return simWith((context) => {
    const sheet = context.workbook.worksheets.getItem("Hoja1");
    sheet.getRange("B2:D4").values = [
      ["Fecha", "Conocimiento", "Confianza"],
      ["2026-06-30", 5, 6],
      ["2026-12-15", 6, 7],
    ];
    const table = sheet.tables.add("B2:D4", true);
    table.name = "Hist";
    const line = sheet.charts.add("LineMarkers", table.columns.getItem("Confianza").getDataBodyRange(), "Columns");
    line.name = "historial";
    line.series.getItemAt(0).setXAxisValues(table.columns.getItem("Fecha").getDataBodyRange());
    const part = sheet.charts.add("ColumnClustered", sheet.getRange("C3"), "Columns");
    part.name = "parte";
  });
}

function seriesOf(sim: SimHost, name: string) {
  return sim.workbook.sheets[0]?.charts.find((c) => c.name === name)?.series.map((s) => [s.xValues, s.values]);
}

describe("charts", () => {
  it.each(["XYScatter", "LineMarkers", "Line", "ColumnClustered", "BarClustered", "3DColumn"])(
    "given the chart type %s, the chart is added with it",
    async (type) => {
      const sim = await simWith((context) => {
        const sheet = context.workbook.worksheets.getItem("Hoja1");
        sheet.charts.add(type as Excel.ChartType, sheet.getRange("A1:B3"), "Columns");
      });
      expect(sim.workbook.sheets[0]?.charts.map((c) => c.type)).toEqual([type]);
    },
  );

  it.each(["Invalid", "Lines", "linemarkers", "Scatter", ""])(
    "given %j, which is no chart type Excel adds, the request fails with InvalidArgument",
    async (type) => {
      const code = await errorCodeOf(() =>
        simWith((context) => {
          const sheet = context.workbook.worksheets.getItem("Hoja1");
          sheet.charts.add(type as Excel.ChartType, sheet.getRange("A1:B3"), "Columns");
        }),
      );
      expect(code).toBe("InvalidArgument");
    },
  );

  it("given a load of the sheets' charts by path, each sheet lists its charts' names", async () => {
    const sim = await history();
    const names = await sim.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name, items/charts/items/name");
      await context.sync();
      return sheets.items.map((s) => [s.name, s.charts.items.map((c) => c.name)]);
    });
    expect(names).toEqual([["Hoja1", ["historial", "parte"]]]);
  });
});

describe("a chart series over a table column", () => {
  it("given Table.resize over two more rows, the series over whole body columns take them; one over a cell stays", async () => {
    const sim = await history();
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItem("Hist");
      const whole = table.getRange();
      whole.getLastRow().getOffsetRange(1, 0).getResizedRange(1, 0).values = [
        ["2027-03-31", 7, 8],
        ["2027-06-30", 8, 8],
      ];
      table.resize(whole.getResizedRange(2, 0));
      await context.sync();
    });
    expect(seriesOf(sim, "historial")).toEqual([["Hoja1!$B$3:$B$6", "Hoja1!$D$3:$D$6"]]);
    expect(seriesOf(sim, "parte")).toEqual([[null, "Hoja1!$C$3"]]);
  });

  it("given rows.add, the series follow too", async () => {
    const sim = await history();
    await sim.run(async (context) => {
      context.workbook.tables.getItem("Hist").rows.add(undefined, [["2027-03-31", 7, 8]]);
      await context.sync();
    });
    expect(seriesOf(sim, "historial")).toEqual([["Hoja1!$B$3:$B$5", "Hoja1!$D$3:$D$5"]]);
  });

  it("given a resize that shrinks the table by a row, the series shrink with it", async () => {
    const sim = await history();
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItem("Hist");
      table.resize(table.getRange().getResizedRange(-1, 0));
      await context.sync();
    });
    expect(seriesOf(sim, "historial")).toEqual([["Hoja1!$B$3", "Hoja1!$D$3"]]);
  });
});

describe("a chart series after its sheet is renamed", () => {
  it("given Worksheet.name set, every series and the chart's source name the sheet by its new name", async () => {
    const sim = await history();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Hoja1").name = "Acme · Ver";
      await context.sync();
    });
    expect(seriesOf(sim, "historial")).toEqual([["'Acme · Ver'!$B$3:$B$4", "'Acme · Ver'!$D$3:$D$4"]]);
    expect(sim.workbook.sheets[0]?.charts.map((c) => c.sourceAddress)).toEqual([
      "'Acme · Ver'!$D$3:$D$4",
      "'Acme · Ver'!$C$3",
    ]);
  });

  it("given a person renames the sheet and then the table grows, the series still follow the table", async () => {
    const sim = await history();
    sim.user.renameSheet("Hoja1", "Mi hoja");
    await sim.run(async (context) => {
      context.workbook.tables.getItem("Hist").rows.add(undefined, [["2027-03-31", 7, 8]]);
      await context.sync();
    });
    expect(seriesOf(sim, "historial")).toEqual([["'Mi hoja'!$B$3:$B$5", "'Mi hoja'!$D$3:$D$5"]]);
  });
});
