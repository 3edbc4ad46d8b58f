/** Excel's rules for table names and defined names, checked before they reach a file Excel would repair. */

/** Letters, digits, `_`, `.` and `\`; starts with a letter, `_` or `\` (Excel: "Names in formulas"). */
const NAME_SHAPE = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
/** A1-style (`AB12`) or R1C1-style (`R1C1`, `R`, `C`) text is a reference, not a name. */
const LOOKS_LIKE_REFERENCE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]?\d*|[Cc]\d*)$/;
/** Longest name Excel accepts, characters. */
export const EXCEL_NAME_MAX_LENGTH = 255;

/** Throws unless `name` is a valid Excel table or defined name; `what` says which, for the message. */
export function assertExcelName(name: string, what: string): void {
  if (name.length === 0 || name.length > EXCEL_NAME_MAX_LENGTH) {
    throw new Error(`${what} must be 1–${EXCEL_NAME_MAX_LENGTH} characters: ${name}`);
  }
  if (!NAME_SHAPE.test(name) || LOOKS_LIKE_REFERENCE.test(name)) {
    throw new Error(`${what} is not a valid Excel name: ${name}`);
  }
}
