/** The quick-add action form of the client view, and the default period of a score snapshot. */
import { parseLenientDate } from "../domain/dates";
import type { IsoDate, PlanLanguage, PyramidLevel } from "../domain/plan";
import { MAX_CELL_TEXT, type ValidationIssue } from "../domain/validation";
import type { QuickAction } from "./pane-services";

/** The quick-add action form's fields as typed. */
export interface ActionFormInput {
  readonly action: string;
  /** "1"–"6", or "" when not chosen. */
  readonly level: string;
  readonly owner: string;
  /** `YYYY-MM-DD` from a date input, or a day-first date typed by hand; blank for none. */
  readonly due: string;
}

function readLevel(text: string): PyramidLevel | null {
  return /^[1-6]$/u.test(text.trim()) ? (Number(text.trim()) as PyramidLevel) : null;
}

/** The action, or the issues with the form field as path. */
export function readActionForm(
  input: ActionFormInput,
): { ok: true; value: QuickAction } | { ok: false; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const action = input.action.trim();
  if (action === "") issues.push({ code: "ui.client.actionRequired", path: "action" });
  if (action.length > MAX_CELL_TEXT)
    issues.push({ code: "validation.textTooLong", path: "action", params: { max: MAX_CELL_TEXT } });
  const level = readLevel(input.level);
  if (level === null) issues.push({ code: "ui.client.levelRequired", path: "level" });
  let due: IsoDate | null = null;
  if (input.due.trim() !== "") {
    due = parseLenientDate(input.due);
    if (due === null || due < "1900-01-01") {
      issues.push({ code: "validation.dateInvalid", path: "due", params: { value: input.due.trim() } });
    }
  }
  if (issues.length > 0 || level === null) return { ok: false, issues };
  return { ok: true, value: { action, level, owner: input.owner.trim(), due } };
}

/** Suggested snapshot period for `today`: the quarter, `2026-T4` in Spanish (trimestre), `2026-Q4` in English. */
export function defaultSnapshotPeriod(today: IsoDate, language: PlanLanguage): string {
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return `${today.slice(0, 4)}-${language === "es" ? "T" : "Q"}${quarter}`;
}
