/**
 * A user who renames and moves client sheets, deletes a table and a sheet, and types into every input cell:
 * reading, repair and upgrade still work, and every cell that held something before holds the same after.
 */
import { addClient } from "../../src/app/add-client";
import { readPlan } from "../../src/app/read-plan";
import { repairClient } from "../../src/app/repair-client";
import { upgradePlan } from "../../src/app/upgrade-plan";
import { listLabel, listLabels } from "../../src/layout/closed-lists";
import { CLIENT_TABLES, CLIENT_TABLE_KINDS, type ColumnType } from "../../src/layout/table-columns";
import { CLIENT_NAME_STEMS, clientTableName } from "../../src/layout/workbook-names";
import type { SimHost } from "../../excel-sim/host";
import {
  fields,
  measured,
  namedAddress,
  planned,
  portfolioIds,
  sheetNames,
  tablesOf,
  typeInto,
  valueOf,
  tablesPerClient,
} from "./fixtures";

/** Text a person would type into a cell of this column type, accepted by its validation. */
function typedFor(type: ColumnType, seed: number): string | null {
  switch (type.kind) {
    case "text":
      return `Texto ${seed}`;
    case "date":
      return "2027-02-03";
    case "score":
      return String(seed % 11);
    case "number":
      return String(seed * 3);
    case "list":
      return listLabels(type.list, "es")[0] ?? null;
    case "yesNo":
      return listLabel("yesNo", "es", "yes");
    default:
      return null;
  }
}

function letters(column: number): string {
  let text = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

/** Types into the first body row of every table of the client, every input column. */
function typeIntoTables(sim: SimHost, id: string): void {
  for (const kind of CLIENT_TABLE_KINDS) {
    const table = sim.workbook.tables.find((t) => t.name === clientTableName(kind, id));
    const sheet = sim.workbook.sheets.find((s) => s.id === table?.sheetId);
    if (table === undefined || sheet === undefined) throw new Error(`no table ${kind}`);
    CLIENT_TABLES[kind].columns.forEach((column, i) => {
      const text = typedFor(column.type, i + 1);
      if (text !== null) typeInto(sim, sheet.name, `${letters(table.rect.column + i)}${table.rect.row + 2}`, text);
    });
  }
}

/** Types into every named input cell of the client (identity, scores, evidence, factors, agreement). */
function typeIntoNamedCells(sim: SimHost, id: string): void {
  const values: Record<string, string> = {
    name: "Acme",
    owner: "'=Ana",
    sector: "'+34 Banca",
    direction: listLabel("direction", "es", "team"),
    kind: listLabel("clientKind", "es", "internal"),
    state: listLabel("clientState", "es", "active"),
    knowledge: "6",
    trust: "7",
    credibility: "5",
    reliability: "4",
    intimacy: "3",
    selfOrientation: "2",
  };
  for (const [kind, stem] of Object.entries(CLIENT_NAME_STEMS)) {
    if (kind.startsWith("anchor")) continue;
    const cell = namedAddress(sim, `${stem}_${id}`);
    typeInto(sim, cell.sheet, cell.address, values[kind] ?? `Escrito en ${kind}`);
  }
}

/** Every non-empty cell of the workbook's client sheets, by sheet id and position. */
function filledCells(sim: SimHost): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const sheet of sim.workbook.sheets) {
    for (const [key, cell] of sheet.cells)
      if (cell.content !== undefined) cells.set(`${sheet.id}!${key}`, cell.content);
  }
  return cells;
}

function expectNothingLost(before: Map<string, unknown>, after: Map<string, unknown>): void {
  const lost = [...before].filter(([key, content]) => JSON.stringify(after.get(key)) !== JSON.stringify(content));
  expect(lost).toEqual([]);
}

async function hostileWorkbook() {
  const setup = await planned();
  valueOf(await addClient(setup.session, fields("acmeacme", "Acme")));
  valueOf(await addClient(setup.session, fields("betabeta", "Beta")));
  const { sim } = setup;
  typeIntoNamedCells(sim, "acmeacme");
  typeIntoTables(sim, "acmeacme");
  sim.user.renameSheet("Acme · Ver", "Mi cliente Acme");
  sim.user.moveSheet("Acme · Medir", 0);
  sim.user.deleteTable("vamAcciones_acmeacme");
  sim.user.deleteSheet("Beta · Ajustar");
  sim.user.deleteName("vamPerfil_betabeta");
  sim.instrumentation.reset();
  return setup;
}

