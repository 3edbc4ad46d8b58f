/**
 * Office.js formula text → the formula text an .xlsx stores. The spec holds formulas the way
 * `Range.formulas` takes them (leading `=`, `[@Col]`, new functions bare); the file format differs:
 * no `=`, `_xlfn.` before post-2007 functions, and structured references in their ECMA-376 form.
 */
import { DYNAMIC_ARRAY_FUNCTIONS, FUTURE_FUNCTIONS } from "./future-functions";

/** Where a formula lives: a table's own cells may use unqualified references (`[@Estado]`, `[Estado]`). */
export interface FormulaContext {
  /** Name of the table whose data body holds the formula. */
  readonly table?: string;
}

const IDENTIFIER_CHAR = /[A-Za-z0-9_.\\]/;
const TRAILING_NAME = /[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

/** Index just past a quoted run starting at `start` (`"` strings, `'` sheet names; quotes doubled). */
function endOfQuoted(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) {
        i++;
      } else {
        return i + 1;
      }
    }
  }
  throw new Error(`unterminated ${quote} in formula: ${text}`);
}

/** Index just past the bracket group at `start`; in structured references `'` escapes the next character. */
function endOfBrackets(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      i++;
    } else if (ch === "[") {
      depth++;
    } else if (ch === "]" && --depth === 0) {
      return i + 1;
    }
  }
  throw new Error(`unbalanced [ in formula: ${text}`);
}

/**
 * `[@Col]` → `[[#This Row],[Col]]`: the file grammar (MS-OE376 §3.2.3.1.1, structure references) knows
 * only the `[#This Row]` keyword; `@` is Excel's display shorthand for it.
 */
function expandThisRow(group: string): string {
  const inner = group.slice(1, -1);
  if (!inner.startsWith("@")) {
    return group;
  }
  const rest = inner.slice(1).trim();
  if (rest === "") {
    return "[#This Row]";
  }
  return rest.startsWith("[") ? `[[#This Row],${rest}]` : `[[#This Row],[${rest}]]`;
}

/** Rewrites a function or name token; `next` is the character after it. */
function rewriteName(token: string, next: string | undefined): string {
  if (next !== "(") {
    return token;
  }
  const upper = token.toUpperCase();
  if (DYNAMIC_ARRAY_FUNCTIONS.has(upper)) {
    throw new Error(`dynamic-array function ${token} is not supported in workbook formulas`);
  }
  return FUTURE_FUNCTIONS.has(upper) ? `_xlfn.${token}` : token;
}

/**
 * The file form of a formula: leading `=` dropped, `_xlfn.` added to post-2007 functions, `@` expanded
 * to `[#This Row]`, and unqualified structured references qualified with the context table (Excel
 * itself always stores the table name). Throws on formulas the writer cannot store faithfully.
 */
export function toFileFormula(formula: string, context: FormulaContext = {}): string {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    let end = i + 1;
    if (ch === '"' || ch === "'") {
      end = endOfQuoted(text, i);
      out += text.slice(i, end);
    } else if (ch === "[") {
      end = endOfBrackets(text, i);
      out += qualify(out, context) + expandThisRow(text.slice(i, end));
    } else if (IDENTIFIER_CHAR.test(ch)) {
      while (end < text.length && IDENTIFIER_CHAR.test(text[end] as string)) end++;
      out += rewriteName(text.slice(i, end), text[end]);
    } else if (ch === "@") {
      throw new Error(
        `the implicit-intersection operator @ is not supported outside structured references: ${formula}`,
      );
    } else {
      out += ch;
    }
    i = end;
  }
  return out;
}

/** The table name to put before a bracket group: none when the text already ends with one. */
function qualify(before: string, context: FormulaContext): string {
  if (TRAILING_NAME.test(before)) {
    return "";
  }
  if (context.table === undefined) {
    throw new Error(`an unqualified structured reference needs a table context: ${before}[`);
  }
  return context.table;
}
