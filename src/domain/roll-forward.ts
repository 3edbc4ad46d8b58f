/**
 * Nuevo año (roll-forward): last year's plan → next year's plan, pure. Rule of thumb: what is still true or
 * still to do goes into the new year; what is history stays in last year's plan, which the caller keeps
 * readable (a separate file on the command line; archived sheets in the task pane).
 *
 * Per client (table by table):
 * - identity, scores (the new year's starting point) with their evidence, trust factors, profile and the
 *   working agreement: carried unchanged;
 * - score history: carried whole, plus a closing snapshot (closing date, period label, both scores) for
 *   every active client;
 * - people and services: carried (the influence map and the whitespace do not close at year end);
 * - challenges and expectations: all carried, confirmed or not, met or not — they describe the client's
 *   situation and what they expect from us, which a new calendar year does not change; the status and the
 *   "confirmed" answer are the starting point, reviewed in the new year like the scores;
 * - actions: carried unless done or cancelled; disappointments: carried unless resolved; commitments:
 *   carried while `kept` is blank (not reviewed yet). "Not closed" rows are carried even when their key
 *   text is blank, so a half-typed row is not lost from the working plan;
 * - impact indicators: carried with Q1–Q4 blank; the new baseline is last year's latest figure (the last
 *   quarter with a figure, Q4 back to Q1, as the Indicadores "latest" column computes it); with no figure
 *   last year the old baseline stays; the target stays;
 * - meetings: only those dated after the closing date (already prepared for the new year) are carried;
 *   held and undated meetings stay in last year's plan, with all the feedback.
 * Archived clients are carried as archived under the same rules but get no closing snapshot (they were
 * not part of the year's portfolio): the new plan keeps the whole registry, so a client can come back.
 *
 * The overdue-by-owner tables (Medir per client, Cartera for the plan) keep every owner they listed: the
 * new year's tables list the carried actions' owners (or the clients' owners) and, as extra owners, last
 * year's extra ones and those whose actions stayed behind — a row a user typed is never dropped.
 */
import { isExcelDate } from "./dates";
import { actionOwners, clientOwners, ownersBeyond } from "./owners";
import type { Client, ClientId, ClientState, ImpactIndicator, IsoDate, Plan, ScoreSnapshot } from "./plan";
import { PLAN_YEAR_RANGE, type ValidationIssue, type ValidationResult } from "./validation";

/** What a roll-forward needs besides the plan. */
export interface RollForwardOptions {
  /** The day last year is closed: the date of every closing snapshot. */
  readonly closingDate: IsoDate;
  /** Plan year of the new plan, after the old plan's year. */
  readonly newYear: number;
  /** Period label of the closing snapshots, in the plan language (e.g. "Cierre 2026", from src/i18n). */
  readonly period: string;
  /**
   * The id each client gets in the new plan; by default its own id (a new file cannot clash with last
   * year's). An in-place roll-forward, whose archived sheets keep last year's ids, passes fresh ones.
   */
  readonly clientId?: (client: Client) => ClientId;
}

/** The per-client lists a roll-forward sorts into carried and left behind. */
export type RolledRows = keyof Pick<
  Client,
  | "challenges"
  | "expectations"
  | "disappointments"
  | "scoreHistory"
  | "people"
  | "actions"
  | "services"
  | "meetings"
  | "indicators"
  | "commitments"
  | "feedback"
>;

/** A row count for each per-client list. */
export type RowCounts = Readonly<Record<RolledRows, number>>;

/** What one client took into the new year and what it left in last year's plan. */
export interface ClientRollover {
  /** The client's id in last year's plan. */
  readonly id: ClientId;
  /** The client's id in the new plan. */
  readonly newId: ClientId;
  readonly name: string;
  readonly state: ClientState;
  /** Whether a closing snapshot was appended (active clients only). */
  readonly snapshot: boolean;
  /** Rows of last year carried into the new plan (the closing snapshot not included). */
  readonly carried: RowCounts;
  /** Rows that stay only in last year's plan. */
  readonly left: RowCounts;
  /** Quarterly indicator figures (Q1–Q4 cells holding a number) left in last year's plan. */
  readonly quarterFigures: number;
}

