/**
 * The overdue-by-owner tables follow the plan (issue 5) on excel-sim: adding an action lists its owner on
 * the client's Medir table, adding or importing clients lists their owners on Cartera's — once, matched as
 * the count's criterion matches (whole text, case ignored), in the syncs the use cases already take — and
 * Nuevo año in place carries the owners users typed into either table.
 */
import type { SimHost } from "../../excel-sim/host";
import { addAction } from "../../src/app/add-action";
import { addClient } from "../../src/app/add-client";
import { importClients } from "../../src/app/import-clients";
import { readPlan } from "../../src/app/read-plan";
import { rollForwardPlan } from "../../src/app/roll-forward-plan";
import { successorId } from "../../src/app/successor-id";
import { cellAddress } from "../../src/excel/a1";
import type { OfficeWorkbookGateway } from "../../src/excel/office-gateway";
import { PORTFOLIO_OWNER_TABLE, clientOwnerTableName } from "../../src/layout/workbook-names";
import { aClient, anAction, aPlan } from "../layout/plan-fixtures";
import { fields, measured, planned, typeInto, valueOf } from "./fixtures";
import { simWithPlan } from "./roll-forward-fixtures";

/** An owner table as the add-in reads it: each body row's owner text and count cell (formula or value). */
async function ownerTable(gateway: OfficeWorkbookGateway, name: string) {
  const state = await gateway.inspect({ tableRanges: [name] });
  const table = state.tables.find((t) => t.name === name);
  if (table?.range === undefined) throw new Error(`no table ${name}`);
  return { table, range: table.range, owners: table.rows.map((row) => row[0]) };
}

/** Types `text` into the owner cell of body row `row` of an owner table, as a person would. */
async function typeOwner(sim: SimHost, gateway: OfficeWorkbookGateway, name: string, row: number, text: string) {
  const { table, range } = await ownerTable(gateway, name);
  typeInto(sim, table.sheetName, cellAddress(range.row + 1 + row, range.column), text);
}

/** The formula of the count cell of body row `row` of an owner table, straight from the sim. */
function countFormula(sim: SimHost, name: string, row: number): string | undefined {
  const table = sim.workbook.tables.find((t) => t.name === name);
  const sheet = sim.workbook.sheets.find((s) => s.id === table?.sheetId);
  const content = sheet?.cells.get(`${(table?.rect.row ?? 0) + 1 + row}:${(table?.rect.column ?? 0) + 1}`)?.content;
  return content?.kind === "formula" ? content.formula : undefined;
}

const MEDIR = clientOwnerTableName("acmeacme");

async function acme() {
  const setup = await planned();
  valueOf(await addClient(setup.session, fields("acmeacme", "Acme")));
  setup.sim.instrumentation.reset();
  return setup;
}

