/**
 * One client from its own names and tables: identity, scores and working agreement from the named cells
 * (`vamNombre_<id>`...), rows from its tables (`vamAcciones_<id>`...), its sheets through the anchor names
 * (`vamVer_<id>`...) whose references follow a renamed sheet. Nothing here looks at sheet names or tab
 * positions to decide what belongs to whom.
 */
import type { Client, ClientId, ClientKind, ClientPhase, ClientState, Direction, PlanLanguage } from "../domain/plan";
import { actionOwners, ownersBeyond } from "../domain/owners";
import { readOwnerRows } from "./owner-tables";
import { isBlankCell, readLabel, readScore, readText, type CellReading } from "./read-cells";
import type { StructureFinding } from "./read-findings";
import { identifierKey, namedCell, sheetNamed, type StateIndex } from "./read-names";
import { readClientTable } from "./read-tables";
import { CLIENT_TABLE_KINDS, CLIENT_TABLES } from "./table-columns";
import {
  CLIENT_NAME_STEMS,
  CLIENT_PHASES,
  clientCellName,
  clientOwnerTableName,
  clientTableName,
  phaseAnchorName,
  type ClientCellKind,
  type ClientTableKind,
  type ClosedListKind,
} from "./workbook-names";
import type { StateValue } from "./workbook-state";

/** What exists of one client in the workbook, for repair and for navigation. */
export interface ClientStructure {
  readonly id: ClientId;
  /** Current name of each phase sheet; `null` when it cannot be found. */
  readonly sheetNames: Readonly<Record<ClientPhase, string | null>>;
  readonly tables: { readonly present: readonly ClientTableKind[]; readonly missing: readonly ClientTableKind[] };
  /** Named cells by kind; a name that refers to nothing (`#REF!`) counts as missing. */
  readonly names: { readonly present: readonly ClientCellKind[]; readonly missing: readonly ClientCellKind[] };
  /** For each table present: the zero-based table body row of each domain row (blank rows are skipped). */
  readonly tableRowOffsets: Readonly<Partial<Record<ClientTableKind, readonly number[]>>>;
}

/** A client read back, its structure, and what was noticed. */
export interface ClientReading {
  readonly client: Client;
  readonly structure: ClientStructure;
  readonly findings: readonly StructureFinding[];
}

const CELL_KINDS = Object.keys(CLIENT_NAME_STEMS) as readonly ClientCellKind[];
const AGREEMENT_KINDS = ["reviewCadence", "sponsorReceives", "teamReceives", "confidentialMatters"] as const;

/** The sheet each named cell is written on (ver-sheet.ts, medir-sheet.ts, sheet-parts.ts anchors). */
function phaseOfCell(kind: ClientCellKind): ClientPhase {
  if (kind === "anchorAjustar") return "ajustar";
  if (kind === "anchorMedir" || (AGREEMENT_KINDS as readonly string[]).includes(kind)) return "medir";
  return "ver";
}

/** The client's named cells: values of the usable ones, sheets they sit on, and findings. */
function readNamedCells(index: StateIndex, id: ClientId) {
  const values = new Map<ClientCellKind, StateValue>();
  const sheets = new Map<ClientCellKind, string>();
  const findings: StructureFinding[] = [];
  for (const kind of CELL_KINDS) {
    const name = clientCellName(kind, id);
    const cell = namedCell(index, name);
    if (cell.kind === "cell") {
      values.set(kind, cell.value);
      sheets.set(kind, cell.sheetName);
    } else {
      const code = cell.kind === "missing" ? "structure.nameMissing" : "structure.nameBroken";
      findings.push({ code, clientId: id, what: name, field: kind });
    }
  }
  return { values, sheets, findings };
}

type NamedCells = ReturnType<typeof readNamedCells>;

/** Field readers over the named cells, recording their problems. */
function cellReaders(id: ClientId, cells: NamedCells, language: PlanLanguage, findings: StructureFinding[]) {
  const note = <V>(kind: ClientCellKind, reading: CellReading<V>): V => {
    if (reading.problem !== undefined) {
      findings.push({ ...reading.problem, clientId: id, what: clientCellName(kind, id), field: kind });
    }
    return reading.value;
  };
  return {
    text: (kind: ClientCellKind) => readText(cells.values.get(kind)),
    score: (kind: ClientCellKind) => note(kind, readScore(cells.values.get(kind))),
    /** A required list value; blank or unknown falls back (a missing name was reported already). */
    list: <C extends string>(kind: ClientCellKind, list: ClosedListKind, fallback: C): C => {
      const value = cells.values.get(kind);
      if (cells.values.has(kind) && isBlankCell(value)) {
        findings.push({ code: "structure.valueMissing", clientId: id, what: clientCellName(kind, id), field: kind });
      }
      return (note(kind, readLabel(value, list, language)) as C | null) ?? fallback;
    },
  };
}

