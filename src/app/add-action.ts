/**
 * Quick add action: appends one action below the client's Acciones table (written just below its body,
 * then the table resized over it: co-authoring-safe, never `rows.add`), and its owner below Medir's
 * overdue-by-owner table when that table does not list them yet. 2 syncs.
 */
import type { Action, ClientId } from "../domain/plan";
import { newClient } from "../domain/plan";
import { validatePlan } from "../domain/validation";
import { identifierKey } from "../layout/read-names";
import { clientTableName } from "../layout/workbook-names";
import { ChangeBatch } from "./change-batch";
import { CLIENT_NOT_FOUND, findClient } from "./client-lookup";
import { fail, succeed, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import { appendClientRow, clientOwnerRowChanges } from "./table-append";
import { workbookContext } from "./workbook-context";

/** An action as the pane collects it; what is left out starts empty (status: pending). */
export type NewAction = Partial<Action> & { readonly action: string };

/** The full action, with defaults. */
export function completeAction(action: NewAction): Action {
  return {
    level: null,
    purpose: null,
    person: "",
    alsoInvolve: "",
    due: null,
    status: "pending",
    doneDate: null,
    confidential: false,
    ...action,
    action: action.action.trim(),
    // Trimmed as stored, so the owner row listed for it counts it: the criterion compares the whole text.
    owner: (action.owner ?? "").trim(),
  };
}

/** Adds one action to a client's Acciones table. */
export async function addAction(session: PlanSession, id: ClientId, action: NewAction): Promise<AppResult<Action>> {
  const full = completeAction(action);
  if (full.action === "") return fail({ code: "app.actionBlank", path: "action" });
  return withWorkbook(async () => {
    const context = workbookContext(await session.gateway.inspect());
    const found = findClient(context, id);
    if (found === null) return fail(CLIENT_NOT_FOUND);
    const { plan } = context.reading;
    const client = { ...newClient({ id, name: found.client.name }), actions: [full] };
    // Only the action is checked: the settings here are placeholders, whatever the workbook holds.
    const checked = validatePlan({ year: 2027, targetScore: 9, language: plan.language, clients: [client] });
    if (!checked.ok) return fail(...checked.issues);
    const name = clientTableName("actions", id);
    const table = context.index.tables.get(identifierKey(name));
    if (table === undefined) return fail({ code: "app.tableMissing", params: { what: name } });
    const change = appendClientRow("actions", client, id, plan.language, table, found.structure);
    // The owner row first: if the request stops after it, only a row counting nothing yet is left behind.
    const batch = new ChangeBatch().add(...clientOwnerRowChanges(context.index, id, plan.language, full.owner), change);
    await session.gateway.apply(batch.toChangeSet());
    return succeed(full);
  });
}
