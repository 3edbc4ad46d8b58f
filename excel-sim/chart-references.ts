/**
 * Chart series references (sheet-qualified A1 text, as Excel shows a series' source) following what happens
 * to the cells they name:
 *
 * - a sheet renamed: Excel rewrites every reference to it, in charts as in formulas;
 * - a table resized (`Table.resize`, `rows.add`): a series over the whole data body of one table column takes
 *   the rows the body now has. Excel has kept charts over a table (an Excel 2003 "list") in step with the
 *   table since that version, which is why the add-in binds its series to table columns; Microsoft's API
 *   reference says nothing either way, so only this one case is followed, and a series over anything else
 *   (part of a column, several columns, cells beside the table) stays where it was.
 *
 * Deleting table rows is row-delete-rules.ts.
 */
import { formatAddress, parseAddress, sameRect, type Rect } from "./address";
import { nameKey } from "./naming";
import type { SheetModel, WorkbookModel } from "./workbook-model";

/** The series reference after the body moved from `before` to `after` (same top row and columns). */
function followed(reference: string | null, sheet: SheetModel, before: Rect, after: Rect): string | null {
  const parsed = reference === null ? null : parseAddress(reference);
  if (reference === null || parsed === null || parsed.sheet === null) return reference;
  if (nameKey(parsed.sheet) !== nameKey(sheet.name)) return reference;
  const { rect } = parsed;
  const inBoth = (body: Rect): boolean => rect.column >= body.column && rect.column < body.column + body.columns;
  const inBody = rect.columns === 1 && inBoth(before) && inBoth(after);
  if (!inBody || !sameRect(rect, { ...before, column: rect.column, columns: 1 })) return reference;
  return formatAddress(sheet.name, { ...rect, rows: after.rows }, true);
}

/** Every chart series of the workbook. */
function allSeries(workbook: WorkbookModel) {
  return workbook.sheets.flatMap((s) => s.charts.flatMap((chart) => chart.series));
}

/** Carries every chart series over a whole column of the body `before` to the body `after` of the same table. */
export function followTableBody(workbook: WorkbookModel, sheet: SheetModel, before: Rect, after: Rect): void {
  if (before.rows === after.rows || before.row !== after.row || after.rows < 1) return;
  for (const series of allSeries(workbook)) {
    series.values = followed(series.values, sheet, before, after);
    series.xValues = followed(series.xValues, sheet, before, after);
  }
  for (const chart of workbook.sheets.flatMap((s) => s.charts)) {
    chart.sourceAddress = followed(chart.sourceAddress, sheet, before, after) ?? chart.sourceAddress;
  }
}

/** A reference to sheet `from`, now called `to`; any other reference as it is. */
function renamed(reference: string | null, from: string, to: string): string | null {
  const parsed = reference === null ? null : parseAddress(reference);
  if (parsed === null || parsed.sheet === null || nameKey(parsed.sheet) !== nameKey(from)) return reference;
  return formatAddress(to, parsed.rect, true);
}

/** Rewrites every chart series and chart source on sheet `from` to its new name `to`. */
export function followSheetRename(workbook: WorkbookModel, from: string, to: string): void {
  for (const series of allSeries(workbook)) {
    series.values = renamed(series.values, from, to);
    series.xValues = renamed(series.xValues, from, to);
  }
  for (const chart of workbook.sheets.flatMap((s) => s.charts)) {
    chart.sourceAddress = renamed(chart.sourceAddress, from, to) ?? chart.sourceAddress;
  }
}
