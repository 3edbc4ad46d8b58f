/**
 * Two-way accountability (DESIGN §2 Medir): when the client misses commitments in two or three reviews in a
 * row, the plan says so and points back to the working agreement.
 */
import { isClientCommitment } from "./counted-rows";
import type { Commitment, IsoDate } from "./plan";

/** How loudly the plan flags the client's missed commitments. */
export type CommitmentSignal = "none" | "amber" | "red";

/** Misses in a row from which the commitment signal is amber (and the client can no longer be green). */
export const MISS_STREAK_AMBER = 2;
/** Misses in a row from which the commitment signal, and the client's status, are red. */
export const MISS_STREAK_RED = 3;

/**
 * The client's current run of missed commitments: among the client's dated commitments, those kept = no
 * dated strictly after the latest dated one kept = yes or partial; all dated no's when none was kept.
 * A no on the same date as the latest kept one does not count (it is not after it).
 */
export function clientMissStreak(commitments: readonly Commitment[]): number {
  const dated = commitments.filter(
    (c): c is Commitment & { date: IsoDate } => isClientCommitment(c) && c.date !== null && c.kept !== null,
  );
  let lastKept: IsoDate | null = null;
  for (const c of dated) {
    if ((c.kept === "yes" || c.kept === "partial") && (lastKept === null || c.date > lastKept)) lastKept = c.date;
  }
  return dated.filter((c) => c.kept === "no" && (lastKept === null || c.date > lastKept)).length;
}

/** Red from three misses in a row, amber from two, else none. */
export function commitmentSignal(streak: number): CommitmentSignal {
  if (streak >= MISS_STREAK_RED) return "red";
  if (streak >= MISS_STREAK_AMBER) return "amber";
  return "none";
}
