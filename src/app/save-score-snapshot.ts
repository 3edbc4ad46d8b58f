/**
 * Save score snapshot: appends today's knowledge and trust, with the period and a note, to each chosen
 * client's Historial table, below its body (never rewriting a row). All clients in one apply: 2 syncs.
 */
import type { ClientId } from "../domain/plan";
import { newClient } from "../domain/plan";
import { identifierKey } from "../layout/read-names";
import { clientTableName } from "../layout/workbook-names";
import { ChangeBatch } from "./change-batch";
import { CLIENT_NOT_FOUND, findClient } from "./client-lookup";
import { fail, succeed, type AppIssue, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import { appendClientRow } from "./table-append";
import { workbookContext } from "./workbook-context";

/** Which clients, the period label and a note. */
export interface SnapshotRequest {
  /** `all`: every active client. */
  readonly clientIds: "all" | readonly ClientId[];
  readonly period: string;
  readonly note: string;
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
    const { plan } = context.reading;
    const ids =
      request.clientIds === "all"
        ? plan.clients.filter((c) => c.state === "active").map((c) => c.id)
        : [...request.clientIds];
    if (ids.length === 0) return fail({ code: "app.noClientsSelected" });
    const batch = new ChangeBatch();
    const warnings: AppIssue[] = [];
    const written: ClientId[] = [];
    const today = session.today();
    for (const id of ids) {
      const found = findClient(context, id);
      if (found === null) return fail({ ...CLIENT_NOT_FOUND, params: { id } });
      const name = clientTableName("scoreHistory", id);
      const table = context.index.tables.get(identifierKey(name));
      if (table === undefined) {
        warnings.push({ code: "app.tableMissing", params: { what: name } });
        continue;
      }
      const snapshot = {
        date: today,
        period,
        knowledge: found.client.knowledge,
        trust: found.client.trust,
        note: request.note,
      };
      const row = { ...newClient({ id, name: found.client.name }), scoreHistory: [snapshot] };
      batch.add(appendClientRow("scoreHistory", row, id, plan.language, table, found.structure));
      written.push(id);
    }
    if (batch.size > 0) await session.gateway.apply(batch.toChangeSet());
    return succeed(written, warnings);
  });
}
