/**
 * Delete a client for good, only when the confirmation is the client's name: its sheets (and with them its
 * tables), its defined names and its Cartera row. The Cartera row is cleared, and the table shrinks when it
 * was the last row (an Excel table keeps at least one data row). 2 syncs.
 */
import type { ClientId } from "../domain/plan";
import { CLIENT_PHASES, PORTFOLIO_TABLE, phaseAnchorName } from "../layout/workbook-names";
import { identifierKey } from "../layout/read-names";
import { ChangeBatch } from "./change-batch";
import { CLIENT_NOT_FOUND, findClient } from "./client-lookup";
import { fail, succeed, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import { workbookContext, type WorkbookContext } from "./workbook-context";
import { portfolioColumns } from "../layout/portfolio-sheet";

function clearPortfolioRows(batch: ChangeBatch, context: WorkbookContext, rows: readonly number[]): void {
  const table = context.index.tables.get(identifierKey(PORTFOLIO_TABLE));
  if (table === undefined) return;
  const columns = Math.min(table.headers.length, portfolioColumns(context.reading.plan.language).length);
  let last = table.rows.length - 1;
  for (const row of [...rows].sort((a, b) => b - a)) {
    const shrink = row === last && last > 0;
    batch.add({ kind: "clearTableRow", table: PORTFOLIO_TABLE, row, columns, shrink });
    if (shrink) last -= 1;
  }
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
    clearPortfolioRows(batch, context, found.scan.portfolioRows);
    await session.gateway.apply(batch.toChangeSet());
    return succeed(id);
  });
}
