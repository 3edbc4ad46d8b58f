/**
 * A table spec as steps: `tables.add` over header and body, then the header written in one call and the body
 * in one (split into row bands later when it is large), then each column's number format, style and data
 * validation over its body, which Excel carries down as the table grows.
 */
import type { CellRange, CellValue, TableSpec, WorkbookSpec } from "../layout/spec";
import { cellInput } from "./cell-input";
import { formatSteps } from "./lower-formats";
import type { CellInput, SheetRef, Step } from "./steps";

/** Data rows a table is created with: its rows, or the one blank row Excel tables always keep. */
export function bodyRowCount(table: TableSpec): number {
  return Math.max(1, table.rows.length);
}

/** Header row and body of a table spec. */
export function tableRange(table: TableSpec): Required<CellRange> {
  return { row: table.row, column: table.column, rows: 1 + bodyRowCount(table), columns: table.columns.length };
}

/** Header texts as typed text: a header such as `2026` or `T1` must stay the column's name, not a number. */
export function headerInputs(table: TableSpec): CellInput[][] {
  return [table.columns.map((column) => cellInput({ kind: "text", text: column.header }))];
}

/** The body entries of rows of a table (blank row when there are none). */
export function bodyInputs(table: TableSpec, rows: readonly (readonly CellValue[])[] = table.rows): CellInput[][] {
  const source = rows.length === 0 ? [table.columns.map((): CellValue => ({ kind: "empty" }))] : rows;
  return source.map((row) => {
    if (row.length !== table.columns.length) {
      throw new Error(`table ${table.name}: a row has ${row.length} cells for ${table.columns.length} columns`);
    }
    return row.map(cellInput);
  });
}

/** Steps of column formats and validations over a table body of `rows` rows. */
export function columnSteps(sheet: SheetRef, table: TableSpec, styles: WorkbookSpec["styles"]): Step[] {
  const rows = bodyRowCount(table);
  const firstRow = table.row + 1;
  const cells = table.columns.flatMap((column, index) => {
    const dates = column.style !== undefined && styles[column.style]?.numberFormat !== undefined;
    return Array.from({ length: rows }, (_, r) => ({
      row: firstRow + r,
      column: table.column + index,
      style: column.style,
      date: !dates && table.rows[r]?.[index]?.kind === "date",
    }));
  });
  const validations = table.columns.flatMap((column, index): Step[] =>
    column.validation === undefined
      ? []
      : [
          {
            kind: "validation",
            sheet,
            range: { row: firstRow, column: table.column + index, rows, columns: 1 },
            validation: column.validation,
          },
        ],
  );
  const header = table.columns.map((_, index) => ({
    row: table.row,
    column: table.column + index,
    style: table.headerStyle,
    date: false,
  }));
  const headerFormats = table.headerStyle === undefined ? [] : formatSteps(sheet, header, styles);
  return [...headerFormats, ...formatSteps(sheet, cells, styles), ...validations];
}

/**
 * Every step of a new table. `keepBody` writes `null` for the body's empty cells, so cells a user filled
 * where the table goes (a repair over a deleted table's data) stay as they are.
 */
export function tableSteps(sheet: SheetRef, table: TableSpec, styles: WorkbookSpec["styles"]): Step[] {
  const range = tableRange(table);
  const header = { row: table.row, column: table.column, rows: 1, columns: table.columns.length };
  const body = { row: table.row + 1, column: table.column, rows: range.rows - 1, columns: table.columns.length };
  const bodyEntries = bodyInputs(table);
  const hasBody = bodyEntries.some((row) => row.some((entry) => entry !== null));
  return [
    { kind: "addTable", sheet, range, name: table.name, style: table.style },
    { kind: "write", sheet, range: header, formulas: headerInputs(table) },
    ...(hasBody ? [{ kind: "write", sheet, range: body, formulas: bodyEntries } as const] : []),
    ...columnSteps(sheet, table, styles),
  ];
}
