/**
 * Host rules for tables: create (TableCollection.add), rename, resize (ExcelApi 1.13), delete, convert to a
 * range, show/hide headers, append rows (counted: the adapter must not use rows.add) and add columns.
 */
import { formatRect, intersects, MAX_ROWS, MAX_COLUMNS, type Rect } from "./address";
import { forStoredCells, setContent } from "./cells";
import { clearRange } from "./cell-rules";
import type { ChangeLog } from "./changes";
import { fail } from "./errors";
import { checkTableName, nameKey } from "./naming";
import { bodyRect, namesFromHeaderRow, uniqueHeader, writeHeaderCells } from "./table-headers";
import { followTableBody } from "./chart-references";
import { extendColumnFormats } from "./table-growth";
import { newId, takenNames, type SheetModel, type TableModel, type WorkbookModel } from "./workbook-model";

/** Throws InvalidArgument when `rect` would overlap another table or merged cells (office-js issue #417). */
function checkFree(workbook: WorkbookModel, sheet: SheetModel, rect: Rect, except?: TableModel): void {
  const other = workbook.tables.find((t) => t !== except && t.sheetId === sheet.id && intersects(t.rect, rect));
  if (other)
    throw fail("InvalidArgument", `A table can't overlap another table (${other.name} at ${formatRect(other.rect)})`);
  const merge = sheet.merges.find((m) => intersects(m, rect));
  if (merge) throw fail("InvalidArgument", `A table can't overlap merged cells (${formatRect(merge)})`);
}

function inGrid(rect: Rect): boolean {
  return rect.row + rect.rows <= MAX_ROWS && rect.column + rect.columns <= MAX_COLUMNS;
}

/** Excel's default name for a new table: the first free `TableN`. */
function defaultTableName(workbook: WorkbookModel): string {
  const taken = new Set(takenNames(workbook).map(nameKey));
  let n = 1;
  while (taken.has(nameKey(`Table${n}`))) n++;
  return `Table${n}`;
}

/** Moves the cells of `rect` one row down (the header Excel inserts when the source has no headers). */
function shiftDownOneRow(sheet: SheetModel, rect: Rect): void {
  const below = { row: rect.row + rect.rows, column: rect.column, rows: 1, columns: rect.columns };
  let occupied = false;
  forStoredCells(sheet, below, (_r, _c, cell) => (occupied = occupied || cell.content !== undefined));
  if (occupied)
    throw fail("InvalidOperation", `the row below ${formatRect(rect)} is not empty; the simulator cannot shift it`);
  for (let r = rect.row + rect.rows - 1; r >= rect.row; r--) {
    for (let c = rect.column; c < rect.column + rect.columns; c++) {
      const cell = sheet.cells.get(`${r}:${c}`);
      sheet.cells.delete(`${r}:${c}`);
      if (cell) sheet.cells.set(`${r + 1}:${c}`, cell);
    }
  }
}

/**
 * Creates a table over `rect`. With headers, the first row's texts become column names (made unique, blanks
 * become `ColumnN`); without, Excel inserts a header row and shifts the data down. A table always has at
 * least one data row: a header-only range gets one blank row.
 */
export function addTable(
  workbook: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  hasHeaders: unknown,
  log: ChangeLog,
): TableModel {
  if (typeof hasHeaders !== "boolean") throw fail("InvalidArgument", "hasHeaders must be a boolean");
  const tableRect = hasHeaders ? { ...rect, rows: Math.max(rect.rows, 2) } : { ...rect, rows: rect.rows + 1 };
  if (!inGrid(tableRect)) throw fail("InvalidArgument", "the table would run off the sheet");
  checkFree(workbook, sheet, tableRect);
  if (!hasHeaders) shiftDownOneRow(sheet, rect);
  const names = hasHeaders ? namesFromHeaderRow(sheet, rect.row, rect.column, rect.columns) : [];
  const table: TableModel = {
    id: newId(workbook, "T"),
    name: defaultTableName(workbook),
    sheetId: sheet.id,
    rect: tableRect,
    showHeaders: true,
    style: "TableStyleMedium2",
    columns: [],
    nextColumnId: 1,
  };
  for (let i = 0; i < rect.columns; i++) {
    table.columns.push({
      id: table.nextColumnId++,
      name:
        names[i] ??
        uniqueHeader(
          "",
          table.columns.map((c) => c.name),
          i,
        ),
    });
  }
  workbook.tables.push(table);
  writeHeaderCells(sheet, table);
  log.push({ type: "WorksheetChanged", sheetId: sheet.id, rect: tableRect, changeType: "RangeEdited" });
  return table;
}

