/**
 * readPlan on workbooks as co-authors leave them: renamed sheets, reordered Cartera rows, deleted
 * tables and names, orphan Cartera rows, foreign workbooks — the plan is still read, every damage is a finding.
 */
import type { Plan } from "../../src/domain/plan";
import { readPlan, type PlanReading } from "../../src/layout/read-plan";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import {
  PORTFOLIO_TABLE,
  clientCellName,
  clientOwnerTableName,
  clientTableName,
  phaseAnchorName,
} from "../../src/layout/workbook-names";
import type { WorkbookState } from "../../src/layout/workbook-state";
import { aClient, aPlan, richClient } from "./plan-fixtures";
import {
  normalisedForReading,
  renameSheet,
  stateOfSpec,
  withTable,
  withoutNames,
  withoutTables,
} from "./read-plan-fixtures";

const RICH = "rich0001";
const BETA = "beta0001";

function twoClients(language: "es" | "en" = "es"): Plan {
  return aPlan([richClient(RICH, "Rica"), aClient(BETA, "Beta", { owner: "Luis", knowledge: 4 })], { language });
}

function stateOf(plan: Plan): WorkbookState {
  return stateOfSpec(buildWorkbookSpec(plan));
}

function codes(reading: PlanReading): string[] {
  return reading.structure.map((finding) => finding.code);
}

function sheetOf(state: WorkbookState, table: string): string {
  const found = state.tables.find((t) => t.name === table);
  if (found === undefined) throw new Error(`no table ${table}`);
  return found.sheetName;
}

describe("readPlan on an intact workbook", () => {
  it("given the state of a freshly built plan, reads the plan back with no finding", () => {
    const plan = twoClients();
    const reading = readPlan(stateOf(plan));
    expect(reading.plan).toEqual(normalisedForReading(plan));
    expect(reading.structure).toEqual([]);
  });
});

describe("readPlan finds clients by their names, not by sheet names or positions", () => {
  it("given every sheet of a client renamed, the client and its sheets are still found", () => {
    const plan = twoClients();
    let state = stateOf(plan);
    const verSheet = sheetOf(state, clientTableName("actions", RICH));
    const renamed = ["Mi cliente favorito", "Plan de acción", "Medición"];
    const old = [
      sheetOf(state, clientTableName("challenges", RICH)),
      verSheet,
      sheetOf(state, clientTableName("feedback", RICH)),
    ];
    old.forEach((name, index) => (state = renameSheet(state, name, renamed[index] as string)));
    const reading = readPlan(state);
    expect(reading.plan).toEqual(normalisedForReading(plan));
    expect(reading.clients[0]?.sheetNames).toEqual({ ver: renamed[0], ajustar: renamed[1], medir: renamed[2] });
    expect(reading.structure).toEqual([]);
  });

  it("given the Cartera rows in another order, the plan follows the Cartera order", () => {
    const state = withTable(stateOf(twoClients()), PORTFOLIO_TABLE, (table) => ({ rows: [...table.rows].reverse() }));
    const reading = readPlan(state);
    expect(reading.plan.clients.map((client) => client.id)).toEqual([BETA, RICH]);
    expect(reading.clients.map((client) => client.portfolioRow)).toEqual([0, 1]);
  });

  it("given a client without a Cartera row, it is still read, after the listed ones, and reported", () => {
    const state = withTable(stateOf(twoClients()), PORTFOLIO_TABLE, (table) => ({ rows: table.rows.slice(1) }));
    const reading = readPlan(state);
    expect(reading.plan.clients.map((client) => client.id)).toEqual([BETA, RICH]);
    expect(reading.clients[1]?.portfolioRow).toBeNull();
    expect(reading.structure).toEqual([{ code: "structure.portfolioRowMissing", clientId: RICH, table: "portfolio" }]);
  });

  it("given a Cartera row whose id has no identity names, it is an orphan, not a client", () => {
    const state = withTable(stateOf(twoClients()), PORTFOLIO_TABLE, (table) => ({
      rows: [...table.rows, table.rows[0]?.map((cell, c) => (table.headers[c] === "Id" ? "zzzz0000" : cell)) ?? []],
    }));
    const reading = readPlan(state);
    expect(reading.plan.clients).toHaveLength(2);
    expect(reading.structure).toEqual([
      { code: "structure.portfolioRowOrphan", what: "zzzz0000", table: "portfolio", row: 2 },
    ]);
  });

  it("given the same id on two Cartera rows, the first one counts and the second is reported", () => {
    const state = withTable(stateOf(twoClients()), PORTFOLIO_TABLE, (table) => ({
      rows: [...table.rows, table.rows[0] ?? []],
    }));
    expect(readPlan(state).structure).toEqual([
      { code: "structure.portfolioRowDuplicate", clientId: RICH, what: RICH, table: "portfolio", row: 2 },
    ]);
  });

  it("given names typed in another case, Excel's names match case-insensitively and the id is lower case", () => {
    const state = stateOf(twoClients());
    const shouted = { ...state, names: state.names.map((name) => ({ ...name, name: name.name.toUpperCase() })) };
    const reading = readPlan(shouted);
    expect(reading.plan.clients.map((client) => client.name)).toEqual(["Rica", "Beta"]);
    expect(reading.structure).toEqual([]);
  });
});

