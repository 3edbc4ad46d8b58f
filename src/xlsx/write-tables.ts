/** Writes spec tables: the ExcelJS table object, then every body cell through the shared cell writer. */
import type { TableStyleProperties, Worksheet } from "exceljs";
import type { CellValue, TableSpec } from "../layout/spec";
import { cellAddress } from "./a1";
import { assertExcelName } from "./excel-names";
import { toFileFormula } from "./file-formula";
import { tableBodyRowCount } from "./table-geometry";
import { type CellWriteState, writeCell } from "./write-cells";
import { setColumnWidth } from "./write-sheet-setup";

/** A calculated column's formula in file form; ExcelJS has no field for it, so the package is patched. */
export interface CalculatedColumn {
  readonly table: string;
  /** Zero-based index of the column within the table. */
  readonly columnIndex: number;
  readonly formula: string;
}

/** Excel's built-in table styles: Light1–21, Medium1–28, Dark1–11. */
const BUILT_IN_TABLE_STYLE = /^TableStyle(?:Light(?:[1-9]|1\d|2[01])|Medium(?:[1-9]|1\d|2[0-8])|Dark(?:[1-9]|1[01]))$/;

function builtInStyle(name: string): NonNullable<TableStyleProperties["theme"]> {
  if (!BUILT_IN_TABLE_STYLE.test(name)) {
    throw new Error(`not a built-in table style: ${name}`);
  }
  return name as NonNullable<TableStyleProperties["theme"]>;
}

function assertTableShape(table: TableSpec): void {
  assertExcelName(table.name, "table name");
  if (table.columns.length === 0) {
    throw new Error(`table ${table.name} has no columns`);
  }
  // Excel matches headers case-insensitively and requires them unique and non-empty.
  const headers = new Set<string>();
  for (const column of table.columns) {
    const key = column.header.toLocaleUpperCase();
    if (column.header.trim() === "" || headers.has(key)) {
      throw new Error(`table ${table.name}: header "${column.header}" is empty or repeated`);
    }
    headers.add(key);
  }
  table.rows.forEach((row, index) => {
    if (row.length !== table.columns.length) {
      throw new Error(`table ${table.name}: row ${index} has ${row.length} values for ${table.columns.length} columns`);
    }
  });
}

/** The value a body cell gets: the row's value, or the column formula where a calculated column is empty. */
function bodyValue(table: TableSpec, rowIndex: number, columnIndex: number): CellValue {
  const value = table.rows[rowIndex]?.[columnIndex] ?? { kind: "empty" };
  const formula = table.columns[columnIndex]?.formula;
  return value.kind === "empty" && formula !== undefined ? { kind: "formula", formula } : value;
}

function writeBody(sheet: Worksheet, table: TableSpec, state: CellWriteState): void {
  const rows = tableBodyRowCount(table);
  for (let r = 0; r < rows; r++) {
    table.columns.forEach((column, c) => {
      const spec = { row: table.row + 1 + r, column: table.column + c, value: bodyValue(table, r, c) };
      writeCell(sheet, column.style === undefined ? spec : { ...spec, style: column.style }, state, {
        table: table.name,
      });
    });
  }
}

/**
 * Writes a table with its header row, body (at least one row), column widths and built-in style.
 * Returns its calculated columns for the package patch.
 */
export function writeTable(sheet: Worksheet, table: TableSpec, state: CellWriteState): CalculatedColumn[] {
  assertTableShape(table);
  const columnCount = table.columns.length;
  sheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellAddress(table.row, table.column),
    headerRow: true,
    totalsRow: false,
    style: { theme: builtInStyle(table.style), showRowStripes: true },
    columns: table.columns.map((column) => ({ name: column.header, filterButton: true })),
    // Placeholders: writeBody replaces them through the same cell writer as sheet cells.
    rows: Array.from({ length: tableBodyRowCount(table) }, () => new Array<null>(columnCount).fill(null)),
  });
  writeBody(sheet, table, state);
  if (table.headerStyle !== undefined) {
    table.columns.forEach((column, c) => {
      const header = {
        row: table.row,
        column: table.column + c,
        value: { kind: "text", text: column.header },
      } as const;
      writeCell(sheet, { ...header, style: table.headerStyle }, state);
    });
  }
  table.columns.forEach((column, c) => {
    if (column.width !== undefined) {
      setColumnWidth(sheet, table.column + c, column.width);
    }
  });
  return table.columns.flatMap((column, columnIndex) =>
    column.formula === undefined
      ? []
      : [{ table: table.name, columnIndex, formula: toFileFormula(column.formula, { table: table.name }) }],
  );
}
