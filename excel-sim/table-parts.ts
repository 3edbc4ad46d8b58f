/** `Excel.TableColumn(Collection)` and `Excel.TableRow(Collection)` proxies. */
import { readMatrix } from "./cells";
import { valueOf } from "./cell-typing";
import { fail } from "./errors";
import type { Exec } from "./exec";
import type { Mirror } from "./excel-types";
import { SimCollection, SimObject, type SimClientResult, type Scalars } from "./proxy";
import { SimRange } from "./range";
import { bodyRect, headerRow, renameColumn } from "./table-headers";
import { deleteTableRows } from "./row-delete-rules";
import { appendTableColumn, appendTableRows } from "./table-rules";
import { writeCells } from "./cell-rules";
import { nameKey } from "./naming";
import { sheetById, tableById, type TableModel } from "./workbook-model";

/** A column of a table, by its stable column id. */
export interface ColumnKey {
  readonly tableId: string;
  readonly columnId: number;
}

function located(exec: Exec, key: ColumnKey): { table: TableModel; index: number } {
  const table = tableById(exec.workbook, key.tableId);
  const index = table.columns.findIndex((c) => c.id === key.columnId);
  if (index < 0) throw fail("ItemNotFound", `column ${key.columnId} of ${table.name} was removed`);
  return { table, index };
}

const COLUMN_SCALARS: Scalars<ColumnKey> = {
  id: (_e, k) => k.columnId,
  index: (e, k) => located(e, k).index,
  name: (e, k) => {
    const { table, index } = located(e, k);
    return table.columns[index]?.name;
  },
  values: (e, k) => {
    const { table, index } = located(e, k);
    return readMatrix(
      sheetById(e.workbook, table.sheetId),
      { ...table.rect, column: table.rect.column + index, columns: 1 },
      (c) => valueOf(c?.content),
    );
  },
};

/** One column of a table; its name is its header text. */
export class SimTableColumn
  extends SimObject<ColumnKey>
  implements
    Mirror<
      Excel.TableColumn,
      "id" | "index" | "name" | "values" | "getDataBodyRange" | "getHeaderRowRange" | "getRange"
    >
{
  protected readonly typeName = "TableColumn";
  protected scalars(): Scalars<ColumnKey> {
    return COLUMN_SCALARS;
  }
  get id(): number {
    return this.read("id");
  }
  get index(): number {
    return this.read("index");
  }
  /** Header text; setting it rewrites the header cell (made unique as Excel does). */
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.setProperty("name", name, (e, k) => {
      if (typeof name !== "string") throw fail("InvalidArgument", "a column name must be a string");
      const { table, index } = located(e, k);
      renameColumn(sheetById(e.workbook, table.sheetId), table, index, name);
    });
  }
  /** Header and body values of the column. */
  get values(): unknown[][] {
    return this.read("values");
  }
  private part(op: string, rows: (table: TableModel) => { row: number; rows: number }): SimRange {
    return new SimRange(this.context, `${this._path}.${op}()`, (e) => {
      const { table, index } = located(e, this._resolve(e));
      return { sheetId: table.sheetId, rect: { ...rows(table), column: table.rect.column + index, columns: 1 } };
    });
  }
  getDataBodyRange(): SimRange {
    return this.part("getDataBodyRange", (t) => bodyRect(t));
  }
  getHeaderRowRange(): SimRange {
    return this.part("getHeaderRowRange", (t) => {
      const row = headerRow(t);
      if (row === null) throw fail("InvalidOperation", `table ${t.name} has no header row shown`);
      return { row, rows: 1 };
    });
  }
  getRange(): SimRange {
    return this.part("getRange", (t) => t.rect);
  }
}

/** The columns of a table. */
export class SimTableColumnCollection
  extends SimCollection<string, SimTableColumn>
  implements
    Mirror<
      Excel.TableColumnCollection,
      "items" | "count" | "getItem" | "getItemAt" | "getItemOrNullObject" | "getCount"
    >
{
  protected readonly typeName = "TableColumnCollection";
  protected scalars(): Scalars<string> {
    return { count: (e, id) => tableById(e.workbook, id).columns.length };
  }
  get count(): number {
    return this.read("count");
  }
  protected itemKeys(exec: Exec, id: string): unknown[] {
    return tableById(exec.workbook, id).columns.map((c) => ({ tableId: id, columnId: c.id }));
  }
  protected itemProxy(itemKey: unknown, index: number): SimTableColumn {
    return new SimTableColumn(this.context, `${this._path}.getItemAt(${index})`, () => itemKey as ColumnKey);
  }
  private byKey(exec: Exec, key: number | string): ColumnKey | null {
    const id = this._resolve(exec);
    const table = tableById(exec.workbook, id);
    const column = table.columns.find((c) =>
      typeof key === "number" ? c.id === key : nameKey(c.name) === nameKey(key) || String(c.id) === key,
    );
    return column ? { tableId: id, columnId: column.id } : null;
  }
  /** A column by name (header text, case-insensitive) or id. */
  getItem(key: number | string): SimTableColumn {
    return new SimTableColumn(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, (e) => {
      const found = this.byKey(e, key);
      if (!found) throw fail("ItemNotFound", `no column "${key}"`);
      return found;
    });
  }
  getItemOrNullObject(key: number | string): SimTableColumn {
    const column = new SimTableColumn(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, (e) =>
      this.byKey(e, key),
    );
    column._resolveOnSync();
    return column;
  }
  getItemAt(index: number): SimTableColumn {
    return new SimTableColumn(this.context, `${this._path}.getItemAt(${index})`, (e) => {
      const id = this._resolve(e);
      const column = tableById(e.workbook, id).columns[index];
      if (!column) throw fail("ItemNotFound", `no column at ${index}`);
      return { tableId: id, columnId: column.id };
    });
  }
  getCount(): SimClientResult<number> {
    return this.queueResult("getCount", [], (e, id) => tableById(e.workbook, id).columns.length);
  }
  /** Adds a column at the right end of the table (other positions are not simulated). */
  add(index?: number | null, values?: unknown, name?: string): SimTableColumn {
    let created: ColumnKey | null = null;
    const column = new SimTableColumn(this.context, `${this._path}.add()`, () => created);
    this.queue("add", [index ?? null, values ?? null, name ?? null], (e, id) => {
      const table = tableById(e.workbook, id);
      if (index !== undefined && index !== null && index !== table.columns.length)
        throw fail("NotImplemented", "columns.add only appends in the simulator");
      const at = appendTableColumn(e.workbook, sheetById(e.workbook, table.sheetId), table, name, e.log);
      created = { tableId: id, columnId: (table.columns[at] as { id: number }).id };
      if (values !== undefined && values !== null) {
        writeCells(
          e.workbook,
          sheetById(e.workbook, table.sheetId),
          { ...table.rect, column: table.rect.column + at, columns: 1 },
          values,
          "values",
          e.log,
        );
      }
    });
    return column;
  }
}

