/**
 * Leftovers: what remains of a client id that holds nothing a person typed. A build that failed before the
 * client's name existed leaves scaffold sheets (`vam_<id>_ver`...) and perhaps some of their names; a
 * deletion that stopped after the client's sheets and Cartera row went leaves names that refer to nothing
 * (`#REF!`). Such an id is no client — its name cannot be read, none of its names or tables is on a sheet
 * but its own scaffolds, no Cartera row carries it — so readers report it (`structure.leftover`) instead of a
 * nameless client, and Repair removes it.
 */
import { isClientId } from "../domain/client-id";
import type { ClientId, ClientPhase } from "../domain/plan";
import type { StructureFinding } from "./read-findings";
import { identifierKey, namedCell, type StateIndex } from "./read-names";
import { CLIENT_NAME_STEMS, CLIENT_OWNER_TABLE_STEM, CLIENT_TABLE_STEMS, clientCellName } from "./workbook-names";
import type { WorkbookState } from "./workbook-state";

/**
 * Name a client's sheet has while it is being built: it carries the id, so a retry after a failure finds
 * the half-built sheet even before any of its names exists. Valid sheet name, 20 characters.
 */
export function scaffoldSheetName(id: ClientId, phase: ClientPhase): string {
  return `vam_${id}_${phase}`;
}

/** The id and phase of a scaffold sheet name, or `null`. */
export function parseScaffoldSheetName(name: string): { id: ClientId; phase: ClientPhase } | null {
  const match = /^vam_([a-z][a-z0-9]{7})_(ver|ajustar|medir)$/i.exec(name);
  if (!match) return null;
  const id = (match[1] ?? "").toLowerCase();
  return isClientId(id) ? { id, phase: (match[2] ?? "ver").toLowerCase() as ClientPhase } : null;
}

const NAME_STEMS = new Set(Object.values(CLIENT_NAME_STEMS).map(identifierKey));
const TABLE_STEMS = new Set([...Object.values(CLIENT_TABLE_STEMS), CLIENT_OWNER_TABLE_STEM].map(identifierKey));

function idOf(identifier: string, stems: ReadonlySet<string>): ClientId | null {
  const cut = identifier.lastIndexOf("_");
  if (cut < 0 || !stems.has(identifierKey(identifier.slice(0, cut)))) return null;
  // Excel keeps the case a name was typed in; ids are lower case.
  const id = identifier.slice(cut + 1).toLowerCase();
  return isClientId(id) ? id : null;
}

/** What one id has in the workbook: the sheets its names and tables sit on, and its scaffold sheets. */
interface IdParts {
  readonly homes: Set<string>;
  readonly scaffolds: string[];
  readonly names: string[];
}

function partsById(state: WorkbookState, index: StateIndex): Map<ClientId, IdParts> {
  const parts = new Map<ClientId, IdParts>();
  const of = (id: ClientId): IdParts => {
    const found = parts.get(id) ?? { homes: new Set<string>(), scaffolds: [], names: [] };
    parts.set(id, found);
    return found;
  };
  for (const name of state.names) {
    const id = idOf(name.name, NAME_STEMS);
    if (id === null) continue;
    of(id).names.push(name.name);
    // A name whose sheet is gone refers to nothing (#REF!): it holds nothing.
    if (name.sheetName !== undefined && index.sheets.has(identifierKey(name.sheetName)))
      of(id).homes.add(identifierKey(name.sheetName));
  }
  for (const table of state.tables) {
    const id = idOf(table.name, TABLE_STEMS);
    if (id !== null) of(id).homes.add(identifierKey(table.sheetName));
  }
  for (const sheet of state.sheets) {
    const scaffold = parseScaffoldSheetName(sheet.name);
    if (scaffold !== null) of(scaffold.id).scaffolds.push(sheet.name);
  }
  return parts;
}

/**
 * The leftover ids of a workbook, each with what the finding names (a scaffold sheet, else one of its
 * names). `listed` are the ids Cartera rows carry; `closed` last year's clients (never leftovers).
 */
export function leftoverClients(
  state: WorkbookState,
  index: StateIndex,
  listed: ReadonlySet<string>,
  closed: ReadonlyMap<ClientId, unknown>,
): Map<ClientId, string> {
  const leftovers = new Map<ClientId, string>();
  for (const [id, parts] of partsById(state, index)) {
    if (closed.has(id) || listed.has(id)) continue;
    if (namedCell(index, clientCellName("name", id)).kind === "cell") continue;
    const own = new Set(parts.scaffolds.map(identifierKey));
    if ([...parts.homes].some((home) => !own.has(home))) continue;
    leftovers.set(id, parts.scaffolds[0] ?? parts.names[0] ?? id);
  }
  return leftovers;
}

/** One `structure.leftover` finding per leftover id, by id. */
export function leftoverFindings(leftovers: ReadonlyMap<ClientId, string>): StructureFinding[] {
  return [...leftovers]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, what]) => ({ code: "structure.leftover", clientId: id, what }));
}
