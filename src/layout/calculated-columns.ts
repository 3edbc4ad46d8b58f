/**
 * The formulas of the calculated columns of per-client tables (Acciones: overdue; Indicadores: latest and
 * % of target; Historial: each score's change since the previous snapshot). Each gets references to its
 * own row's cells and to its table's columns, by column key.
 */
import type { PlanLanguage } from "../domain/plan";
import { listLabel } from "./closed-lists";
import { quoteText } from "./formula-text";
import { WORKBOOK_NAMES } from "./workbook-names";

/** Reference to a column of the formula's own row, by column key. */
export type RowReference = (key: string) => string;

/** Reference to the whole data body of a column of the formula's own table, by column key. */
export type ColumnReference = (key: string) => string;

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

/**
 * A snapshot's change in one score since the previous snapshot by date (docs/WORKBOOK.md, "snapshot
 * delta"): the score minus the average of that score on the latest earlier date that has one; blank when
 * the row has no date or no score, or no earlier dated snapshot has a score. ">=0" matches numbers only,
 * and a numeric criterion skips blank and text cells, so undated and unscored snapshots are left out.
 */
export function scoreDeltaFormula(score: "knowledge" | "trust") {
  return (row: RowReference, _language: PlanLanguage, column: ColumnReference): string => {
    const [value, date] = [row(score), row("date")];
    const [scores, dates] = [column(score), column("date")];
    const earlier = `${dates},"<"&${date}`;
    const previous = `MAXIFS(${dates},${scores},">=0",${earlier})`;
    const none = `COUNTIFS(${scores},">=0",${earlier})=0`;
    const average = `AVERAGEIFS(${scores},${scores},">=0",${dates},${previous})`;
    return `=IF(OR(NOT(ISNUMBER(${value})),NOT(ISNUMBER(${date})),${none}),"",${value}-${average})`;
  };
}
