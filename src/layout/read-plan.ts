/**
 * A workbook state → the plan it holds, what exists of each client, and everything the reader noticed.
 * Pure, and total: any workbook (a foreign one, a damaged one, one edited by co-authors without the
 * add-in) gives a plan and findings, never an exception.
 *
 * Clients are discovered by their identity names (`vamNombre_<id>`, `vamResponsable_<id>`...), not by
 * sheet names or Cartera rows; last year's clients, closed by an in-place Nuevo año (closed-clients.ts), and
 * leftovers holding nothing typed (read-leftovers.ts) are left out. They come in Cartera row order; clients
 * without a row follow, by the tab
 * position of their Ver sheet, then by id. `clients[i]` describes `plan.clients[i]`.
 */
import { clientOwners, ownersBeyond } from "../domain/owners";
import type { Client, ClientId, Plan } from "../domain/plan";
import { closedClients } from "./closed-clients";
import { readOwnerRows } from "./owner-tables";
import { readClient, type ClientStructure } from "./read-client";
import type { StructureFinding } from "./read-findings";
import { leftoverClients, leftoverFindings } from "./read-leftovers";
import { identifierKey, idsWithStems, indexState, sheetNamed, type StateIndex } from "./read-names";
import { readPortfolio, type PortfolioEntry } from "./read-portfolio";
import { readSettings } from "./read-settings";
import {
  CLIENT_NAME_STEMS,
  CLIENT_TABLE_STEMS,
  PORTFOLIO_OWNER_TABLE,
  PORTFOLIO_TABLE,
  WORKBOOK_NAMES,
  clientCellName,
  phaseAnchorName,
  type ClientCellKind,
} from "./workbook-names";
import type { WorkbookState } from "./workbook-state";

export type { ClientStructure } from "./read-client";
export type { StructureCode, StructureFinding } from "./read-findings";

/** What exists of one client, plus its Cartera row. */
export interface ClientReadingStructure extends ClientStructure {
  /** Zero-based row of the Cartera table body that lists the client; `null` when none does. */
  readonly portfolioRow: number | null;
}

/** The plan read from a workbook, the structure of each client, and every finding. */
export interface PlanReading {
  readonly plan: Plan;
  readonly clients: readonly ClientReadingStructure[];
  readonly structure: readonly StructureFinding[];
}

/** Options of `readPlan`. */
export interface ReadPlanOptions {
  /** Plan year to use when `vamAnioPlan` is missing or unusable (callers pass the Set-up default). */
  readonly defaultYear?: number;
}

const IDENTITY_KINDS: readonly ClientCellKind[] = ["name", "owner", "sector", "direction", "kind", "state"];

function stemsOf(kinds: readonly ClientCellKind[]): string[] {
  return kinds.map((kind) => CLIENT_NAME_STEMS[kind]);
}

/** Whether anything in the workbook is the add-in's: a setting, the Cartera table, a client's name or table. */
function looksLikePlan(state: WorkbookState, index: StateIndex): boolean {
  const settings = Object.values(WORKBOOK_NAMES).some((name) => index.names.has(identifierKey(name)));
  if (settings || index.tables.has(identifierKey(PORTFOLIO_TABLE))) return true;
  const allStems = [...Object.values(CLIENT_NAME_STEMS), ...Object.values(CLIENT_TABLE_STEMS)];
  const identifiers = [...state.names.map((n) => n.name), ...state.tables.map((t) => t.name)];
  return idsWithStems(identifiers, allStems).size > 0;
}

/** Clients in Cartera order, then the rest by their Ver sheet's tab position, then by id. */
function orderClients(ids: ReadonlySet<ClientId>, entries: readonly PortfolioEntry[], index: StateIndex): ClientId[] {
  const listed = [...new Set(entries.map((entry) => entry.id).filter((id) => ids.has(id)))];
  const position = (id: ClientId): number => {
    const anchor = index.names.get(identifierKey(phaseAnchorName("ver", id)));
    return sheetNamed(index, anchor?.sheetName)?.position ?? Number.MAX_SAFE_INTEGER;
  };
  const rest = [...ids]
    .filter((id) => !listed.includes(id))
    .sort((a, b) => position(a) - position(b) || (a < b ? -1 : a > b ? 1 : 0));
  return [...listed, ...rest];
}

