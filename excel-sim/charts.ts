/**
 * Charts, recorded and never drawn: type, name, title text, position (setPosition) and series. Series
 * come from the source data as Excel would split it by columns (for XY scatter the first column is X),
 * or from `series.add` + `setValues` / `setXAxisValues`.
 */
import { formatAddress, type Rect } from "./address";
import { isChartType } from "./chart-types";
import type { SimRequestContext } from "./context";
import { fail } from "./errors";
import type { Exec } from "./exec";
import type { Mirror } from "./excel-types";
import { SimCollection, SimObject, type SimClientResult, type Scalars } from "./proxy";
import { SimRange } from "./range";
import { newId, sheetById, type ChartModel, type ChartSeriesModel } from "./workbook-model";

/** What a chart resolves to. */
export interface ChartKey {
  readonly sheetId: string;
  readonly id: string;
}

function chart(exec: Exec, key: ChartKey): ChartModel {
  const found = sheetById(exec.workbook, key.sheetId).charts.find((c) => c.id === key.id);
  if (!found) throw fail("ItemNotFound", `chart ${key.id} was deleted`);
  return found;
}

function columnOf(sheetName: string, rect: Rect, column: number): string {
  return formatAddress(sheetName, { ...rect, column: rect.column + column, columns: 1 }, true);
}

/** Series Excel would make from `rect` split by columns. */
function seriesFromColumns(sheetName: string, rect: Rect, type: string): ChartSeriesModel[] {
  const scatter = type.startsWith("XYScatter");
  const first = scatter && rect.columns > 1 ? 1 : 0;
  const series: ChartSeriesModel[] = [];
  for (let c = first; c < rect.columns; c++) {
    series.push({
      name: `Series${series.length + 1}`,
      xValues: scatter && rect.columns > 1 ? columnOf(sheetName, rect, 0) : null,
      values: columnOf(sheetName, rect, c),
    });
  }
  return series;
}

function rangeText(exec: Exec, range: SimRange): string {
  const key = range._resolve(exec);
  return formatAddress(sheetById(exec.workbook, key.sheetId).name, key.rect, true);
}

/** A chart's title. */
export class SimChartTitle extends SimObject<ChartKey> {
  protected readonly typeName = "ChartTitle";
  protected scalars(): Scalars<ChartKey> {
    return { text: (e, k) => chart(e, k).title };
  }
  get text(): string {
    return this.read("text");
  }
  set text(text: string) {
    this.setProperty("text", text, (e, k) => void (chart(e, k).title = String(text)));
  }
}

/** One series of a chart. */
export class SimChartSeries extends SimObject<ChartKey & { readonly index: number }> {
  protected readonly typeName = "ChartSeries";
  protected scalars(): Scalars<ChartKey & { readonly index: number }> {
    return { name: (e, k) => this.series(e, k).name };
  }
  private series(exec: Exec, key: ChartKey & { index: number }): ChartSeriesModel {
    const found = chart(exec, key).series[key.index];
    if (!found) throw fail("ItemNotFound", `series ${key.index} does not exist`);
    return found;
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.setProperty("name", name, (e, k) => void (this.series(e, k).name = String(name)));
  }
  setValues(sourceData: SimRange): void {
    this.queue("setValues", [sourceData], (e, k) => void (this.series(e, k).values = rangeText(e, sourceData)));
  }
  setXAxisValues(sourceData: SimRange): void {
    this.queue("setXAxisValues", [sourceData], (e, k) => void (this.series(e, k).xValues = rangeText(e, sourceData)));
  }
}

/** The series of a chart. */
export class SimChartSeriesCollection extends SimCollection<ChartKey, SimChartSeries> {
  protected readonly typeName = "ChartSeriesCollection";
  protected scalars(): Scalars<ChartKey> {
    return { count: (e, k) => chart(e, k).series.length };
  }
  get count(): number {
    return this.read("count");
  }
  protected itemKeys(exec: Exec, key: ChartKey): unknown[] {
    return chart(exec, key).series.map((_, index) => ({ ...key, index }));
  }
  protected itemProxy(itemKey: unknown, index: number): SimChartSeries {
    return new SimChartSeries(
      this.context,
      `${this._path}.getItemAt(${index})`,
      () => itemKey as ChartKey & { index: number },
    );
  }
  getItemAt(index: number): SimChartSeries {
    return new SimChartSeries(this.context, `${this._path}.getItemAt(${index})`, (e) => ({
      ...this._resolve(e),
      index,
    }));
  }
  /** Adds an empty series named `name`. */
  add(name?: string): SimChartSeries {
    let index = -1;
    const proxy = new SimChartSeries(this.context, `${this._path}.add(${JSON.stringify(name ?? null)})`, (e) => ({
      ...this._resolve(e),
      index,
    }));
    this.queue("add", [name ?? null], (e, k) => {
      const series = chart(e, k).series;
      series.push({ name: name ?? `Series${series.length + 1}`, xValues: null, values: null });
      index = series.length - 1;
    });
    return proxy;
  }
}

