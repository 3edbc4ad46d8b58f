/** Knowledge and trust figures: gaps to the target, the colour band of a score, and the trust trend. */
import type { Score, ScoreSnapshot } from "./plan";

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
