/**
 * Calendar dates as ISO `YYYY-MM-DD` text, Excel's 1900 date serials, and the dates people type in CSVs.
 * All arithmetic is on UTC midnights, so no time zone or daylight-saving change can shift a day.
 */
import type { IsoDate } from "./plan";

const MS_PER_DAY = 86_400_000;
/** Serial 0 of Excel's 1900 system counts from 1899-12-30 for every date from 1900-03-01 on. */
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** Excel's fictitious 1900-02-29 (kept for Lotus 1-2-3 compatibility): serials 1–59 sit one day off. */
const FICTITIOUS_LEAP_DAY = 60;
/** 9999-12-31, the last date Excel can show. */
export const MAX_EXCEL_SERIAL = 2_958_465;

/** The ISO date of a year, month (1–12) and day; `null` when that day does not exist. */
export function isoDateOf(year: number, month: number, day: number): IsoDate | null {
  if (![year, month, day].every(Number.isInteger) || year < 1 || year > 9999) return null;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Whether `text` is exactly `YYYY-MM-DD` and names a real calendar day. */
export function isIsoDate(text: string): text is IsoDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  return match !== null && isoDateOf(Number(match[1]), Number(match[2]), Number(match[3])) === text;
}

function utcMs(date: IsoDate): number {
  if (!isIsoDate(date)) throw new Error(`Not an ISO date: ${JSON.stringify(date)}`);
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return d.getTime();
}

function isoFromUtcMs(ms: number): IsoDate {
  const d = new Date(ms);
  return isoDateOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) as IsoDate;
}

/** Whether Excel's 1900 date system can hold `date` (1900-01-01 to 9999-12-31). */
export function isExcelDate(date: IsoDate): boolean {
  return isIsoDate(date) && date >= "1900-01-01";
}

/**
 * Excel 1900-system serial of `date`, in days: 1900-01-01 → 1, 1900-02-28 → 59, 1900-03-01 → 61
 * (60 is Excel's fictitious 1900-02-29). Dates outside Excel's range are misuse and throw.
 */
export function isoDateToSerial(date: IsoDate): number {
  if (!isExcelDate(date)) throw new Error(`Not a date Excel can hold: ${JSON.stringify(date)}`);
  const days = Math.round((utcMs(date) - EPOCH_MS) / MS_PER_DAY);
  return days < FICTITIOUS_LEAP_DAY + 1 ? days - 1 : days;
}

/**
 * ISO date of an Excel 1900-system serial; a time of day (fraction) is dropped. `null` for serial 60
 * (1900-02-29 never existed) and for serials outside 1 to 9999-12-31.
 */
export function serialToIsoDate(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_EXCEL_SERIAL || day === FICTITIOUS_LEAP_DAY) return null;
  const days = day < FICTITIOUS_LEAP_DAY ? day + 1 : day;
  return isoFromUtcMs(EPOCH_MS + days * MS_PER_DAY);
}

/** `date` moved by `days` whole days (negative moves back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return isoFromUtcMs(utcMs(date) + Math.trunc(days) * MS_PER_DAY);
}

/** The local calendar day of `moment` (the day the user sees on their clock), as an ISO date. */
export function isoDateOfLocalDay(moment: Date): IsoDate {
  return isoDateOf(moment.getFullYear(), moment.getMonth() + 1, moment.getDate()) as IsoDate;
}

/** Two-digit years typed in a CSV (`15/03/27`) mean 2000–2099: plans look at this century. */
function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/**
 * The date a person most likely meant, as ISO, or `null`. Accepts `2027-03-15` (also `2027-3-5`, or with a
 * time after it), and day-first `15/03/2027`, `15-03-2027`, `15.03.2027`, with 2- or 4-digit years.
 * Day-first is how Spain and most of the world write dates; a US `03/15/2027` gives `null`, not a guess.
 */
export function parseLenientDate(text: string): IsoDate | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u.exec(
    trimmed,
  );
  if (iso !== null) return isoDateOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/u.exec(trimmed);
  if (dayFirst !== null) {
    return isoDateOf(fullYear(dayFirst[4] as string), Number(dayFirst[3]), Number(dayFirst[1]));
  }
  return null;
}
