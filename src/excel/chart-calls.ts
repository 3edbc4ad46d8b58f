/**
 * A ChartSpec as Office.js calls: `ChartCollection.add` with the kind's Excel chart type over the first
 * series' values, then name, title, position and every series bound to its table column's data body.
 * queue-step.ts queues exactly these calls and step-size.ts counts exactly these, from the one list here.
 *
 * Why the data body of the table column, taken from the table when the request runs: Excel keeps a series
 * over a table's whole column in step with the table, so rows appended to it (a snapshot saved) are plotted
 * without redrawing the chart. The API reference says nothing either way; excel-sim follows the table the
 * same way (excel-sim/chart-references.ts).
 */
import type { ChartSpec } from "../layout/spec";
import { cellAddress } from "./a1";
import { parseColumnReference } from "./chart-reference";

/** Excel's chart type (`Excel.ChartType`) of each spec kind. */
export const EXCEL_CHART_TYPES: Readonly<Record<ChartSpec["kind"], string>> = {
  scatter: "XYScatter",
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
  // With markers: a history holding one snapshot is one point, which a plain line does not draw.
  line: "LineMarkers",
};

/** A one-column structured reference (`vamHistorial_x[Fecha]`) as the table and column Office.js finds. */
export interface ColumnSource {
  readonly table: string;
  readonly column: string;
}

/**
 * One call: `add` on the sheet's charts (the first series' values as source, series by columns); the rest on
 * the chart it returns, its title, or series `series` (the first made by `add`, the others by `addSeries`).
 */
export type ChartCall =
  | { readonly op: "add"; readonly type: string; readonly source: ColumnSource }
  | { readonly op: "name"; readonly value: string }
  | { readonly op: "title"; readonly value: string }
  | { readonly op: "setPosition"; readonly start: string; readonly end: string }
  | { readonly op: "seriesName"; readonly value: string }
  | { readonly op: "addSeries"; readonly series: number; readonly value: string }
  | { readonly op: "setXAxisValues" | "setValues"; readonly series: number; readonly source: ColumnSource };

/** The calls that draw `spec`; none for a chart without series (Excel needs source data to add one). */
export function chartCalls(spec: ChartSpec): ChartCall[] {
  const [first, ...rest] = spec.series;
  if (first === undefined) return [];
  const { row, column, rows = 1, columns = 1 } = spec.anchor;
  const calls: ChartCall[] = [
    { op: "add", type: EXCEL_CHART_TYPES[spec.kind], source: parseColumnReference(first.yValues) },
    ...(spec.name === undefined ? [] : [{ op: "name", value: spec.name } as const]),
    { op: "title", value: spec.title },
    { op: "setPosition", start: cellAddress(row, column), end: cellAddress(row + rows - 1, column + columns - 1) },
    { op: "seriesName", value: first.name },
    // X values of a scatter, categories (here the history's dates) of a line, column or bar chart.
    { op: "setXAxisValues", series: 0, source: parseColumnReference(first.xValues) },
  ];
  rest.forEach((series, index) => {
    calls.push(
      { op: "addSeries", series: index + 1, value: series.name },
      { op: "setXAxisValues", series: index + 1, source: parseColumnReference(series.xValues) },
      { op: "setValues", series: index + 1, source: parseColumnReference(series.yValues) },
    );
  });
  return calls;
}

/** Queues the calls that draw `spec` on `sheet`, each column found through its table when the request runs. */
export function queueChart(context: Excel.RequestContext, sheet: Excel.Worksheet, spec: ChartSpec): void {
  const body = (source: ColumnSource): Excel.Range =>
    context.workbook.tables.getItem(source.table).columns.getItem(source.column).getDataBodyRange();
  let chart: Excel.Chart | undefined;
  const series: Excel.ChartSeries[] = [];
  for (const call of chartCalls(spec)) {
    if (call.op === "add") {
      chart = sheet.charts.add(call.type as Excel.ChartType, body(call.source), "Columns");
      continue;
    }
    if (chart === undefined) throw new Error("chart calls must start with add");
    switch (call.op) {
      case "name":
        chart.name = call.value;
        break;
      case "title":
        chart.title.text = call.value;
        break;
      case "setPosition":
        chart.setPosition(call.start, call.end);
        break;
      case "seriesName":
        series[0] = chart.series.getItemAt(0);
        series[0].name = call.value;
        break;
      case "addSeries":
        series[call.series] = chart.series.add(call.value);
        break;
      default:
        seriesAt(series, call.series)[call.op](body(call.source));
    }
  }
}

function seriesAt(series: readonly Excel.ChartSeries[], index: number): Excel.ChartSeries {
  const found = series[index];
  if (found === undefined) throw new Error(`chart series ${index} used before it was made`);
  return found;
}

/** One modelled call, as step-size.ts serializes it: object path, member, arguments. */
export interface ChartModelCall {
  readonly path: string;
  readonly op: string;
  readonly args: readonly unknown[];
}

/** Object path of a table column's data body. */
function bodyPath(source: ColumnSource): string {
  const table = `workbook.tables.getItem(${JSON.stringify(source.table)})`;
  return `${table}.columns.getItem(${JSON.stringify(source.column)}).getDataBodyRange()`;
}

/** The calls of `spec` on the sheet at `sheetPath`, with the object paths Office.js sends. */
export function chartModelCalls(sheetPath: string, spec: ChartSpec): ChartModelCall[] {
  const calls = chartCalls(spec);
  const add = calls[0];
  if (add?.op !== "add") return [];
  const chart = `${sheetPath}.charts.add(${JSON.stringify(add.type)})`;
  const seriesPaths = [`${chart}.series.getItemAt(0)`];
  return calls.map((call): ChartModelCall => {
    switch (call.op) {
      case "add":
        return { path: `${sheetPath}.charts`, op: "add", args: [call.type, { ref: bodyPath(call.source) }, "Columns"] };
      case "name":
        return { path: chart, op: "name", args: [call.value] };
      case "title":
        return { path: `${chart}.title`, op: "text", args: [call.value] };
      case "setPosition":
        return { path: chart, op: "setPosition", args: [call.start, call.end] };
      case "seriesName":
        return { path: seriesPaths[0] ?? "", op: "name", args: [call.value] };
      case "addSeries":
        seriesPaths[call.series] = `${chart}.series.add(${JSON.stringify(call.value)})`;
        return { path: `${chart}.series`, op: "add", args: [call.value] };
      default:
        return { path: seriesPaths[call.series] ?? "", op: call.op, args: [{ ref: bodyPath(call.source) }] };
    }
  });
}
