/**
 * Informe para compartir: what of one client's plan may be shown to the client or the sponsor, pure.
 * Built from an allow-list: every shared row type below names the fields it takes, so a field added to the
 * plan later is left out until someone decides it may be shared. What is left out, and why, is written in
 * src/layout/report-sheet.ts's header comment (the report's contract).
 */
import { isCountedAction, isFilled } from "./counted-rows";
import type {
  Action,
  Challenge,
  Client,
  ClientId,
  Commitment,
  Expectation,
  ImpactIndicator,
  IsoDate,
  Meeting,
  Plan,
  Score,
} from "./plan";
import { latestQuarterFigure } from "./roll-forward";
import { scoreGap } from "./scores";

/** What a report is made against. */
export interface ReportOptions {
  /** The report's date: it is printed on it, and it decides which meeting is the next one. */
  readonly today: IsoDate;
}

/** The two scores against the plan's target. */
export interface ReportScores {
  /** Score 0–10; `null` when not scored. */
  readonly knowledge: Score | null;
  /** Score 0–10; `null` when not scored. */
  readonly trust: Score | null;
  /** The plan's target, score 0–10. */
  readonly target: Score;
  /** Score points to the target, ≥ 0; `null` when knowledge is blank. */
  readonly knowledgeGap: number | null;
  /** Score points to the target, ≥ 0; `null` when trust is blank. */
  readonly trustGap: number | null;
}

/** One row of the score trend: a snapshot, or today's scores as the last row. */
export interface TrendRow {
  /** The snapshot's date (`""` for a snapshot whose date cell is blank), or the report's date. */
  readonly date: IsoDate;
  /** The snapshot's period label; `""` for the current-scores row (the layout names it). */
  readonly period: string;
  readonly knowledge: Score | null;
  readonly trust: Score | null;
  /** Knowledge minus the previous row holding a knowledge score, score points; `null` without both. */
  readonly knowledgeDelta: number | null;
  /** Trust minus the previous row holding a trust score, score points; `null` without both. */
  readonly trustDelta: number | null;
  /** Whether this row is the client's current scores rather than a snapshot. */
  readonly current: boolean;
}

/** A challenge as shared: what it is, whether the client confirmed it, when (not how we know it). */
export type SharedChallenge = Pick<Challenge, "kind" | "description" | "confirmed" | "date">;

/** An expectation as shared. */
export type SharedExpectation = Pick<Expectation, "expectation" | "howWeMeetIt" | "status">;

/** A commitment as shared: no evidence notes; whose it is is the group it sits in. */
export type SharedCommitment = Pick<Commitment, "date" | "commitment" | "owner" | "due" | "kept">;

/** An action as shared: no pyramid level, purpose, person or "also involve" (our internal planning). */
export type SharedAction = Pick<Action, "action" | "owner" | "due" | "status" | "doneDate">;

/** An impact indicator as shared, with its latest figure and % of target. */
export interface SharedIndicator extends Pick<
  ImpactIndicator,
  "indicator" | "side" | "baseline" | "target" | "quarters"
> {
  /** The last quarter with a figure, Q4 back to Q1; `null` when none. */
  readonly latest: number | null;
  /** latest ÷ target, ratio; `null` when either is missing or the target is 0. */
  readonly percentOfTarget: number | null;
}

/** The next meeting's date and its three focus points (not attendees or outcome). */
export type SharedMeeting = Pick<Meeting, "date" | "needsNextYear" | "fitWithServices" | "experiencesAndProposal">;

/** Everything one client's report shows, and nothing else. */
export interface ReportContent {
  readonly clientId: ClientId;
  readonly clientName: string;
  readonly owner: string;
  readonly planYear: number;
  /** The report's date. */
  readonly date: IsoDate;
  readonly scores: ReportScores;
  /** Snapshots by date (oldest first), then the current scores when the client is scored. */
  readonly trend: readonly TrendRow[];
  readonly challenges: readonly SharedChallenge[];
  readonly expectations: readonly SharedExpectation[];
  readonly commitments: { readonly ours: readonly SharedCommitment[]; readonly theirs: readonly SharedCommitment[] };
  readonly actions: { readonly done: readonly SharedAction[]; readonly open: readonly SharedAction[] };
  readonly indicators: readonly SharedIndicator[];
  /** The meeting whose focus points are shown; `null` when no shareable meeting has any. */
  readonly nextMeeting: SharedMeeting | null;
}

/** `row` with only `keys`: how every shared row is made, so nothing outside the allow-list slips through. */
function pick<T, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) picked[key] = row[key];
  return picked;
}

const shareable = <R extends { readonly confidential: boolean }>(rows: readonly R[]): R[] =>
  rows.filter((row) => !row.confidential);

