/** `Excel.Table` and `Excel.TableCollection` proxies (workbook.tables and worksheet.tables). */
import type { SimRequestContext } from "./context";
import { fail, SimError } from "./errors";
import type { Exec } from "./exec";
import type { Mirror } from "./excel-types";
import { SimCollection, SimObject, type SimClientResult, type Scalars } from "./proxy";
import { SimRange, type RangeKey } from "./range";
import { bodyRect, headerRow } from "./table-headers";
import { addTable, convertTableToRange, deleteTable, renameTable, resizeTable, setShowHeaders } from "./table-rules";
import { SimTableColumnCollection, SimTableRowCollection } from "./table-parts";
import { findSheet, findTable, sheetById, tableById, type SheetModel, type TableModel } from "./workbook-model";
import { rectOnSheet, SimWorksheet } from "./worksheet";
import { parseAddress } from "./address";

/** Excel's built-in table styles (TableStyleLight1–21, Medium1–28, Dark1–11). */
function checkStyle(style: unknown): string {
  const m = typeof style === "string" ? /^TableStyle(Light|Medium|Dark)(\d+)$/.exec(style) : null;
  const max: Record<string, number> = { Light: 21, Medium: 28, Dark: 11 };
  if (!m || Number(m[2]) < 1 || Number(m[2]) > (max[m[1] ?? ""] ?? 0))
    throw fail("InvalidArgument", `"${String(style)}" is not a built-in table style`);
  return style as string;
}

/** Where a table argument (Range or text) points; `sheetId` limits it to one sheet (worksheet.tables). */
function targetOf(exec: Exec, address: unknown, sheetId: string | null): RangeKey {
  if (address instanceof SimRange) {
    const key = address._resolve(exec);
    if (sheetId !== null && key.sheetId !== sheetId) throw fail("InvalidArgument", "the range is on another sheet");
    return key;
  }
  if (typeof address !== "string") throw fail("InvalidArgument", "expected a Range or an address");
  const parsed = parseAddress(address);
  const named = parsed?.sheet ? findSheet(exec.workbook, parsed.sheet) : undefined;
  if (parsed?.sheet && !named) throw fail("InvalidArgument", `no sheet "${parsed.sheet}"`);
  const sheet: SheetModel = named ?? sheetById(exec.workbook, sheetId ?? exec.workbook.activeSheetId);
  if (sheetId !== null && sheet.id !== sheetId) throw fail("InvalidArgument", `${address} is not on this sheet`);
  return { sheetId: sheet.id, rect: rectOnSheet(exec, sheet, address) };
}

const TABLE_SCALARS: Scalars<string> = {
  id: (_e, id) => id,
  name: (e, id) => tableById(e.workbook, id).name,
  style: (e, id) => tableById(e.workbook, id).style,
  showHeaders: (e, id) => tableById(e.workbook, id).showHeaders,
  showTotals: () => false,
};

type TableMembers =
  | "id"
  | "name"
  | "style"
  | "showHeaders"
  | "showTotals"
  | "worksheet"
  | "columns"
  | "rows"
  | "getRange"
  | "getDataBodyRange"
  | "getHeaderRowRange"
  | "resize"
  | "delete"
  | "convertToRange";

/** One table. */
export class SimTable extends SimObject<string> implements Mirror<Excel.Table, TableMembers> {
  protected readonly typeName = "Table";

  protected scalars(): Scalars<string> {
    return TABLE_SCALARS;
  }

  protected override navigations(): readonly string[] {
    return ["columns", "rows", "worksheet"];
  }

  protected override checkAlive(exec: Exec, id: string): void {
    tableById(exec.workbook, id);
  }

  private model(exec: Exec): TableModel {
    return tableById(exec.workbook, this._resolve(exec));
  }

