/** What each `vam-plan` command was asked to do, checked from its option values (usage problems only). */
import { isExcelDate } from "../domain/dates";
import { DEFAULT_TARGET_SCORE, type IsoDate, type PlanLanguage } from "../domain/plan";

/** What `vam-plan build` was asked to do; `year` is `undefined` for the default plan year. */
export interface BuildRequest {
  readonly clientsPath: string;
  readonly outPath: string;
  readonly detailPath: string | undefined;
  readonly year: number | undefined;
  readonly language: PlanLanguage;
  /** Target score, 0–10. */
  readonly target: number;
}

/** What `vam-plan rollover` was asked to do; `undefined` means the default (plan year + 1, today). */
export interface RolloverRequest {
  readonly inPath: string;
  readonly outPath: string;
  readonly year: number | undefined;
  readonly closingDate: IsoDate | undefined;
  /** Language of the messages. */
  readonly language: PlanLanguage;
}

/** What `vam-plan report` was asked to do. */
export interface ReportRequest {
  readonly inPath: string;
  readonly outPath: string;
  /** The client's name as typed; matched trimmed and ignoring case. */
  readonly clientName: string;
  /** The report's date; `undefined` for today. */
  readonly date: IsoDate | undefined;
  /** Language of the messages. */
  readonly language: PlanLanguage;
  /** Language of the report when `--lang` was given; `undefined`: the plan's language. */
  readonly reportLanguage: PlanLanguage | undefined;
}

/** Plan years the command accepts. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

/** A parsed value, or a usage problem: the message code and its parameters. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: string; readonly params: Readonly<Record<string, string>> };

/** Option values as read from the command line. */
export type OptionValues = Partial<Record<string, string | boolean>>;

function problem(code: string, params: Readonly<Record<string, string>> = {}): Parsed<never> {
  return { ok: false, code, params };
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

function textOf(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

/** A required option's value, or the problem that it is missing (named per command). */
function required(values: OptionValues, name: string, command: string): Parsed<string> {
  const value = textOf(values, name);
  if (value !== undefined) return ok(value);
  // build keeps its original message; the other commands name themselves.
  return command === "build"
    ? problem("cli.missingOption", { option: `--${name}` })
    : problem("cli.missingOptionOf", { option: `--${name}`, command });
}

/** An output path Excel will open: it must end in .xlsx (Excel refuses a mismatched extension). */
function xlsxPath(path: string): Parsed<string> {
  return /\.xlsx$/i.test(path) ? ok(path) : problem("cli.outNotXlsx", { path });
}

function language(values: OptionValues): Parsed<PlanLanguage | undefined> {
  const lang = textOf(values, "lang");
  if (lang !== undefined && lang !== "es" && lang !== "en") return problem("cli.badLang", { value: lang });
  return ok(lang);
}

function wholeNumber(value: string | undefined, min: number, max: number, code: string): Parsed<number | undefined> {
  if (value === undefined) return ok(undefined);
  const number = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!(number >= min && number <= max)) return problem(code, { value, min: String(min), max: String(max) });
  return ok(number);
}

function isoDate(values: OptionValues, name: string): Parsed<IsoDate | undefined> {
  const value = textOf(values, name);
  if (value === undefined) return ok(undefined);
  return isExcelDate(value.trim()) ? ok(value.trim()) : problem("cli.badDate", { option: `--${name}`, value });
}

/** The input and output of a command that reads a plan: distinct files, so the input stays untouched. */
function inAndOut(values: OptionValues, command: string): Parsed<{ inPath: string; outPath: string }> {
  const inPath = required(values, "in", command);
  if (!inPath.ok) return inPath;
  const outPath = required(values, "out", command);
  if (!outPath.ok) return outPath;
  const out = xlsxPath(outPath.value);
  if (!out.ok) return out;
  return ok({ inPath: inPath.value, outPath: outPath.value });
}

/** `vam-plan build`'s request. */
export function buildRequest(values: OptionValues, messages: PlanLanguage): Parsed<BuildRequest> {
  const clientsPath = required(values, "clients", "build");
  if (!clientsPath.ok) return clientsPath;
  const outPath = required(values, "out", "build");
  if (!outPath.ok) return outPath;
  const out = xlsxPath(outPath.value);
  if (!out.ok) return out;
  const lang = language(values);
  if (!lang.ok) return lang;
  const year = wholeNumber(textOf(values, "year"), YEAR_RANGE.min, YEAR_RANGE.max, "cli.badYear");
  if (!year.ok) return year;
  const target = wholeNumber(textOf(values, "target"), 0, 10, "cli.badTarget");
  if (!target.ok) return target;
  return ok({
    clientsPath: clientsPath.value,
    outPath: outPath.value,
    detailPath: textOf(values, "detail"),
    year: year.value,
    language: messages,
    target: target.value ?? DEFAULT_TARGET_SCORE,
  });
}

/** `vam-plan rollover`'s request. */
export function rolloverRequest(values: OptionValues, messages: PlanLanguage): Parsed<RolloverRequest> {
  const files = inAndOut(values, "rollover");
  if (!files.ok) return files;
  const lang = language(values);
  if (!lang.ok) return lang;
  const year = wholeNumber(textOf(values, "year"), YEAR_RANGE.min, YEAR_RANGE.max, "cli.badYear");
  if (!year.ok) return year;
  const closingDate = isoDate(values, "closing-date");
  if (!closingDate.ok) return closingDate;
  return ok({ ...files.value, year: year.value, closingDate: closingDate.value, language: messages });
}

/** `vam-plan report`'s request. */
export function reportRequest(values: OptionValues, messages: PlanLanguage): Parsed<ReportRequest> {
  const files = inAndOut(values, "report");
  if (!files.ok) return files;
  const clientName = required(values, "client", "report");
  if (!clientName.ok) return clientName;
  if (clientName.value.trim() === "") return problem("cli.blankClient");
  const lang = language(values);
  if (!lang.ok) return lang;
  const date = isoDate(values, "date");
  if (!date.ok) return date;
  return ok({
    ...files.value,
    clientName: clientName.value,
    date: date.value,
    language: messages,
    reportLanguage: lang.value,
  });
}
