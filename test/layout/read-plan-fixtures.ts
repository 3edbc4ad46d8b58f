/**
 * Fixtures for the read path: rich plans whose every field is filled (hostile texts included), the one
 * normalisation a round trip applies, and a workbook state built straight from a spec (no file), so tests
 * can damage a workbook the way co-authors do and read it back.
 */
import { isoDateToSerial } from "../../src/domain/dates";
import type { Client, Plan, PlanLanguage } from "../../src/domain/plan";
import { cellOf } from "../../src/layout/client-table";
import type { CellValue, WorkbookSpec } from "../../src/layout/spec";
import { CLIENT_TABLES, CLIENT_TABLE_KINDS, type ClientColumn } from "../../src/layout/table-columns";
import type { NameState, StateValue, TableState, WorkbookState } from "../../src/layout/workbook-state";
import type { ClientTableKind } from "../../src/layout/workbook-names";
import { HOSTILE_TEXTS } from "../xlsx/hostile-texts";
import {
  HOSTILE_NAMES,
  aClient,
  aFeedback,
  aPlan,
  aService,
  aSnapshot,
  anAction,
  anIndicator,
  richClient,
} from "./plan-fixtures";

/** The hostile texts alone, in a fixed order. */
export const HOSTILE: readonly string[] = HOSTILE_TEXTS.map(([, text]) => text);

function hostile(index: number): string {
  return HOSTILE[index % HOSTILE.length] as string;
}

/** A client whose every text field — identity, evidence, agreement, table cells — is a hostile text. */
export function hostileClient(id: string): Client {
  const base = richClient(id, "=1+1");
  let n = 0;
  const next = (): string => hostile(n++);
  return {
    ...base,
    owner: next(),
    sector: next(),
    profile: next(),
    knowledgeEvidence: next(),
    trustEvidence: next(),
    agreement: { reviewCadence: next(), sponsorReceives: next(), teamReceives: next(), confidentialMatters: next() },
    actions: HOSTILE.map((text, index) =>
      anAction({
        action: text,
        person: hostile(index + 1),
        owner: hostile(index + 2),
        alsoInvolve: hostile(index + 3),
      }),
    ),
    people: base.people.map((person) => ({ ...person, name: next(), influences: next(), nextStep: next() })),
    feedback: [aFeedback({ comment: next(), channel: next(), who: next(), followUp: next() })],
  };
}

/** A client with edge values: empty tables, rows with blank key text, decimals, negatives, null scores. */
export function edgeClient(id: string): Client {
  return aClient(id, "Bordes", {
    direction: "team",
    kind: "internal",
    knowledge: 0,
    trust: 10,
    actions: [anAction({ action: "", level: null, purpose: null, due: null, status: null, owner: "" })],
    scoreHistory: [aSnapshot({ knowledge: null, trust: null, note: "sin puntuar" }), aSnapshot({ date: "" })],
    indicators: [anIndicator({ baseline: -2.5, target: 1e9, quarters: [null, 0.125, null, -7] })],
    services: [aService({ service: "", providedToday: null, need: "", opportunity: "" })],
  });
}

/** A plan exercising every field and table, in `language`. */
export function richPlan(language: PlanLanguage): Plan {
  return aPlan(
    [
      richClient("rich0001", "Rica"),
      aClient("arch0001", "Archivada", { state: "archived", direction: "peers" }),
      hostileClient("host9999"),
      edgeClient("edge0001"),
      ...HOSTILE_NAMES.map((name, index) => aClient(`name${String(index).padStart(4, "0")}`, name)),
    ],
    { language, year: 2028, targetScore: 8 },
  );
}

function isBlankRow(kind: ClientTableKind, row: unknown, language: PlanLanguage): boolean {
  const columns = CLIENT_TABLES[kind].columns as readonly ClientColumn<unknown>[];
  return columns.every(
    (column) => column.read === undefined || cellOf(column.type, column.read(row), language).kind === "empty",
  );
}

/**
 * The plan as a round trip returns it: domain rows that write no cell at all (a table row that is entirely
 * blank) are not read back, exactly like the blank row an empty table keeps.
 */