  private part(op: string, rect: (table: TableModel) => RangeKey["rect"]): SimRange {
    return new SimRange(this.context, `${this._path}.${op}()`, (exec) => {
      const table = this.model(exec);
      return { sheetId: table.sheetId, rect: rect(table) };
    });
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  /** Renames the table (Excel's name rules; unique among tables and defined names). */
  set name(name: string) {
    this.setProperty("name", name, (e, id) => renameTable(e.workbook, tableById(e.workbook, id), name));
  }
  get style(): string {
    return this.read("style");
  }
  set style(style: string) {
    this.setProperty("style", style, (e, id) => void (tableById(e.workbook, id).style = checkStyle(style)));
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  set showHeaders(show: boolean) {
    this.setProperty("showHeaders", show, (e, id) => {
      const table = tableById(e.workbook, id);
      setShowHeaders(e.workbook, sheetById(e.workbook, table.sheetId), table, show);
    });
  }
  /** The simulator has no totals row. */
  get showTotals(): boolean {
    return this.read("showTotals");
  }

  get worksheet(): SimWorksheet {
    return this.nav(
      "worksheet",
      () => new SimWorksheet(this.context, `${this._path}.worksheet`, (e) => this.model(e).sheetId),
    );
  }
  get columns(): SimTableColumnCollection {
    return this.nav(
      "columns",
      () => new SimTableColumnCollection(this.context, `${this._path}.columns`, (e) => this._resolve(e)),
    );
  }
  /** Data rows. `rows.add` exists but is counted (the adapter appends by writing below and resizing). */
  get rows(): SimTableRowCollection {
    return this.nav(
      "rows",
      () => new SimTableRowCollection(this.context, `${this._path}.rows`, (e) => this._resolve(e)),
    );
  }

  getRange(): SimRange {
    return this.part("getRange", (t) => t.rect);
  }
  getDataBodyRange(): SimRange {
    return this.part("getDataBodyRange", (t) => bodyRect(t));
  }
  /** The header row; InvalidOperation while headers are hidden. */
  getHeaderRowRange(): SimRange {
    return this.part("getHeaderRowRange", (t) => {
      const row = headerRow(t);
      if (row === null) throw fail("InvalidOperation", `table ${t.name} has no header row shown`);
      return { row, column: t.rect.column, rows: 1, columns: t.rect.columns };
    });
  }

  /** Resizes to `newRange` (ExcelApi 1.13): same top row, overlapping the old range, no other table. */
  resize(newRange: SimRange | string): void {
    this.queue("resize", [newRange], (e, id) => {
      const table = tableById(e.workbook, id);
      const target = targetOf(e, newRange, table.sheetId);
      resizeTable(e.workbook, sheetById(e.workbook, table.sheetId), table, target.rect, e.log);
    });
  }

  /** Deletes the table and its cells' contents and formats. */
  delete(): void {
    this.queue("delete", [], (e, id) => {
      const table = tableById(e.workbook, id);
      deleteTable(e.workbook, sheetById(e.workbook, table.sheetId), table, e.log);
    });
  }

  /** Turns the table into plain cells; returns the range it covered. */
  convertToRange(): SimRange {
    let covered: RangeKey | null = null;
    const range = new SimRange(this.context, `${this._path}.convertToRange()`, () => covered);
    this.queue("convertToRange", [], (e, id) => {
      const table = tableById(e.workbook, id);
      covered = { sheetId: table.sheetId, rect: table.rect };
      convertTableToRange(e.workbook, table);
    });
    return range;
  }
}

/** Which tables a collection holds: every table (sheetId null) or one sheet's. */
interface TablesKey {
  readonly sheetId: string | null;
}

/** The tables of the workbook, or of one sheet. */
export class SimTableCollection
  extends SimCollection<TablesKey, SimTable>
  implements
    Mirror<
      Excel.TableCollection,
      "items" | "count" | "add" | "getItem" | "getItemOrNullObject" | "getItemAt" | "getCount"
    >
{
  protected readonly typeName = "TableCollection";

  constructor(context: SimRequestContext, path: string, sheetOf: ((exec: Exec) => string) | null) {
    super(context, path, (exec) => ({ sheetId: sheetOf ? sheetOf(exec) : null }));
  }

  protected scalars(): Scalars<TablesKey> {
    return { count: (e, k) => this.tables(e, k).length };
  }

  private tables(exec: Exec, key: TablesKey): TableModel[] {
    return exec.workbook.tables.filter((t) => key.sheetId === null || t.sheetId === key.sheetId);
  }

  protected itemKeys(exec: Exec, key: TablesKey): unknown[] {
    return this.tables(exec, key).map((t) => t.id);
  }

  protected itemProxy(itemKey: unknown): SimTable {
    return new SimTable(this.context, `${this._path}.getItem(${JSON.stringify(itemKey)})`, () => itemKey as string);
  }

  get count(): number {
    return this.read("count");
  }

  /** Creates a table over `address` (a Range, or text; without a sheet name, the active sheet). */
  add(address: SimRange | string, hasHeaders: boolean): SimTable {
    let created: string | null = null;
    const table = new SimTable(
      this.context,
      `${this._path}.add(${JSON.stringify(typeof address === "string" ? address : address._path)})`,
      () => created,
    );
    this.queue("add", [address, hasHeaders], (e, key) => {
      const target = targetOf(e, address, key.sheetId);
      created = addTable(e.workbook, sheetById(e.workbook, target.sheetId), target.rect, hasHeaders, e.log).id;
    });
    return table;
  }

  /** A table by name (case-insensitive) or id; ItemNotFound at sync when there is none. */
  getItem(key: string): SimTable {
    return new SimTable(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, (e) => {
      const found = this.find(e, key);
      if (!found)
        throw new SimError("ItemNotFound", { location: "TableCollection.getItem", detail: `no table "${key}"` });
      return found.id;
    });
  }

  /** A table by name or id, or a null object. */
  getItemOrNullObject(key: string): SimTable {
    const table = new SimTable(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      (e) => this.find(e, key)?.id ?? null,
    );
    table._resolveOnSync();
    return table;
  }

  /** A table by zero-based position. */
  getItemAt(index: number): SimTable {
    return new SimTable(this.context, `${this._path}.getItemAt(${index})`, (e) => {
      const found = this.tables(e, this._resolve(e))[index];
      if (!found) throw fail("ItemNotFound", `no table at ${index}`);
      return found.id;
    });
  }

  getCount(): SimClientResult<number> {
    return this.queueResult("getCount", [], (e, k) => this.tables(e, k).length);
  }

  private find(exec: Exec, key: string): TableModel | undefined {
    const scope = this._resolve(exec);
    const table = findTable(exec.workbook, key);
    return table && (scope.sheetId === null || table.sheetId === scope.sheetId) ? table : undefined;
  }
}
