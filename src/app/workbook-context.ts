/** One reading of the workbook, shared by a use case's decisions: the plan, its language, the Cartera. */
import type { ClientId, IsoDate } from "../domain/plan";
import { isBlankCell } from "../layout/read-cells";
import { identifierKey, indexState, type StateIndex } from "../layout/read-names";
import { readPlan, type PlanReading } from "../layout/read-plan";
import { PORTFOLIO_TABLE } from "../layout/workbook-names";
import type { WorkbookState } from "../layout/workbook-state";
import { clientIds, isComplete, scanClient, type ClientScan } from "./client-scan";
import type { AppIssue } from "./result";

/** The workbook as a use case sees it. */
export interface WorkbookContext {
  readonly state: WorkbookState;
  readonly index: StateIndex;
  readonly reading: PlanReading;
  /** Every client id with anything in the workbook, scanned. */
  readonly scans: ReadonlyMap<ClientId, ClientScan>;
}

/** The plan year a workbook without a usable `vamAnioPlan` is read with: next year from October on. */
export function defaultPlanYear(today: IsoDate): number {
  const [year = 0, month = 1] = today.split("-").map(Number);
  return month >= 10 ? year + 1 : year;
}

/** Reads a workbook state once for a use case (`today` gives the default plan year). */
export function workbookContext(state: WorkbookState, today?: IsoDate): WorkbookContext {
  const index = indexState(state);
  const scans = new Map(clientIds(state, index).map((id) => [id, scanClient(state, id, index)]));
  const options = today === undefined ? {} : { defaultYear: defaultPlanYear(today) };
  return { state, index, reading: readPlan(state, options), scans };
}

/** Whether the workbook has a plan to add clients to: the Cartera table exists. */
export function hasPortfolio(context: WorkbookContext): boolean {
  return context.index.tables.has(identifierKey(PORTFOLIO_TABLE));
}

/** The issue when the workbook has no plan yet. */
export const PLAN_MISSING: AppIssue = { code: "app.planMissing" };

/** Whether the Cartera table holds only the blank row an empty Excel table keeps. */
export function portfolioBlankRow(context: WorkbookContext): boolean {
  const table = context.index.tables.get(identifierKey(PORTFOLIO_TABLE));
  return table !== undefined && table.rows.length === 1 && (table.rows[0] ?? []).every((cell) => isBlankCell(cell));
}

/** Names of the clients whose build finished, except `except`. */
export function completeClientNames(context: WorkbookContext, except?: ClientId): string[] {
  return [...context.scans.values()]
    .filter((scan) => scan.id !== except && isComplete(scan) && scan.name !== null)
    .map((scan) => scan.name ?? "");
}

/** Every sheet name of the workbook. */
export function sheetNamesOf(context: WorkbookContext): string[] {
  return context.state.sheets.map((sheet) => sheet.name);
}

/** A scan of a client nothing of which exists yet. */
export function emptyScan(id: ClientId): ClientScan {
  return {
    id,
    sheets: { ver: null, ajustar: null, medir: null },
    names: [],
    tables: [],
    scaffolds: [],
    portfolioRows: [],
    name: null,
  };
}
