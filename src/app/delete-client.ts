/**
 * Delete a client for good, only when the confirmation is the client's name: its Cartera row, its sheets (and
 * with them its tables) and its defined names. 2 syncs. The Cartera row is removed, found by its id when the
 * change is applied (co-authoring: a row a co-author added or sorted meanwhile is not hit), so no blank row is
 * left in the middle of the table; the table's only row is cleared instead (an Excel table keeps one). The
 * row goes first: if a co-author removed it meanwhile, the request fails before anything else is deleted and
 * the user can simply try again.
 */
import type { ClientId } from "../domain/plan";
import { foldLabel } from "../i18n/vocabulary";
import { PORTFOLIO_HEADERS } from "../i18n/workbook-text";
import { readText } from "../layout/read-cells";
import { CLIENT_PHASES, PORTFOLIO_TABLE, phaseAnchorName } from "../layout/workbook-names";
import { identifierKey } from "../layout/read-names";
import { ChangeBatch } from "./change-batch";
import { CLIENT_NOT_FOUND, findClient } from "./client-lookup";
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

/** Deletes a client's sheets, names and Cartera row; `confirmation` must be its name (trimmed). */
export async function deleteClientPermanently(
  session: PlanSession,
  id: ClientId,
  confirmation: string,
): Promise<AppResult<ClientId>> {
  return withWorkbook(async () => {
    const context = workbookContext(await session.gateway.inspect());
    const found = findClient(context, id);
    if (found === null) return fail(CLIENT_NOT_FOUND);
    const name = found.client.name.trim();
    if (confirmation.trim() !== name) return fail({ code: "app.confirmationMismatch", params: { name } });
    const batch = new ChangeBatch();
    removePortfolioRows(batch, context, found.scan.portfolioRows);
    for (const phase of CLIENT_PHASES) {
      const sheet = found.scan.sheets[phase];
      const located = found.structure.sheetNames[phase];
      // Through the anchor when it works (a co-author may rename the sheet meanwhile); a half-built scaffold by name.
      if (sheet?.anchored === true)
        batch.add({ kind: "deleteSheet", sheetName: sheet.name, anchorName: phaseAnchorName(phase, id) });
      else if (sheet !== null) batch.add({ kind: "deleteSheet", sheetName: sheet.name });
      else if (located !== null) batch.add({ kind: "deleteSheet", sheetName: located });
    }
    const anchors = new Set(CLIENT_PHASES.map((p) => identifierKey(phaseAnchorName(p, id))));
    // The anchors locate the sheets while they are deleted, so they go after them.
    const names = [...found.scan.names].sort(
      (a, b) => Number(anchors.has(identifierKey(a))) - Number(anchors.has(identifierKey(b))),
    );
    for (const n of names) batch.add({ kind: "deleteName", name: n });
    await session.gateway.apply(batch.toChangeSet());
    return succeed(id);
  });
}
