/**
 * A1 text → zero-based spec coordinates, for the .xlsx reader: the inverse of a1.ts. Anything that is not
 * a plain cell or rectangle on one sheet (several areas, whole columns, `#REF!`, another workbook) is
 * `null`: the caller treats it as a formula, not a range.
 */
import type { CellRange } from "../layout/spec";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "./a1";

/** A range on a named sheet. */
export interface SheetRange {
  readonly sheetName: string;
  readonly range: CellRange;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Zero-based row and column of `C5` / `$C$5`; `null` outside Excel's grid or when malformed. */
export function parseCellAddress(text: string): { readonly row: number; readonly column: number } | null {
  const match = CELL.exec(text);
  if (match === null) return null;
  const column = [...(match[1] as string).toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(match[2]) - 1;
  if (row < 0 || row >= EXCEL_MAX_ROWS || column >= EXCEL_MAX_COLUMNS) return null;
  return { row, column };
}

/** The rectangle of `B2`, `B2:D9` (or `D9:B2`). */
export function parseRangeAddress(text: string): CellRange | null {
  const [first, second, extra] = text.split(":");
  if (first === undefined || extra !== undefined) return null;
  const start = parseCellAddress(first);
  const end = second === undefined ? start : parseCellAddress(second);
  if (start === null || end === null) return null;
  const row = Math.min(start.row, end.row);
  const column = Math.min(start.column, end.column);
  return { row, column, rows: Math.abs(end.row - start.row) + 1, columns: Math.abs(end.column - start.column) + 1 };
}

/** The sheet name before `!`: quoted (`'O''Brien'`, quotes doubled) or bare; `null` if there is none. */
function splitSheet(reference: string): { readonly sheetName: string; readonly rest: string } | null {
  if (reference.startsWith("'")) {
    let name = "";
    for (let i = 1; i < reference.length; i++) {
      const ch = reference[i] as string;
      if (ch !== "'") name += ch;
      else if (reference[i + 1] === "'") name += reference[++i];
      else return reference[i + 1] === "!" && name !== "" ? { sheetName: name, rest: reference.slice(i + 2) } : null;
    }
    return null;
  }
  // A bare sheet name holds no operator, space, bracket or quote (Excel quotes every other name).
  const bare = /^([\p{L}\p{N}_.\\]+)!(.*)$/u.exec(reference);
  return bare === null ? null : { sheetName: bare[1] as string, rest: bare[2] as string };
}

/** The sheet and range of a defined name's reference (`'Acme · Ver'!$C$5`, leading `=` allowed). */
export function parseSheetReference(formula: string): SheetRange | null {
  const parts = splitSheet(formula.trim().replace(/^=/, ""));
  if (parts === null) return null;
  const range = parseRangeAddress(parts.rest);
  return range === null ? null : { sheetName: parts.sheetName, range };
}
