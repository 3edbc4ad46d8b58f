/** The figures `vam-plan build` reports on stdout, computed from the plan it built. */
import { isCountedAction } from "../domain/counted-rows";
import type { IsoDate, Plan, PlanLanguage } from "../domain/plan";
import { portfolioFigures } from "../domain/portfolio";
import { t } from "../i18n/messages";

/** What a build produced. */
export interface BuildFigures {
  readonly year: number;
  readonly clients: number;
  readonly rejectedRows: number;
  /** Action rows with action text, every status, of active clients. */
  readonly actions: number;
  /** Open actions of active clients due before `today` (docs/WORKBOOK.md, "overdue actions"). */
  readonly overdue: number;
  readonly today: IsoDate;
  /** Size of the written file, bytes. */
  readonly bytes: number;
  readonly path: string;
}

/** Action counts of the plan's active clients as of `today`, by the workbook contract's definitions. */
export function actionFigures(plan: Plan, today: IsoDate): { actions: number; overdue: number } {
  const active = plan.clients.filter((client) => client.state !== "archived");
  const actions = active.reduce((sum, client) => sum + client.actions.filter(isCountedAction).length, 0);
  return { actions, overdue: portfolioFigures(plan, today).overdueActions };
}

/** A file size for people: `48,2 KB` in Spanish, `48.2 KB` in English. */
export function formatSize(bytes: number, language: PlanLanguage): string {
  const format = (value: number): string =>
    new Intl.NumberFormat(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / (1024 * 1024))} MB`;
}

/** The summary printed on stdout, one line per figure group. */
export function summaryText(figures: BuildFigures, language: PlanLanguage): string {
  const lines = [
    t("cli.summary.built", language, {
      year: figures.year,
      path: figures.path,
      size: formatSize(figures.bytes, language),
    }),
    t("cli.summary.clients", language, { clients: figures.clients, rejected: figures.rejectedRows }),
    t("cli.summary.actions", language, { actions: figures.actions, overdue: figures.overdue, today: figures.today }),
  ];
  return `${lines.join("\n")}\n`;
}
