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
import { isComplete, type ClientScan } from "./client-scan";
import { fail, succeed, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
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

/** Scaffold sheets whose client has no name cell: left by a build that failed before naming anything. */
function leftovers(context: WorkbookContext): ClientScan[] {
  return [...context.scans.values()].filter(
    (scan) =>
      scan.name === null &&
      !isComplete(scan) &&
      Object.values(scan.sheets).some((s) => s?.scaffold === true && !s.anchored),
  );
}

/** Deletes what a failed build left before it named the client: nobody can have typed there. */
function clearLeftovers(batch: ChangeBatch, scans: readonly ClientScan[]): void {
  for (const scan of scans) {
    for (const name of scan.names) batch.add({ kind: "deleteName", name });
    for (const sheet of Object.values(scan.sheets))
      if (sheet?.scaffold === true) batch.add({ kind: "deleteSheet", sheetName: sheet.name });
  }
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
    const stale = leftovers(context);
    clearLeftovers(batch, stale);
    const build: BuildContext = {
      language: context.reading.plan.language,
      takenSheetNames: sheetNamesOf(context).filter(
        (name) => !stale.some((s) => Object.values(s.sheets).some((x) => x?.name === name)),
      ),
      portfolioBlankRow: portfolioBlankRow(context),
    };
    const added = parsed.accepted.map((row) => {
      const match = unfinished.find((scan) => sameClientName(scan.name, row.name));
      const id = match?.id ?? freshId(session, taken);
      planClientBuild(batch, newClient({ ...row, id }), match ?? emptyScan(id), build);
      return id;
    });
    if (batch.size > 0) await session.gateway.apply(batch.toChangeSet(), onProgress);
    return succeed({ added, rejected: parsed.rejected, warnings: parsed.warnings }, parsed.warnings);
  });
}
