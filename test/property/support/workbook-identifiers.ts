/**
 * Checks every identifier a workbook holds against both rule books: the domain's validators and excel-sim's
 * own naming rules (written independently from Microsoft's articles), uniqueness included — sheet names
 * among sheets, table and defined names in their one shared namespace, all case-insensitively.
 */
import { definedNameKey, isValidDefinedName, isValidTableName } from "../../../src/domain/excel-names";
import { isValidSheetName, sheetNameKey } from "../../../src/domain/sheet-names";
import { checkDefinedName, checkSheetName, checkTableName } from "../../../excel-sim/naming";

/** The message excel-sim's rule throws for `name`, or null when it accepts it. */
function simRefusal(check: () => unknown): string | null {
  try {
    check();
    return null;
  } catch (e: unknown) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Problems with a workbook's sheet names: invalid by either rule book, or repeated. */
export function sheetNameProblems(names: readonly string[]): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  names.forEach((name, i) => {
    const shown = JSON.stringify(name.slice(0, 40));
    if (!isValidSheetName(name)) problems.push(`domain refuses sheet ${shown}`);
    const refusal = simRefusal(() => checkSheetName(name, names.slice(0, i)));
    if (refusal !== null) problems.push(`excel-sim refuses sheet ${shown}: ${refusal}`);
    if (keys.has(sheetNameKey(name))) problems.push(`sheet ${shown} repeated`);
    keys.add(sheetNameKey(name));
  });
  return problems;
}

/** Problems with a workbook's table and defined names: invalid by either rule book, or repeated. */
export function identifierProblems(tables: readonly string[], names: readonly string[]): string[] {
  const problems: string[] = [];
  const taken: string[] = [];
  const keys = new Set<string>();
  const check = (name: string, kind: "table" | "name"): void => {
    const valid = kind === "table" ? isValidTableName(name) : isValidDefinedName(name);
    if (!valid) problems.push(`domain refuses ${kind} ${name}`);
    const refusal = simRefusal(() => (kind === "table" ? checkTableName : checkDefinedName)(name, taken));
    if (refusal !== null) problems.push(`excel-sim refuses ${kind} ${name}: ${refusal}`);
    if (keys.has(definedNameKey(name))) problems.push(`${kind} ${name} repeated`);
    keys.add(definedNameKey(name));
    taken.push(name);
  };
  tables.forEach((name) => check(name, "table"));
  names.forEach((name) => check(name, "name"));
  return problems;
}
