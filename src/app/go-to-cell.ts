/**
 * Go to one of a client's named cells — e.g. its working agreement (`vamCadencia_<id>` on Medir), where
 * Revisión del plan points when the client keeps missing commitments. Found through the name when applied,
 * so a moved or renamed sheet is still found. 2 syncs.
 */
import type { ClientId } from "../domain/plan";
import { identifierKey } from "../layout/read-names";
import { clientCellName, type ClientCellKind } from "../layout/workbook-names";
import { ChangeBatch } from "./change-batch";
import { CLIENT_NOT_FOUND, findClient } from "./client-lookup";
import { identityLostIssue } from "./identity-loss";
import { fail, succeed, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import { workbookContext } from "./workbook-context";

/** Shows the sheet of client `id`'s named cell `kind` and selects it. */
export async function goToClientCell(
  session: PlanSession,
  id: ClientId,
  kind: ClientCellKind,
): Promise<AppResult<ClientId>> {
  return withWorkbook(async () => {
    const context = workbookContext(await session.gateway.inspect());
    const found = findClient(context, id);
    if (found === null) return fail(CLIENT_NOT_FOUND);
    const name = clientCellName(kind, id);
    const sheetName = context.index.names.get(identifierKey(name))?.sheetName;
    if (sheetName === undefined || !context.index.sheets.has(identifierKey(sheetName)))
      return fail(identityLostIssue(found) ?? { code: "app.cellMissing", params: { what: name } });
    await session.gateway.apply(new ChangeBatch().add({ kind: "selectNamedCell", name }).toChangeSet());
    return succeed(id);
  });
}
