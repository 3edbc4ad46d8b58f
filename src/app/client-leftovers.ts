/**
 * Clearing a leftover: what a failed add or a stopped deletion left of a client id, holding nothing typed
 * (`structure.leftover`, src/layout/read-leftovers.ts) — its scaffold sheets, a report sheet of it, and its
 * names (which refer to nothing or to those scaffolds). Repair, import and a repeated deletion clear them.
 */
import type { ClientId } from "../domain/plan";
import { identifierKey } from "../layout/read-names";
import { CLIENT_PHASES, reportAnchorName } from "../layout/workbook-names";
import type { ChangeBatch } from "./change-batch";
import { scaffoldSheetName } from "./client-scan";
import { reportScaffoldName, reportSheetOf, sheetExists } from "./report-sheet-lookup";
import type { WorkbookContext } from "./workbook-context";

/** The ids the reading found to be leftovers, in id order. */
export function leftoverIds(context: WorkbookContext): ClientId[] {
  return context.reading.structure.flatMap((f) =>
    f.code === "structure.leftover" && f.clientId !== undefined ? [f.clientId] : [],
  );
}

/** Whether the reading found `id` to be a leftover. */
export function isLeftover(context: WorkbookContext, id: ClientId): boolean {
  return leftoverIds(context).includes(id);
}

/** Adds to `batch` what removes leftover `id`: sheets first, then names; returns the sheets it deletes. */
export function planLeftoverClearing(batch: ChangeBatch, context: WorkbookContext, id: ClientId): string[] {
  const sheets = [
    ...CLIENT_PHASES.map((phase) => scaffoldSheetName(id, phase)),
    reportScaffoldName(id),
    reportSheetOf(context, id) ?? "",
  ].filter((name, i, all) => sheetExists(context, name) && all.indexOf(name) === i);
  for (const sheetName of sheets) batch.add({ kind: "deleteSheet", sheetName });
  const report = reportAnchorName(id);
  const names = [...(context.scans.get(id)?.names ?? [])];
  if (context.index.names.has(identifierKey(report))) names.push(report);
  for (const name of names) batch.add({ kind: "deleteName", name });
  return sheets;
}
