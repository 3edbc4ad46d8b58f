/**
 * Excel's rules for defined names and table names, which share one namespace in a workbook.
 *
 * Sources: [MS-XLSB] 2.5.166 XLNameWideString (the grammar of a name: start with a letter, `_` or `\`;
 * at most 255 characters; not TRUE/FALSE; not an A1 reference; not starting with an R1C1 reference) and
 * Microsoft's "Names in formulas" / "Rename an Excel table" rules (remaining characters are letters,
 * digits, `.` and `_`; no spaces; `R` and `C` alone are refused; names compare case-insensitively).
 * Where the two differ we keep the stricter reading, so a name that passes here passes in every Excel.
 */

/** Excel's longest defined or table name, in characters. */
export const MAX_DEFINED_NAME_LENGTH = 255;

/** Excel's last column, XFD, as a one-based number. */
const MAX_COLUMN = 16384;
/** Excel's last row, one-based. */
const MAX_ROW = 1048576;

const NAME_SHAPE = /^[\p{L}_\\][\p{L}\p{M}\p{Nd}_.]*$/u;
const A1_SHAPE = /^([A-Za-z]{1,3})([0-9]+)$/u;

/** One-based column number of column letters (`A` → 1, `XFD` → 16384). */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Whether `name` is a cell reference in A1 style within Excel's grid (`A1`, `xfd1048576`). */
export function isA1Reference(name: string): boolean {
  const match = A1_SHAPE.exec(name);
  if (match === null) return false;
  const row = Number(match[2]);
  return columnNumber(match[1] as string) <= MAX_COLUMN && row >= 1 && row <= MAX_ROW;
}

/**
 * Whether `name` is or begins like an R1C1 reference: `R`, `C`, `RC`, or `R`/`C` followed by a digit
 * (`R1C1`, `R12abc`, `C5`). [MS-XLSB] refuses names that *begin* with an R1C1 reference; we refuse any
 * digit after the letter, even out of range, which is stricter and never wrong.
 */
export function looksLikeR1C1Reference(name: string): boolean {
  return /^(?:[rc]|rc)$/iu.test(name) || /^[rc][0-9]/iu.test(name);
}

/** Whether Excel accepts `name` as a workbook defined name (uniqueness aside). */
export function isValidDefinedName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= MAX_DEFINED_NAME_LENGTH &&
    NAME_SHAPE.test(name) &&
    !/^(?:true|false)$/iu.test(name) &&
    !isA1Reference(name) &&
    !looksLikeR1C1Reference(name)
  );
}

/** Whether Excel accepts `name` as a table name: the same rules as a defined name (one namespace). */
export function isValidTableName(name: string): boolean {
  return isValidDefinedName(name);
}

/** Key under which Excel treats two defined or table names as the same name (case-insensitive). */
export function definedNameKey(name: string): string {
  return name.toUpperCase().toLowerCase();
}