/** Findings about Cartera rows: orphans, duplicates, and clients the Cartera does not list. */
function portfolioFindings(ids: ReadonlySet<ClientId>, entries: readonly PortfolioEntry[]): StructureFinding[] {
  const findings: StructureFinding[] = [];
  const seen = new Set<string>();
  for (const { id, row } of entries) {
    if (!ids.has(id)) findings.push({ code: "structure.portfolioRowOrphan", what: id, table: "portfolio", row });
    else if (seen.has(id)) {
      findings.push({ code: "structure.portfolioRowDuplicate", clientId: id, what: id, table: "portfolio", row });
    }
    seen.add(id);
  }
  for (const id of ids) {
    if (!seen.has(id)) findings.push({ code: "structure.portfolioRowMissing", clientId: id, table: "portfolio" });
  }
  return findings;
}

/**
 * Ids that left names or tables behind but have no identity name: their content cannot become a client.
 * Clients a Nuevo año closed and leftovers (`skipped`) are not damaged clients.
 */
function identityFindings(
  state: WorkbookState,
  ids: ReadonlySet<ClientId>,
  skipped: ReadonlySet<ClientId>,
): StructureFinding[] {
  const others = [
    ...stemsOf((Object.keys(CLIENT_NAME_STEMS) as ClientCellKind[]).filter((kind) => !IDENTITY_KINDS.includes(kind))),
    ...Object.values(CLIENT_TABLE_STEMS),
  ];
  const identifiers = [...state.names.map((n) => n.name), ...state.tables.map((t) => t.name)];
  return [...idsWithStems(identifiers, others)]
    .filter((id) => !ids.has(id) && !skipped.has(id))
    .sort()
    .map((id) => ({ code: "structure.identityMissing", clientId: id, what: clientCellName("name", id) }));
}

/** The owners Cartera's overdue-by-owner table lists beyond the active clients' owners (users type rows there). */
function extraClientOwners(index: StateIndex, clients: readonly Client[]): Pick<Plan, "extraClientOwners"> {
  const table = index.tables.get(identifierKey(PORTFOLIO_OWNER_TABLE));
  const listed = table === undefined ? [] : (readOwnerRows(table) ?? []);
  const extra = ownersBeyond(listed, clientOwners({ clients }));
  return extra.length === 0 ? {} : { extraClientOwners: extra };
}

/** Reads the plan a workbook holds. Never throws on workbook content. */
export function readPlan(state: WorkbookState, options: ReadPlanOptions = {}): PlanReading {
  const index = indexState(state);
  const settings = readSettings(index, options.defaultYear);
  const plan: Plan = {
    year: settings.year,
    targetScore: settings.targetScore,
    language: settings.language,
    clients: [],
  };
  if (!looksLikePlan(state, index)) return { plan, clients: [], structure: [{ code: "structure.notAPlan" }] };
  const ids = idsWithStems(
    state.names.map((name) => name.name),
    stemsOf(IDENTITY_KINDS),
  );
  // Last year's clients, archived in place by Nuevo año, keep their identity names but are not this plan's.
  const closed = closedClients(state.names);
  for (const id of closed.keys()) ids.delete(id);
  const portfolio = readPortfolio(index);
  const entries = portfolio.entries ?? [];
  // What a failed add or a stopped deletion left holds nothing typed: reported as such, not as a client.
  const leftovers = leftoverClients(state, index, new Set(entries.map((entry) => entry.id)), closed);
  for (const id of leftovers.keys()) ids.delete(id);
  const readings = orderClients(ids, entries, index).map((id) => readClient(index, id, settings.language));
  const rowOf = new Map<string, number>();
  for (const entry of entries) if (!rowOf.has(entry.id)) rowOf.set(entry.id, entry.row);
  const clients = readings.map((reading) => reading.client);
  return {
    plan: { ...plan, clients, ...extraClientOwners(index, clients) },
    clients: readings.map((reading) => ({ ...reading.structure, portfolioRow: rowOf.get(reading.client.id) ?? null })),
    structure: [
      ...settings.findings,
      ...portfolio.findings,
      ...(portfolio.entries === null ? [] : portfolioFindings(ids, portfolio.entries)),
      ...identityFindings(state, ids, new Set([...closed.keys(), ...leftovers.keys()])),
      ...leftoverFindings(leftovers),
      ...readings.flatMap((reading) => reading.findings),
    ],
  };
}
