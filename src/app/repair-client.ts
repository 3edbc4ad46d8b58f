/**
 * Repair client: recreates what is missing of one client (a deleted sheet, table or name, its Cartera
 * row), keeping every cell a user filled; or, for an id that is only a leftover of a failed add or a stopped
 * deletion, removes it. One inspection, a second one for the used cells of sheets that lost a table, then
 * one apply: at most 3 syncs.
 */
import type { ClientId } from "../domain/plan";
import { ChangeBatch } from "./change-batch";
import { isLeftover, planLeftoverClearing } from "./client-leftovers";
import { CLIENT_NOT_FOUND, findClient } from "./client-lookup";
import { planClientRepair, sheetsNeedingCells } from "./client-repair";
import { identityLostIssue } from "./identity-loss";
import { fail, succeed, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import {
  hasPortfolio,
  PLAN_MISSING,
  portfolioBlankRow,
  sheetNamesOf,
  workbookContext,
  type WorkbookContext,
} from "./workbook-context";

/** What a repair did: how many changes it applied. */
export interface RepairOutcome {
  readonly changes: number;
}

/** Removes what a failed add or a stopped deletion left of `id`: nothing typed is there to keep. */
async function clearLeftover(
  session: PlanSession,
  context: WorkbookContext,
  id: ClientId,
): Promise<AppResult<RepairOutcome>> {
  const batch = new ChangeBatch();
  planLeftoverClearing(batch, context, id);
  if (batch.size > 0) await session.gateway.apply(batch.toChangeSet());
  return succeed({ changes: batch.size });
}

/** Repairs one client, or clears the leftover of one (see client-leftovers.ts). */
export async function repairClient(session: PlanSession, id: ClientId): Promise<AppResult<RepairOutcome>> {
  return withWorkbook(async () => {
    let context = workbookContext(await session.gateway.inspect());
    if (!hasPortfolio(context)) return fail(PLAN_MISSING);
    if (isLeftover(context, id)) return clearLeftover(session, context, id);
    let found = findClient(context, id);
    if (found === null) return fail(CLIENT_NOT_FOUND);
    // Its name went with its Ver sheet: rebuilding Ver would blank or invent it (identity-loss.ts).
    const lost = identityLostIssue(found);
    if (lost !== null) return fail(lost);
    const sheetCells = sheetsNeedingCells(found);
    if (sheetCells.length > 0) {
      context = workbookContext(await session.gateway.inspect({ sheetCells }));
      found = findClient(context, id);
      if (found === null) return fail(CLIENT_NOT_FOUND);
    }
    const batch = new ChangeBatch();
    const issues = planClientRepair(batch, context, found, {
      language: context.reading.plan.language,
      takenSheetNames: sheetNamesOf(context),
      portfolioBlankRow: portfolioBlankRow(context),
    });
    if (batch.size > 0) await session.gateway.apply(batch.toChangeSet());
    return succeed({ changes: batch.size }, issues);
  });
}
