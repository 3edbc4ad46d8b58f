/**
 * Where a client's report sheet (Informe para compartir) is: through its anchor `vamInforme_<id>`, whatever
 * the sheet is called now, or under its scaffold name while a run builds it. Kept apart from share-report.ts
 * so that repair and delete find it without loading the report's layout.
 */
import type { ClientId } from "../domain/plan";
import { identifierKey } from "../layout/read-names";
import { reportAnchorName } from "../layout/workbook-names";
import type { WorkbookContext } from "./workbook-context";

/** Name of a report sheet while it is built: carries the id, valid (20 characters), found by a retry. */
export function reportScaffoldName(id: ClientId): string {
  return `vam_${id}_informe`;
}

/** Whether a sheet of that name exists (any case). */
export function sheetExists(context: WorkbookContext, name: string): boolean {
  return context.index.sheets.has(identifierKey(name));
}

/** The sheet client `id`'s report anchor points at, if that sheet exists. */
export function reportSheetOf(context: WorkbookContext, id: ClientId): string | null {
  const sheetName = context.index.names.get(identifierKey(reportAnchorName(id)))?.sheetName;
  return sheetName !== undefined && sheetExists(context, sheetName) ? sheetName : null;
}
