/** Knowledge and trust figures: gaps to the target, colour bands, the trust trend, snapshot deltas and suggested trust. */
import type { Score, ScoreSnapshot, TrustFactors } from "./plan";

/** Below this score a knowledge or trust score is red, whatever the target. */
export const RED_BELOW: Score = 5;

/** Colour band of a score: red < 5, amber from 5 to target − 1, green ≥ target; `null` when unscored. */
export type ScoreBand = "red" | "amber" | "green";

/** Points missing to reach `target`, score points ≥ 0; `null` when the score is blank (never 0). */
export function scoreGap(score: Score | null, target: Score): number | null {
  return score === null ? null : Math.max(0, target - score);
}

/** The colour band of `score` against `target`; `null` when the score is blank. */
export function scoreBand(score: Score | null, target: Score): ScoreBand | null {
  if (score === null) return null;
  if (score < RED_BELOW) return "red";
  return score >= target ? "green" : "amber";
}

/**
 * Trust now minus the average trust of the snapshots dated on the latest date that has a trust value,
 * score points (may be fractional); `null` when trust is blank or no snapshot has trust.
 */
export function trustTrend(trust: Score | null, history: readonly ScoreSnapshot[]): number | null {
  if (trust === null) return null;
  const withTrust = history.filter((s): s is ScoreSnapshot & { trust: Score } => s.trust !== null && s.date !== "");
  if (withTrust.length === 0) return null;
  const latest = withTrust.reduce((max, s) => (s.date > max ? s.date : max), withTrust[0]?.date ?? "");
  const onLatest = withTrust.filter((s) => s.date === latest);
  // Sum then divide, in row order, as AVERAGEIFS does.
  const average = onLatest.reduce((sum, s) => sum + s.trust, 0) / onLatest.length;
  return trust - average;
}

/** A snapshot's change against the one before it, score points; `null` where there is nothing to compare. */
export interface SnapshotDelta {
  readonly knowledge: number | null;
  readonly trust: number | null;
}

type SnapshotScore = "knowledge" | "trust";

/**
 * The snapshot's score minus the average of that score over the snapshots dated on the latest date before
 * its own that has the score (the trust-trend rule, looking back from the snapshot); `null` when the
 * snapshot has no date or no such score, or no earlier dated snapshot has one.
 */
function deltaOf(snapshot: ScoreSnapshot, history: readonly ScoreSnapshot[], score: SnapshotScore): number | null {
  const value = snapshot[score];
  if (value === null || snapshot.date === "") return null;
  const earlier = history.filter((s) => s[score] !== null && s.date !== "" && s.date < snapshot.date);
  if (earlier.length === 0) return null;
  const previous = earlier.reduce((max, s) => (s.date > max ? s.date : max), "");
  const onPrevious = earlier.filter((s) => s.date === previous);
  // Sum then divide, in row order, as AVERAGEIFS does.
  return value - onPrevious.reduce((sum, s) => sum + (s[score] ?? 0), 0) / onPrevious.length;
}

/** Each snapshot's knowledge and trust change against the previous snapshot by date, in history order. */
export function snapshotDeltas(history: readonly ScoreSnapshot[]): SnapshotDelta[] {
  return history.map((snapshot) => ({
    knowledge: deltaOf(snapshot, history, "knowledge"),
    trust: deltaOf(snapshot, history, "trust"),
  }));
}

/**
 * The trust the sub-scores suggest, score 0–10 (fractional): Maister's trust equation (C + R + I) / S,
 * mapped monotonically to 0–10 as 10·q / (q + 3), i.e. 10·(C + R + I) / (C + R + I + 3·S). It is 5 when
 * self-orientation equals the average of the other three, equals that average whenever S = 10 − average,
 * and reaches 10 only with no self-orientation at all. `null` when any factor is blank; 0 when all are 0.
 */
export function suggestedTrust(factors: TrustFactors): number | null {
  const { credibility, reliability, intimacy, selfOrientation } = factors;
  if (credibility === null || reliability === null || intimacy === null || selfOrientation === null) return null;
  const earned = credibility + reliability + intimacy;
  const divisor = earned + 3 * selfOrientation;
  return divisor === 0 ? 0 : (10 * earned) / divisor;
}
