/**
 * Deleting data rows of a table: `TableRow.delete()` (ExcelApi 1.1) and `Range.delete("Up")` (ExcelApi 1.1)
 * over whole body rows of one table. The rows' cells go and the cells below them in the table's columns move
 * up; the table, the validations, conditional formats, names, print areas and chart series over those
 * columns shrink or move with them, and a reference to nothing but deleted cells becomes `#REF!`. Excel
 * tables always keep one data row, so deleting every row leaves one blank row (contents and links cleared,
 * formats kept), as a header-only table gets one.
 *
 * What the simulator cannot carry is refused with NotImplemented instead of being half done: anything stored
 * below the table in its columns (cells, merges, other tables, a chart over them), and formulas whose A1
 * references point at cells that would move (Excel rewrites them; the simulator does not). Structured
 * references and names need no rewriting and are fine. Any other `Range.delete` is not simulated.
 */
import { formatAddress, intersects, MAX_ROWS, parseAddress, type Rect } from "./address";
import { forStoredCells } from "./cells";
import { clearRange } from "./cell-rules";
import type { ChangeLog } from "./changes";
import { fail } from "./errors";
import { formulaReferences } from "./formula-references";
import { nameKey } from "./naming";
import { bodyRect } from "./table-headers";
import type { SheetModel, TableModel, WorkbookModel } from "./workbook-model";

/** Where rows go: the deleted rows, and every cell from them down in the table's columns. */
interface Deletion {
  readonly sheet: SheetModel;
  readonly deleted: Rect;
  readonly zone: Rect;
}

/** A rectangle after the deletion: unchanged, moved up, shrunk, or null when nothing of it is left. */
function shifted(rect: Rect, deleted: Rect): Rect | null {
  if (rect.row === 0 && rect.rows === MAX_ROWS) return rect; // whole columns stay whole columns
  const end = rect.row + rect.rows;
  const deletedEnd = deleted.row + deleted.rows;
  if (end <= deleted.row) return rect;
  if (rect.row >= deletedEnd) return { ...rect, row: rect.row - deleted.rows };
  const overlap = Math.min(end, deletedEnd) - Math.max(rect.row, deleted.row);
  if (overlap === rect.rows) return null;
  return { ...rect, row: Math.min(rect.row, deleted.row), rows: rect.rows - overlap };
}

/** Whether `rect` lies within the deletion's columns (so it moves the way Excel moves it). */
function withinColumns(rect: Rect, zone: Rect): boolean {
  return rect.column >= zone.column && rect.column + rect.columns <= zone.column + zone.columns;
}

function unsupported(what: string): never {
  throw fail("NotImplemented", `deleting these table rows would move ${what}; the simulator cannot carry that`);
}

/** `rect` after the deletion; refused when it straddles the moving columns. */
function follow(rect: Rect, d: Deletion, what: string): Rect | null {
  if (!intersects(rect, d.zone)) return rect;
  if (!withinColumns(rect, d.zone)) unsupported(what);
  return shifted(rect, d.deleted);
}

function checkBelow(workbook: WorkbookModel, table: TableModel, d: Deletion): void {
  const body = bodyRect(table);
  const below: Rect = { ...d.zone, row: body.row + body.rows, rows: MAX_ROWS - body.row - body.rows };
  forStoredCells(d.sheet, below, (row, column) => unsupported(`the cell at row ${row + 1}, column ${column + 1}`));
  if (d.sheet.merges.some((m) => intersects(m, d.zone))) unsupported("merged cells");
  const other = workbook.tables.find((t) => t !== table && t.sheetId === d.sheet.id && intersects(t.rect, d.zone));
  if (other) unsupported(`table ${other.name}`);
  const chart = d.sheet.charts.find((c) => c.position !== null && anchorIntersects(c.position, d.zone));
  if (chart) unsupported(`chart ${chart.name}`);
}

function anchorIntersects(position: { startCell: string; endCell: string | null }, zone: Rect): boolean {
  const start = parseAddress(position.startCell)?.rect;
  const end = parseAddress(position.endCell ?? position.startCell)?.rect;
  if (!start || !end) return false;
  const rect = {
    row: start.row,
    column: start.column,
    rows: end.row - start.row + 1,
    columns: end.column - start.column + 1,
  };
  return intersects(rect, zone);
}

function checkFormulas(workbook: WorkbookModel, d: Deletion): void {
  const target = nameKey(d.sheet.name);
  const hits = (formula: string, own: string | null): boolean =>
    formulaReferences(formula).some((ref) => {
      const sheet = ref.sheet ?? own;
      return sheet !== null && nameKey(sheet) === target && intersects(ref.rect, d.zone);
    });
  for (const sheet of workbook.sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.content?.kind === "formula" && hits(cell.content.formula, sheet.name))
        unsupported(`cells the formula ${cell.content.formula} on ${sheet.name} refers to`);
    }
  }
  for (const item of workbook.names) {
    if (item.ref.kind === "formula" && hits(item.ref.formula, null))
      unsupported(`cells the name ${item.name} refers to`);
  }
}

