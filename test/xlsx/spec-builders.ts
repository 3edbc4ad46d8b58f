/** Small builders for hand-made workbook specs in the .xlsx writer tests. */
import type { CellSpec, CellValue, SheetSpec, StyleKey, TableColumnSpec, TableSpec } from "../../src/layout/spec";

/** A text value, optionally a link to a defined name. */
export function text(value: string, linkToName?: string): CellValue {
  return linkToName === undefined ? { kind: "text", text: value } : { kind: "text", text: value, linkToName };
}

/** A number value. */
export function num(value: number): CellValue {
  return { kind: "number", value };
}

/** A date value from `YYYY-MM-DD`. */
export function date(iso: string): CellValue {
  return { kind: "date", iso };
}

/** A formula value (Office.js form, leading `=`). */
export function formula(value: string): CellValue {
  return { kind: "formula", formula: value };
}

/** An empty value. */
export const EMPTY: CellValue = { kind: "empty" };

/** A cell at zero-based (row, column). */
export function cell(row: number, column: number, value: CellValue, style?: StyleKey): CellSpec {
  return style === undefined ? { row, column, value } : { row, column, value, style };
}

/** A table column whose key is its header in lower case unless given. */
export function column(header: string, extra: Partial<TableColumnSpec> = {}): TableColumnSpec {
  return { key: header.toLowerCase(), header, ...extra };
}

/** A table with the default built-in style. */
export function table(
  name: string,
  at: { row: number; column: number },
  columns: readonly TableColumnSpec[],
  rows: readonly (readonly CellValue[])[],
): TableSpec {
  return { name, row: at.row, column: at.column, columns, rows, style: "TableStyleMedium2" };
}

/** A visible sheet with nothing on it, printed portrait one page wide; override what a test needs. */
export function sheet(key: string, name: string, extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    key,
    kind: "portfolio",
    name,
    visibility: "visible",
    columnWidths: [],
    cells: [],
    merges: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    print: { orientation: "portrait", fitToPagesWide: 1 },
    ...extra,
  };
}
