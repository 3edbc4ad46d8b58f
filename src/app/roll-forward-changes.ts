/**
 * Nuevo año in place, as changes (the rules of what moves are src/domain/roll-forward.ts). Last year's
 * clients keep their sheets, names and tables — so every value typed in them stays, and their formulas keep
 * working — and the new year gets fresh clients built from the rolled plan, under ids derived from last
 * year's (successor-id.ts). In an order that makes a failure at any point harmless and a retry finish the
 * same year:
 *
 * 1. last year's sheets are renamed with the year (`Acme · Ver 2026`), which frees the plain names;
 * 2. the new year's clients are built (client-build.ts: scaffold, fill, names, anchor last, rename);
 * 3. last year's sheets are hidden, their state set to archivado, and last — once every new client exists —
 *    the marker `vamAnioCerrado_<id> = <year>` that keeps readers from taking them for current clients;
 * 4. Cartera's rows are switched to the new ids (each row holds formulas and the id only, nothing typed);
 * 5. `vamAnioPlan` takes the new year: from then on the plan reads as the new year.
 *
 * Until step 5 the plan still reads as last year's, with the marked clients gone and the new clients
 * present; a retry tells them apart by the derived ids and finishes what is left.
 */
import type { Client, ClientId, ClientPhase, PlanLanguage } from "../domain/plan";
import { listLabel } from "../layout/closed-lists";
import { closedClients } from "../layout/closed-clients";
import { portfolioColumns, portfolioRow } from "../layout/portfolio-sheet";
import { identifierKey } from "../layout/read-names";
import { readPortfolio } from "../layout/read-portfolio";
import type { CellSpec } from "../layout/spec";
import {
  CLIENT_PHASES,
  PORTFOLIO_TABLE,
  WORKBOOK_NAMES,
  clientCellName,
  clientClosedName,
  phaseAnchorName,
  reportAnchorName,
} from "../layout/workbook-names";
import type { TableState } from "../layout/workbook-state";
import { foldLabel } from "../i18n/vocabulary";
import type { ChangeBatch } from "./change-batch";
import { planClientBuild, type BuildContext } from "./client-build";
import { reportSheetOf } from "./share-report";
import { findClient, type FoundClient } from "./client-lookup";
import { successorId } from "./successor-id";
import { emptyScan, portfolioBlankRow, sheetNamesOf, type WorkbookContext } from "./workbook-context";
import { yearReportSheetName, yearSheetNames } from "./year-sheet-names";

/** Who takes part in one Nuevo año. */
export interface RollSelection {
  readonly fromYear: number;
  readonly toYear: number;
  /** Last year's clients still to close, in plan order (not the new clients a failed run began). */
  readonly clients: readonly FoundClient[];
  /** Clients a failed run of this same Nuevo año already closed: their Cartera rows may still need the new ids. */
  readonly closed: readonly ClientId[];
  /** The new year's id of each client above, closed ones included. */
  readonly successors: ReadonlyMap<ClientId, ClientId>;
  /** A Nuevo año of this plan year stopped part-way before: this one finishes it. */
  readonly resumed: boolean;
}

/** Last year's clients, the ones already closed by a failed run, and the new ids. */
export function rollSelection(context: WorkbookContext): RollSelection {
  const fromYear = context.reading.plan.year;
  const toYear = fromYear + 1;
  const closed = [...closedClients(context.state.names)].filter(([, year]) => year === fromYear).map(([id]) => id);
  const ids = context.reading.plan.clients.map((client) => client.id);
  const next = new Set([...ids, ...closed].map((id) => successorId(id, toYear)));
  const clients = ids
    .filter((id) => !next.has(id))
    .flatMap((id) => {
      const found = findClient(context, id);
      return found === null ? [] : [found];
    });
  const successors = new Map(
    [...clients.map((f) => f.client.id), ...closed].map((id) => [id, successorId(id, toYear)]),
  );
  const resumed = closed.length > 0 || [...successors.values()].some((id) => context.scans.has(id));
  return { fromYear, toYear, clients, closed, successors, resumed };
}

/** Whether a defined name exists and refers to cells of a sheet that exists. */
function nameWorks(context: WorkbookContext, name: string): boolean {
  const sheetName = context.index.names.get(identifierKey(name))?.sheetName;
  return sheetName !== undefined && context.index.sheets.has(identifierKey(sheetName));
}

