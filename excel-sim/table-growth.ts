/**
 * When a table grows downwards, Excel carries each column's formatting, data validation and conditional
 * formats into the new rows, so a rule set on a column's data body keeps covering the whole column.
 */
import { peekCell, touchCell } from "./cells";
import type { Rect } from "./address";
import { bodyRect } from "./table-headers";
import type { SheetModel, TableModel } from "./workbook-model";

/** Whether `rect` spans exactly the rows of `body` (a rule on whole table columns). */
function spansBody(rect: Rect, body: Rect): boolean {
  return (
    rect.row === body.row &&
    rect.rows === body.rows &&
    rect.column >= body.column &&
    rect.column + rect.columns <= body.column + body.columns
  );
}

/** Extends validations, conditional formats and cell formats of the old body's columns over new rows. */
export function extendColumnFormats(sheet: SheetModel, table: TableModel, before: Rect): void {
  const skip = table.showHeaders ? 1 : 0;
  const oldBody: Rect = {
    row: before.row + skip,
    column: before.column,
    rows: before.rows - skip,
    columns: before.columns,
  };
  const newBody = bodyRect(table);
  const grownBy = newBody.row + newBody.rows - (oldBody.row + oldBody.rows);
  if (grownBy <= 0 || oldBody.rows <= 0) return;
  for (const item of [...sheet.validations, ...sheet.conditionalFormats]) {
    if (spansBody(item.rect, oldBody)) item.rect = { ...item.rect, rows: item.rect.rows + grownBy };
  }
  const lastRow = oldBody.row + oldBody.rows - 1;
  for (let c = newBody.column; c < newBody.column + newBody.columns; c++) {
    const template = peekCell(sheet, lastRow, c);
    if (!template || (template.numberFormat === undefined && !template.format)) continue;
    for (let r = lastRow + 1; r < newBody.row + newBody.rows; r++) {
      const cell = touchCell(sheet, r, c);
      if (cell.numberFormat === undefined && template.numberFormat !== undefined)
        cell.numberFormat = template.numberFormat;
      if (!cell.format && template.format) cell.format = structuredClone(template.format);
    }
  }
}
