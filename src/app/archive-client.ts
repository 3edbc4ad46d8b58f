/**
 * Archive and restore: a client's three sheets are hidden (or shown) and its state cell says archivado
 * (or activo); Cartera's status follows by formula. Nothing is deleted. 2 syncs each.
 */
import type { ClientId, ClientState } from "../domain/plan";
import type { SheetVisibility } from "../layout/spec";
import { listLabel } from "../layout/closed-lists";
import { identifierKey } from "../layout/read-names";
import { CLIENT_PHASES, clientCellName } from "../layout/workbook-names";
import { ChangeBatch } from "./change-batch";
import { CLIENT_NOT_FOUND, findClient, phaseSheetRef } from "./client-lookup";
import { identityLostIssue } from "./identity-loss";
import { fail, succeed, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import { workbookContext } from "./workbook-context";

async function setState(session: PlanSession, id: ClientId, state: ClientState): Promise<AppResult<ClientState>> {
  return withWorkbook(async () => {
    const context = workbookContext(await session.gateway.inspect());
    const found = findClient(context, id);
    if (found === null) return fail(CLIENT_NOT_FOUND);
    const lost = identityLostIssue(found);
    if (lost !== null) return fail(lost);
    // A name whose sheet was deleted refers to #REF!: Excel refuses a write through it (InvalidReference).
    const stateCell = clientCellName("state", id);
    if (context.index.names.get(identifierKey(stateCell))?.sheetName === undefined) {
      return fail({ code: "app.cellMissing", params: { what: stateCell } });
    }
    const visibility: SheetVisibility = state === "archived" ? "hidden" : "visible";
    const batch = new ChangeBatch();
    for (const phase of CLIENT_PHASES) {
      const sheet = phaseSheetRef(found, phase);
      if (sheet !== null) batch.add({ kind: "setVisibility", visibility, ...sheet });
    }
    const label = listLabel("clientState", context.reading.plan.language, state);
    batch.add({
      kind: "writeNamedCells",
      cells: [{ name: stateCell, value: { kind: "text", text: label } }],
    });
    await session.gateway.apply(batch.toChangeSet());
    return succeed(state);
  });
}

/** Archives a client: hidden sheets, state archivado. */
export function archiveClient(session: PlanSession, id: ClientId): Promise<AppResult<ClientState>> {
  return setState(session, id, "archived");
}

/** Restores an archived client: visible sheets, state activo. */
export function restoreClient(session: PlanSession, id: ClientId): Promise<AppResult<ClientState>> {
  return setState(session, id, "active");
}
