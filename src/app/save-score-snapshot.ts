/**
 * Save score snapshot: appends today's knowledge and trust, with the period and a note, to each chosen
 * client's Historial table, below its body (never rewriting a row). All clients in one apply: 2 syncs.
 */
import type { ClientId, Plan, ScoreSnapshot } from "../domain/plan";
import { newClient } from "../domain/plan";
import { identifierKey } from "../layout/read-names";
import { clientTableName } from "../layout/workbook-names";
import { ChangeBatch } from "./change-batch";
import { CLIENT_NOT_FOUND, findClient, type FoundClient } from "./client-lookup";
import { fail, succeed, type AppIssue, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import { appendClientRow } from "./table-append";
import { workbookContext, type WorkbookContext } from "./workbook-context";

/** Which clients, the period label and a note. */
export interface SnapshotRequest {
  /** `all`: every active client. */
  readonly clientIds: "all" | readonly ClientId[];
  readonly period: string;
  readonly note: string;
}

/** The ids a request names: every active client for `all`, in plan order. */
function chosenIds(plan: Plan, clientIds: SnapshotRequest["clientIds"]): ClientId[] {
  return clientIds === "all" ? plan.clients.filter((c) => c.state === "active").map((c) => c.id) : [...clientIds];
}

/** What every chosen client's new Historial row shares: the day, the period label and the note. */
type SnapshotLabel = Pick<ScoreSnapshot, "date" | "period" | "note">;

/** Queues the row of `found`'s current scores below its Historial table; the warning when it has no such table. */
function appendSnapshot(
  batch: ChangeBatch,
  context: WorkbookContext,
  id: ClientId,
  found: FoundClient,
  label: SnapshotLabel,
): AppIssue | null {
  const name = clientTableName("scoreHistory", id);
  const table = context.index.tables.get(identifierKey(name));
  if (table === undefined) return { code: "app.tableMissing", params: { what: name } };
  const { knowledge, trust } = found.client;
  const snapshot = { date: label.date, period: label.period, knowledge, trust, note: label.note };
  const row = { ...newClient({ id, name: found.client.name }), scoreHistory: [snapshot] };
  const { language } = context.reading.plan;
  batch.add(appendClientRow("scoreHistory", row, id, language, table, found.structure));
  return null;
}

/** Appends a score snapshot to each chosen client's history; returns the ids written. */
export async function saveScoreSnapshot(
  session: PlanSession,
  request: SnapshotRequest,
): Promise<AppResult<ClientId[]>> {
  const period = request.period.trim();
  if (period === "") return fail({ code: "app.periodBlank", path: "period" });
  return withWorkbook(async () => {
    const context = workbookContext(await session.gateway.inspect());
    const ids = chosenIds(context.reading.plan, request.clientIds);
    if (ids.length === 0) return fail({ code: "app.noClientsSelected" });
    const batch = new ChangeBatch();
    const warnings: AppIssue[] = [];
    const written: ClientId[] = [];
    const label = { date: session.today(), period, note: request.note };
    for (const id of ids) {
      const found = findClient(context, id);
      if (found === null) return fail({ ...CLIENT_NOT_FOUND, params: { id } });
      const missing = appendSnapshot(batch, context, id, found, label);
      if (missing === null) written.push(id);
      else warnings.push(missing);
    }
    if (batch.size > 0) await session.gateway.apply(batch.toChangeSet());
    return succeed(written, warnings);
  });
}
