/**
 * The formulas of the calculated columns of per-client tables (Acciones: overdue; Indicadores: latest and
 * % of target). Each gets a reference to its own row's cells by column key.
 */
import type { PlanLanguage } from "../domain/plan";
import { listLabel } from "./closed-lists";
import { quoteText } from "./formula-text";
import { WORKBOOK_NAMES } from "./workbook-names";

/** Reference to a column of the formula's own row, by column key. */
export type RowReference = (key: string) => string;

const yes = (language: PlanLanguage): string => quoteText(listLabel("yesNo", language, "yes"));
const status = (language: PlanLanguage, code: string): string => quoteText(listLabel("actionStatus", language, code));

/** `sí` when the action is open (action filled, not done or cancelled) and its due date is before `vamHoy`. */
export function overdueFormula(row: RowReference, language: PlanLanguage): string {
  const due = row("due");
  const open = `${row("action")}<>"",${row("status")}<>${status(language, "done")},${row("status")}<>${status(language, "cancelled")}`;
  return `=IF(AND(${open},ISNUMBER(${due}),${due}<${WORKBOOK_NAMES.today}),${yes(language)},"")`;
}

/** The last quarter with a figure, Q4 back to Q1; blank when none. */
export function latestFormula(row: RowReference): string {
  const pick = ["q4", "q3", "q2", "q1"].reduceRight(
    (otherwise, key) => `IF(ISNUMBER(${row(key)}),${row(key)},${otherwise})`,
    '""',
  );
  return `=${pick}`;
}

/** Latest ÷ target, 0–1; blank when either is missing or the target is 0. */
export function percentOfTargetFormula(row: RowReference): string {
  const latest = row("latest");
  const target = row("target");
  return `=IF(AND(ISNUMBER(${latest}),ISNUMBER(${target})),IF(${target}=0,"",${latest}/${target}),"")`;
}
