/**
 * Leftovers: what a failed add or a stopped deletion leaves of a client id, holding nothing typed, is
 * reported as such (structure.leftover, so Repair is offered and clears it) and is never read as a client.
 */
import { readPlan } from "../../src/layout/read-plan";
import { scaffoldSheetName } from "../../src/layout/read-leftovers";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { PORTFOLIO_TABLE, clientCellName, clientClosedName, phaseAnchorName } from "../../src/layout/workbook-names";
import type { WorkbookState } from "../../src/layout/workbook-state";
import { aClient, aPlan } from "./plan-fixtures";
import { renameSheet, stateOfSpec } from "./read-plan-fixtures";

const ACME = "acme0001";
const BETA = "beta0001";

/** A built plan with Acme and Beta. */
function twoClients(): WorkbookState {
  return stateOfSpec(buildWorkbookSpec(aPlan([aClient(ACME, "Acme"), aClient(BETA, "Beta")])));
}

function belongsTo(identifier: string, id: string): boolean {
  return identifier.toLowerCase().endsWith(`_${id}`);
}

/** Beta's sheets deleted as Excel does it: the sheets and their tables go, names on them refer to #REF!. */
function withSheetsDeleted(state: WorkbookState, ...sheetNames: string[]): WorkbookState {
  const gone = new Set(sheetNames);
  return {
    sheets: state.sheets.filter((s) => !gone.has(s.name)),
    tables: state.tables.filter((t) => !gone.has(t.sheetName)),
    names: state.names.map((n) =>
      n.sheetName !== undefined && gone.has(n.sheetName) ? { name: n.name, formula: "=#REF!" } : n,
    ),
  };
}

/** Beta's Cartera row removed. */
function withoutPortfolioRow(state: WorkbookState, id: string): WorkbookState {
  return {
    ...state,
    tables: state.tables.map((t) =>
      t.name === PORTFOLIO_TABLE ? { ...t, rows: t.rows.filter((row) => !row.includes(id)) } : t,
    ),
  };
}

function betaSheets(state: WorkbookState): string[] {
  return state.sheets.filter((s) => s.name.startsWith("Beta")).map((s) => s.name);
}

/**
 * What an add of Beta that failed after building its Ver sheet leaves: that sheet (and its tables) under
 * its scaffold name, none of its other sheets, only the names `kept`, and no Cartera row.
 */
function failedAdd(state: WorkbookState, kept: readonly string[] = []): WorkbookState {
  const [ver = "", ...others] = betaSheets(state);
  const renamed = renameSheet(withSheetsDeleted(state, ...others), ver, scaffoldSheetName(BETA, "ver"));
  const names = renamed.names.filter((n) => !belongsTo(n.name, BETA) || kept.includes(n.name));
  return withoutPortfolioRow({ ...renamed, names }, BETA);
}

describe("leftovers of a client id", () => {
  it("given a scaffold sheet a failed add left before naming anything, it is a leftover, not a client", () => {
    const state = failedAdd(twoClients());
    const tablesLeft = state.tables.filter((t) => belongsTo(t.name, BETA));
    expect(tablesLeft.length).toBeGreaterThan(0);
    expect(tablesLeft.every((t) => t.sheetName === scaffoldSheetName(BETA, "ver"))).toBe(true);
    const reading = readPlan(state);
    expect(reading.plan.clients.map((c) => c.id)).toEqual([ACME]);
    expect(reading.structure).toEqual([
      { code: "structure.leftover", clientId: BETA, what: scaffoldSheetName(BETA, "ver") },
    ]);
  });

  it("given a deletion that stopped after the sheets and the Cartera row went, its #REF! names are a leftover", () => {
    const built = twoClients();
    const state = withoutPortfolioRow(withSheetsDeleted(built, ...betaSheets(built)), BETA);
    const reading = readPlan(state);
    expect(reading.plan.clients.map((c) => c.id)).toEqual([ACME]);
    expect(reading.structure).toEqual([
      { code: "structure.leftover", clientId: BETA, what: state.names.find((n) => belongsTo(n.name, BETA))?.name },
    ]);
  });

  it.each([
    ["its Cartera row is still there", (s: WorkbookState) => withSheetsDeleted(s, ...betaSheets(s))],
    [
      "its Ajustar and Medir sheets are still there",
      (s: WorkbookState) => withoutPortfolioRow(withSheetsDeleted(s, betaSheets(s)[0] ?? ""), BETA),
    ],
  ])("given the name cell gone but %s, it stays a client (repair has something to rebuild from)", (_, damage) => {
    const reading = readPlan(damage(twoClients()));
    expect(reading.plan.clients.map((c) => c.id)).toEqual([ACME, BETA]);
    expect(reading.structure.map((f) => f.code)).not.toContain("structure.leftover");
    expect(reading.structure).toContainEqual(
      expect.objectContaining({ code: "structure.nameBroken", what: clientCellName("name", BETA) }),
    );
  });

  it("given a build stopped before its renames (the name readable on a scaffold), it is an unfinished client", () => {
    const built = twoClients();
    const state = failedAdd(
      built,
      built.names.map((n) => n.name),
    );
    const reading = readPlan(state);
    expect(reading.plan.clients.map((c) => [c.id, c.name])).toEqual([
      [ACME, "Acme"],
      [BETA, "Beta"],
    ]);
    expect(reading.structure.map((f) => f.code)).not.toContain("structure.leftover");
  });

  it("given last year's client (closed by Nuevo año) with every sheet gone, it is neither a client nor a leftover", () => {
    const built = twoClients();
    const closed = { name: clientClosedName(BETA), formula: "=2026" };
    const state = withoutPortfolioRow(
      withSheetsDeleted({ ...built, names: [...built.names, closed] }, ...betaSheets(built)),
      BETA,
    );
    const reading = readPlan(state);
    expect(reading.plan.clients.map((c) => c.id)).toEqual([ACME]);
    expect(reading.structure).toEqual([]);
  });

  it("given the anchor of a leftover's scaffold, the anchor does not make it a client", () => {
    const state = failedAdd(twoClients(), [phaseAnchorName("ver", BETA)]);
    expect(readPlan(state).structure).toEqual([
      { code: "structure.leftover", clientId: BETA, what: scaffoldSheetName(BETA, "ver") },
    ]);
  });
});
