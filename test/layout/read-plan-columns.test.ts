/**
 * readPlan maps a table's columns by header text, in either language, so co-authors can reorder, retype or
 * translate headers; it keeps partly blank rows (the health check points at them) and skips entirely blank ones.
 */
import type { Plan } from "../../src/domain/plan";
import { readPlan, type PlanReading, type StructureFinding } from "../../src/layout/read-plan";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { clientTableName } from "../../src/layout/workbook-names";
import type { WorkbookState } from "../../src/layout/workbook-state";
import { aClient, aPlan, richClient } from "./plan-fixtures";
import { normalisedForReading, stateOfSpec, withTable } from "./read-plan-fixtures";

const RICH = "rich0001";

function twoClients(): Plan {
  return aPlan([richClient(RICH, "Rica"), aClient("beta0001", "Beta", { owner: "Luis", knowledge: 4 })]);
}

function stateOf(plan: Plan): WorkbookState {
  return stateOfSpec(buildWorkbookSpec(plan));
}

function codes(reading: PlanReading): string[] {
  return reading.structure.map((finding) => finding.code);
}

describe("readPlan maps columns by header, in either language", () => {
  const actions = clientTableName("actions", RICH);

  it("given a table's columns in reverse order, the rows read the same", () => {
    const plan = twoClients();
    const state = withTable(stateOf(plan), actions, (table) => ({
      headers: [...table.headers].reverse(),
      rows: table.rows.map((row) => [...row].reverse()),
    }));
    const reading = readPlan(state);
    expect(reading.plan).toEqual(normalisedForReading(plan));
    expect(reading.structure).toEqual([]);
  });

  it("given headers retyped in English, with other case, accents dropped and spaces around, they still match", () => {
    const plan = twoClients();
    const state = withTable(stateOf(plan), actions, (table) => ({
      headers: table.headers.map((header, index) =>
        index % 2 === 0 ? `  ${header.toUpperCase()} ` : header.normalize("NFD").replace(/\p{M}/gu, ""),
      ),
    }));
    const english = withTable(stateOf(plan), clientTableName("people", RICH), (table) => ({
      headers: table.headers.map((header) => (header === "Nombre" ? "Name" : header === "Rol" ? "Role" : header)),
    }));
    expect(readPlan(state).plan).toEqual(normalisedForReading(plan));
    expect(readPlan(english).plan).toEqual(normalisedForReading(plan));
    expect(readPlan(english).structure).toEqual([]);
  });

  it("given a column a user added, it is ignored and reported; given a column deleted, its field reads empty", () => {
    const state = withTable(stateOf(twoClients()), actions, (table) => ({
      headers: [...table.headers.filter((header) => header !== "Responsable"), "Notas"],
      rows: table.rows.map((row) => [...row.filter((_cell, c) => table.headers[c] !== "Responsable"), "nota"]),
    }));
    const reading = readPlan(state);
    expect(reading.plan.clients[0]?.actions.map((action) => action.owner)).toEqual(["", ""]);
    const base = { clientId: RICH, table: "actions" } as const;
    expect(reading.structure).toEqual<StructureFinding[]>([
      { ...base, code: "structure.columnUnknown", what: "Notas" },
      { ...base, code: "structure.columnMissing", what: "Responsable", field: "owner" },
    ]);
  });

  it("given the same column twice (Estado and Status), the first one counts", () => {
    const state = withTable(stateOf(twoClients()), actions, (table) => ({
      headers: [...table.headers, "Status"],
      rows: table.rows.map((row) => [...row, "cancelada"]),
    }));
    const reading = readPlan(state);
    expect(reading.plan.clients[0]?.actions.map((action) => action.status)).toEqual(["pending", "done"]);
    expect(codes(reading)).toEqual(["structure.columnDuplicate"]);
  });

  it("given a table none of whose headers is known, it reads as empty and is reported once", () => {
    const state = withTable(stateOf(twoClients()), actions, (table) => ({
      headers: table.headers.map((_header, index) => `Columna${index + 1}`),
    }));
    const reading = readPlan(state);
    expect(reading.plan.clients[0]?.actions).toEqual([]);
    expect(reading.structure).toEqual([
      { code: "structure.headersUnknown", clientId: RICH, table: "actions", what: actions },
    ]);
  });

  it("given rows shorter than the headers, the missing cells read as empty", () => {
    const state = withTable(stateOf(twoClients()), actions, (table) => ({
      rows: table.rows.map((row) => row.slice(0, 1)),
    }));
    const reading = readPlan(state);
    expect(
      reading.plan.clients[0]?.actions.map((action) => [action.action, action.level, action.confidential]),
    ).toEqual([
      ["Entrevista de descubrimiento", null, false],
      ["Revisar incidencias", null, false],
    ]);
  });
});

describe("readPlan keeps partly blank rows and skips entirely blank ones", () => {
  const actions = clientTableName("actions", RICH);

  it("given a blank row between two actions, the domain rows skip it and the offsets say where each came from", () => {
    const state = withTable(stateOf(twoClients()), actions, (table) => ({
      rows: [table.rows[0] ?? [], table.headers.map(() => ""), table.rows[1] ?? []],
    }));
    const reading = readPlan(state);
    expect(reading.plan.clients[0]?.actions).toHaveLength(2);
    expect(reading.clients[0]?.tableRowOffsets.actions).toEqual([0, 2]);
  });

  it("given a row with only a due date, it is kept with an empty action so the health check can point at it", () => {
    const state = withTable(stateOf(twoClients()), actions, (table) => ({
      rows: [...table.rows, table.headers.map((header) => (header === "Fecha límite" ? 46_000 : ""))],
    }));
    const reading = readPlan(state);
    expect(reading.plan.clients[0]?.actions[2]).toMatchObject({ action: "", due: "2025-12-09", status: null });
    expect(reading.clients[0]?.tableRowOffsets.actions).toEqual([0, 1, 2]);
  });

  it("given a row holding only the calculated column's formula, it counts as blank", () => {
    const state = withTable(stateOf(twoClients()), actions, (table) => ({
      rows: [...table.rows, table.headers.map((header) => (header === "Vencida" ? "=IF(x,1,0)" : ""))],
    }));
    expect(readPlan(state).plan.clients[0]?.actions).toHaveLength(2);
  });
});