/** Last year's names of one client's sheets, and of its report sheet when it has one. */
export interface YearNames {
  readonly phases: Readonly<Record<ClientPhase, string>>;
  readonly report: string | null;
}

/**
 * The year names of every client, in plan order, free of every other sheet. The clients' own sheets and
 * those of the new clients are left out of `taken`, so a retry computes the same names as the first run.
 */
export function yearNames(context: WorkbookContext, selection: RollSelection): YearNames[] {
  const own = new Set<string>();
  for (const found of selection.clients) {
    for (const phase of CLIENT_PHASES) own.add(identifierKey(found.structure.sheetNames[phase] ?? ""));
    own.add(identifierKey(reportSheetOf(context, found.client.id) ?? ""));
  }
  for (const id of selection.successors.values()) {
    for (const sheet of Object.values(context.scans.get(id)?.sheets ?? {})) own.add(identifierKey(sheet?.name ?? ""));
  }
  const taken = sheetNamesOf(context).filter((name) => !own.has(identifierKey(name)));
  const { language } = context.reading.plan;
  return selection.clients.map((found) => {
    const phases = yearSheetNames(found.client.name, selection.fromYear, language, taken);
    taken.push(...Object.values(phases));
    const hasReport = reportSheetOf(context, found.client.id) !== null;
    const report = hasReport ? yearReportSheetName(found.client.name, selection.fromYear, language, taken) : null;
    if (report !== null) taken.push(report);
    return { phases, report };
  });
}

/** Step 1: last year's sheets take their year names (through their anchors when those work). */
export function renameLastYear(
  batch: ChangeBatch,
  context: WorkbookContext,
  selection: RollSelection,
  names: readonly YearNames[],
): void {
  selection.clients.forEach((found, index) => {
    const target = names[index];
    if (target === undefined) return;
    for (const phase of CLIENT_PHASES) {
      const from = found.structure.sheetNames[phase];
      if (from === null || from === target.phases[phase]) continue;
      const anchored = found.scan.sheets[phase]?.anchored === true;
      const anchor = anchored ? { anchorName: phaseAnchorName(phase, found.client.id) } : {};
      batch.add({ kind: "renameSheet", from, to: target.phases[phase], ...anchor });
    }
    const report = reportSheetOf(context, found.client.id);
    if (report !== null && target.report !== null && report !== target.report) {
      batch.add({
        kind: "renameSheet",
        from: report,
        to: target.report,
        anchorName: reportAnchorName(found.client.id),
      });
    }
  });
}

/**
 * Step 2: the new year's clients (`rolled`, in the order of `selection.clients`). A client whose Cartera row
 * will be switched to the new id (step 4) gets no row of its own; one without a row gets one appended.
 */
export function buildNewYear(
  batch: ChangeBatch,
  context: WorkbookContext,
  selection: RollSelection,
  rolled: readonly Client[],
  names: readonly YearNames[],
): void {
  const yearSheets = names.flatMap((n) => [...Object.values(n.phases), ...(n.report === null ? [] : [n.report])]);
  const own = new Set(
    selection.clients.flatMap((f) => Object.values(f.structure.sheetNames).map((n) => identifierKey(n ?? ""))),
  );
  const build: BuildContext = {
    language: context.reading.plan.language,
    takenSheetNames: [...sheetNamesOf(context).filter((n) => !own.has(identifierKey(n))), ...yearSheets],
    portfolioBlankRow: portfolioBlankRow(context),
  };
  selection.clients.forEach((found, index) => {
    const client = rolled[index];
    if (client === undefined) throw new Error("buildNewYear: rolled clients and selection differ");
    const scan = context.scans.get(client.id) ?? emptyScan(client.id);
    const oldRow = found.structure.portfolioRow;
    const rows = scan.portfolioRows.length === 0 && oldRow !== null ? [oldRow] : scan.portfolioRows;
    planClientBuild(batch, client, { ...scan, portfolioRows: rows }, build);
  });
}