describe("readPlan on deleted tables and names", () => {
  it("given a deleted table, its rows read as empty and repair is told which table", () => {
    const reading = readPlan(withoutTables(stateOf(twoClients()), clientTableName("actions", RICH)));
    expect(reading.plan.clients[0]?.actions).toEqual([]);
    expect(reading.plan.clients[0]?.people).toHaveLength(2);
    expect(reading.clients[0]?.tables.missing).toEqual(["actions"]);
    expect(reading.clients[0]?.tableRowOffsets.actions).toBeUndefined();
    expect(reading.structure).toEqual([
      { code: "structure.tableMissing", clientId: RICH, what: clientTableName("actions", RICH), table: "actions" },
    ]);
  });

  it("given a deleted overdue-by-owner table, repair is told which table (found by the co-authoring property test)", () => {
    const reading = readPlan(withoutTables(stateOf(twoClients()), clientOwnerTableName(BETA)));
    expect(reading.clients[1]?.tables.missing).toEqual([]);
    expect(reading.structure).toEqual([
      { code: "structure.tableMissing", clientId: BETA, what: clientOwnerTableName(BETA) },
    ]);
  });

  it("given a deleted score name, the score reads as not scored and the name is reported", () => {
    const name = clientCellName("knowledge", RICH);
    const reading = readPlan(withoutNames(stateOf(twoClients()), name));
    expect(reading.plan.clients[0]?.knowledge).toBeNull();
    expect(reading.clients[0]?.names.missing).toEqual(["knowledge"]);
    expect(reading.structure).toEqual([
      { code: "structure.nameMissing", clientId: RICH, what: name, field: "knowledge" },
    ]);
  });

  it("given a deleted anchor, the sheet is still found through the phase's tables", () => {
    const state = stateOf(twoClients());
    const anchor = phaseAnchorName("ajustar", RICH);
    const reading = readPlan(withoutNames(state, anchor));
    expect(reading.clients[0]?.sheetNames.ajustar).toBe(sheetOf(state, clientTableName("actions", RICH)));
    expect(codes(reading)).toEqual(["structure.nameMissing"]);
  });

  it("given a deleted sheet (its anchor broken, its tables gone), the sheet is reported missing", () => {
    const state = stateOf(twoClients());
    const ajustar = sheetOf(state, clientTableName("actions", RICH));
    const damaged: WorkbookState = {
      sheets: state.sheets.filter((sheet) => sheet.name !== ajustar),
      tables: state.tables.filter((table) => table.sheetName !== ajustar),
      names: state.names.map((name) =>
        name.sheetName === ajustar ? { name: name.name, formula: "=#REF!$A$1" } : name,
      ),
    };
    const reading = readPlan(damaged);
    expect(reading.clients[0]?.sheetNames).toEqual({
      ver: sheetOf(state, clientTableName("challenges", RICH)),
      ajustar: null,
      medir: sheetOf(state, clientTableName("feedback", RICH)),
    });
    expect(reading.clients[0]?.tables.missing).toEqual(["people", "actions", "services", "meetings"]);
    expect(reading.structure).toContainEqual({
      code: "structure.nameBroken",
      clientId: RICH,
      what: phaseAnchorName("ajustar", RICH),
      field: "anchorAjustar",
    });
    expect(reading.structure).toContainEqual({
      code: "structure.sheetMissing",
      clientId: RICH,
      what: phaseAnchorName("ajustar", RICH),
    });
  });

  it("given the client's name cell deleted, the client is still found through its other identity names", () => {
    const reading = readPlan(withoutNames(stateOf(twoClients()), clientCellName("name", BETA)));
    expect(reading.plan.clients[1]).toMatchObject({ id: BETA, name: "", owner: "Luis", knowledge: 4 });
    expect(codes(reading)).toEqual(["structure.nameMissing"]);
  });

  it("given every identity name of a client deleted, it cannot be read, and its leftovers are reported", () => {
    const identity = (["name", "owner", "sector", "direction", "kind", "state"] as const).map((kind) =>
      clientCellName(kind, BETA),
    );
    const reading = readPlan(withoutNames(stateOf(twoClients()), ...identity));
    expect(reading.plan.clients.map((client) => client.id)).toEqual([RICH]);
    expect(reading.structure).toEqual([
      { code: "structure.portfolioRowOrphan", what: BETA, table: "portfolio", row: 1 },
      { code: "structure.identityMissing", clientId: BETA, what: clientCellName("name", BETA) },
    ]);
  });

  it("given the Cartera table deleted, clients are still read in the tab order of their Ver sheets", () => {
    const state = stateOf(twoClients());
    const swapped = { ...state, sheets: state.sheets.map((sheet) => ({ ...sheet, position: -sheet.position })) };
    expect(readPlan(withoutTables(state, PORTFOLIO_TABLE)).plan.clients.map((client) => client.id)).toEqual([
      RICH,
      BETA,
    ]);
    const reading = readPlan(withoutTables(swapped, PORTFOLIO_TABLE));
    expect(reading.plan.clients.map((client) => client.id)).toEqual([BETA, RICH]);
    expect(reading.structure).toEqual([{ code: "structure.portfolioMissing", what: PORTFOLIO_TABLE }]);
  });
});

