/**
 * Delete a client for good, only when the confirmation is the client's name: its report sheet, its sheets
 * (and with them its tables), its defined names and its Cartera rows. 2 syncs. The order keeps the client
 * findable by its name until the end (see planDeletion), so a deletion that stops part-way (a failed sync,
 * Excel does not roll back) is finished by asking again. The Cartera row is removed, found by its id when
 * the change is applied (co-authoring: a row a co-author added or sorted meanwhile is not hit), so no blank
 * row is left in the middle of the table; the table's only row is cleared instead (an Excel table keeps one).
 * If a co-author removed the row meanwhile, the request fails there, before the Ver sheet goes, and asking
 * again finishes.
 */
import type { ClientId, ClientPhase } from "../domain/plan";
import { foldLabel } from "../i18n/vocabulary";
import { PORTFOLIO_HEADERS } from "../i18n/workbook-text";
import { readText } from "../layout/read-cells";
import {
  CLIENT_PHASES,
  PORTFOLIO_TABLE,
  clientCellName,
  phaseAnchorName,
  reportAnchorName,
} from "../layout/workbook-names";
import { identifierKey } from "../layout/read-names";
import { ChangeBatch } from "./change-batch";
import { isLeftover, planLeftoverClearing } from "./client-leftovers";
import { CLIENT_NOT_FOUND, findClient, type FoundClient } from "./client-lookup";
import { reportScaffoldName, reportSheetOf, sheetExists } from "./report-sheet-lookup";
import { fail, succeed, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import { workbookContext, type WorkbookContext } from "./workbook-context";

const ID_HEADERS = new Set([foldLabel(PORTFOLIO_HEADERS.id.es), foldLabel(PORTFOLIO_HEADERS.id.en)]);

/** Removes the client's Cartera rows (several after a co-authoring race), each found by its id text as read. */
function removePortfolioRows(batch: ChangeBatch, context: WorkbookContext, rows: readonly number[]): void {
  const table = context.index.tables.get(identifierKey(PORTFOLIO_TABLE));
  if (table === undefined || rows.length === 0) return;
  const column = table.headers.findIndex((header) => ID_HEADERS.has(foldLabel(String(header))));
  const keyHeader = table.headers[column];
  if (keyHeader === undefined) return;
  const emptiesTable = rows.length >= table.rows.length;
  rows.forEach((row, i) => {
    const key = readText(table.rows[row]?.[column]);
    const clearOnly = emptiesTable && i === rows.length - 1;
    batch.add({ kind: "deleteTableRow", table: PORTFOLIO_TABLE, keyHeader: String(keyHeader), key, clearOnly });
  });
}

/** The names that keep the client findable and its Ver sheet reachable: they go last, `vamNombre` very last. */
function lastNames(id: ClientId): string[] {
  const kinds = ["anchorVer", "owner", "sector", "direction", "kind", "state", "name"] as const;
  return kinds.map((kind) => clientCellName(kind, id));
}

/** Deletes one phase sheet: through its anchor when it works, a half-built scaffold or a located sheet by name. */
function deletePhaseSheet(batch: ChangeBatch, found: FoundClient, phase: ClientPhase): void {
  const sheet = found.scan.sheets[phase];
  const located = found.structure.sheetNames[phase];
  // Through the anchor when it works (a co-author may rename the sheet meanwhile).
  if (sheet?.anchored === true)
    batch.add({ kind: "deleteSheet", sheetName: sheet.name, anchorName: phaseAnchorName(phase, found.client.id) });
  else if (sheet !== null) batch.add({ kind: "deleteSheet", sheetName: sheet.name });
  else if (located !== null) batch.add({ kind: "deleteSheet", sheetName: located });
}

/** The client's report sheet (through its anchor) and a report scaffold a failed run left. */
function deleteReport(batch: ChangeBatch, context: WorkbookContext, id: ClientId): void {
  const report = reportSheetOf(context, id);
  if (report !== null) batch.add({ kind: "deleteSheet", sheetName: report, anchorName: reportAnchorName(id) });
  const scaffold = reportScaffoldName(id);
  if (identifierKey(scaffold) !== identifierKey(report ?? "") && sheetExists(context, scaffold))
    batch.add({ kind: "deleteSheet", sheetName: scaffold });
}

/**
 * Adds the deletion of `found` in an order that keeps the client findable, by its name, until the end: its
 * report, Ajustar and Medir sheets, the names that do not identify it, its Cartera rows, its Ver sheet, then
 * the Ver anchor and the identity names, `vamNombre_<id>` last. A stop anywhere before the Ver sheet goes
 * leaves a client the pane lists and a second deletion finishes; a stop after it leaves only names that
 * refer to nothing (a leftover, which a second deletion or Repair clears).
 */
function planDeletion(batch: ChangeBatch, context: WorkbookContext, found: FoundClient): void {
  const id = found.client.id;
  deleteReport(batch, context, id);
  // Scaffolds a stopped rebuild left beside the client's sheets (the phase sheets go below).
  const phaseSheets = new Set(CLIENT_PHASES.map((phase) => identifierKey(found.scan.sheets[phase]?.name ?? "")));
  for (const scaffold of found.scan.scaffolds)
    if (!phaseSheets.has(identifierKey(scaffold))) batch.add({ kind: "deleteSheet", sheetName: scaffold });
  deletePhaseSheet(batch, found, "ajustar");
  deletePhaseSheet(batch, found, "medir");
  const last = lastNames(id).map(identifierKey);
  const names = [...found.scan.names];
  const report = reportAnchorName(id);
  if (context.index.names.has(identifierKey(report))) names.push(report);
  for (const n of names) if (!last.includes(identifierKey(n))) batch.add({ kind: "deleteName", name: n });
  removePortfolioRows(batch, context, found.scan.portfolioRows);
  deletePhaseSheet(batch, found, "ver");
  // Excel keeps the case a name was created in: delete each by its real name, in the order of lastNames.
  for (const key of last) {
    const real = names.find((n) => identifierKey(n) === key);
    if (real !== undefined) batch.add({ kind: "deleteName", name: real });
  }
}

/**
 * Deletes a client's sheets, report, names and Cartera rows; `confirmation` must be its name (trimmed). What
 * a stopped deletion left after the client's Ver sheet went (a leftover: names referring to nothing) is
 * cleared whatever the confirmation: its name is gone with its sheet, and nothing typed is left to protect.
 */
export async function deleteClientPermanently(
  session: PlanSession,
  id: ClientId,
  confirmation: string,
): Promise<AppResult<ClientId>> {
  return withWorkbook(async () => {
    const context = workbookContext(await session.gateway.inspect());
    const batch = new ChangeBatch();
    if (isLeftover(context, id)) {
      planLeftoverClearing(batch, context, id);
      if (batch.size > 0) await session.gateway.apply(batch.toChangeSet());
      return succeed(id);
    }
    const found = findClient(context, id);
    if (found === null) return fail(CLIENT_NOT_FOUND);
    const name = found.client.name.trim();
    if (confirmation.trim() !== name) return fail({ code: "app.confirmationMismatch", params: { name } });
    planDeletion(batch, context, found);
    await session.gateway.apply(batch.toChangeSet());
    return succeed(id);
  });
}
