/**
 * Ties the simulator's shape to @types/office-js. Each sim class declares `implements Mirror<Excel.X, ...>`
 * for the members it implements: same names, same property types and method parameters as the real API,
 * with Excel objects (in parameters and results) replaced by their sim classes. A drift in the real API's shape (or a
 * typo here) breaks the build.
 */
import type { SimRequestContext } from "./context";
import type { SimEventHandlers } from "./events";
import type { SimClientResult } from "./proxy";
import type * as Sim from "./sim-classes";

/** Each Excel API type the simulator implements, with its sim class. */
interface SimTypeMap {
  Range: [Excel.Range, Sim.SimRange];
  RangeFormat: [Excel.RangeFormat, Sim.SimRangeFormat];
  RangeFont: [Excel.RangeFont, Sim.SimRangeFont];
  RangeFill: [Excel.RangeFill, Sim.SimRangeFill];
  RangeBorderCollection: [Excel.RangeBorderCollection, Sim.SimRangeBorderCollection];
  DataValidation: [Excel.DataValidation, Sim.SimDataValidation];
  ConditionalFormat: [Excel.ConditionalFormat, Sim.SimConditionalFormat];
  ConditionalFormatCollection: [Excel.ConditionalFormatCollection, Sim.SimConditionalFormatCollection];
  CellValueConditionalFormat: [Excel.CellValueConditionalFormat, Sim.SimCellValueFormat];
  CustomConditionalFormat: [Excel.CustomConditionalFormat, Sim.SimCustomFormat];
  DataBarConditionalFormat: [Excel.DataBarConditionalFormat, Sim.SimDataBarFormat];
  Worksheet: [Excel.Worksheet, Sim.SimWorksheet];
  WorksheetCollection: [Excel.WorksheetCollection, Sim.SimWorksheetCollection];
  WorksheetFreezePanes: [Excel.WorksheetFreezePanes, Sim.SimWorksheetFreezePanes];
  PageLayout: [Excel.PageLayout, Sim.SimPageLayout];
  HeaderFooterGroup: [Excel.HeaderFooterGroup, Sim.SimHeaderFooterGroup];
  HeaderFooter: [Excel.HeaderFooter, Sim.SimHeaderFooter];
  RangeAreas: [Excel.RangeAreas, Sim.SimRangeAreas];
  Table: [Excel.Table, Sim.SimTable];
  TableCollection: [Excel.TableCollection, Sim.SimTableCollection];
  TableColumn: [Excel.TableColumn, Sim.SimTableColumn];
  TableColumnCollection: [Excel.TableColumnCollection, Sim.SimTableColumnCollection];
  TableRow: [Excel.TableRow, Sim.SimTableRow];
  TableRowCollection: [Excel.TableRowCollection, Sim.SimTableRowCollection];
  NamedItem: [Excel.NamedItem, Sim.SimNamedItem];
  NamedItemCollection: [Excel.NamedItemCollection, Sim.SimNamedItemCollection];
  NamedItemArrayValues: [Excel.NamedItemArrayValues, Sim.SimNamedItemArrayValues];
  Chart: [Excel.Chart, Sim.SimChart];
  ChartCollection: [Excel.ChartCollection, Sim.SimChartCollection];
  ChartTitle: [Excel.ChartTitle, Sim.SimChartTitle];
  ChartSeries: [Excel.ChartSeries, Sim.SimChartSeries];
  ChartSeriesCollection: [Excel.ChartSeriesCollection, Sim.SimChartSeriesCollection];
  Application: [Excel.Application, Sim.SimApplication];
}

type IsAny<T> = 0 extends 1 & T ? true : false;

type MappedClass<T> = {
  [N in keyof SimTypeMap]: T extends SimTypeMap[N][0] ? SimTypeMap[N][1] : never;
}[keyof SimTypeMap];

/** The sim class standing in for an Excel API type (Excel objects → sim proxies, arrays element-wise). */
export type Simulated<T> =
  IsAny<T> extends true
    ? T
    : T extends readonly (infer E)[]
      ? Simulated<E>[]
      : [MappedClass<T>] extends [never]
        ? T extends OfficeExtension.ClientResult<infer V>
          ? SimClientResult<V>
          : T extends OfficeExtension.EventHandlers<infer _A>
            ? SimEventHandlers
            : T
        : MappedClass<T>;

type MirrorMember<M> = M extends (...args: infer A) => infer R
  ? (...args: { [I in keyof A]: Simulated<A[I]> }) => Simulated<R>
  : Simulated<M>;

/** The members `K` of the Excel API type `T`, as the simulator implements them. */
export type Mirror<T, K extends keyof T> = { [P in K]: MirrorMember<T[P]> };

/**
 * The one cast between the simulator and Office.js types: a `SimRequestContext` handed to code written
 * against `Excel.RequestContext`. It is sound for the members the sim classes mirror (checked above); code
 * that uses a member the simulator lacks fails at run time with a TypeError, which is the signal to extend
 * the simulator.
 */
export function asExcelContext(context: SimRequestContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}
