/**
 * Repair client: recreates what is missing of one client (a deleted sheet, table or name, its Cartera
 * row), keeping every cell a user filled. One inspection, a second one for the used cells of sheets that
 * lost a table, then one apply: at most 3 syncs.
 */
import type { ClientId } from "../domain/plan";
import { ChangeBatch } from "./change-batch";
import { CLIENT_NOT_FOUND, findClient } from "./client-lookup";
import { planClientRepair, sheetsNeedingCells } from "./client-repair";
import { fail, succeed, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import { hasPortfolio, PLAN_MISSING, portfolioBlankRow, sheetNamesOf, workbookContext } from "./workbook-context";

/** What a repair did: how many changes it applied. */
export interface RepairOutcome {
  readonly changes: number;
}

/** Repairs one client. */
export async function repairClient(session: PlanSession, id: ClientId): Promise<AppResult<RepairOutcome>> {
  return withWorkbook(async () => {
    let context = workbookContext(await session.gateway.inspect());
    if (!hasPortfolio(context)) return fail(PLAN_MISSING);
    let found = findClient(context, id);
    if (found === null) return fail(CLIENT_NOT_FOUND);
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
