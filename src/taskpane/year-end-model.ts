/** Nuevo año's confirmation as data: the sentences that say what will happen, from the use case's preview. */
import type { PlanLanguage } from "../domain/plan";
import { t } from "./pane-messages";
import type { YearEndOutcome } from "./pane-services";

/** What the confirmation shows. */
export interface YearEndModel {
  readonly title: string;
  /** What will happen, one sentence each, in order. */
  readonly lines: readonly string[];
  /** Said first when an earlier run stopped part-way; `null` otherwise. */
  readonly resumedNote: string | null;
  readonly confirmText: string;
}

/** The confirmation of closing `outcome.summary.fromYear`. */
export function yearEndModel(outcome: YearEndOutcome, language: PlanLanguage): YearEndModel {
  const { summary } = outcome;
  const years = { year: summary.fromYear, next: summary.toYear };
  const say = (code: string, params: Record<string, string | number>) => t(code, language, { ...years, ...params });
  const archived = summary.clients.filter((c) => c.state === "archived").length;
  const lines = [
    say("ui.yearEnd.snapshot", { period: summary.period, date: summary.closingDate, snapshots: summary.snapshots }),
    say("ui.yearEnd.carried", {
      clients: summary.clients.length,
      archived,
      actions: summary.carried.actions,
      disappointments: summary.carried.disappointments,
      commitments: summary.carried.commitments,
      meetings: summary.carried.meetings,
      indicators: summary.carried.indicators,
    }),
    say("ui.yearEnd.left", {
      actions: summary.left.actions,
      disappointments: summary.left.disappointments,
      commitments: summary.left.commitments,
      feedback: summary.left.feedback,
      meetings: summary.left.meetings,
      quarters: summary.quarterFigures,
    }),
    ...(outcome.exampleSheetName === null ? [] : [say("ui.yearEnd.sheets", { example: outcome.exampleSheetName })]),
    say("ui.yearEnd.portfolio", {}),
  ];
  return {
    title: say("ui.yearEnd.title", {}),
    lines,
    resumedNote: outcome.resumed ? say("ui.yearEnd.resumed", {}) : null,
    confirmText: say("ui.yearEnd.confirm", {}),
  };
}

/** What the pane says once Nuevo año ran. */
export function yearEndDoneText(outcome: YearEndOutcome, language: PlanLanguage): string {
  const { summary } = outcome;
  const params = { year: summary.fromYear, next: summary.toYear, clients: summary.clients.length };
  return t(outcome.alreadyDone ? "ui.yearEnd.already" : "ui.yearEnd.done", language, params);
}
