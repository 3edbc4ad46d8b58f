/**
 * Excel's naming rules for worksheets, tables and defined names, written from Microsoft's support articles
 * ("Rename a worksheet", "Rename an Excel table", "Names in formulas") independently of src/domain, so the
 * simulator stays an independent check on the product's own rules.
 */
import { looksLikeCellReference } from "./address";
import { fail } from "./errors";

/** Excel's longest worksheet name, in UTF-16 code units. */
export const MAX_SHEET_NAME = 31;
/** Excel's longest table or defined name. */
export const MAX_DEFINED_NAME = 255;

/** Case-insensitive comparison key Excel uses for sheet, table and defined names. */
export function nameKey(name: string): string {
  return name.toUpperCase();
}

/**
 * Throws InvalidArgument unless `name` is a valid worksheet name: 1–31 characters, none of `: \ / ? * [ ]`,
 * not starting or ending with `'`, not the reserved `History`; ItemAlreadyExists when another sheet has it.
 */
export function checkSheetName(name: unknown, otherNames: readonly string[]): string {
  if (typeof name !== "string") throw fail("InvalidArgument", "a sheet name must be a string");
  if (name.length < 1 || name.length > MAX_SHEET_NAME) {
    throw fail("InvalidArgument", `sheet name "${name}" must have 1–${MAX_SHEET_NAME} characters`);
  }
  if (/[:\\/?*[\]]/.test(name)) throw fail("InvalidArgument", `sheet name "${name}" contains one of : \\ / ? * [ ]`);
  if (name.startsWith("'") || name.endsWith("'")) {
    throw fail("InvalidArgument", `sheet name "${name}" starts or ends with an apostrophe`);
  }
  if (nameKey(name) === "HISTORY") throw fail("InvalidArgument", "History is reserved by Excel");
  const key = nameKey(name);
  if (otherNames.some((other) => nameKey(other) === key)) {
    throw fail("ItemAlreadyExists", `a sheet named "${name}" already exists (names are case-insensitive)`);
  }
  return name;
}

/** Why a table or defined name breaks Excel's rules; null when it follows them. */
export function definedNameProblem(name: string): string | null {
  if (name.length < 1 || name.length > MAX_DEFINED_NAME) return `must have 1–${MAX_DEFINED_NAME} characters`;
  if (!/^[\p{L}_\\]/u.test(name)) return "must start with a letter, an underscore or a backslash";
  if (!/^.[\p{L}\p{N}_.]*$/u.test(name)) return "may hold only letters, digits, underscores and periods";
  if (looksLikeCellReference(name)) return "must not be a cell reference such as A1 or R1C1 (nor C, R)";
  return null;
}

/**
 * Throws unless `name` can be a table name: valid (InvalidArgument) and unique among tables and defined names,
 * case-insensitively. Excel answers a duplicate table name with InvalidArgument (office-js issue #551).
 */
export function checkTableName(name: unknown, takenNames: readonly string[]): string {
  if (typeof name !== "string") throw fail("InvalidArgument", "a table name must be a string");
  const problem = definedNameProblem(name);
  if (problem) throw fail("InvalidArgument", `table name "${name}" ${problem}`);
  const key = nameKey(name);
  if (takenNames.some((taken) => nameKey(taken) === key)) {
    throw fail("InvalidArgument", `"${name}" is already the name of a table or a defined name`);
  }
  return name;
}

/**
 * Throws unless `name` can be a defined name: valid (InvalidArgument) and unique among defined names and
 * tables; Excel answers a duplicate with ItemAlreadyExists (office-js issue #2875).
 */
export function checkDefinedName(name: unknown, takenNames: readonly string[]): string {
  if (typeof name !== "string") throw fail("InvalidArgument", "a name must be a string");
  const problem = definedNameProblem(name);
  if (problem) throw fail("InvalidArgument", `name "${name}" ${problem}`);
  const key = nameKey(name);
  if (takenNames.some((taken) => nameKey(taken) === key)) {
    throw fail("ItemAlreadyExists", `"${name}" is already the name of a defined name or a table`);
  }
  return name;
}
