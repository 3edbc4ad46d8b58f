/**
 * Repair of one client: recreates only what is missing — a deleted sheet, a table, a defined name, the
 * Cartera row — and never writes a cell a user filled. A recreated table over cells that still hold the
 * deleted table's rows (a table converted to a range) takes them in as its body; its header cells must be
 * empty or hold the header already, else the table is left out and the user told where.
 */
import type { Client } from "../domain/plan";
import { buildClientSheets } from "../layout/client-sheets";
import { identifierKey } from "../layout/read-names";
import type { CellValue, SheetSpec, TableSpec } from "../layout/spec";
import { CLIENT_TABLES } from "../layout/table-columns";
import { CLIENT_PHASES, phaseAnchorName, type ClientPhase } from "../layout/workbook-names";
import type { SheetState, StateValue } from "../layout/workbook-state";
import type { ChangeBatch } from "./change-batch";
import { namesOfSheet, planClientBuild, type BuildContext, type ClientSheetNames } from "./client-build";
import type { FoundClient } from "./client-lookup";
import type { ClientScan } from "./client-scan";
import type { AppIssue } from "./result";
import type { WorkbookContext } from "./workbook-context";

/** A cell of a sheet's used range, "" outside it. */
function usedCell(sheet: SheetState | undefined, row: number, column: number): StateValue {
  const used = sheet?.used;
  if (used === undefined) return "";
  return used.formulas[row - used.range.row]?.[column - used.range.column] ?? "";
}

function filled(value: StateValue): boolean {
  return value !== "" && value !== null;
}

/** A1-free description of a cell for messages: row and column as Excel shows them (R4C3). */
function cellLabel(row: number, column: number): string {
  return `R${row + 1}C${column + 1}`;
}

/** The table spec to add over what the sheet holds now, or the issue that blocks it. */
export function tableOverCells(
  table: TableSpec,
  sheet: SheetState | undefined,
  sheetName: string,
): TableSpec | AppIssue {
  const blocked = table.columns.findIndex((column, i) => {
    const value = usedCell(sheet, table.row, table.column + i);
    return filled(value) && String(value) !== column.header;
  });
  if (blocked >= 0) {
    return {
      code: "app.repairBlocked",
      params: { what: table.name, sheet: sheetName, cell: cellLabel(table.row, table.column + blocked) },
    };
  }
  let rows = 0;
  const rowFilled = (r: number): boolean => table.columns.some((_, i) => filled(usedCell(sheet, r, table.column + i)));
  while (rowFilled(table.row + 1 + rows)) rows += 1;
  const body = Array.from({ length: Math.max(1, rows) }, (_, r) =>
    table.columns.map((column, i): CellValue => {
      const empty = !filled(usedCell(sheet, table.row + 1 + r, table.column + i));
      return column.formula !== undefined && empty ? { kind: "formula", formula: column.formula } : { kind: "empty" };
    }),
  );
  return { ...table, rows: body };
}

/** The client's sheets as a repair sees them, and the half-built scaffolds it deletes (sheet keys). */
interface RepairView {
  readonly scan: ClientScan;
  readonly strays: ReadonlySet<string>;
}

/** Whether one of the client's tables is on `sheetName` (a failed rename can leave Excel's default `Table1`). */
function holdsTables(context: WorkbookContext, found: FoundClient, sheetName: string): boolean {
  const own = new Set(found.scan.tables.map(identifierKey));
  return context.state.tables.some(
    (table) => own.has(identifierKey(table.name)) && identifierKey(table.sheetName) === identifierKey(sheetName),
  );
}

/**
 * Sheets found for the client: anchored, or located by readPlan through the sheet's tables and names. A
 * scaffold without anchor and without tables beside the located sheet of its phase, or beside its anchored
 * sheet, is what a build left when two co-authors rebuilt the same deleted sheet at once (the second fails on
 * the first one's tables): the sheet that holds the content is the client's, and the stray scaffold goes.
 */
function locatedScan(found: FoundClient, context: WorkbookContext): RepairView {
  const sheets = { ...found.scan.sheets };
  for (const phase of CLIENT_PHASES) {
    const located = found.structure.sheetNames[phase];
    const own = sheets[phase];
    if (located === null) continue;
    const besides = own !== null && !own.anchored && identifierKey(own.name) !== identifierKey(located);
    if (own === null || (besides && !holdsTables(context, found, own.name)))
      sheets[phase] = { name: located, anchored: true, scaffold: false };
  }
  const used = new Set(CLIENT_PHASES.map((phase) => identifierKey(sheets[phase]?.name ?? "")));
  const strays = found.scan.scaffolds
    .filter((name) => !used.has(identifierKey(name)) && !holdsTables(context, found, name))
    .map(identifierKey);
  return { scan: { ...found.scan, sheets }, strays: new Set(strays) };
}

/** Names the sheet should have that are missing, point nowhere or at a sheet the repair deletes, re-added. */
function repairNames(
  batch: ChangeBatch,
  context: WorkbookContext,
  names: ReturnType<typeof namesOfSheet>,
  strays: ReadonlySet<string>,
): void {
  const missing = names.filter((n) => {
    const home = context.index.names.get(identifierKey(n.name))?.sheetName;
    return home === undefined || !context.index.sheets.has(identifierKey(home)) || strays.has(identifierKey(home));
  });
  for (const n of missing)
    if (context.index.names.has(identifierKey(n.name))) batch.add({ kind: "deleteName", name: n.name });
  if (missing.length > 0) batch.add({ kind: "addNames", names: missing });
}

