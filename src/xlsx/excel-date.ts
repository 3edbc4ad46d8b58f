/** ISO dates → Excel date serials (1900 date system), computed from the calendar date, not a time zone. */

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 date system as used for every date from 1900-03-01 on (it counts 1900-02-29). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const FIRST_EXACT_DATE_MS = Date.UTC(1900, 2, 1);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Excel serial of an ISO date `YYYY-MM-DD` (optionally `THH:MM[:SS]`, local wall time, no zone):
 * days since 1899-12-30, the fraction is the time of day. Dates before 1900-03-01 are refused:
 * Excel's serials there are shifted by its fictitious 1900-02-29. Throws on a malformed or
 * impossible date (e.g. `2027-02-30`).
 */
export function excelSerialFromIso(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (match === null) {
    throw new Error(`not an ISO date (YYYY-MM-DD): ${iso}`);
  }
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? "0")) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hours > 23 || minutes > 59 || seconds > 59) {
    throw new Error(`not a calendar date: ${iso}`);
  }
  if (ms < FIRST_EXACT_DATE_MS || year > 9999) {
    throw new Error(`date outside 1900-03-01..9999-12-31: ${iso}`);
  }
  return (ms - EXCEL_EPOCH_MS) / MS_PER_DAY;
}
