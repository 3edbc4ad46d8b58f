/**
 * `Range.find` / `findOrNullObject` (ExcelApi 1.9). The docs: within the range when it is larger than one
 * cell, else over the whole sheet starting after that cell; `completeMatch` and `matchCase` default to
 * false. Where the docs are silent the simulator follows Excel's Find (the dialog and VBA `Range.Find`): rows
 * first, starting after the first cell and wrapping round so the first cell is looked at last; `*`, `?` are
 * wildcards and `~` escapes them, so code that searches for arbitrary text must escape them. A cell is
 * matched by its value as text; formula cells are never matched, because the simulator does not compute
 * them (stricter than Excel, which looks at what they show).
 */
import { contains, type Rect } from "./address";
import type { CellContent } from "./cell-typing";
import { fail } from "./errors";
import type { SheetModel } from "./workbook-model";

/** The criteria of `Excel.SearchCriteria`. */
export interface SearchCriteria {
  readonly completeMatch?: boolean;
  readonly matchCase?: boolean;
  readonly searchDirection?: "Forward" | "Backwards";
}

/** Excel's Find pattern as a regular expression: `*` any run, `?` one character, `~x` the character x. */
export function findPattern(text: string, criteria: SearchCriteria): RegExp {
  let body = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (ch === "~" && i + 1 < text.length) {
      i += 1;
      body += escapeRegExp(text[i] ?? "");
    } else if (ch === "*") body += "[\\s\\S]*";
    else if (ch === "?") body += "[\\s\\S]";
    else body += escapeRegExp(ch);
  }
  const anchored = criteria.completeMatch === true ? `^${body}$` : body;
  return new RegExp(anchored, criteria.matchCase === true ? "u" : "iu");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function searchableText(content: CellContent | undefined): string | null {
  if (content === undefined || content.kind === "formula") return null;
  if (typeof content.value === "boolean") return content.value ? "TRUE" : "FALSE";
  return String(content.value);
}

function checkCriteria(text: unknown, criteria: unknown): SearchCriteria {
  if (typeof text !== "string" || text === "") throw fail("InvalidArgument", "find needs a non-empty text");
  if (criteria === null || typeof criteria !== "object") throw fail("InvalidArgument", "find needs its criteria");
  const direction = (criteria as SearchCriteria).searchDirection;
  if (direction !== undefined && direction !== "Forward" && direction !== "Backwards")
    throw fail("InvalidArgument", `search direction ${String(direction)}`);
  return criteria as SearchCriteria;
}

/** The first cell of `rect` (the whole sheet for one cell) matching `text`, in Find's order, or null. */
export function findCell(sheet: SheetModel, rect: Rect, text: unknown, criteria: unknown): Rect | null {
  const checked = checkCriteria(text, criteria);
  const pattern = findPattern(text as string, checked);
  const start = { row: rect.row, column: rect.column };
  const whole = rect.rows === 1 && rect.columns === 1;
  const candidates: { row: number; column: number }[] = [];
  for (const [key, cell] of sheet.cells) {
    const [row, column] = key.split(":").map(Number) as [number, number];
    if (!whole && !contains(rect, { row, column, rows: 1, columns: 1 })) continue;
    const value = searchableText(cell.content);
    if (value !== null && pattern.test(value)) candidates.push({ row, column });
  }
  // Rows first; the first cell is looked at last, going either way.
  const order = (p: { row: number; column: number }): number => {
    const before = p.row < start.row || (p.row === start.row && p.column <= start.column);
    return (before ? 1 : 0) * 2 ** 40 + p.row * 16_384 + p.column;
  };
  candidates.sort((a, b) => order(a) - order(b));
  const found = checked.searchDirection === "Backwards" ? backwards(candidates, start) : candidates[0];
  return found === undefined ? null : { row: found.row, column: found.column, rows: 1, columns: 1 };
}

/** Going backwards from the first cell: the cells before it (nearest first), then from the end. */
function backwards(
  forwardOrder: readonly { row: number; column: number }[],
  start: { row: number; column: number },
): { row: number; column: number } | undefined {
  const isStart = (p: { row: number; column: number }): boolean => p.row === start.row && p.column === start.column;
  const others = forwardOrder.filter((p) => !isStart(p));
  return others[others.length - 1] ?? forwardOrder.find(isStart);
}