/**
 * How far a repair goes. `cellsRead`: the use case read the used cells of the sheets that lack a table
 * (`sheetsNeedingCells`); without them a table cannot be added safely over what a person typed there, so
 * add, import and rename (2 syncs) leave such tables missing — still reported — for Repair.
 */
export interface RepairScope {
  readonly cellsRead: boolean;
}

function repairSheet(
  batch: ChangeBatch,
  context: WorkbookContext,
  sheet: SheetSpec,
  target: { readonly sheetName: string; readonly anchorName: string },
  names: ReturnType<typeof namesOfSheet>,
  scope: RepairScope & { readonly strays: ReadonlySet<string> },
): AppIssue[] {
  const { sheetName, anchorName } = target;
  batch.nameSheet(sheet.key, sheetName);
  repairNames(batch, context, names, scope.strays);
  if (!scope.cellsRead) return [];
  const state = context.index.sheets.get(identifierKey(sheetName));
  const issues: AppIssue[] = [];
  for (const table of sheet.tables) {
    if (context.index.tables.has(identifierKey(table.name))) continue;
    const over = tableOverCells(table, state, sheetName);
    if ("code" in over) issues.push(over);
    else batch.add({ kind: "addTable", sheetName, sheetKey: sheet.key, table: over, anchorName });
  }
  return issues;
}

/** Sheets of the client that exist and lack one of their tables (repair needs their used cells). */
export function sheetsNeedingCells(found: FoundClient): string[] {
  return CLIENT_PHASES.flatMap((phase) => {
    const sheet = found.structure.sheetNames[phase];
    const lacks = found.structure.tables.missing.some((kind) => CLIENT_TABLES[kind].phase === phase);
    return sheet !== null && lacks ? [sheet] : [];
  });
}

/** What planning a repair gives: the client's final sheet names, and what could not be repaired. */
interface PlannedRepair {
  readonly sheetNames: ClientSheetNames;
  readonly issues: AppIssue[];
}

function planRepair(
  batch: ChangeBatch,
  context: WorkbookContext,
  found: FoundClient,
  build: BuildContext,
  scope: RepairScope,
): PlannedRepair {
  const { scan, strays } = locatedScan(found, context);
  for (const sheet of context.state.sheets)
    if (strays.has(identifierKey(sheet.name))) batch.add({ kind: "deleteSheet", sheetName: sheet.name });
  const taken = build.takenSheetNames.filter(
    (n) => !CLIENT_PHASES.some((p) => identifierKey(scan.sheets[p]?.name ?? "") === identifierKey(n)),
  );
  const spec = buildClientSheets(found.client, { language: build.language, takenSheetNames: taken });
  const existing = CLIENT_PHASES.filter((p) => scan.sheets[p]?.anchored === true);
  const sheetNames = planClientBuild(batch, found.client, scan, build);
  const issues = existing.flatMap((phase: ClientPhase) => {
    const index = CLIENT_PHASES.indexOf(phase);
    const sheet = spec.sheets[index];
    const name = scan.sheets[phase]?.name;
    if (sheet === undefined || name === undefined) return [];
    const names = namesOfSheet(spec, sheet, found.client.id, phase);
    const target = { sheetName: name, anchorName: phaseAnchorName(phase, found.client.id) };
    return repairSheet(batch, context, sheet, target, names, { ...scope, strays });
  });
  return { sheetNames, issues };
}

/**
 * Adds to `batch` what repairs the client; returns what could not be repaired. Sheets that are missing are
 * built whole from `found.client` (the reading, e.g. the identity when Ver survived); sheets that exist —
 * anchored, or located by their names and tables when a person deleted the anchor — are never rebuilt: they
 * get back their missing names (the anchor too) and, when `scope.cellsRead`, their tables. Callers refuse a
 * client whose identity went with its Ver sheet (identity-loss.ts) unless the person gave its name.
 */
export function planClientRepair(
  batch: ChangeBatch,
  context: WorkbookContext,
  found: FoundClient,
  build: BuildContext,
  scope: RepairScope = { cellsRead: true },
): AppIssue[] {
  return planRepair(batch, context, found, build, scope).issues;
}

/** The fields a person gives a client when adding it, which a Ver sheet built anew shows. */
function identityOf(client: Client): Partial<Client> {
  const { name, owner, sector, direction, kind, state, knowledge, trust } = client;
  return { name, owner, sector, direction, kind, state, knowledge, trust };
}

/**
 * Adds to `batch` what finishes a client that exists in part and whose identity can be read (an add or import
 * retried after a failure, matched by id or name, or a client a person damaged): as a repair, so a sheet that
 * holds its content is kept and given back its names — never deleted or built twice — within the caller's
 * one read (tables that need the sheet's cells are left to Repair). `fresh` (what the add or import asked for)
 * fills a Ver sheet built anew; a Ver that stands keeps what the workbook holds. Returns the final sheet names.
 */
export function planClientFinish(
  batch: ChangeBatch,
  context: WorkbookContext,
  found: FoundClient,
  fresh: Client,
  build: BuildContext,
): ClientSheetNames {
  const verStands = locatedScan(found, context).scan.sheets.ver?.anchored === true;
  const client = verStands ? found.client : { ...found.client, ...identityOf(fresh) };
  return planRepair(batch, context, { ...found, client }, build, { cellsRead: false }).sheetNames;
}