/** Step 3: last year's sheets hidden, state archivado, and each client's closed-year marker last of all. */
export function archiveLastYear(
  batch: ChangeBatch,
  context: WorkbookContext,
  selection: RollSelection,
  names: readonly YearNames[],
): void {
  const { language } = context.reading.plan;
  selection.clients.forEach((found, index) => {
    const id = found.client.id;
    for (const phase of CLIENT_PHASES) {
      const sheetName = names[index]?.phases[phase];
      if (found.structure.sheetNames[phase] === null || sheetName === undefined) continue;
      const anchor = found.scan.sheets[phase]?.anchored === true ? { anchorName: phaseAnchorName(phase, id) } : {};
      batch.add({ kind: "setVisibility", sheetName, visibility: "hidden", ...anchor });
    }
    const report = names[index]?.report;
    if (report !== undefined && report !== null)
      batch.add({ kind: "setVisibility", sheetName: report, visibility: "hidden", anchorName: reportAnchorName(id) });
  });
  const archived = { kind: "text", text: listLabel("clientState", language, "archived") } as const;
  const states = selection.clients
    .map((found) => clientCellName("state", found.client.id))
    .filter((name) => nameWorks(context, name))
    .map((name) => ({ name, value: archived }));
  if (states.length > 0) batch.add({ kind: "writeNamedCells", cells: states });
  const markers = selection.clients.map((found) => ({
    kind: "formula" as const,
    name: clientClosedName(found.client.id),
    formula: `=${selection.fromYear}`,
  }));
  if (markers.length > 0) batch.add({ kind: "addNames", names: markers });
}

/** The cells of one Cartera body row for `id`, placed under the table's actual headers (a co-author may move columns). */
function rowCells(table: TableState, bodyRow: number, id: ClientId, language: PlanLanguage): CellSpec[] {
  const range = table.range;
  if (range === undefined) return [];
  const values = portfolioRow(id, language);
  const headers = table.headers.map((header) => foldLabel(String(header)));
  return portfolioColumns(language).flatMap((column, index) => {
    const at = headers.indexOf(foldLabel(column.header));
    const value = values[index];
    return at < 0 || value === undefined ? [] : [{ row: range.row + 1 + bodyRow, column: range.column + at, value }];
  });
}

/**
 * Step 4: every Cartera row of last year's clients (and of the new ones, so a row a failed run wrote half
 * is written whole) holds the new client's formulas and id. A row whose new client already has a row of its
 * own (a repair meanwhile) is cleared instead, so no client is listed twice.
 */
export function switchPortfolioRows(batch: ChangeBatch, context: WorkbookContext, selection: RollSelection): void {
  const table = context.index.tables.get(identifierKey(PORTFOLIO_TABLE));
  if (table?.range === undefined) return;
  const { language } = context.reading.plan;
  const entries = readPortfolio(context.index).entries ?? [];
  const listed = new Set(entries.map((entry) => entry.id));
  const fresh = new Set(selection.successors.values());
  const cells: CellSpec[] = [];
  const columns = Math.min(table.headers.length, portfolioColumns(language).length);
  for (const entry of entries) {
    const target = selection.successors.get(entry.id) ?? (fresh.has(entry.id) ? entry.id : undefined);
    if (target === undefined) continue;
    if (target !== entry.id && listed.has(target)) {
      batch.add({ kind: "clearTableRow", table: PORTFOLIO_TABLE, row: entry.row, columns, shrink: false });
    } else cells.push(...rowCells(table, entry.row, target, language));
  }
  if (cells.length === 0) return;
  const yearSheet = context.index.names.get(identifierKey(WORKBOOK_NAMES.planYear))?.sheetName;
  const anchor = yearSheet === table.sheetName ? { anchorName: WORKBOOK_NAMES.planYear } : {};
  batch.add({ kind: "writeCells", sheetName: table.sheetName, cells, ...anchor });
}

/**
 * Step 5: Cartera shown (its year cell selected), then the plan year becomes the new one — the very last
 * command, so a run that failed anywhere before it still reads as last year's and a retry finishes it.
 */
export function openNewYear(batch: ChangeBatch, context: WorkbookContext, selection: RollSelection): void {
  if (!nameWorks(context, WORKBOOK_NAMES.planYear)) return;
  batch.add(
    { kind: "selectNamedCell", name: WORKBOOK_NAMES.planYear },
    {
      kind: "writeNamedCells",
      cells: [{ name: WORKBOOK_NAMES.planYear, value: { kind: "number", value: selection.toYear } }],
    },
  );
}