/** One chart. */
export class SimChart
  extends SimObject<ChartKey>
  implements Mirror<Excel.Chart, "name" | "chartType" | "id" | "setPosition" | "delete">
{
  protected readonly typeName = "Chart";
  protected scalars(): Scalars<ChartKey> {
    return { id: (_e, k) => k.id, name: (e, k) => chart(e, k).name, chartType: (e, k) => chart(e, k).type };
  }
  protected override navigations(): readonly string[] {
    return ["title", "series"];
  }
  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.setProperty("name", name, (e, k) => void (chart(e, k).name = String(name)));
  }
  get chartType(): Excel.Chart["chartType"] {
    return this.read("chartType");
  }
  get title(): SimChartTitle {
    return this.nav("title", () => new SimChartTitle(this.context, `${this._path}.title`, (e) => this._resolve(e)));
  }
  get series(): SimChartSeriesCollection {
    return this.nav(
      "series",
      () => new SimChartSeriesCollection(this.context, `${this._path}.series`, (e) => this._resolve(e)),
    );
  }
  /** Places the chart over the cells from `startCell` to `endCell` (A1 text or Range on the chart's sheet). */
  setPosition(startCell: SimRange | string, endCell?: SimRange | string): void {
    this.queue("setPosition", [startCell, endCell ?? null], (e, k) => {
      const text = (cell: SimRange | string): string =>
        typeof cell === "string" ? cell : (rangeText(e, cell).split("!").pop() ?? "");
      chart(e, k).position = { startCell: text(startCell), endCell: endCell === undefined ? null : text(endCell) };
    });
  }
  delete(): void {
    this.queue("delete", [], (e, k) => {
      const sheet = sheetById(e.workbook, k.sheetId);
      sheet.charts = sheet.charts.filter((c) => c.id !== k.id);
    });
  }
}

/** The charts of a sheet. */
export class SimChartCollection
  extends SimCollection<string, SimChart>
  implements Mirror<Excel.ChartCollection, "add" | "getItem" | "getCount" | "count">
{
  protected readonly typeName = "ChartCollection";
  constructor(context: SimRequestContext, path: string, locate: (exec: Exec) => string) {
    super(context, path, locate);
  }
  protected scalars(): Scalars<string> {
    return { count: (e, id) => sheetById(e.workbook, id).charts.length };
  }
  get count(): number {
    return this.read("count");
  }
  protected itemKeys(exec: Exec, id: string): unknown[] {
    return sheetById(exec.workbook, id).charts.map((c) => ({ sheetId: id, id: c.id }));
  }
  protected itemProxy(itemKey: unknown): SimChart {
    return new SimChart(
      this.context,
      `${this._path}.getItem(${JSON.stringify((itemKey as ChartKey).id)})`,
      () => itemKey as ChartKey,
    );
  }
  /** Adds a chart of `type` over `sourceData` (series by columns unless `seriesBy` is Rows). */
  add(
    type: Excel.ChartType | string,
    sourceData: SimRange,
    seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows",
  ): SimChart {
    let created: ChartKey | null = null;
    const proxy = new SimChart(this.context, `${this._path}.add(${JSON.stringify(type)})`, () => created);
    this.queue("add", [type, sourceData, seriesBy ?? "Auto"], (e, id) => {
      if (!isChartType(String(type))) throw fail("InvalidArgument", `"${String(type)}" is not a chart type`);
      const source = sourceData._resolve(e);
      if (source.sheetId !== id) throw fail("InvalidArgument", "the source data is on another sheet");
      const sheet = sheetById(e.workbook, id);
      const by = seriesBy ?? "Auto";
      if (by === "Rows") throw fail("NotImplemented", "series by rows is not simulated");
      const model: ChartModel = {
        id: newId(e.workbook, "C"),
        name: `Chart ${sheet.charts.length + 1}`,
        type: String(type),
        title: "",
        sourceAddress: formatAddress(sheet.name, source.rect, true),
        seriesBy: by,
        position: null,
        series: seriesFromColumns(sheet.name, source.rect, String(type)),
      };
      sheet.charts.push(model);
      created = { sheetId: id, id: model.id };
    });
    return proxy;
  }
  getItem(name: string): SimChart {
    return new SimChart(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, (e) => {
      const id = this._resolve(e);
      const found = sheetById(e.workbook, id).charts.find((c) => c.name === name);
      if (!found) throw fail("ItemNotFound", `no chart "${name}"`);
      return { sheetId: id, id: found.id };
    });
  }
  getCount(): SimClientResult<number> {
    return this.queueResult("getCount", [], (e, id) => sheetById(e.workbook, id).charts.length);
  }
}
