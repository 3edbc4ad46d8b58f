/**
 * Import clients from CSV or pasted cells: one inspection, then every good row built in as few requests as
 * the 4 MB budget allows (≤ 2 + ceil(bytes / 4 MB) syncs), with the per-row rejection report. A retry after
 * a failure finishes the clients the failed import left unfinished (matched by name) and builds the rest;
 * the ones it finished are complete clients, so their rows come back as "already in the plan".
 */
import { newClientId } from "../domain/client-id";
import {
  parseClientsCsv,
  type ClientLabelReaders,
  type ImportIssue,
  type RejectedClientRow,
} from "../domain/client-csv";
import { newClient, type ClientId } from "../domain/plan";
import type { ApplyProgress } from "../excel/gateway";
import { CLIENT_KIND, codeOf, DIRECTION } from "../i18n/vocabulary";
import { ChangeBatch } from "./change-batch";
import { planClientBuild, sameClientName, type BuildContext } from "./client-build";
import { leftoverIds, planLeftoverClearing } from "./client-leftovers";
import { findClient } from "./client-lookup";
import { planClientFinish } from "./client-repair";
import { isComplete } from "./client-scan";
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
} from "./workbook-context";

/** Closed-list words of the client columns, either language (the domain does not import i18n). */
export const CLIENT_LABELS: ClientLabelReaders = {
  direction: (word) => codeOf(DIRECTION, word),
  kind: (word) => codeOf(CLIENT_KIND, word),
};

/** What an import did. */
export interface ImportOutcome {
  /** Ids of the clients added (or finished), in file order. */
  readonly added: readonly ClientId[];
  readonly rejected: readonly RejectedClientRow[];
  readonly warnings: readonly ImportIssue[];
}

function freshId(session: PlanSession, taken: Set<ClientId>): ClientId {
  let id = newClientId(session.randomBytes);
  while (taken.has(id)) id = newClientId(session.randomBytes);
  taken.add(id);
  return id;
}

/** Adds every acceptable client of `text` (CSV with `,` or `;`, or tab-separated cells pasted from Excel). */
export async function importClients(
  session: PlanSession,
  text: string,
  onProgress?: ApplyProgress,
): Promise<AppResult<ImportOutcome>> {
  return withWorkbook(async () => {
    const context = workbookContext(await session.gateway.inspect());
    if (!hasPortfolio(context)) return fail(PLAN_MISSING);
    const parsed = parseClientsCsv(text, { labels: CLIENT_LABELS, existingNames: completeClientNames(context) });
    if (!parsed.ok) return fail(...parsed.issues);
    const unfinished = [...context.scans.values()].filter((scan) => !isComplete(scan) && scan.name !== null);
    const taken = new Set<ClientId>(context.scans.keys());
    const batch = new ChangeBatch();
    // Cartera's overdue-by-owner table lists the new owners first: a stop right after leaves rows counting nothing.
    const owners = parsed.accepted.map((row) => row.owner);
    batch.add(...portfolioOwnerRowChanges(context.index, context.reading.plan.language, owners));
    // What failed adds or stopped deletions left holds nothing typed: it goes, and frees its sheet names.
    const cleared = new Set(leftoverIds(context).flatMap((id) => planLeftoverClearing(batch, context, id)));
    const build: BuildContext = {
      language: context.reading.plan.language,
      takenSheetNames: sheetNamesOf(context).filter((name) => !cleared.has(name)),
      portfolioBlankRow: portfolioBlankRow(context),
    };
    const added = parsed.accepted.map((row) => {
      const match = unfinished.find((scan) => sameClientName(scan.name, row.name));
      const id = match?.id ?? freshId(session, taken);
      const found = match === undefined ? null : findClient(context, id);
      const client = newClient({ ...row, id });
      // A client whose name can be read is finished as a repair would, keeping every sheet that holds its content.
      if (found === null) planClientBuild(batch, client, match ?? emptyScan(id), build);
      else planClientFinish(batch, context, found, client, build);
      return id;
    });
    if (batch.size > 0) await session.gateway.apply(batch.toChangeSet(), onProgress);
    return succeed({ added, rejected: parsed.rejected, warnings: parsed.warnings }, parsed.warnings);
  });
}
