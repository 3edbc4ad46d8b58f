/**
 * Nuevo año from the task pane, in place: last year's clients stay in the workbook, archived and hidden under
 * their year's names, and the new plan year gets fresh clients carried by src/domain/roll-forward.ts (the
 * order of the changes, and why a retry after a failed sync finishes the same year, is in
 * roll-forward-changes.ts). The closing date is today; the new year is always the plan year + 1, so a retry
 * cannot aim at another year. The caller names the year it closes (the one its confirmation showed): when
 * that year is already closed — a run whose last sync reached Excel but whose answer did not — asking again
 * changes nothing. Owners typed into the overdue-by-owner tables are carried: each new client's Medir table
 * is built with every owner last year's listed (roll-forward.ts), and Cartera's table keeps its rows, plus one
 * for any new-year client owner it lacked (before the plan year changes, so a retry still adds it).
 *
 * Sync budget: 2 inspections (the second reads where the Cartera table is, to switch its rows), then one sync
 * per request of the change set, each under the gateway's request budget (4 MB): 2 + ⌈bytes / budget⌉ plus
 * at most one more for packing. A new client weighs about 140 kB, so up to about 28 clients fit in one
 * request.
 */
import { clientOwners } from "../domain/owners";
import type { IsoDate, Plan } from "../domain/plan";
import { rollForward, validateRollForward, type RollForwardSummary } from "../domain/roll-forward";
import type { ApplyProgress } from "../excel/gateway";
import { closingPeriod } from "../i18n/report-text";
import { closedClients } from "../layout/closed-clients";
import { PORTFOLIO_TABLE } from "../layout/workbook-names";
import { ChangeBatch } from "./change-batch";
import {
  archiveLastYear,
  buildNewYear,
  openNewYear,
  renameLastYear,
  rollSelection,
  switchPortfolioRows,
  yearNames,
  type RollSelection,
} from "./roll-forward-changes";
import { fail, succeed, type AppIssue, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import { portfolioOwnerRowChanges } from "./table-append";
import { hasPortfolio, PLAN_MISSING, workbookContext, type WorkbookContext } from "./workbook-context";
import { yearSheetNames } from "./year-sheet-names";

/** Which year the user confirmed closing. */
export interface RollForwardRequest {
  /** The plan year the confirmation showed; the workbook must still be on it (or already past it). */
  readonly fromYear: number;
}

/** What Nuevo año will do (before), or did (after). */
export interface RollForwardOutcome {
  /** The year was already closed by an earlier run: nothing was changed. */
  readonly alreadyDone: boolean;
  /** What moves into the new year and what stays in last year's sheets, per client and in total. */
  readonly summary: RollForwardSummary;
  /** A Nuevo año of this plan year had stopped part-way: this one finishes (or would finish) it. */
  readonly resumed: boolean;
  /** An example of last year's sheet names, e.g. `Acme · Ver 2026`; `null` when there is no client. */
  readonly exampleSheetName: string | null;
}

/** The rolled plan for `selection`, or the roll-forward's validation issues (`rollover.*`). */
function rolledPlan(context: WorkbookContext, selection: RollSelection, closingDate: IsoDate) {
  const { plan } = context.reading;
  const last = { ...plan, clients: selection.clients.map((found) => found.client) };
  const options = {
    closingDate,
    newYear: selection.toYear,
    period: closingPeriod(selection.fromYear, plan.language),
    clientId: (client: { id: string }) => selection.successors.get(client.id) ?? client.id,
  };
  const checked = validateRollForward(last, options);
  if (!checked.ok) return fail<ReturnType<typeof rollForward>>(...checked.issues);
  return succeed(rollForward(last, options));
}

/** Warns when some of last year's tables could not be read: their rows stay only in last year's sheets. */
function unreadTables(selection: RollSelection): AppIssue[] {
  const names = selection.clients.filter((f) => f.structure.tables.missing.length > 0).map((f) => f.client.name);
  return names.length === 0
    ? []
    : [{ code: "december.rollForward.tablesUnread", params: { clients: names.join(", ") } }];
}

function outcomeOf(context: WorkbookContext, selection: RollSelection, summary: RollForwardSummary) {
  const first = selection.clients[0]?.client;
  const example =
    first === undefined ? null : yearSheetNames(first.name, selection.fromYear, context.reading.plan.language, []).ver;
  return { alreadyDone: false, summary, resumed: selection.resumed, exampleSheetName: example };
}

/** Whether `fromYear` was closed already: the plan reads as the next year and last year's clients carry its marker. */
function closedAlready(context: WorkbookContext, fromYear: number): boolean {
  if (context.reading.plan.year !== fromYear + 1) return false;
  return [...closedClients(context.state.names).values()].some((year) => year === fromYear);
}

/** The outcome of asking again for a year already closed: nothing moves. */
function nothingToDo(context: WorkbookContext, fromYear: number, today: IsoDate): RollForwardOutcome {
  const { plan } = context.reading;
  const period = closingPeriod(fromYear, plan.language);
  const empty = rollForward(
    { ...plan, year: fromYear, clients: [] },
    { closingDate: today, newYear: fromYear + 1, period },
  );
  return { alreadyDone: true, summary: empty.carried, resumed: false, exampleSheetName: null };
}

/**
 * Cartera's overdue-by-owner table keeps its rows (the sheet stays), so what users typed there is carried as
 * it is; an owner of the new year's active clients it does not list yet (a client added before the add-in
 * listed owners) gets a row, so the new year starts with every owner counted.
 */
function listNewOwners(batch: ChangeBatch, context: WorkbookContext, next: Plan): void {
  batch.add(...portfolioOwnerRowChanges(context.index, next.language, clientOwners(next)));
}

/** What Nuevo año would do now, without changing anything (1 sync): for the pane's confirmation. */
export async function previewRollForward(session: PlanSession): Promise<AppResult<RollForwardOutcome>> {
  return withWorkbook(async () => {
    const context = workbookContext(await session.gateway.inspect());
    if (!hasPortfolio(context)) return fail(PLAN_MISSING);
    const selection = rollSelection(context);
    const rolled = rolledPlan(context, selection, session.today());
    if (!rolled.ok) return rolled;
    return succeed(outcomeOf(context, selection, rolled.value.carried), unreadTables(selection));
  });
}

/** Closes plan year `request.fromYear` and opens the next one in the same workbook. */
export async function rollForwardPlan(
  session: PlanSession,
  request: RollForwardRequest,
  onProgress?: ApplyProgress,
): Promise<AppResult<RollForwardOutcome>> {
  return withWorkbook(async () => {
    const first = workbookContext(await session.gateway.inspect());
    if (!hasPortfolio(first)) return fail(PLAN_MISSING);
    if (closedAlready(first, request.fromYear)) return succeed(nothingToDo(first, request.fromYear, session.today()));
    if (first.reading.plan.year !== request.fromYear) {
      return fail({
        code: "december.rollForward.yearChanged",
        params: { year: request.fromYear, found: first.reading.plan.year },
      });
    }
    const context = workbookContext(await session.gateway.inspect({ tableRanges: [PORTFOLIO_TABLE] }));
    const selection = rollSelection(context);
    const rolled = rolledPlan(context, selection, session.today());
    if (!rolled.ok) return rolled;
    const names = yearNames(context, selection);
    const batch = new ChangeBatch();
    renameLastYear(batch, context, selection, names);
    buildNewYear(batch, context, selection, rolled.value.plan.clients, names);
    archiveLastYear(batch, context, selection, names);
    switchPortfolioRows(batch, context, selection);
    listNewOwners(batch, context, rolled.value.plan);
    openNewYear(batch, context, selection);
    await session.gateway.apply(batch.toChangeSet(), onProgress);
    return succeed(outcomeOf(context, selection, rolled.value.carried), unreadTables(selection));
  });
}