/** Snapshots oldest first (stable for equal dates), then today's scores, each with its deltas. */
export function scoreTrend(client: Client, today: IsoDate): TrendRow[] {
  const snapshots = client.scoreHistory
    .map((s, index) => ({ s, index }))
    .sort((a, b) => (a.s.date < b.s.date ? -1 : a.s.date > b.s.date ? 1 : a.index - b.index))
    .map(({ s }) => ({ date: s.date, period: s.period, knowledge: s.knowledge, trust: s.trust, current: false }));
  const scored = client.knowledge !== null || client.trust !== null;
  const current = { date: today, period: "", knowledge: client.knowledge, trust: client.trust, current: true };
  const rows = scored ? [...snapshots, current] : snapshots;
  let knowledge: Score | null = null;
  let trust: Score | null = null;
  return rows.map((row) => {
    const knowledgeDelta = row.knowledge !== null && knowledge !== null ? row.knowledge - knowledge : null;
    const trustDelta = row.trust !== null && trust !== null ? row.trust - trust : null;
    knowledge = row.knowledge ?? knowledge;
    trust = row.trust ?? trust;
    return { ...row, knowledgeDelta, trustDelta };
  });
}

/** The indicator with its latest figure and % of target, as the Indicadores columns compute them. */
function sharedIndicator(indicator: ImpactIndicator): SharedIndicator {
  const latest = latestQuarterFigure(indicator.quarters);
  const { target } = indicator;
  const percentOfTarget = latest === null || target === null || target === 0 ? null : latest / target;
  return { ...pick(indicator, ["indicator", "side", "baseline", "target", "quarters"]), latest, percentOfTarget };
}

/**
 * The meeting to show: the first dated today or later; else the most recent dated one; else the last
 * undated one in table order. Only shareable meetings with at least one focus point count.
 */
export function nextMeeting(meetings: readonly Meeting[], today: IsoDate): SharedMeeting | null {
  const candidates = shareable(meetings).filter((m) =>
    [m.needsNextYear, m.fitWithServices, m.experiencesAndProposal].some(isFilled),
  );
  const dated = candidates.filter((m): m is Meeting & { date: IsoDate } => m.date !== null);
  const upcoming = dated
    .filter((m) => m.date >= today)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const past = dated.filter((m) => m.date < today).sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : 0));
  const undated = candidates.filter((m) => m.date === null);
  const chosen = upcoming[0] ?? past[0] ?? undated[undated.length - 1];
  return chosen === undefined
    ? null
    : pick(chosen, ["date", "needsNextYear", "fitWithServices", "experiencesAndProposal"]);
}

const COMMITMENT_FIELDS = ["date", "commitment", "owner", "due", "kept"] as const;
const ACTION_FIELDS = ["action", "owner", "due", "status", "doneDate"] as const;

/** The shareable content of client `clientId`'s report; an id the plan does not hold is misuse and throws. */
export function shareableReport(plan: Plan, clientId: ClientId, options: ReportOptions): ReportContent {
  const client = plan.clients.find((c) => c.id === clientId);
  if (client === undefined) throw new Error(`shareableReport: no client ${clientId}`);
  const commitments = shareable(client.commitments).filter((c) => isFilled(c.commitment));
  const actions = shareable(client.actions).filter(isCountedAction);
  return {
    clientId,
    clientName: client.name,
    owner: client.owner,
    planYear: plan.year,
    date: options.today,
    scores: {
      knowledge: client.knowledge,
      trust: client.trust,
      target: plan.targetScore,
      knowledgeGap: scoreGap(client.knowledge, plan.targetScore),
      trustGap: scoreGap(client.trust, plan.targetScore),
    },
    trend: scoreTrend(client, options.today),
    challenges: shareable(client.challenges)
      .filter((c) => isFilled(c.description))
      .map((c) => pick(c, ["kind", "description", "confirmed", "date"])),
    expectations: shareable(client.expectations)
      .filter((e) => isFilled(e.expectation))
      .map((e) => pick(e, ["expectation", "howWeMeetIt", "status"])),
    commitments: {
      ours: commitments.filter((c) => c.party === "us").map((c) => pick(c, COMMITMENT_FIELDS)),
      theirs: commitments.filter((c) => c.party === "client").map((c) => pick(c, COMMITMENT_FIELDS)),
    },
    actions: {
      done: actions.filter((a) => a.status === "done").map((a) => pick(a, ACTION_FIELDS)),
      open: actions.filter((a) => a.status !== "done" && a.status !== "cancelled").map((a) => pick(a, ACTION_FIELDS)),
    },
    indicators: shareable(client.indicators)
      .filter((i) => isFilled(i.indicator))
      .map(sharedIndicator),
    nextMeeting: nextMeeting(client.meetings, options.today),
  };
}

/** Rows of the client flagged confidential (each table's Confidencial column): what a report leaves out. */
export function confidentialRowCount(client: Client): number {
  const flagged: readonly (readonly { readonly confidential: boolean }[])[] = [
    client.challenges,
    client.expectations,
    client.disappointments,
    client.actions,
    client.meetings,
    client.indicators,
    client.commitments,
    client.feedback,
  ];
  return flagged.reduce((n, rows) => n + rows.filter((row) => row.confidential).length, 0);
}