describe("addAction lists the action's owner on Medir's overdue-by-owner table", () => {
  it("given a client without actions, fills the table's blank row with the owner and its count formula, in 2 syncs", async () => {
    const { sim, gateway, session } = await acme();
    valueOf(await addAction(session, "acmeacme", { action: "Llamar", owner: "Ana", due: "2027-01-01" }));
    expect(measured(sim).syncs).toBe(2);
    expect((await ownerTable(gateway, MEDIR)).owners).toEqual(["Ana"]);
    expect(countFormula(sim, MEDIR, 0)).toMatch(
      /^=IF\(vamVencidasResp_acmeacme\[\[#This Row\],\[Responsable\]\]="",""/,
    );
  });

  it("given owners in another case, padded or blank, adds a row only for an owner the table does not list", async () => {
    const { sim, gateway, session } = await acme();
    const owners = ["Ana", "ANA", "  Luis  ", "luis", "", "   ", "Ana*", "Álvaro", "álvaro"];
    for (const owner of owners) valueOf(await addAction(session, "acmeacme", { action: `Acción de ${owner}`, owner }));
    expect(measured(sim).syncs).toBe(2 * owners.length);
    expect((await ownerTable(gateway, MEDIR)).owners).toEqual(["Ana", "Luis", "Ana*", "Álvaro"]);
    const plan = valueOf(await readPlan(session)).plan;
    // The stored owner is trimmed, so Luis's row counts the action added as "  Luis  ".
    expect(plan.clients[0]?.actions.map((a) => a.owner)).toEqual([
      "Ana",
      "ANA",
      "Luis",
      "luis",
      "",
      "",
      "Ana*",
      "Álvaro",
      "álvaro",
    ]);
    expect(plan.clients[0]).not.toHaveProperty("extraOwners");
  });

  it("given a row a user typed for the owner, adds none; given its header renamed or the table deleted, adds the action alone", async () => {
    const { sim, gateway, session } = await acme();
    await typeOwner(sim, gateway, MEDIR, 0, "marta");
    valueOf(await addAction(session, "acmeacme", { action: "Comida", owner: "Marta" }));
    expect((await ownerTable(gateway, MEDIR)).owners).toEqual(["marta"]);
    const { table, range } = await ownerTable(gateway, MEDIR);
    typeInto(sim, table.sheetName, cellAddress(range.row, range.column), "Quién");
    valueOf(await addAction(session, "acmeacme", { action: "Visita", owner: "Pilar" }));
    expect((await ownerTable(gateway, MEDIR)).owners).toEqual(["marta"]);
    sim.user.deleteTable(MEDIR);
    valueOf(await addAction(session, "acmeacme", { action: "Correo", owner: "Zoe" }));
    const actions = valueOf(await readPlan(session)).plan.clients[0]?.actions ?? [];
    expect(actions.map((a) => a.owner)).toEqual(["Marta", "Pilar", "Zoe"]);
  });
});

describe("addClient and importClients list client owners on Cartera's overdue-by-owner table", () => {
  it("given clients with owners, the first fills the blank row, the same owner in another case adds none; still 2 syncs each", async () => {
    const { sim, gateway, session } = await planned();
    valueOf(await addClient(session, fields("acmeacme", "Acme", { owner: "Lucía" })));
    expect(measured(sim).syncs).toBe(2);
    valueOf(await addClient(session, fields("betabeta", "Beta", { owner: "LUCÍA" })));
    valueOf(await addClient(session, fields("gammagam", "Gamma")));
    sim.instrumentation.reset();
    valueOf(await addClient(session, fields("deltadel", "Delta", { owner: "Diego" })));
    expect(measured(sim).syncs).toBe(2);
    expect((await ownerTable(gateway, PORTFOLIO_OWNER_TABLE)).owners).toEqual(["Lucía", "Diego"]);
    expect(countFormula(sim, PORTFOLIO_OWNER_TABLE, 1)).toContain("SUMIFS(vamCartera[Acciones vencidas]");
  });

  it("given an import, appends each owner not listed once, in file order, in the import's syncs", async () => {
    const { sim, gateway, session } = await planned();
    valueOf(await addClient(session, fields("acmeacme", "Acme", { owner: "Ana" })));
    sim.instrumentation.reset();
    const csv = ["Cliente;Responsable", "Beta;Luis", "Gamma;ana", "Delta;luis", "Épsilon;", "Zeta;Eva"].join("\n");
    const outcome = valueOf(await importClients(session, csv));
    expect(outcome.added).toHaveLength(5);
    expect(measured(sim).syncs).toBe(2);
    expect((await ownerTable(gateway, PORTFOLIO_OWNER_TABLE)).owners).toEqual(["Ana", "Luis", "Eva"]);
  });
});

describe("Nuevo año in place carries the owners users typed into the overdue-by-owner tables", () => {
  const plan = aPlan([
    aClient("acme0001", "Acme", { owner: "Ana", actions: [anAction({ owner: "Luis", status: "done" })] }),
    aClient("beta0001", "Beta", { owner: "Ana" }),
  ]);

  it("given typed rows on Medir and Cartera, the new year lists them, and the owners of closed actions too", async () => {
    const { sim, gateway, session } = await simWithPlan(plan, "2027-12-20");
    await typeOwner(sim, gateway, clientOwnerTableName("beta0001"), 0, "Marta");
    await typeOwner(sim, gateway, PORTFOLIO_OWNER_TABLE, 0, "Pilar");
    const before = valueOf(await readPlan(session)).plan;
    expect([before.clients[1]?.extraOwners, before.extraClientOwners]).toEqual([["Marta"], ["Pilar"]]);
    valueOf(await rollForwardPlan(session, { fromYear: 2027 }));
    const [acmeNext, betaNext] = [successorId("acme0001", 2028), successorId("beta0001", 2028)];
    expect((await ownerTable(gateway, clientOwnerTableName(acmeNext))).owners).toEqual(["Luis"]);
    expect((await ownerTable(gateway, clientOwnerTableName(betaNext))).owners).toEqual(["Marta"]);
    // Cartera's table stays where it was: the typed row is still there, and the clients' owner is listed.
    expect((await ownerTable(gateway, PORTFOLIO_OWNER_TABLE)).owners).toEqual(["Pilar", "Ana"]);
    const after = valueOf(await readPlan(session)).plan;
    expect([after.year, after.clients.map((c) => c.extraOwners), after.extraClientOwners]).toEqual([
      2028,
      [["Luis"], ["Marta"]],
      ["Pilar"],
    ]);
  });
});
