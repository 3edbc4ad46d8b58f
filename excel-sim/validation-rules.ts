/**
 * Host rules for data validation (Range.dataValidation). Validations are kept as blocks of cells; setting a
 * part on a range splits the blocks it cuts through, as Excel applies validation cell by cell.
 */
import { intersection, intersects, sameRect, subtract, type Rect } from "./address";
import { fail } from "./errors";
import type { SheetModel, ValidationModel } from "./workbook-model";

const RULE_KINDS = ["wholeNumber", "decimal", "textLength", "date", "time", "list", "custom"] as const;
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];
/** Excel's dialog limits: titles up to 32 characters, input messages up to 255, error messages up to 225. */
const MAX_TITLE = 32;
const MAX_PROMPT = 255;
const MAX_ALERT = 225;

function checkBasic(kind: string, body: Record<string, unknown>): void {
  if (typeof body.operator !== "string" || !OPERATORS.includes(body.operator)) {
    throw fail("InvalidArgument", `${kind}.operator "${String(body.operator)}" is not a DataValidationOperator`);
  }
  const needsTwo = body.operator === "Between" || body.operator === "NotBetween";
  if (body.formula1 === undefined || (needsTwo && body.formula2 === undefined)) {
    throw fail("InvalidArgument", `${kind} with ${body.operator} needs formula1${needsTwo ? " and formula2" : ""}`);
  }
}

/** Checks an `Excel.DataValidationRule`: exactly one kind (the docs: "no more than one of these properties"). */
export function checkRule(rule: unknown): Record<string, unknown> {
  if (typeof rule !== "object" || rule === null) throw fail("InvalidArgument", "a validation rule must be an object");
  const kinds = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (kinds.length !== 1 || !(RULE_KINDS as readonly string[]).includes(kinds[0] ?? "")) {
    throw fail(
      "InvalidArgument",
      `a validation rule needs exactly one of ${RULE_KINDS.join(", ")} (got ${kinds.join(", ") || "none"})`,
    );
  }
  const kind = kinds[0] as string;
  const body = (rule as Record<string, Record<string, unknown>>)[kind] ?? {};
  if (kind === "list") {
    if (typeof body.source !== "string" || body.source.length === 0)
      throw fail("InvalidArgument", "list.source must be a formula or list");
    if (typeof body.inCellDropDown !== "boolean")
      throw fail("InvalidArgument", "list.inCellDropDown must be a boolean");
  } else if (kind === "custom") {
    if (typeof body.formula !== "string") throw fail("InvalidArgument", "custom.formula must be a string");
  } else {
    checkBasic(kind, body);
  }
  return { [kind]: { ...body } };
}

function checkText(what: string, text: unknown, max: number): string {
  if (text === undefined) return "";
  if (typeof text !== "string") throw fail("InvalidArgument", `${what} must be a string`);
  if (text.length > max) throw fail("InvalidArgument", `${what} has ${text.length} characters; Excel allows ${max}`);
  return text;
}

/** Checks an `Excel.DataValidationPrompt`. */
export function checkPrompt(prompt: unknown): NonNullable<ValidationModel["prompt"]> {
  if (typeof prompt !== "object" || prompt === null) throw fail("InvalidArgument", "a prompt must be an object");
  const p = prompt as Record<string, unknown>;
  return {
    title: checkText("prompt.title", p.title, MAX_TITLE),
    message: checkText("prompt.message", p.message, MAX_PROMPT),
    showPrompt: p.showPrompt === undefined ? true : p.showPrompt === true,
  };
}

/** Checks an `Excel.DataValidationErrorAlert`. */
export function checkErrorAlert(alert: unknown): NonNullable<ValidationModel["errorAlert"]> {
  if (typeof alert !== "object" || alert === null) throw fail("InvalidArgument", "an error alert must be an object");
  const a = alert as Record<string, unknown>;
  const style = a.style ?? "Stop";
  if (style !== "Stop" && style !== "Warning" && style !== "Information")
    throw fail("InvalidArgument", `alert style ${String(style)}`);
  return {
    title: checkText("errorAlert.title", a.title, MAX_TITLE),
    message: checkText("errorAlert.message", a.message, MAX_ALERT),
    showAlert: a.showAlert === undefined ? true : a.showAlert === true,
    style,
  };
}

/** Applies `patch` to every cell of `rect`, splitting existing blocks and covering cells that had none. */
export function patchValidation(sheet: SheetModel, rect: Rect, patch: Partial<ValidationModel>): void {
  const next: ValidationModel[] = [];
  let uncovered: Rect[] = [rect];
  for (const v of sheet.validations) {
    const cut = intersection(v.rect, rect);
    if (!cut) {
      next.push(v);
      continue;
    }
    for (const piece of subtract(v.rect, rect)) next.push({ ...v, rect: piece });
    next.push({ ...v, ...patch, rect: cut });
    uncovered = uncovered.flatMap((u) => subtract(u, cut));
  }
  for (const piece of uncovered) {
    next.push({ rect: piece, rule: null, prompt: null, errorAlert: null, ignoreBlanks: true, ...patch });
  }
  sheet.validations = next;
}

/** `DataValidation.clear()`: removes validation from the cells of `rect` only. */
export function clearValidation(sheet: SheetModel, rect: Rect): void {
  sheet.validations = sheet.validations.flatMap((v) => subtract(v.rect, rect).map((piece) => ({ ...v, rect: piece })));
}

/** The single validation covering all of `rect`, `"none"` when no cell has one, or `"mixed"`. */
export function validationOver(sheet: SheetModel, rect: Rect): ValidationModel | "none" | "mixed" {
  const touching = sheet.validations.filter((v) => intersects(v.rect, rect));
  if (touching.length === 0) return "none";
  const first = touching[0] as ValidationModel;
  const same = touching.every((v) => JSON.stringify({ ...v, rect: null }) === JSON.stringify({ ...first, rect: null }));
  const covered = touching.reduce(
    (n, v) => n + (intersection(v.rect, rect)?.rows ?? 0) * (intersection(v.rect, rect)?.columns ?? 0),
    0,
  );
  if (!same || covered !== rect.rows * rect.columns) return "mixed";
  return touching.length === 1 && sameRect(first.rect, rect) ? first : { ...first, rect };
}

/** `DataValidation.type` of a validation. */
export function validationType(v: ValidationModel | "none" | "mixed"): string {
  if (v === "none") return "None";
  if (v === "mixed") return "Inconsistent";
  const kind = v.rule ? Object.keys(v.rule)[0] : undefined;
  const types: Record<string, string> = {
    wholeNumber: "WholeNumber",
    decimal: "Decimal",
    textLength: "TextLength",
    date: "Date",
    time: "Time",
    list: "List",
    custom: "Custom",
  };
  return kind ? (types[kind] ?? "None") : "None";
}
