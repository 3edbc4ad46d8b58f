/**
 * A table's header cells are its column names: writing a header cell renames the column, and Excel keeps
 * the names unique and non-empty (`Column1`, `Name2`, ...), rewriting the cell when it has to.
 */
import { intersection, type Rect } from "./address";
import { contentAt, setContent } from "./cells";
import { nameKey } from "./naming";
import type { SheetModel, TableModel, WorkbookModel } from "./workbook-model";

/** Text of a header cell's content as Excel turns it into a column name. */
function headerText(sheet: SheetModel, row: number, column: number): string {
  const content = contentAt(sheet, row, column);
  if (!content) return "";
  return content.kind === "formula" ? content.formula : String(content.value);
}

/** `desired`, or `desired2`, `desired3`... so that no other column has it; blank becomes `ColumnN`. */
export function uniqueHeader(desired: string, otherNames: readonly string[], position: number): string {
  const taken = new Set(otherNames.map(nameKey));
  if (desired.trim() === "") {
    let n = position + 1;
    while (taken.has(nameKey(`Column${n}`))) n++;
    return `Column${n}`;
  }
  if (!taken.has(nameKey(desired))) return desired;
  let n = 2;
  while (taken.has(nameKey(`${desired}${n}`))) n++;
  return `${desired}${n}`;
}

/** Zero-based row of the header, or null when the header row is hidden. */
export function headerRow(table: TableModel): number | null {
  return table.showHeaders ? table.rect.row : null;
}

/** The data body (the table without its header row). */
export function bodyRect(table: TableModel): Rect {
  const skip = table.showHeaders ? 1 : 0;
  return {
    row: table.rect.row + skip,
    column: table.rect.column,
    rows: table.rect.rows - skip,
    columns: table.rect.columns,
  };
}

/** Renames column `index` (made unique) and writes the name into its header cell. */
export function renameColumn(sheet: SheetModel, table: TableModel, index: number, desired: string): void {
  const column = table.columns[index];
  if (!column) return;
  const others = table.columns.filter((_, i) => i !== index).map((c) => c.name);
  column.name = uniqueHeader(desired, others, index);
  const row = headerRow(table);
  if (row !== null) setContent(sheet, row, table.rect.column + index, { kind: "value", value: column.name });
}

/** Writes every column name into the header row (after a table is created, resized or shows its headers). */
export function writeHeaderCells(sheet: SheetModel, table: TableModel): void {
  const row = headerRow(table);
  if (row === null) return;
  table.columns.forEach((column, i) =>
    setContent(sheet, row, table.rect.column + i, { kind: "value", value: column.name }),
  );
}

/** After cells of `rect` were written, renames the columns whose header cells were among them. */
export function headerCellsWritten(workbook: WorkbookModel, sheet: SheetModel, rect: Rect): void {
  for (const table of workbook.tables) {
    const row = headerRow(table);
    if (table.sheetId !== sheet.id || row === null) continue;
    const hit = intersection(rect, { row, column: table.rect.column, rows: 1, columns: table.rect.columns });
    if (!hit) continue;
    for (let c = hit.column; c < hit.column + hit.columns; c++) {
      renameColumn(sheet, table, c - table.rect.column, headerText(sheet, row, c));
    }
  }
}

/** Column names read from a header row when a table is created over existing cells. */
export function namesFromHeaderRow(sheet: SheetModel, row: number, column: number, count: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < count; i++) names.push(uniqueHeader(headerText(sheet, row, column + i), names, i));
  return names;
}
