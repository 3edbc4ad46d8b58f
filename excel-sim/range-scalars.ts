/** The scalar properties of `Excel.Range`, read from the host at sync. */
import { cellCount, formatAddress, MAX_COLUMNS, MAX_ROWS, type Rect } from "./address";
import { readMatrix } from "./cells";
import { hyperlinkAt } from "./cell-rules";
import { formulaOf, textOf, valueOf, valueTypeOf } from "./cell-typing";
import { fail } from "./errors";
import type { Exec } from "./exec";
import type { Scalars } from "./proxy";
import { sheetById, type CellModel } from "./workbook-model";

/** What a range resolves to. */
export interface RangeKey {
  readonly sheetId: string;
  readonly rect: Rect;
}

/** Excel on the web reads at most 5,000,000 cells in one go (resource limits doc). */
const MAX_READ_CELLS = 5_000_000;

function matrix<T>(exec: Exec, key: RangeKey, read: (cell: CellModel | undefined) => T): T[][] {
  if (cellCount(key.rect) > MAX_READ_CELLS)
    throw fail("RangeExceedsLimit", `${cellCount(key.rect)} cells > ${MAX_READ_CELLS}`);
  return readMatrix(sheetById(exec.workbook, key.sheetId), key.rect, read);
}

export const RANGE_SCALARS: Scalars<RangeKey> = {
  address: (exec, k) => formatAddress(sheetById(exec.workbook, k.sheetId).name, k.rect),
  addressLocal: (exec, k) => formatAddress(sheetById(exec.workbook, k.sheetId).name, k.rect),
  rowIndex: (_e, k) => k.rect.row,
  columnIndex: (_e, k) => k.rect.column,
  rowCount: (_e, k) => k.rect.rows,
  columnCount: (_e, k) => k.rect.columns,
  cellCount: (_e, k) => cellCount(k.rect),
  isEntireRow: (_e, k) => k.rect.column === 0 && k.rect.columns === MAX_COLUMNS,
  isEntireColumn: (_e, k) => k.rect.row === 0 && k.rect.rows === MAX_ROWS,
  values: (exec, k) => matrix(exec, k, (cell) => valueOf(cell?.content)),
  formulas: (exec, k) => matrix(exec, k, (cell) => formulaOf(cell?.content)),
  numberFormat: (exec, k) => matrix(exec, k, (cell) => cell?.numberFormat ?? "General"),
  text: (exec, k) => matrix(exec, k, (cell) => textOf(cell?.content)),
  valueTypes: (exec, k) => matrix(exec, k, (cell) => valueTypeOf(cell?.content)),
  hyperlink: (exec, k) => hyperlinkAt(sheetById(exec.workbook, k.sheetId), k.rect),
};
