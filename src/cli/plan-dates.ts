/** The plan year a build defaults to, and text and dates written relative to the plan year in the detail file. */
import { isIsoDate } from "../domain/dates";
import type { IsoDate } from "../domain/plan";

/** First month (1-based) from which plans are made for the next year: planning season starts in October. */
const PLANNING_SEASON_MONTH = 10;

/** `{Y}`, `{Y-1}`, `{Y+2}`, ...: the plan year, or a year that many before or after it. */
const PLAN_YEAR_TOKEN = /\{Y(?:([+-])(\d{1,2}))?\}/g;

/** Default plan year: next year from October on, else this year (DESIGN §4 Set up plan), by the local clock. */
export function defaultPlanYear(today: Date): number {
  return today.getMonth() + 1 >= PLANNING_SEASON_MONTH ? today.getFullYear() + 1 : today.getFullYear();
}

/** `text` with every plan-year token replaced by the year, so an example never goes stale. */
export function withPlanYear(text: string, planYear: number): string {
  return text.replace(PLAN_YEAR_TOKEN, (_token, sign: string | undefined, offset: string | undefined) =>
    String(planYear + (sign === "-" ? -1 : 1) * Number(offset ?? 0)),
  );
}

/**
 * A date of the detail file: `YYYY-MM-DD`, where the year may be a plan-year token (`{Y}-03-15`,
 * `{Y-1}-11-20`). `undefined` when it is not a real calendar date.
 */
export function resolvePlanDate(text: string, planYear: number): IsoDate | undefined {
  const resolved = withPlanYear(text.trim(), planYear);
  return isIsoDate(resolved) ? resolved : undefined;
}
