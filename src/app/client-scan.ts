/**
 * What exists of one client in a workbook, as the build and repair use cases need it: which phase sheets
 * are complete (their anchor name exists: it is the last thing a sheet's build writes), which are left
 * half-built under their scaffold name, which of the client's names and tables exist, and its Cartera rows.
 * Found by id only, never by sheet name or tab position.
 */
import { isClientId } from "../domain/client-id";
import type { ClientId, ClientPhase } from "../domain/plan";
import { closedClients } from "../layout/closed-clients";
import { parseScaffoldSheetName, scaffoldSheetName } from "../layout/read-leftovers";
import { identifierKey, indexState, type StateIndex } from "../layout/read-names";
import { readPortfolio } from "../layout/read-portfolio";
import {
  CLIENT_NAME_STEMS,
  CLIENT_PHASES,
  CLIENT_TABLE_STEMS,
  clientCellName,
  phaseAnchorName,
} from "../layout/workbook-names";
import type { WorkbookState } from "../layout/workbook-state";

/** Scaffold sheet names, defined beside the reader that finds what failed builds left (read-leftovers.ts). */
export { parseScaffoldSheetName, scaffoldSheetName };

/** One phase sheet of a client as found. */
export interface ScannedSheet {
  /** The sheet's current name. */
  readonly name: string;
  /** Its anchor name exists and points at it: the sheet was built completely. */
  readonly anchored: boolean;
  /** It still has its scaffold name (built, maybe completely, but not renamed yet). */
  readonly scaffold: boolean;
}

/** What exists of one client. */
export interface ClientScan {
  readonly id: ClientId;
  readonly sheets: Readonly<Record<ClientPhase, ScannedSheet | null>>;
  /** The client's defined names that exist (any case), by their real name. */
  readonly names: readonly string[];
  /** The client's tables that exist, by their real name. */
  readonly tables: readonly string[];
  /** Zero-based Cartera body rows carrying the id. */
  readonly portfolioRows: readonly number[];
  /** The value of its name cell (`vamNombre_<id>`), when that name exists. */
  readonly name: string | null;
  /** Every sheet under one of its scaffold names, whether or not it is the sheet of its phase. */
  readonly scaffolds: readonly string[];
}

/**
 * Whether the client's build finished: three anchored sheets under their own names, a Cartera row, and no
 * scaffold left beside them (a second build of a sheet that stopped, e.g. two co-authors rebuilding it).
 */
export function isComplete(scan: ClientScan): boolean {
  return (
    CLIENT_PHASES.every((p) => scan.sheets[p]?.anchored === true && !scan.sheets[p]?.scaffold) &&
    scan.portfolioRows.length > 0 &&
    scan.scaffolds.length === 0
  );
}

/** Whether anything of the client exists at all. */
export function hasAnyPart(scan: ClientScan): boolean {
  return CLIENT_PHASES.some((p) => scan.sheets[p] !== null) || scan.names.length > 0 || scan.tables.length > 0;
}

const NAME_STEMS = new Set(Object.values(CLIENT_NAME_STEMS).map(identifierKey));
const TABLE_STEMS = new Set(Object.values(CLIENT_TABLE_STEMS).map(identifierKey));

function idOf(identifier: string, stems: ReadonlySet<string>): ClientId | null {
  const cut = identifier.lastIndexOf("_");
  if (cut < 0 || !stems.has(identifierKey(identifier.slice(0, cut)))) return null;
  const id = identifier.slice(cut + 1).toLowerCase();
  return isClientId(id) ? id : null;
}

function scanSheet(state: WorkbookState, index: StateIndex, id: ClientId, phase: ClientPhase): ScannedSheet | null {
  const anchor = index.names.get(identifierKey(phaseAnchorName(phase, id)));
  const anchoredSheet = anchor?.sheetName === undefined ? undefined : index.sheets.get(identifierKey(anchor.sheetName));
  if (anchoredSheet !== undefined) {
    return { name: anchoredSheet.name, anchored: true, scaffold: parseScaffoldSheetName(anchoredSheet.name) !== null };
  }
  const scaffold = state.sheets.find(
    (sheet) => identifierKey(sheet.name) === identifierKey(scaffoldSheetName(id, phase)),
  );
  return scaffold === undefined ? null : { name: scaffold.name, anchored: false, scaffold: true };
}

/** What exists of client `id`. */
export function scanClient(state: WorkbookState, id: ClientId, index: StateIndex = indexState(state)): ClientScan {
  const sheets = { ver: null, ajustar: null, medir: null } as Record<ClientPhase, ScannedSheet | null>;
  for (const phase of CLIENT_PHASES) sheets[phase] = scanSheet(state, index, id, phase);
  const names = state.names.filter((n) => idOf(n.name, NAME_STEMS) === id).map((n) => n.name);
  const tables = state.tables.filter((t) => idOf(t.name, TABLE_STEMS) === id).map((t) => t.name);
  const portfolioRows = (readPortfolio(index).entries ?? []).filter((e) => e.id === id).map((e) => e.row);
  const nameCell = index.names.get(identifierKey(clientCellName("name", id)));
  const value = nameCell?.sheetName === undefined ? undefined : nameCell.values?.[0]?.[0];
  const scaffolds = state.sheets.filter((s) => parseScaffoldSheetName(s.name)?.id === id).map((s) => s.name);
  return { id, sheets, names, tables, portfolioRows, name: value === undefined ? null : String(value), scaffolds };
}

/**
 * Every client id something in the workbook belongs to: names, tables, scaffold sheets, Cartera rows — but
 * last year's clients a Nuevo año closed (their archived sheets are not unfinished clients).
 */
export function clientIds(state: WorkbookState, index: StateIndex = indexState(state)): ClientId[] {
  const ids = new Set<ClientId>();
  for (const name of state.names) {
    const id = idOf(name.name, NAME_STEMS);
    if (id !== null) ids.add(id);
  }
  for (const table of state.tables) {
    const id = idOf(table.name, TABLE_STEMS);
    if (id !== null) ids.add(id);
  }
  for (const sheet of state.sheets) {
    const scaffold = parseScaffoldSheetName(sheet.name);
    if (scaffold !== null) ids.add(scaffold.id);
  }
  for (const entry of readPortfolio(index).entries ?? []) if (isClientId(entry.id)) ids.add(entry.id);
  for (const id of closedClients(state.names).keys()) ids.delete(id);
  return [...ids].sort();
}