describe("readPlan on a workbook that is not a plan", () => {
  it.each<[string, WorkbookState]>([
    ["an empty workbook", { sheets: [], tables: [], names: [] }],
    [
      "a foreign workbook with its own sheets, tables and names",
      {
        sheets: [{ name: "Hoja1", visibility: "visible", position: 0 }],
        tables: [{ name: "Tabla1", sheetName: "Hoja1", headers: ["Cliente", "Importe"], rows: [["Acme", 100]] }],
        names: [
          { name: "Ventas", sheetName: "Hoja1", range: { row: 0, column: 1 }, formula: "=Hoja1!$B$1", values: [[100]] },
        ],
      },
    ],
    [
      "a workbook with look-alike names that are not client names",
      {
        sheets: [],
        tables: [{ name: "vamAcciones", sheetName: "x", headers: [], rows: [] }],
        names: [
          { name: "vamNombre_", formula: "=1" },
          { name: "vamNombre_UPPERCASE99", formula: "=1" },
        ],
      },
    ],
  ])("given %s, the plan is empty and the one finding says so", (_title, state) => {
    const reading = readPlan(state);
    expect(reading.plan).toEqual({ year: 2000, targetScore: 9, language: "es", clients: [] });
    expect(reading.clients).toEqual([]);
    expect(reading.structure).toEqual([{ code: "structure.notAPlan" }]);
  });
});
