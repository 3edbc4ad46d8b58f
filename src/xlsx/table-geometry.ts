/** Where a spec table's parts sit on its sheet (zero-based). */
import type { CellRange, SheetSpec, TableSpec } from "../layout/spec";

/** Data rows a table is written with: its rows, or one blank row (Excel tables always have a body row). */
export function tableBodyRowCount(table: TableSpec): number {
  return Math.max(1, table.rows.length);
}

/** The whole table: header row and data body. */
export function tableRange(table: TableSpec): CellRange {
  return { row: table.row, column: table.column, rows: 1 + tableBodyRowCount(table), columns: table.columns.length };
}

/** The data body of one column (below the header), by the column's stable key. Throws if the key is unknown. */
export function tableColumnBody(table: TableSpec, columnKey: string): CellRange {
  const index = table.columns.findIndex((column) => column.key === columnKey);
  if (index < 0) {
    throw new Error(`table ${table.name} has no column with key ${columnKey}`);
  }
  return { row: table.row + 1, column: table.column + index, rows: tableBodyRowCount(table), columns: 1 };
}

/** The table of a sheet with this name. Throws if the sheet has none. */
export function sheetTable(sheet: SheetSpec, tableName: string): TableSpec {
  const table = sheet.tables.find((candidate) => candidate.name === tableName);
  if (table === undefined) {
    throw new Error(`sheet ${sheet.name} has no table ${tableName}`);
  }
  return table;
}
