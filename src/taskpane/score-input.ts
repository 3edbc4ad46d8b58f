/** Score fields of the pane: whole numbers 0–10 typed by hand, blank meaning "not scored yet". */
import type { Score } from "../domain/plan";
import { SCORE_RANGE, type ValidationIssue } from "../domain/validation";
import { parseWholeNumber } from "./setup-model";

/** The score typed in a field: a score, `null` for blank, or the issue at `path`. */
export type ScoreReading =
  { readonly ok: true; readonly value: Score | null } | { readonly ok: false; readonly issue: ValidationIssue };

/** Reads `text` as a score; blank is `null` (0 is a real score, so blank never becomes 0). */
export function readScore(text: string, path: string): ScoreReading {
  if (text.trim() === "") return { ok: true, value: null };
  const value = parseWholeNumber(text);
  if (value === null || value < SCORE_RANGE.min || value > SCORE_RANGE.max) {
    return {
      ok: false,
      issue: { code: "validation.scoreRange", path, params: { ...SCORE_RANGE, value: text.trim() } },
    };
  }
  return { ok: true, value };
}

/** A score as a field shows it: the number, or empty when not scored. */
export function scoreFieldText(score: Score | null): string {
  return score === null ? "" : String(score);
}
