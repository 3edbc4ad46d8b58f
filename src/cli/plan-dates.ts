/** The plan year a build defaults to, and dates written relative to the plan year in the detail file. */
import { isoDateOf } from "../domain/dates";
import type { IsoDate } from "../domain/plan";

/** First month (1-based) from which plans are made for the next year: planning season starts in October. */
const PLANNING_SEASON_MONTH = 10;

/** Default plan year: next year from October on, else this year (DESIGN §4 Set up plan), by the local clock. */
export function defaultPlanYear(today: Date): number {
  return today.getMonth() + 1 >= PLANNING_SEASON_MONTH ? today.getFullYear() + 1 : today.getFullYear();
}

/**
 * Resolves a date of the detail file: `YYYY-MM-DD`, or `{Y}-MM-DD`, `{Y-1}-MM-DD`, `{Y+2}-MM-DD`, ...
 * where Y is the plan year, so an example never goes stale. `undefined` when it is not a real date.
 */
export function resolvePlanDate(text: string, planYear: number): IsoDate | undefined {
  const match = /^(?:(\d{4})|\{Y(?:([+-])(\d{1,2}))?\})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (match === null) return undefined;
  const [, absolute, sign, offset, month, day] = match;
  const year = absolute !== undefined ? Number(absolute) : planYear + (sign === "-" ? -1 : 1) * Number(offset ?? 0);
  return isoDateOf(year, Number(month), Number(day)) ?? undefined;
}