/** The roll-forward's account of what moved: per client and in total. */
export interface RollForwardSummary {
  readonly fromYear: number;
  readonly toYear: number;
  readonly closingDate: IsoDate;
  readonly period: string;
  readonly clients: readonly ClientRollover[];
  readonly carried: RowCounts;
  readonly left: RowCounts;
  /** Closing snapshots appended. */
  readonly snapshots: number;
  readonly quarterFigures: number;
}

/** The new year's plan and what was carried. */
export interface RollForwardResult {
  readonly plan: Plan;
  readonly carried: RollForwardSummary;
}

type RowOf<K extends RolledRows> = Client[K][number];

/** Whether a row of last year goes into the new year; the module comment says why for each list. */
type CarryRules = { readonly [K in RolledRows]: (row: RowOf<K>, closingDate: IsoDate) => boolean };

const always = (): boolean => true;

/** The carry rule of each per-client list (the snapshot is added separately). */
export const CARRY_RULES: CarryRules = {
  challenges: always,
  expectations: always,
  disappointments: (row) => row.status !== "resolved",
  scoreHistory: always,
  people: always,
  actions: (row) => row.status !== "done" && row.status !== "cancelled",
  services: always,
  meetings: (row, closingDate) => row.date !== null && row.date > closingDate,
  indicators: always,
  commitments: (row) => row.kept === null,
  feedback: () => false,
};

const ROLLED_ROWS = Object.keys(CARRY_RULES) as readonly RolledRows[];

/** Every list at 0. */
function zeroCounts(): Record<RolledRows, number> {
  return Object.fromEntries(ROLLED_ROWS.map((key) => [key, 0])) as Record<RolledRows, number>;
}

/** Last year's latest figure of an indicator: the last quarter with a figure, Q4 back to Q1; `null` if none. */
export function latestQuarterFigure(quarters: ImpactIndicator["quarters"]): number | null {
  for (let q = quarters.length - 1; q >= 0; q -= 1) {
    const figure = quarters[q];
    if (figure !== null && figure !== undefined) return figure;
  }
  return null;
}

/** An indicator for the new year: quarters blank, baseline = last year's latest figure (else unchanged). */
export function resetIndicator(indicator: ImpactIndicator): ImpactIndicator {
  return {
    ...indicator,
    baseline: latestQuarterFigure(indicator.quarters) ?? indicator.baseline,
    quarters: [null, null, null, null],
  };
}

/** Whether the options can roll `plan` forward; issues carry `rollover.*` codes and the option's name. */
export function validateRollForward(plan: Plan, options: RollForwardOptions): ValidationResult {
  const issues: ValidationIssue[] = [];
  const { newYear } = options;
  if (!Number.isInteger(newYear) || newYear < PLAN_YEAR_RANGE.min || newYear > PLAN_YEAR_RANGE.max) {
    issues.push({ code: "rollover.yearOutOfRange", path: "newYear", params: { year: newYear, ...PLAN_YEAR_RANGE } });
  } else if (newYear <= plan.year) {
    issues.push({ code: "rollover.yearNotAfter", path: "newYear", params: { year: newYear, planYear: plan.year } });
  }
  if (!isExcelDate(options.closingDate)) {
    issues.push({ code: "rollover.closingDateInvalid", path: "closingDate", params: { date: options.closingDate } });
  }
  if (options.period.trim() === "") issues.push({ code: "rollover.periodBlank", path: "period" });
  return { ok: issues.length === 0, issues };
}

