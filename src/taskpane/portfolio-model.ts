/** The Cartera view as data: rows per direction, filtered, with the texts each cell shows. */
import type { ClientId, Direction, PlanLanguage, Score } from "../domain/plan";
import type { ClientStatus } from "../domain/portfolio";
import { foldLabel, DIRECTION, labelOf } from "../i18n/vocabulary";
import { STATUS_LABELS } from "../i18n/workbook-text";
import type { PaneData } from "./pane-services";
import { clientLabel } from "./client-label";

/** The directions in the order the pane groups them (DESIGN §1: client, manager, peers, team). */
export const DIRECTION_ORDER: readonly Direction[] = ["client", "manager", "peers", "team"];

/** The filter the user set: one direction or all, and a piece of the name. */
export interface PortfolioFilter {
  readonly direction: Direction | "all";
  readonly query: string;
}

/** No filter at all. */
export const NO_FILTER: PortfolioFilter = { direction: "all", query: "" };

/** One row of the Cartera view. */
export interface PortfolioRowModel {
  readonly clientId: ClientId;
  readonly name: string;
  readonly owner: string;
  readonly knowledge: Score | null;
  readonly trust: Score | null;
  /** The larger of the knowledge and trust gaps, score points; `null` when neither score is set. */
  readonly gap: number | null;
  readonly openActions: number;
  readonly overdueActions: number;
  readonly status: ClientStatus;
  readonly statusLabel: string;
}

/** The rows of one direction. */
export interface PortfolioGroup {
  readonly direction: Direction;
  readonly label: string;
  readonly rows: readonly PortfolioRowModel[];
}

/** The whole view: the groups that have rows after filtering, and how many active clients there are. */
export interface PortfolioModel {
  readonly groups: readonly PortfolioGroup[];
  readonly activeClients: number;
  readonly openActions: number;
  readonly overdueActions: number;
}

/** The larger of two gaps, score points; `null` only when both are blank. */
export function largestGap(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

function matches(name: string, query: string): boolean {
  const wanted = foldLabel(query);
  return wanted === "" || foldLabel(name).includes(wanted);
}

/** The active clients of `data`, grouped by direction in DIRECTION_ORDER, plan order within a group. */
export function portfolioModel(data: PaneData, filter: PortfolioFilter, language: PlanLanguage): PortfolioModel {
  const figuresById = new Map(data.figures.rows.map((row) => [row.clientId, row.figures]));
  const active = data.plan.clients.filter((client) => client.state === "active");
  const rows = active.flatMap((client) => {
    const figures = figuresById.get(client.id);
    if (figures === undefined) return [];
    const row: PortfolioRowModel & { direction: Direction } = {
      clientId: client.id,
      name: clientLabel(client.name, language),
      owner: client.owner,
      direction: client.direction,
      knowledge: figures.knowledge,
      trust: figures.trust,
      gap: largestGap(figures.knowledgeGap, figures.trustGap),
      openActions: figures.openActions,
      overdueActions: figures.overdueActions,
      status: figures.status,
      statusLabel: STATUS_LABELS[figures.status][language],
    };
    return [row];
  });
  const shown = rows.filter(
    (row) => (filter.direction === "all" || row.direction === filter.direction) && matches(row.name, filter.query),
  );
  const groups = DIRECTION_ORDER.map((direction) => ({
    direction,
    label: labelOf(DIRECTION, language, direction),
    rows: shown.filter((row) => row.direction === direction).map(({ direction: _d, ...rest }) => rest),
  })).filter((group) => group.rows.length > 0);
  return {
    groups,
    activeClients: active.length,
    openActions: data.figures.openActions,
    overdueActions: data.figures.overdueActions,
  };
}

/** A score or gap as its cell shows it: the number, or an en dash when blank (never 0). */
export function figureText(value: number | null): string {
  return value === null ? "–" : String(value);
}