/** A data row of a table, by its position in the body. */
export interface RowKey {
  readonly tableId: string;
  readonly index: number;
}

function rowRect(
  exec: Exec,
  key: RowKey,
): { sheetId: string; rect: { row: number; column: number; rows: number; columns: number } } {
  const table = tableById(exec.workbook, key.tableId);
  const body = bodyRect(table);
  if (key.index < 0 || key.index >= body.rows)
    throw fail("ItemNotFound", `row ${key.index} of ${table.name} does not exist`);
  return { sheetId: table.sheetId, rect: { ...body, row: body.row + key.index, rows: 1 } };
}

/** One data row of a table. */
export class SimTableRow
  extends SimObject<RowKey>
  implements Mirror<Excel.TableRow, "index" | "values" | "getRange" | "delete">
{
  protected readonly typeName = "TableRow";
  protected scalars(): Scalars<RowKey> {
    return {
      index: (e, k) => (rowRect(e, k), k.index),
      values: (e, k) => {
        const at = rowRect(e, k);
        return readMatrix(sheetById(e.workbook, at.sheetId), at.rect, (c) => valueOf(c?.content));
      },
    };
  }
  get index(): number {
    return this.read("index");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  getRange(): SimRange {
    return new SimRange(this.context, `${this._path}.getRange()`, (e) => rowRect(e, this._resolve(e)));
  }
  /**
   * Deletes the row (ExcelApi 1.1). The row is the one at this position when the request runs (a TableRow
   * is a position, not the data: the TableRow docs), so rows a co-author inserted or sorted meanwhile shift it.
   */
  delete(): void {
    this.queue("delete", [], (e, k) => {
      rowRect(e, k);
      const table = tableById(e.workbook, k.tableId);
      deleteTableRows(e.workbook, sheetById(e.workbook, table.sheetId), table, k.index, 1, e.log);
    });
  }
}

/** The data rows of a table. */
export class SimTableRowCollection
  extends SimCollection<string, SimTableRow>
  implements Mirror<Excel.TableRowCollection, "items" | "count" | "getItemAt" | "getCount" | "add">
{
  protected readonly typeName = "TableRowCollection";
  protected scalars(): Scalars<string> {
    return { count: (e, id) => bodyRect(tableById(e.workbook, id)).rows };
  }
  get count(): number {
    return this.read("count");
  }
  protected itemKeys(exec: Exec, id: string): unknown[] {
    return Array.from({ length: bodyRect(tableById(exec.workbook, id)).rows }, (_, index) => ({ tableId: id, index }));
  }
  protected itemProxy(itemKey: unknown, index: number): SimTableRow {
    return new SimTableRow(this.context, `${this._path}.getItemAt(${index})`, () => itemKey as RowKey);
  }
  getItemAt(index: number): SimTableRow {
    return new SimTableRow(this.context, `${this._path}.getItemAt(${index})`, (e) => ({
      tableId: this._resolve(e),
      index,
    }));
  }
  getCount(): SimClientResult<number> {
    return this.queueResult("getCount", [], (e, id) => bodyRect(tableById(e.workbook, id)).rows);
  }
  /**
   * Appends rows at the end (other positions are not simulated). Counted in the workbook's
   * `tableRowsAddCalls`: the adapter must append by writing below the table and resizing it instead.
   */
  add(index?: number | null, values?: unknown[][] | boolean | string | number, alwaysInsert?: boolean): SimTableRow {
    const rows = Array.isArray(values) ? values.length : 1;
    let first = -1;
    const row = new SimTableRow(this.context, `${this._path}.add()`, (e) => ({
      tableId: this._resolve(e),
      index: first,
    }));
    this.queue("add", [index ?? null, values ?? null, alwaysInsert ?? null], (e, id) => {
      const table = tableById(e.workbook, id);
      if (index !== undefined && index !== null) throw fail("NotImplemented", "rows.add only appends in the simulator");
      const sheet = sheetById(e.workbook, table.sheetId);
      const added = appendTableRows(e.workbook, sheet, table, rows, e.log);
      first = added.row - bodyRect(table).row;
      if (values !== undefined) writeCells(e.workbook, sheet, added, values, "values", e.log);
    });
    return row;
  }
}
