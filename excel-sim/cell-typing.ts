/**
 * What a cell holds, and how Excel reads a value written through `Range.values` / `Range.formulas`: as if
 * the user typed it (invariant en-US). The Range.values reference says a string starting with `=`, `+` or
 * `-` is interpreted as a formula; a leading apostrophe is Excel's text prefix and is not part of the value.
 */
import { fail } from "./errors";

/** A cell's content: a constant, or a formula kept as invariant-English text (never evaluated). */
export type CellContent =
  | { readonly kind: "value"; readonly value: string | number | boolean }
  | { readonly kind: "formula"; readonly formula: string };

/** Excel's cell limit: 32,767 characters of text. */
export const MAX_CELL_TEXT = 32_767;

/**
 * What `Range.values` returns for a formula cell. The simulator does not compute formulas (the domain
 * computes figures, LibreOffice checks the formulas), so every formula reads as this Excel error value:
 * no reader can silently depend on a computed value.
 */
export const UNCOMPUTED_FORMULA_VALUE = "#CALC!";

/** The outcome of writing one array entry: leave the cell as it is, clear it, or set content. */
export type TypedEntry =
  | { readonly kind: "unchanged" }
  | { readonly kind: "clear" }
  | { readonly kind: "set"; readonly content: CellContent; readonly impliedFormat?: string };

const UNCHANGED: TypedEntry = { kind: "unchanged" };
const CLEAR: TypedEntry = { kind: "clear" };

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Excel serial number of a calendar date (1900 date system; valid from 1900-03-01). */
export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function parseNumber(text: string): number | null {
  if (!NUMBER.test(text) || !/\d/.test(text)) return null;
  const value = Number(text.replace(/,/g, ""));
  return Number.isFinite(value) ? value : null;
}

function parseIsoDate(text: string): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 ? dateSerial(year, month, day) : null;
}

/**
 * Throws InvalidArgument when a formula is obviously malformed (Excel refuses such formulas): nothing after
 * `=`, an unclosed string or quoted sheet name, or unbalanced parentheses.
 */
export function checkFormula(formula: string): string {
  if (formula.length < 2) throw fail("InvalidArgument", `"${formula}" is not a formula`);
  let depth = 0;
  let quote: '"' | "'" | null = null;
  for (let i = 1; i < formula.length; i++) {
    const ch = formula[i];
    if (quote) {
      if (ch === quote) {
        if (formula[i + 1] === quote) i++;
        else quote = null;
      }
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) break;
  }
  if (quote || depth !== 0) throw fail("InvalidArgument", `formula ${formula} has unbalanced quotes or parentheses`);
  return formula;
}

/**
 * Refuses input whose stored text would pass Excel's 32,767-character cell limit. The limit is on what the
 * cell holds, and a leading apostrophe is not held: typed or written, it becomes the cell's quotePrefix
 * format flag (ECMA-376 Part 1, §18.8.45 `xf@quotePrefix`: "the quote is not stored in the Shared Strings
 * Part"), so `'` + 32,767 characters is a full cell, not one too many. Microsoft's Range.values / formulas
 * reference states no limit of its own on input length.
 */
function checkText(input: string): string {
  const stored = input.startsWith("'") ? input.length - 1 : input.length;
  if (stored > MAX_CELL_TEXT) {
    throw fail("InvalidArgument", `a cell holds at most ${MAX_CELL_TEXT} characters (got ${stored})`);
  }
  return input;
}

function set(content: CellContent, impliedFormat?: string): TypedEntry {
  return impliedFormat === undefined ? { kind: "set", content } : { kind: "set", content, impliedFormat };
}

/** Reads a string the way Excel reads typed input. */
export function typeText(raw: string): TypedEntry {
  const text = checkText(raw);
  if (text === "") return CLEAR;
  if (text.startsWith("'")) return set({ kind: "value", value: text.slice(1) });
  if (text.startsWith("=")) return set({ kind: "formula", formula: checkFormula(text) });
  const number = parseNumber(text);
  if (number !== null) return set({ kind: "value", value: number });
  if (/^[+-]/.test(text) && text.length > 1) return set({ kind: "formula", formula: checkFormula(`=${text}`) });
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return set({ kind: "value", value: upper === "TRUE" });
  if (text.endsWith("%")) {
    const percent = parseNumber(text.slice(0, -1));
    if (percent !== null) return set({ kind: "value", value: percent / 100 }, text.includes(".") ? "0.00%" : "0%");
  }
  const serial = parseIsoDate(text);
  if (serial !== null) return set({ kind: "value", value: serial }, "yyyy-mm-dd");
  return set({ kind: "value", value: text });
}

/**
 * One entry of a `values` / `formulas` array: `null` leaves the cell unchanged and `""` clears it (Excel's
 * documented blank/null rules); numbers and booleans are stored as they are; strings are typed.
 */
export function typeEntry(input: unknown): TypedEntry {
  if (input === null || input === undefined) return UNCHANGED;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw fail("InvalidArgument", `${input} is not a number Excel can store`);
    return set({ kind: "value", value: input });
  }
  if (typeof input === "boolean") return set({ kind: "value", value: input });
  if (typeof input === "string") return typeText(input);
  throw fail("InvalidArgument", `a cell value must be a string, number or boolean (got ${typeof input})`);
}

/** The value `Range.values` reports for a content (empty → `""`, formula → the uncomputed error value). */
export function valueOf(content: CellContent | undefined): string | number | boolean {
  if (!content) return "";
  return content.kind === "formula" ? UNCOMPUTED_FORMULA_VALUE : content.value;
}

/** What `Range.formulas` reports: the formula text, or the constant. */
export function formulaOf(content: CellContent | undefined): string | number | boolean {
  if (!content) return "";
  return content.kind === "formula" ? content.formula : content.value;
}

/** `Range.valueTypes` of a content: Empty, String, Double, Boolean, or Error for a formula (uncomputed). */
export function valueTypeOf(content: CellContent | undefined): "Empty" | "String" | "Double" | "Boolean" | "Error" {
  if (!content) return "Empty";
  if (content.kind === "formula") return "Error";
  if (typeof content.value === "number") return "Double";
  if (typeof content.value === "boolean") return "Boolean";
  return "String";
}

/** `Range.text` of a content: booleans in capitals, numbers as JavaScript prints them (number formats ignored). */
export function textOf(content: CellContent | undefined): string {
  const value = valueOf(content);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
