/**
 * The A1 references in a formula's text (`B7`, `$B$2:$D$9`, `'Acme · Ver'!C5`, `A:C`, `3:5`), found so that
 * an operation the simulator cannot carry through formulas (deleting cells shifts the cells below, and Excel
 * rewrites every reference to them) can refuse instead of leaving formulas pointing at the wrong cells. Text
 * in quotes and structured references in brackets are skipped; a token followed by `(` is a function name
 * (`LOG10(`), and one glued to a name (`vamLista1`, `_abc123`) is part of that name.
 */
import { parseRect, type Rect } from "./address";

/** One A1 reference: the sheet named before `!`, or null for the formula's own sheet. */
export interface FormulaReference {
  readonly sheet: string | null;
  readonly rect: Rect;
}

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const AREA = String.raw`${CELL}(?::${CELL})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+`;
const REFERENCE = new RegExp(String.raw`(?<![\p{L}\p{N}_.$'!])(?:${SHEET})?(${AREA})(?![\p{L}\p{N}_.(!:])`, "gu");

/** The formula with quoted text and bracketed parts (structured references) blanked out. */
function withoutTextAndBrackets(formula: string): string {
  let out = "";
  let depth = 0;
  let quoted = false;
  for (const ch of formula) {
    if (quoted) {
      if (ch === '"') quoted = false;
      out += " ";
    } else if (ch === '"' && depth === 0) {
      quoted = true;
      out += " ";
    } else if (ch === "[") {
      depth += 1;
      out += " ";
    } else if (ch === "]") {
      depth = Math.max(0, depth - 1);
      out += " ";
    } else out += depth > 0 ? " " : ch;
  }
  return out;
}

/** Every A1 reference in `formula` (invariant English, with or without the leading `=`). */
export function formulaReferences(formula: string): FormulaReference[] {
  const found: FormulaReference[] = [];
  for (const match of withoutTextAndBrackets(formula).matchAll(REFERENCE)) {
    const rect = parseRect(match[3] ?? "");
    if (rect === null) continue;
    const quoted = match[1];
    const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : (match[2] ?? null);
    found.push({ sheet, rect });
  }
  return found;
}
