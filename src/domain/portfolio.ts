/**
 * Every figure of docs/WORKBOOK.md "Figures", per client and for the portfolio, exactly as defined there:
 * the workbook's formulas compute the same numbers (a LibreOffice oracle compares them).
 */
import {
  clientMissStreak,
  commitmentSignal,
  MISS_STREAK_AMBER,
  MISS_STREAK_RED,
  type CommitmentSignal,
} from "./commitments";
import { isCountedAction, isOpenAction, isOpenDisappointment, isOverdueAction } from "./counted-rows";
import { directionFigures, type DirectionFigures } from "./directions";
import { listedClientOwners, overdueActionsOfClientOwner } from "./owners";
import type { Client, Direction, IsoDate, Plan, Score } from "./plan";
import { actionsPerLevel, isTopHeavy, type ActionsPerLevel } from "./pyramid";
import { RED_BELOW, scoreGap, suggestedTrust, trustTrend } from "./scores";

/** A client's overall status on Cartera (labels in the plan language come from i18n). */
export type ClientStatus = "red" | "amber" | "green" | "unscored" | "archived";

/** What the figures of one client are computed against. */
export interface FigureContext {
  /** `vamHoy`: actions due before this day are overdue. */
  readonly today: IsoDate;
  /** `vamObjetivo`, score 0–10. */
  readonly target: Score;
}

/** The figures of one client; `null` is a blank cell in the workbook (never 0). */
export interface ClientFigures {
  /** Score 0–10, or `null` when not scored. */
  readonly knowledge: Score | null;
  /** Score 0–10, or `null` when not scored. */
  readonly trust: Score | null;
  /** max(0, target − knowledge), score points; `null` when knowledge is blank. */
  readonly knowledgeGap: number | null;
  /** max(0, target − trust), score points; `null` when trust is blank. */
  readonly trustGap: number | null;
  readonly openDisappointments: number;
  /** Actions with *action* filled, cancelled included. */
  readonly totalActions: number;
  readonly doneActions: number;
  readonly openActions: number;
  readonly overdueActions: number;
  /** done ÷ (total − cancelled), ratio 0–1; `null` when that divisor is 0. */
  readonly percentDone: number | null;
  readonly clientMissStreak: number;
  /** Latest feedback date; `null` when no feedback is dated. */
  readonly lastFeedback: IsoDate | null;
  /** Trust minus the latest snapshot trust, score points; `null` when undefined. */
  readonly trustTrend: number | null;
  /** The trust the four sub-scores suggest, score 0–10 (fractional); `null` when any is blank. */
  readonly suggestedTrust: number | null;
  readonly actionsPerLevel: ActionsPerLevel;
  readonly topHeavy: boolean;
  readonly status: ClientStatus;
  readonly commitmentSignal: CommitmentSignal;
}

/** The latest date of a list of optional dates; `null` when none is set. */
function latestDate(dates: readonly (IsoDate | null)[]): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const date of dates) if (date !== null && (latest === null || date > latest)) latest = date;
  return latest;
}

/** The status rule of docs/WORKBOOK.md, first match wins. */
export function clientStatus(
  client: Pick<Client, "state" | "knowledge" | "trust">,
  figures: Pick<ClientFigures, "overdueActions" | "openDisappointments" | "clientMissStreak">,
  target: Score,
): ClientStatus {
  const { knowledge, trust } = client;
  if (client.state === "archived") return "archived";
  if (knowledge === null || trust === null) return "unscored";
  if (knowledge < RED_BELOW || trust < RED_BELOW || figures.clientMissStreak >= MISS_STREAK_RED) return "red";
  const green =
    knowledge >= target &&
    trust >= target &&
    figures.overdueActions === 0 &&
    figures.openDisappointments === 0 &&
    figures.clientMissStreak < MISS_STREAK_AMBER;
  return green ? "green" : "amber";
}