describe("a hostile user", () => {
  it("given the damage, the plan still reads, with every typed value and the damage reported", async () => {
    const { session } = await hostileWorkbook();
    const view = valueOf(await readPlan(session));
    const acme = view.plan.clients.find((c) => c.id === "acmeacme");
    expect([acme?.owner, acme?.sector, acme?.direction, acme?.kind, acme?.knowledge, acme?.trust]).toEqual([
      "=Ana",
      "+34 Banca",
      "team",
      "internal",
      6,
      7,
    ]);
    expect(acme?.challenges).toHaveLength(1);
    expect(view.sheetNames["acmeacme"]?.ver).toBe("Mi cliente Acme");
    expect(view.findings.structure.map((f) => [f.code, f.clientId, f.what])).toEqual(
      expect.arrayContaining([
        ["structure.tableMissing", "acmeacme", "vamAcciones_acmeacme"],
        ["structure.sheetMissing", "betabeta", "vamAjustar_betabeta"],
        ["structure.nameMissing", "betabeta", "vamPerfil_betabeta"],
      ]),
    );
  });

  it("repair recreates the table, the sheet and the name in at most 3 syncs, keeping every filled cell", async () => {
    const { sim, session } = await hostileWorkbook();
    const before = filledCells(sim);
    valueOf(await repairClient(session, "acmeacme"));
    expect(measured(sim).syncs).toBe(3);
    sim.instrumentation.reset();
    valueOf(await repairClient(session, "betabeta"));
    expect(measured(sim).syncs).toBe(2);
    expectNothingLost(before, filledCells(sim));
    const view = valueOf(await readPlan(session));
    expect(view.findings.structure).toEqual([]);
    expect(tablesOf(sim, "acmeacme")).toHaveLength(tablesPerClient());
    expect(sheetNames(sim)).toEqual(expect.arrayContaining(["Mi cliente Acme", "Acme · Medir", "Beta · Ajustar"]));
    expect(sheetNames(sim).filter((n) => n.startsWith("vam_"))).toEqual([]);
    expect(portfolioIds(sim)).toEqual(["acmeacme", "betabeta"]);
    expect(sim.workbook.tableRowsAddCalls).toBe(0);
  });

  it("upgrade repairs the whole plan the same way, and a second upgrade changes nothing", async () => {
    const { sim, session } = await hostileWorkbook();
    const before = filledCells(sim);
    const first = valueOf(await upgradePlan(session));
    expect(first.changes).toBeGreaterThan(0);
    expect(measured(sim).syncs).toBeLessThanOrEqual(3);
    expectNothingLost(before, filledCells(sim));
    expect(valueOf(await readPlan(session)).findings.structure).toEqual([]);
    sim.instrumentation.reset();
    expect(valueOf(await upgradePlan(session)).changes).toBe(0);
    expect(measured(sim).syncs).toBe(1);
  });

  it("given the deleted table's rows were left as a range, the recreated table takes them in as its body", async () => {
    const { sim, session } = await planned();
    valueOf(await addClient(session, fields("acmeacme", "Acme")));
    typeIntoTables(sim, "acmeacme");
    const table = sim.workbook.tables.find((t) => t.name === "vamRetos_acmeacme");
    const sheet = sim.workbook.sheets.find((s) => s.id === table?.sheetId);
    if (table === undefined || sheet === undefined) throw new Error("no table");
    typeInto(sim, sheet.name, `${letters(table.rect.column + 1)}${table.rect.row + 3}`, "Segundo reto");
    sim.workbook.tables = sim.workbook.tables.filter((t) => t !== table);
    const before = filledCells(sim);
    valueOf(await repairClient(session, "acmeacme"));
    expectNothingLost(before, filledCells(sim));
    const view = valueOf(await readPlan(session));
    expect(view.plan.clients[0]?.challenges.map((c) => c.description)).toEqual(["Texto 2", "Segundo reto"]);
  });
});