/** One client rolled forward, and its account. */
function rollClient(client: Client, newId: ClientId, options: RollForwardOptions): [Client, ClientRollover] {
  const carried = zeroCounts();
  const left = zeroCounts();
  const keep = <K extends RolledRows>(key: K): RowOf<K>[] => {
    const rows = client[key] as readonly RowOf<K>[];
    const kept = rows.filter((row) => CARRY_RULES[key](row, options.closingDate));
    carried[key] = kept.length;
    left[key] = rows.length - kept.length;
    return kept;
  };
  const snapshot = client.state === "active";
  const closing: ScoreSnapshot[] = snapshot
    ? [
        {
          date: options.closingDate,
          period: options.period,
          knowledge: client.knowledge,
          trust: client.trust,
          note: "",
        },
      ]
    : [];
  const { extraOwners: _lastYear, ...fields } = client;
  const rolled: Client = {
    ...fields,
    id: newId,
    challenges: keep("challenges"),
    expectations: keep("expectations"),
    disappointments: keep("disappointments"),
    scoreHistory: [...keep("scoreHistory"), ...closing],
    people: keep("people"),
    actions: keep("actions"),
    services: keep("services"),
    meetings: keep("meetings"),
    indicators: keep("indicators").map(resetIndicator),
    commitments: keep("commitments"),
    feedback: keep("feedback"),
  };
  const extraOwners = ownersLeftOver([...(client.extraOwners ?? []), ...actionOwners(client)], actionOwners(rolled));
  const quarterFigures = client.indicators.reduce((n, i) => n + i.quarters.filter((q) => q !== null).length, 0);
  const account = {
    id: client.id,
    newId,
    name: client.name,
    state: client.state,
    snapshot,
    carried,
    left,
    quarterFigures,
  };
  return [extraOwners === undefined ? rolled : { ...rolled, extraOwners }, account];
}

/**
 * The owners last year's table listed (its extra ones first, so they keep their places) that the new year's
 * own owners do not cover; `undefined` for none.
 */
function ownersLeftOver(listed: readonly string[], covered: readonly string[]): string[] | undefined {
  const extra = ownersBeyond(listed, covered);
  return extra.length === 0 ? undefined : extra;
}

function sumCounts(counts: readonly RowCounts[]): RowCounts {
  const total = zeroCounts();
  for (const count of counts) for (const key of ROLLED_ROWS) total[key] += count[key];
  return total;
}

/**
 * Rolls the plan into `options.newYear` by the rules of the module comment. Options that
 * `validateRollForward` rejects, or client ids that are not unique, are misuse and throw.
 */
export function rollForward(plan: Plan, options: RollForwardOptions): RollForwardResult {
  const validation = validateRollForward(plan, options);
  if (!validation.ok) throw new Error(`rollForward: ${validation.issues.map((i) => i.code).join(", ")}`);
  const idOf = options.clientId ?? ((client: Client) => client.id);
  const rolled = plan.clients.map((client) => rollClient(client, idOf(client), options));
  const ids = new Set(rolled.map(([client]) => client.id));
  if (ids.size !== rolled.length) throw new Error("rollForward: the new client ids are not unique");
  const accounts = rolled.map(([, account]) => account);
  const { extraClientOwners: _lastYear, ...settings } = plan;
  const next: Plan = { ...settings, year: options.newYear, clients: rolled.map(([client]) => client) };
  const extraClientOwners = ownersLeftOver(
    [...(plan.extraClientOwners ?? []), ...clientOwners(plan)],
    clientOwners(next),
  );
  return {
    plan: extraClientOwners === undefined ? next : { ...next, extraClientOwners },
    carried: {
      fromYear: plan.year,
      toYear: options.newYear,
      closingDate: options.closingDate,
      period: options.period,
      clients: accounts,
      carried: sumCounts(accounts.map((a) => a.carried)),
      left: sumCounts(accounts.map((a) => a.left)),
      snapshots: accounts.filter((a) => a.snapshot).length,
      quarterFigures: accounts.reduce((n, a) => n + a.quarterFigures, 0),
    },
  };
}