/** Every figure of one client against `today` and the plan's target. */
export function clientFigures(client: Client, context: FigureContext): ClientFigures {
  const counted = client.actions.filter(isCountedAction);
  const done = counted.filter((a) => a.status === "done").length;
  const cancelled = counted.filter((a) => a.status === "cancelled").length;
  const divisor = counted.length - cancelled;
  const perLevel = actionsPerLevel(client.actions);
  const streak = clientMissStreak(client.commitments);
  const counts = {
    openDisappointments: client.disappointments.filter(isOpenDisappointment).length,
    overdueActions: client.actions.filter((a) => isOverdueAction(a, context.today)).length,
    clientMissStreak: streak,
  };
  return {
    knowledge: client.knowledge,
    trust: client.trust,
    knowledgeGap: scoreGap(client.knowledge, context.target),
    trustGap: scoreGap(client.trust, context.target),
    ...counts,
    totalActions: counted.length,
    doneActions: done,
    openActions: client.actions.filter(isOpenAction).length,
    percentDone: divisor === 0 ? null : done / divisor,
    lastFeedback: latestDate(client.feedback.map((f) => f.date)),
    trustTrend: trustTrend(client.trust, client.scoreHistory),
    suggestedTrust: suggestedTrust(client.trustFactors),
    actionsPerLevel: perLevel,
    topHeavy: isTopHeavy(perLevel),
    status: clientStatus(client, counts, context.target),
    commitmentSignal: commitmentSignal(streak),
  };
}

/** One Cartera row: the client and its figures. */
export interface PortfolioRow {
  readonly clientId: string;
  readonly name: string;
  readonly direction: Direction;
  readonly figures: ClientFigures;
}

/** The portfolio: every client's figures, in plan order, and totals over the active clients. */
export interface PortfolioFigures {
  readonly rows: readonly PortfolioRow[];
  /** Clients per status, archived included. */
  readonly statusCounts: Readonly<Record<ClientStatus, number>>;
  /** Open actions of active clients. */
  readonly openActions: number;
  /** Overdue actions of active clients. */
  readonly overdueActions: number;
  /** Overdue actions of active clients by owner; see `overdueActionsByOwner`. */
  readonly overdueByOwner: Readonly<Record<string, number>>;
  /** Overdue actions of active clients by client owner, owners in `listedClientOwners` order (Cartera's owner table). */
  readonly overdueByClientOwner: readonly { readonly owner: string; readonly overdueActions: number }[];
  /** Active clients, red ones and overdue actions per direction (Cartera's direction block). */
  readonly byDirection: Readonly<Record<Direction, DirectionFigures>>;
}

/**
 * Overdue actions of active clients per owner. Owners are grouped trimmed and case-insensitively (as
 * COUNTIFS compares), shown with the first spelling met; `""` collects actions without an owner. Keys are
 * in descending count, then alphabetical order, so the result is deterministic.
 */
export function overdueActionsByOwner(plan: Plan, today: IsoDate): Readonly<Record<string, number>> {
  const groups = new Map<string, { owner: string; count: number }>();
  for (const client of plan.clients) {
    if (client.state === "archived") continue;
    for (const action of client.actions) {
      if (!isOverdueAction(action, today)) continue;
      const owner = action.owner.trim();
      const key = owner.toLocaleLowerCase("es");
      const group = groups.get(key) ?? { owner, count: 0 };
      group.count += 1;
      groups.set(key, group);
    }
  }
  const sorted = [...groups.values()].sort(
    (a, b) => b.count - a.count || (a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0),
  );
  return Object.fromEntries(sorted.map((g) => [g.owner, g.count]));
}

/** Clients per status, and open / overdue actions of the active ones. */
function totals(rows: readonly PortfolioRow[]) {
  const statusCounts: Record<ClientStatus, number> = { red: 0, amber: 0, green: 0, unscored: 0, archived: 0 };
  let openActions = 0;
  let overdueActions = 0;
  for (const row of rows) {
    statusCounts[row.figures.status] += 1;
    if (row.figures.status === "archived") continue;
    openActions += row.figures.openActions;
    overdueActions += row.figures.overdueActions;
  }
  return { statusCounts, openActions, overdueActions };
}

/** Every client's figures and the portfolio totals, against `today` and the plan's target. */
export function portfolioFigures(plan: Plan, today: IsoDate): PortfolioFigures {
  const context: FigureContext = { today, target: plan.targetScore };
  const rows: PortfolioRow[] = plan.clients.map((client) => ({
    clientId: client.id,
    name: client.name,
    direction: client.direction,
    figures: clientFigures(client, context),
  }));
  const byDirection = directionFigures(
    rows.map(({ direction, figures }) => ({
      direction,
      archived: figures.status === "archived",
      red: figures.status === "red",
      overdueActions: figures.overdueActions,
    })),
  );
  return {
    rows,
    ...totals(rows),
    overdueByOwner: overdueActionsByOwner(plan, today),
    overdueByClientOwner: listedClientOwners(plan).map((owner) => ({
      owner,
      overdueActions: overdueActionsOfClientOwner(plan, owner, today) ?? 0,
    })),
    byDirection,
  };
}
