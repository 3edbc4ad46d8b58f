/**
 * Add client: one inspection, one apply (≤ 2 syncs for one client, whatever the plan's size). The caller
 * passes the id, so calling again after a failure finishes the same client instead of adding a second.
 */
import { clientNameKey } from "../domain/client-name";
import { newClient, type ClientId, type NewClientFields } from "../domain/plan";
import { validateClientFields } from "../domain/validation";
import { ChangeBatch } from "./change-batch";
import { planClientBuild, sameClientName, type ClientSheetNames } from "./client-build";
import { findClient } from "./client-lookup";
import { planClientFinish } from "./client-repair";
import { isComplete } from "./client-scan";
import { identityLostIssue } from "./identity-loss";
import { fail, succeed, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import { portfolioOwnerRowChanges } from "./table-append";
import {
  completeClientNames,
  emptyScan,
  hasPortfolio,
  PLAN_MISSING,
  portfolioBlankRow,
  sheetNamesOf,
  workbookContext,
  type WorkbookContext,
} from "./workbook-context";
import type { ApplyProgress } from "../excel/gateway";

/** What adding a client did. */
export interface AddedClient {
  /** The client's id: the one passed, or that of an unfinished client of the same name that was finished. */
  readonly id: ClientId;
  /** False when the client already existed complete (a retry of an add that had succeeded). */
  readonly created: boolean;
  readonly sheetNames: ClientSheetNames | null;
}

/** An unfinished client (a failed build) with this name, to finish instead of starting another. */
function unfinishedNamed(context: WorkbookContext, name: string): ClientId | undefined {
  return [...context.scans.values()].find((scan) => !isComplete(scan) && sameClientName(scan.name, name))?.id;
}

/** Adds one client with empty Ver / Ajustar / Medir sheets and its Cartera row. */
export async function addClient(
  session: PlanSession,
  fields: NewClientFields,
  onProgress?: ApplyProgress,
): Promise<AppResult<AddedClient>> {
  return withWorkbook(async () => {
    const context = workbookContext(await session.gateway.inspect());
    if (!hasPortfolio(context)) return fail(PLAN_MISSING);
    const trimmed = { ...fields, name: fields.name.trim() };
    const checked = validateClientFields(trimmed, completeClientNames(context, fields.id));
    if (!checked.ok) return fail(...checked.issues);
    const existing = context.scans.get(fields.id);
    if (existing !== undefined && isComplete(existing)) {
      if (clientNameKey(existing.name ?? "") !== clientNameKey(trimmed.name)) {
        return fail({ code: "app.clientIdInUse", params: { id: fields.id } });
      }
      return succeed({ id: fields.id, created: false, sheetNames: null });
    }
    const id = existing === undefined ? (unfinishedNamed(context, trimmed.name) ?? fields.id) : fields.id;
    const found = findClient(context, id);
    // The id of a client that lost its Ver sheet is taken: an add does not rebuild it (identity-loss.ts).
    if (found !== null && identityLostIssue(found) !== null) return fail({ code: "app.clientIdInUse", params: { id } });
    const batch = new ChangeBatch();
    // Cartera's overdue-by-owner table lists the owner first: a stop right after it leaves a row counting nothing.
    batch.add(...portfolioOwnerRowChanges(context.index, context.reading.plan.language, [trimmed.owner ?? ""]));
    const client = newClient({ ...trimmed, id });
    const build = {
      language: context.reading.plan.language,
      takenSheetNames: sheetNamesOf(context),
      portfolioBlankRow: portfolioBlankRow(context),
    };
    // A client whose name can be read is finished as a repair would, keeping every sheet that holds its content.
    const sheetNames =
      found === null
        ? planClientBuild(batch, client, context.scans.get(id) ?? emptyScan(id), build)
        : planClientFinish(batch, context, found, client, build);
    await session.gateway.apply(batch.toChangeSet(), onProgress);
    return succeed({ id, created: true, sheetNames });
  });
}