/** Renames a table (Excel's name rules; unique among tables and defined names). */
export function renameTable(workbook: WorkbookModel, table: TableModel, name: unknown): void {
  table.name = checkTableName(name, takenNames(workbook, table.id));
}

/**
 * `Table.resize`: the new range must overlap the old one and keep its top row (the header row); columns
 * added on the right take their names from the header cells, columns cut off disappear.
 */
export function resizeTable(
  workbook: WorkbookModel,
  sheet: SheetModel,
  table: TableModel,
  rect: Rect,
  log: ChangeLog,
): void {
  if (!intersects(rect, table.rect) || rect.row !== table.rect.row) {
    throw fail(
      "InvalidArgument",
      `resize to ${formatRect(rect)} must overlap ${formatRect(table.rect)} and keep its top row`,
    );
  }
  if (rect.rows < (table.showHeaders ? 2 : 1)) throw fail("InvalidArgument", "a table keeps at least one data row");
  checkFree(workbook, sheet, rect, table);
  const before = table.rect;
  const bodyBefore = bodyRect(table);
  const kept = Math.min(table.columns.length, rect.columns);
  const shift = rect.column - table.rect.column;
  const columns = table.columns.slice(Math.max(0, shift), Math.max(0, shift) + kept);
  const fromCells = namesFromHeaderRow(sheet, rect.row, rect.column, rect.columns);
  for (let i = columns.length; i < rect.columns; i++) {
    columns.push({
      id: table.nextColumnId++,
      name: uniqueHeader(
        fromCells[i] ?? "",
        columns.map((c) => c.name),
        i,
      ),
    });
  }
  table.columns = columns;
  table.rect = rect;
  writeHeaderCells(sheet, table);
  extendColumnFormats(sheet, table, before);
  followTableBody(workbook, sheet, bodyBefore, bodyRect(table));
  log.push({ type: "WorksheetChanged", sheetId: sheet.id, rect, changeType: "RangeEdited" });
}

/** `Table.delete()`: the table goes and so do its cells' contents and formats. */
export function deleteTable(workbook: WorkbookModel, sheet: SheetModel, table: TableModel, log: ChangeLog): void {
  workbook.tables = workbook.tables.filter((t) => t !== table);
  clearRange(workbook, sheet, table.rect, "All", log);
}

/** `Table.convertToRange()`: the table goes, every cell keeps what it holds. */
export function convertTableToRange(workbook: WorkbookModel, table: TableModel): void {
  workbook.tables = workbook.tables.filter((t) => t !== table);
}

/** `Table.showHeaders`: hiding removes the header row from the table; showing needs a free row above. */
export function setShowHeaders(workbook: WorkbookModel, sheet: SheetModel, table: TableModel, show: unknown): void {
  if (typeof show !== "boolean") throw fail("InvalidArgument", "showHeaders must be a boolean");
  if (show === table.showHeaders) return;
  if (!show) {
    table.columns.forEach((_, i) => setContent(sheet, table.rect.row, table.rect.column + i, undefined));
    table.rect = { ...table.rect, row: table.rect.row + 1, rows: table.rect.rows - 1 };
    table.showHeaders = false;
    return;
  }
  const grown = { ...table.rect, row: table.rect.row - 1, rows: table.rect.rows + 1 };
  if (grown.row < 0) throw fail("InvalidOperation", "there is no row above the table for its headers");
  checkFree(workbook, sheet, grown, table);
  table.rect = grown;
  table.showHeaders = true;
  writeHeaderCells(sheet, table);
}

/** `TableRowCollection.add`: appends rows below the body (counted, so tests can assert the adapter avoids it). */
export function appendTableRows(
  workbook: WorkbookModel,
  sheet: SheetModel,
  table: TableModel,
  count: number,
  log: ChangeLog,
): Rect {
  workbook.tableRowsAddCalls += 1;
  const body = bodyRect(table);
  const added = { row: body.row + body.rows, column: body.column, rows: count, columns: body.columns };
  resizeTable(workbook, sheet, table, { ...table.rect, rows: table.rect.rows + count }, log);
  return added;
}

/** `TableColumnCollection.add` at the end of the table: the column to the right must be free. */
export function appendTableColumn(
  workbook: WorkbookModel,
  sheet: SheetModel,
  table: TableModel,
  name: string | undefined,
  log: ChangeLog,
): number {
  const grown = { ...table.rect, columns: table.rect.columns + 1 };
  if (!inGrid(grown)) throw fail("InvalidArgument", "the table would run off the sheet");
  checkFree(workbook, sheet, grown, table);
  if (name !== undefined && table.showHeaders)
    setContent(sheet, table.rect.row, table.rect.column + table.rect.columns, { kind: "value", value: name });
  resizeTable(workbook, sheet, table, grown, log);
  return table.columns.length - 1;
}
