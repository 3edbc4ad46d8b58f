/**
 * Typed reads of one JSON object of the detail file. Every problem becomes an issue with the path of
 * the offending value (e.g. `clients["Acme"].actions[2].due`); reading never throws on bad data.
 */
import type { IsoDate, PlanLanguage, Score } from "../domain/plan";
import { YES_NO, codeOf, labelsOf, type Vocabulary } from "../i18n/vocabulary";
import { resolvePlanDate, withPlanYear } from "./plan-dates";

/** One problem of the detail file: a `cli.detail.*` message code, where it is, and the message's parameters. */
export interface DetailIssue {
  readonly code: string;
  readonly path: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Reads the fields of one object; `unknownFields()` reports the keys no read asked for (typos). */
export interface FieldReader {
  /** The raw value (`null` when absent), for nested lists and objects; marks the key as known. */
  readonly raw: (key: string) => unknown;
  readonly text: (key: string) => string;
  readonly requiredText: (key: string) => string;
  readonly score: (key: string) => Score | null;
  readonly date: (key: string) => IsoDate | null;
  readonly requiredDate: (key: string) => IsoDate;
  readonly choice: <C extends string | number>(key: string, vocabulary: Vocabulary<C>) => C | null;
  readonly yesNo: (key: string) => boolean | null;
  readonly flag: (key: string) => boolean;
  readonly unknownFields: () => void;
}

/** Whether `value` is a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What reading depends on: the plan year (relative dates) and language (allowed values in messages). */
export interface ReadContext {
  readonly planYear: number;
  readonly language: PlanLanguage;
  readonly issues: DetailIssue[];
}

/** A reader over `object` at `path`, pushing problems to `context.issues`. */
export function fieldReader(
  object: Readonly<Record<string, unknown>>,
  path: string,
  context: ReadContext,
): FieldReader {
  return new ObjectFields(object, path, context);
}

class ObjectFields implements FieldReader {
  private readonly read = new Set<string>();

  constructor(
    private readonly object: Readonly<Record<string, unknown>>,
    private readonly path: string,
    private readonly context: ReadContext,
  ) {}

  raw = (key: string): unknown => {
    this.read.add(key);
    return this.object[key] ?? null;
  };

  text = (key: string): string => {
    const value = this.raw(key);
    if (value === null) return "";
    if (typeof value !== "string") return this.problem(key, "cli.detail.expectedText") ?? "";
    return withPlanYear(value.trim(), this.context.planYear);
  };

  requiredText = (key: string): string => {
    const value = this.text(key);
    const written = this.object[key];
    // A value of the wrong type was reported by text() already.
    if (value === "" && (written == null || typeof written === "string")) this.problem(key, "cli.detail.missing");
    return value;
  };

  score = (key: string): Score | null => {
    const value = this.raw(key);
    if (value === null) return null;
    const whole = typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 10;
    return whole ? value : this.problem(key, "cli.detail.expectedScore");
  };

  date = (key: string): IsoDate | null => {
    const value = this.text(key);
    if (value === "") return null;
    return resolvePlanDate(value, this.context.planYear) ?? this.problem(key, "cli.detail.badDate");
  };

  requiredDate = (key: string): IsoDate => {
    if (this.raw(key) === null) this.problem(key, "cli.detail.missing");
    return this.date(key) ?? "";
  };

  choice = <C extends string | number>(key: string, vocabulary: Vocabulary<C>): C | null => {
    const value = this.raw(key);
    if (value === null) return null;
    const found =
      typeof value === "string" || typeof value === "number" ? codeOf(vocabulary, String(value)) : undefined;
    const allowed = labelsOf(vocabulary, this.context.language).join(", ");
    return found ?? this.problem(key, "cli.detail.unknownChoice", { allowed });
  };

  yesNo = (key: string): boolean | null => {
    const value = this.raw(key);
    if (value === null || typeof value === "boolean") return value;
    const code = typeof value === "string" ? codeOf(YES_NO, value) : undefined;
    return code === undefined ? this.problem(key, "cli.detail.expectedYesNo") : code === "yes";
  };

  flag = (key: string): boolean => {
    const value = this.raw(key);
    if (value === null) return false;
    return typeof value === "boolean" ? value : (this.problem(key, "cli.detail.expectedBoolean") ?? false);
  };

  unknownFields = (): void => {
    for (const key of Object.keys(this.object)) {
      if (!this.read.has(key)) this.problem(key, "cli.detail.unknownField", { field: key });
    }
  };

  private problem(key: string, code: string, params: DetailIssue["params"] = {}): null {
    const value = shown(this.object[key]);
    this.context.issues.push({ code, path: `${this.path}.${key}`, params: { value, ...params } });
    return null;
  }
}

/** A short rendering of a JSON value for a message. */
function shown(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? "");
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