export function normalisedForReading(plan: Plan): Plan {
  const client = (c: Client): Client => {
    const tables: Partial<Record<ClientTableKind, unknown[]>> = {};
    for (const kind of CLIENT_TABLE_KINDS) {
      tables[kind] = (CLIENT_TABLES[kind].rowsOf(c) as readonly unknown[]).filter(
        (row) => !isBlankRow(kind, row, plan.language),
      );
    }
    return { ...c, ...(tables as unknown as Pick<Client, ClientTableKind>) };
  };
  return { ...plan, clients: plan.clients.map(client) };
}

/** What a host reports for a spec cell: formulas as their text (nothing calculates here). */
function stateValueOfSpec(value: CellValue): StateValue {
  switch (value.kind) {
    case "text":
      return value.text;
    case "number":
      return value.value;
    case "date":
      return isoDateToSerial(value.iso);
    case "formula":
      return value.formula;
    case "empty":
      return "";
  }
}

/** A workbook state straight from a spec, as a freshly built workbook would report it. */
export function stateOfSpec(spec: WorkbookSpec): WorkbookState {
  const cellValues = new Map<string, StateValue>();
  const tables: TableState[] = [];
  spec.sheets.forEach((sheet) => {
    for (const cell of sheet.cells)
      cellValues.set(`${sheet.key}!${cell.row}!${cell.column}`, stateValueOfSpec(cell.value));
    for (const table of sheet.tables) {
      tables.push({
        name: table.name,
        sheetName: sheet.name,
        headers: table.columns.map((column) => column.header),
        rows: table.rows.map((row) => row.map(stateValueOfSpec)),
        range: { row: table.row, column: table.column, rows: table.rows.length + 1, columns: table.columns.length },
      });
    }
  });
  const names: NameState[] = spec.names.map((name) => {
    if (name.kind === "formula") return { name: name.name, formula: name.formula };
    const sheet = spec.sheets.find((candidate) => candidate.key === name.sheetKey);
    const value = cellValues.get(`${name.sheetKey}!${name.range.row}!${name.range.column}`) ?? "";
    return { name: name.name, sheetName: sheet?.name ?? "", range: name.range, formula: "=ref", values: [[value]] };
  });
  return {
    sheets: spec.sheets.map((sheet, position) => ({ name: sheet.name, visibility: sheet.visibility, position })),
    tables,
    names,
  };
}

/** The state with the sheet `from` renamed to `to` everywhere it is referred to, as Excel does. */
export function renameSheet(state: WorkbookState, from: string, to: string): WorkbookState {
  const rename = (name: string | undefined) => (name === from ? to : name);
  return {
    sheets: state.sheets.map((sheet) => (sheet.name === from ? { ...sheet, name: to } : sheet)),
    tables: state.tables.map((table) => ({ ...table, sheetName: rename(table.sheetName) ?? "" })),
    names: state.names.map((name) => (name.sheetName === from ? { ...name, sheetName: to } : name)),
  };
}

/** The state without the defined names `names`. */
export function withoutNames(state: WorkbookState, ...names: string[]): WorkbookState {
  return { ...state, names: state.names.filter((name) => !names.includes(name.name)) };
}

/** The state without the tables `tables`. */
export function withoutTables(state: WorkbookState, ...tables: string[]): WorkbookState {
  return { ...state, tables: state.tables.filter((table) => !tables.includes(table.name)) };
}

/** The state with the named cell `name` holding `value`. */
export function withNameValue(state: WorkbookState, name: string, value: StateValue): WorkbookState {
  return { ...state, names: state.names.map((n) => (n.name === name ? { ...n, values: [[value]] } : n)) };
}

/** The state with the table `name` changed by `change`. */
export function withTable(
  state: WorkbookState,
  name: string,
  change: (table: TableState) => Partial<TableState>,
): WorkbookState {
  return {
    ...state,
    tables: state.tables.map((table) => (table.name === name ? { ...table, ...change(table) } : table)),
  };
}

/** The state with one body cell of a table, found by header, holding `value`. */
export function withTableCell(
  state: WorkbookState,
  table: string,
  row: number,
  header: string,
  value: StateValue,
): WorkbookState {
  return withTable(state, table, (t) => {
    const column = t.headers.indexOf(header);
    if (column < 0) throw new Error(`table ${table} has no header ${header}: ${t.headers.join(", ")}`);
    return {
      rows: t.rows.map((cells, r) => (r === row ? cells.map((cell, c) => (c === column ? value : cell)) : cells)),
    };
  });
}