/** Moves the table body's cells below the deleted rows up, and empties the rows freed at the bottom. */
function moveCellsUp(table: TableModel, d: Deletion): void {
  const body = bodyRect(table);
  const last = body.row + body.rows;
  for (let c = d.zone.column; c < d.zone.column + d.zone.columns; c++) {
    for (let r = d.deleted.row; r < last; r++) {
      const from = r + d.deleted.rows;
      const cell = from < last ? d.sheet.cells.get(`${from}:${c}`) : undefined;
      if (cell) d.sheet.cells.set(`${r}:${c}`, cell);
      else d.sheet.cells.delete(`${r}:${c}`);
    }
  }
}

function followReferences(workbook: WorkbookModel, d: Deletion): void {
  const sheet = d.sheet;
  for (const item of [...sheet.validations, ...sheet.conditionalFormats]) {
    item.rect = follow(item.rect, d, "a rule over other columns") ?? { ...item.rect, rows: 0 };
  }
  sheet.validations = sheet.validations.filter((v) => v.rect.rows > 0);
  sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f.rect.rows > 0);
  for (const item of workbook.names) {
    if (item.ref.kind !== "range" || item.ref.sheetId !== sheet.id) continue;
    const rect = follow(item.ref.rect, d, `cells of the name ${item.name}`);
    item.ref = rect ? { ...item.ref, rect } : { ...item.ref, sheetId: null };
  }
  const area = sheet.pageLayout.printArea;
  if (area) {
    const kept = area.map((r) => follow(r, d, "a print area")).filter((r): r is Rect => r !== null);
    sheet.pageLayout.printArea = kept.length > 0 ? kept : null;
  }
  for (const chart of workbook.sheets.flatMap((s) => s.charts)) {
    for (const series of chart.series) {
      series.values = followText(series.values, d);
      series.xValues = followText(series.xValues, d);
    }
  }
}

/** A chart series reference (`'Cartera'!$D$5:$D$9`) after the deletion; `#REF!` when nothing is left. */
function followText(reference: string | null, d: Deletion): string | null {
  const parsed = reference === null ? null : parseAddress(reference);
  if (reference === null || parsed === null || parsed.sheet === null) return reference;
  if (nameKey(parsed.sheet) !== nameKey(d.sheet.name)) return reference;
  const rect = follow(parsed.rect, d, "a chart series");
  return rect ? formatAddress(d.sheet.name, rect, true) : "#REF!";
}

/**
 * Deletes `count` data rows of `table` from zero-based body row `first` (TableRow.delete, Range.delete over
 * whole body rows). Deleting every row leaves one blank data row.
 */
export function deleteTableRows(
  workbook: WorkbookModel,
  sheet: SheetModel,
  table: TableModel,
  first: number,
  count: number,
  log: ChangeLog,
): void {
  const body = bodyRect(table);
  if (!Number.isInteger(first) || !Number.isInteger(count) || first < 0 || count < 1 || first + count > body.rows)
    throw fail("InvalidArgument", `rows ${first}–${first + count - 1} are not rows of ${table.name}`);
  const keepOne = count === body.rows;
  const removed = keepOne ? count - 1 : count;
  const deleted: Rect = { row: body.row + first, column: body.column, rows: removed, columns: body.columns };
  const zone: Rect = { ...deleted, rows: MAX_ROWS - deleted.row };
  if (removed > 0) {
    const d: Deletion = { sheet, deleted, zone };
    checkBelow(workbook, table, d);
    checkFormulas(workbook, d);
    moveCellsUp(table, d);
    followReferences(workbook, d);
    table.rect = { ...table.rect, rows: table.rect.rows - removed };
  }
  if (keepOne) {
    const left = { ...deleted, rows: 1 };
    clearRange(workbook, sheet, left, "Contents", log);
    clearRange(workbook, sheet, left, "Hyperlinks", log);
  }
  log.push({
    type: "WorksheetChanged",
    sheetId: sheet.id,
    rect: { ...deleted, rows: count },
    changeType: "CellDeleted",
  });
}

/**
 * `Range.delete(shift)`: whole body rows of one table with `"Up"` delete those table rows; a range that cuts
 * into a table otherwise is refused (InsertDeleteConflict: Excel will not shift part of a table); any other
 * deletion is not simulated.
 */
export function deleteRangeCells(
  workbook: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  shift: unknown,
  log: ChangeLog,
): void {
  if (shift !== "Up" && shift !== "Left") throw fail("InvalidArgument", `delete shift ${String(shift)}`);
  const table = workbook.tables.find((t) => t.sheetId === sheet.id && intersects(t.rect, rect));
  if (table !== undefined) {
    const body = bodyRect(table);
    const wholeRows =
      rect.column === body.column &&
      rect.columns === body.columns &&
      rect.row >= body.row &&
      rect.row + rect.rows <= body.row + body.rows;
    if (shift === "Up" && wholeRows)
      return deleteTableRows(workbook, sheet, table, rect.row - body.row, rect.rows, log);
    throw fail("InsertDeleteConflict", `deleting ${formatAddress(sheet.name, rect)} would shift part of ${table.name}`);
  }
  throw fail("NotImplemented", "Range.delete is simulated for whole data rows of a table only");
}
