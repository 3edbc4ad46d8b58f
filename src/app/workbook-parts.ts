/**
 * The workbook-level parts of a plan — the hidden lists sheet with its `vamLista…` names, the very hidden
 * meta sheet (`vamVersion`, `vamIdioma`), `vamHoy`, and the Cartera sheet with its settings and table — and
 * the changes that create whichever of them is missing. Used to set a plan up and to upgrade or repair one:
 * what exists is left as it is, names that point nowhere are replaced.
 */
import type { Plan } from "../domain/plan";
import { buildListsSheet } from "../layout/lists-sheet";
import { buildMetaSheet } from "../layout/meta-sheet";
import { buildPortfolioSheet } from "../layout/portfolio-sheet";
import { identifierKey } from "../layout/read-names";
import type { BuiltSheet } from "../layout/sheet-parts";
import type { CellValue, DefinedNameSpec } from "../layout/spec";
import { todayName } from "../layout/workbook";
import { PORTFOLIO_TABLE } from "../layout/workbook-names";
import type { ChangeBatch } from "./change-batch";
import type { WorkbookContext } from "./workbook-context";

/** `base`, or `base (2)`, `base (3)`… so that no sheet of `taken` has it (case-insensitively). */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const keys = new Set(taken.map(identifierKey));
  if (!keys.has(identifierKey(base))) return base;
  for (let n = 2; ; n += 1) {
    const name = `${base} (${n})`;
    if (!keys.has(identifierKey(name))) return name;
  }
}

/** Whether a defined name exists and refers to cells of a sheet that exists. */
function nameWorks(context: WorkbookContext, name: string): boolean {
  const found = context.index.names.get(identifierKey(name));
  return found?.sheetName !== undefined && context.index.sheets.has(identifierKey(found.sheetName));
}

function nameExists(context: WorkbookContext, name: string): boolean {
  return context.index.names.has(identifierKey(name));
}

/**
 * Adds a built sheet when none of its names works (a fresh sheet under a free name, replacing broken
 * names), or just the names it lacks when its sheet is there. Returns the sheet's name.
 */
function ensureSheet(
  batch: ChangeBatch,
  context: WorkbookContext,
  built: BuiltSheet,
  taken: string[],
  knownHome?: string,
): string {
  const working = built.names.find((n) => nameWorks(context, n.name));
  const home = working === undefined ? knownHome : context.index.names.get(identifierKey(working.name))?.sheetName;
  if (home !== undefined) {
    batch.nameSheet(built.sheet.key, home);
    const missing = built.names.filter((n) => !nameWorks(context, n.name));
    for (const name of missing) if (nameExists(context, name.name)) batch.add({ kind: "deleteName", name: name.name });
    if (missing.length > 0) batch.add({ kind: "addNames", names: missing });
    return home;
  }
  const name = freeSheetName(built.sheet.name, taken);
  taken.push(name);
  for (const n of built.names) if (nameExists(context, n.name)) batch.add({ kind: "deleteName", name: n.name });
  batch
    .nameSheet(built.sheet.key, name)
    .add({ kind: "addSheet", sheet: { ...built.sheet, name } }, { kind: "addNames", names: built.names });
  if (built.sheet.kind === "portfolio") batch.add({ kind: "moveSheet", sheetName: name, position: 0 });
  return name;
}

/**
 * Adds to `batch` whatever workbook-level part of `plan` is missing (lists, meta, `vamHoy`, Cartera and its
 * table). `rows` are the Cartera rows a rebuilt table starts with (one per client).
 */
export function planWorkbookParts(
  batch: ChangeBatch,
  context: WorkbookContext,
  plan: Plan,
  rows: readonly (readonly CellValue[])[],
): void {
  const taken = context.state.sheets.map((s) => s.name);
  ensureSheet(batch, context, buildListsSheet(plan.language), taken);
  ensureSheet(batch, context, buildMetaSheet(plan.language), taken);
  const today: DefinedNameSpec = todayName();
  if (!nameExists(context, today.name)) batch.add({ kind: "addNames", names: [today] });
  const portfolio = buildPortfolioSheet(plan, rows);
  const existingTable = context.index.tables.get(identifierKey(PORTFOLIO_TABLE));
  const home = ensureSheet(batch, context, portfolio, taken, existingTable?.sheetName);
  const table = portfolio.sheet.tables.find((t) => t.name === PORTFOLIO_TABLE);
  const sheetIsNew = !context.index.sheets.has(identifierKey(home));
  if (existingTable === undefined && table !== undefined && !sheetIsNew) {
    const conditionalFormats = portfolio.sheet.conditionalFormats.filter(
      (f) => f.target.kind === "tableColumn" && f.target.table === PORTFOLIO_TABLE,
    );
    batch.add({ kind: "addTable", sheetName: home, sheetKey: portfolio.sheet.key, table, conditionalFormats });
  }
}
