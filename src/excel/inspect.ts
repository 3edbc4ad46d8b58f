/**
 * Reading the workbook in one round trip: every load is queued first (sheets, tables with their headers and
 * row values, names with the values of their cells, plus the table ranges and used cells a use case asks
 * for), then one `context.sync()`, then the proxies are read into a plain WorkbookState.
 */
import type { CellRange, SheetVisibility } from "../layout/spec";
import type { NameState, SheetState, StateValue, TableState, WorkbookState } from "../layout/workbook-state";
import { parseSheetReference } from "./a1";
import type { InspectRequest } from "./gateway";

const VISIBILITY: Readonly<Record<string, SheetVisibility>> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** The loads of one inspection, queued and not yet synced. */
export interface QueuedInspection {
  readonly sheets: Excel.WorksheetCollection;
  readonly tables: Excel.TableCollection;
  readonly names: Excel.NamedItemCollection;
  readonly tableRanges: ReadonlyMap<string, Excel.Range>;
  readonly usedRanges: ReadonlyMap<string, Excel.Range>;
  /** Whether the sheets' charts were loaded. */
  readonly charts: boolean;
}

/**
 * Queues every load. Table ranges and used cells are asked for by name: the tables and sheets must exist
 * (a use case learns their names from an earlier inspection), because Excel fails the whole request when a
 * method is called on an object that does not exist.
 */
export function queueInspection(context: Excel.RequestContext, request: InspectRequest = {}): QueuedInspection {
  const { workbook } = context;
  const charts = request.charts === true ? ", items/charts/items/name" : "";
  const sheets = workbook.worksheets.load(`items/name, items/visibility, items/position${charts}`);
  const tables = workbook.tables.load(
    "items/name, items/worksheet/name, items/columns/items/name, items/rows/items/values",
  );
  const names = workbook.names.load("items/name, items/type, items/formula, items/arrayValues/values");
  const tableRanges = new Map<string, Excel.Range>();
  for (const name of request.tableRanges ?? []) {
    tableRanges.set(
      name,
      workbook.tables.getItem(name).getRange().load("rowIndex, columnIndex, rowCount, columnCount"),
    );
  }
  const usedRanges = new Map<string, Excel.Range>();
  for (const name of request.sheetCells ?? []) {
    // valuesOnly: the cells that hold something, not those only formatted.
    const used = workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    usedRanges.set(name, used.load("rowIndex, columnIndex, rowCount, columnCount, formulas"));
  }
  return { sheets, tables, names, tableRanges, usedRanges, charts: request.charts === true };
}

function rangeOf(range: Excel.Range): CellRange {
  return { row: range.rowIndex, column: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
}

function sheetStates(queued: QueuedInspection): SheetState[] {
  return queued.sheets.items.map((sheet) => {
    const used = queued.usedRanges.get(sheet.name);
    const base = {
      name: sheet.name,
      visibility: VISIBILITY[sheet.visibility] ?? "visible",
      position: sheet.position,
      ...(queued.charts ? { charts: sheet.charts.items.map((chart) => chart.name) } : {}),
    };
    if (used === undefined || used.isNullObject) return base;
    return { ...base, used: { range: rangeOf(used), formulas: used.formulas as StateValue[][] } };
  });
}

function tableStates(queued: QueuedInspection): TableState[] {
  return queued.tables.items.map((table) => {
    const range = queued.tableRanges.get(table.name);
    const state = {
      name: table.name,
      sheetName: table.worksheet.name,
      headers: table.columns.items.map((column) => column.name),
      rows: table.rows.items.map((row) => (row.values[0] ?? []) as StateValue[]),
    };
    return range === undefined ? state : { ...state, range: rangeOf(range) };
  });
}

function nameStates(queued: QueuedInspection): NameState[] {
  return queued.names.items.map((item) => {
    const target = item.type === "Range" ? parseSheetReference(item.formula) : null;
    const base = { name: item.name, formula: item.formula };
    if (target === null) return base;
    return {
      ...base,
      sheetName: target.sheetName,
      range: target.range,
      values: item.arrayValues.values as StateValue[][],
    };
  });
}

/** The state read by a synced inspection. */
export function readInspection(queued: QueuedInspection): WorkbookState {
  return { sheets: sheetStates(queued), tables: tableStates(queued), names: nameStates(queued) };
}
