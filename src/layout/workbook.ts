/**
 * The whole workbook of a plan as a spec: Cartera, each client's three sheets, the hidden lists sheet and
 * the very hidden meta sheet, with every defined name and the shared style table.
 */
import { isIsoDate } from "../domain/dates";
import type { IsoDate, Plan } from "../domain/plan";
import { SHEET_NAMES } from "../i18n/workbook-text";
import { buildClientSheets, type ClientSheetsSpec } from "./client-sheets";
import { buildListsSheet } from "./lists-sheet";
import { buildMetaSheet } from "./meta-sheet";
import { buildPortfolioSheet } from "./portfolio-sheet";
import type { DefinedNameSpec, WorkbookSpec } from "./spec";
import { STYLES } from "./styles";
import { WORKBOOK_NAMES } from "./workbook-names";

/** Options of `buildWorkbookSpec`. */
export interface WorkbookOptions {
  /** Fixes `vamHoy` to this date (`=DATE(y,m,d)`) so figures are reproducible; otherwise `=TODAY()`. */
  readonly today?: IsoDate;
}

/** `vamHoy`: the workbook's only volatile formula, or a constant date for reproducible tests. */
export function todayName(today?: IsoDate): DefinedNameSpec {
  if (today === undefined) return { kind: "formula", name: WORKBOOK_NAMES.today, formula: "=TODAY()" };
  if (!isIsoDate(today)) throw new Error(`today must be an ISO date, got ${today}`);
  const [year, month, day] = today.split("-").map(Number);
  return { kind: "formula", name: WORKBOOK_NAMES.today, formula: `=DATE(${year},${month},${day})` };
}

/** Each client's part, in plan order; each client's sheet names avoid every name before them. */
function buildClients(plan: Plan, workbookSheetNames: readonly string[]): ClientSheetsSpec[] {
  const taken = [...workbookSheetNames];
  return plan.clients.map((client) => {
    const part = buildClientSheets(client, { language: plan.language, takenSheetNames: taken });
    taken.push(...part.sheets.map((sheet) => sheet.name));
    return part;
  });
}

/** The workbook spec of a plan. */
export function buildWorkbookSpec(plan: Plan, options: WorkbookOptions = {}): WorkbookSpec {
  const lists = buildListsSheet(plan.language);
  const meta = buildMetaSheet(plan.language);
  const clients = buildClients(plan, [SHEET_NAMES.portfolio[plan.language], lists.sheet.name, meta.sheet.name]);
  const portfolio = buildPortfolioSheet(
    plan,
    clients.map((client) => client.portfolioRow),
  );
  return {
    sheets: [portfolio.sheet, ...clients.flatMap((client) => client.sheets), lists.sheet, meta.sheet],
    names: [
      ...portfolio.names,
      todayName(options.today),
      ...meta.names,
      ...lists.names,
      ...clients.flatMap((client) => client.names),
    ],
    styles: STYLES,
  };
}
