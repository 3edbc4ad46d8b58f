/** The set-up form: its defaults and how its raw text becomes plan settings. */
import { DEFAULT_TARGET_SCORE, type IsoDate, type PlanLanguage } from "../domain/plan";
import { PLAN_YEAR_RANGE, SCORE_RANGE, type ValidationIssue } from "../domain/validation";
import type { PlanSettings } from "./pane-services";

/** From this month (1–12) on, people plan the coming year (DESIGN §4: October). */
export const PLAN_NEXT_YEAR_FROM_MONTH = 10;

/** The plan year to suggest on `today`: next year from October on, else this year. */
export function defaultPlanYear(today: IsoDate): number {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month >= PLAN_NEXT_YEAR_FROM_MONTH ? year + 1 : year;
}

/** The form's fields as typed. */
export interface SetupFormInput {
  readonly year: string;
  readonly target: string;
  readonly language: string;
}

/** What the form starts with on `today`, in the pane's language. */
export function setupFormDefaults(today: IsoDate, language: PlanLanguage): SetupFormInput {
  return { year: String(defaultPlanYear(today)), target: String(DEFAULT_TARGET_SCORE), language };
}

/** A whole number written with digits only (spaces around allowed); `null` otherwise. */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,9}$/u.test(trimmed) ? Number(trimmed) : null;
}

/** The form's settings, or the issues (codes of src/i18n/messages/validation.ts) with the field as path. */
export function readSetupForm(
  input: SetupFormInput,
): { ok: true; value: PlanSettings } | { ok: false; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const year = parseWholeNumber(input.year);
  if (year === null || year < PLAN_YEAR_RANGE.min || year > PLAN_YEAR_RANGE.max) {
    issues.push({
      code: "validation.yearRange",
      path: "year",
      params: { ...PLAN_YEAR_RANGE, value: input.year.trim() },
    });
  }
  const target = parseWholeNumber(input.target);
  if (target === null || target < SCORE_RANGE.min || target > SCORE_RANGE.max) {
    issues.push({ code: "validation.targetRange", path: "target", params: { ...SCORE_RANGE } });
  }
  const language: PlanLanguage = input.language === "en" ? "en" : "es";
  if (issues.length > 0 || year === null || target === null) return { ok: false, issues };
  return { ok: true, value: { year, targetScore: target, language } };
}