/** The client's fields that live in named cells. */
function clientFields(id: ClientId, cells: NamedCells, language: PlanLanguage, findings: StructureFinding[]) {
  const read = cellReaders(id, cells, language, findings);
  return {
    id,
    name: read.text("name"),
    owner: read.text("owner"),
    sector: read.text("sector"),
    direction: read.list<Direction>("direction", "direction", "client"),
    kind: read.list<ClientKind>("kind", "clientKind", "external"),
    state: read.list<ClientState>("state", "clientState", "active"),
    knowledge: read.score("knowledge"),
    trust: read.score("trust"),
    knowledgeEvidence: read.text("knowledgeEvidence"),
    trustEvidence: read.text("trustEvidence"),
    trustFactors: {
      credibility: read.score("credibility"),
      reliability: read.score("reliability"),
      intimacy: read.score("intimacy"),
      selfOrientation: read.score("selfOrientation"),
    },
    profile: read.text("profile"),
    agreement: {
      reviewCadence: read.text("reviewCadence"),
      sponsorReceives: read.text("sponsorReceives"),
      teamReceives: read.text("teamReceives"),
      confidentialMatters: read.text("confidentialMatters"),
    },
  };
}

/** Each table of the client: its domain rows, row offsets and findings; missing tables read as empty. */
function readTables(index: StateIndex, id: ClientId, language: PlanLanguage, findings: StructureFinding[]) {
  const rows: Partial<Record<ClientTableKind, readonly unknown[]>> = {};
  const offsets: Partial<Record<ClientTableKind, readonly number[]>> = {};
  const sheets = new Map<ClientTableKind, string>();
  for (const kind of CLIENT_TABLE_KINDS) {
    const name = clientTableName(kind, id);
    const table = index.tables.get(identifierKey(name));
    if (table === undefined) {
      findings.push({ code: "structure.tableMissing", clientId: id, what: name, table: kind });
      rows[kind] = [];
      continue;
    }
    const reading = readClientTable(kind, table, language, id);
    rows[kind] = reading.rows;
    offsets[kind] = reading.offsets;
    findings.push(...reading.findings);
    const sheet = sheetNamed(index, table.sheetName);
    if (sheet !== null) sheets.set(kind, sheet.name);
  }
  // Each kind's rows were read through its own column definitions, so they have its row type.
  return { rows: rows as unknown as Pick<Client, ClientTableKind>, offsets, sheets };
}

/**
 * The owners Medir's overdue-by-owner table lists beyond the owners of `actions` (users type rows there,
 * and Nuevo año carries them). The table holds no domain rows, but Medir's figures need it: when it is
 * missing, repair builds it again.
 */
function readExtraOwners(index: StateIndex, id: ClientId, actions: Client["actions"], findings: StructureFinding[]) {
  const ownerTable = clientOwnerTableName(id);
  const table = index.tables.get(identifierKey(ownerTable));
  if (table === undefined) findings.push({ code: "structure.tableMissing", clientId: id, what: ownerTable });
  const extra = ownersBeyond(table === undefined ? [] : (readOwnerRows(table) ?? []), actionOwners({ actions }));
  return extra.length === 0 ? {} : { extraOwners: extra };
}

/** A phase sheet: where its anchor points, else where the phase's other names or tables sit. */
function phaseSheet(phase: ClientPhase, cells: NamedCells, tableSheets: ReadonlyMap<ClientTableKind, string>) {
  const anchorKind = CELL_KINDS.find((kind) => phaseOfCell(kind) === phase && kind.startsWith("anchor"));
  const anchored = anchorKind === undefined ? undefined : cells.sheets.get(anchorKind);
  if (anchored !== undefined) return anchored;
  const byTable = CLIENT_TABLE_KINDS.find((kind) => CLIENT_TABLES[kind].phase === phase && tableSheets.has(kind));
  if (byTable !== undefined) return tableSheets.get(byTable) ?? null;
  const byCell = CELL_KINDS.find((kind) => phaseOfCell(kind) === phase && cells.sheets.has(kind));
  return byCell === undefined ? null : (cells.sheets.get(byCell) ?? null);
}

/** Reads one client, found by its identity names, in the plan language. */
export function readClient(index: StateIndex, id: ClientId, language: PlanLanguage): ClientReading {
  const cells = readNamedCells(index, id);
  const findings: StructureFinding[] = [...cells.findings];
  const fields = clientFields(id, cells, language, findings);
  const tables = readTables(index, id, language, findings);
  const extraOwners = readExtraOwners(index, id, tables.rows.actions, findings);
  const sheetNames = { ver: null, ajustar: null, medir: null } as Record<ClientPhase, string | null>;
  for (const phase of CLIENT_PHASES) {
    sheetNames[phase] = phaseSheet(phase, cells, tables.sheets);
    if (sheetNames[phase] === null) {
      findings.push({ code: "structure.sheetMissing", clientId: id, what: phaseAnchorName(phase, id) });
    }
  }
  const structure: ClientStructure = {
    id,
    sheetNames,
    tables: {
      present: CLIENT_TABLE_KINDS.filter((kind) => tables.offsets[kind] !== undefined),
      missing: CLIENT_TABLE_KINDS.filter((kind) => tables.offsets[kind] === undefined),
    },
    names: {
      present: CELL_KINDS.filter((kind) => cells.values.has(kind)),
      missing: CELL_KINDS.filter((kind) => !cells.values.has(kind)),
    },
    tableRowOffsets: tables.offsets,
  };
  return { client: { ...fields, ...tables.rows, ...extraOwners }, structure, findings };
}
