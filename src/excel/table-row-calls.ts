/**
 * Removing one table row found by a key when the request runs, not by a position read earlier, so a row a
 * co-author added, moved or sorted in between is never the one removed:
 * `table.columns.getItem(keyHeader).getRange().find(key)` (ExcelApi 1.9) finds the key's cell,
 * `getDataBodyRange().getIntersection(cell.getEntireRow())` (ExcelApi 1.1) is that row of the table only (not
 * the other blocks that share the sheet row), and `Range.delete("Up")` (ExcelApi 1.1) removes it: rows below
 * move up and the table shrinks. `TableRow.delete()` (1.1) would need the row's position, and
 * `TableRowCollection.deleteRows` is ExcelApiOnline only, outside the manifest's ExcelApi 1.13.
 * The search covers the whole column with its header, never one cell: on a single cell `find` searches the
 * whole sheet. A key that is gone fails the request with ItemNotFound, and nothing after it runs.
 */
import type { Step } from "./steps";

type DeleteRowStep = Extract<Step, { kind: "deleteTableRow" }>;

/** Excel's Find reads `*` and `?` as wildcards and `~` as their escape; a key is searched literally. */
export function literalFindText(key: string): string {
  return key.replace(/[~*?]/g, "~$&");
}

/** Exactly the key, case included (ids are compared as typed). */
export const KEY_SEARCH: Excel.SearchCriteria = { completeMatch: true, matchCase: true };

/** Queues finding the row and deleting it (or clearing its contents when it is the table's only row). */
export function queueDeleteTableRow(context: Excel.RequestContext, step: DeleteRowStep): void {
  const table = context.workbook.tables.getItem(step.table);
  const cell = table.columns.getItem(step.keyHeader).getRange().find(literalFindText(step.key), KEY_SEARCH);
  const row = table.getDataBodyRange().getIntersection(cell.getEntireRow());
  if (step.clearOnly) row.clear("Contents");
  else row.delete("Up");
}

/** Modelled object paths and calls of the same, for the size model. */
export function deleteTableRowModel(step: DeleteRowStep): { path: string; op: string; args: unknown[] }[] {
  const table = `workbook.tables.getItem(${JSON.stringify(step.table)})`;
  const find = `find(${JSON.stringify(literalFindText(step.key))}, ${JSON.stringify(KEY_SEARCH)})`;
  const cell = `${table}.columns.getItem(${JSON.stringify(step.keyHeader)}).getRange().${find}`;
  const row = `${table}.getDataBodyRange().getIntersection(${cell}.getEntireRow())`;
  return [step.clearOnly ? { path: row, op: "clear", args: ["Contents"] } : { path: row, op: "delete", args: ["Up"] }];
}
