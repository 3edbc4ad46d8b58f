import { addClient } from "../../src/app/add-client";
import { importClients } from "../../src/app/import-clients";
import { readPlan } from "../../src/app/read-plan";
import { clientsCsv, fields, measured, planned, portfolioIds, sessionOn, valueOf } from "./fixtures";
import { LARGEST_REQUEST } from "./recorded-sizes";

const MB4 = 4_000_000;

describe("importClients", () => {
  it("given 45 clients (over 4 MB of requests), it needs at most 2 + ceil(bytes / 4 MB) syncs, none over 4 MB", async () => {
    const { sim, session } = await planned();
    const suspensionsBefore = sim.workbook.calculationSuspensions;
    const outcome = valueOf(await importClients(session, clientsCsv(45)));
    expect(outcome.added).toHaveLength(45);
    expect(outcome.rejected).toEqual([]);
    const { syncs, largest, total } = measured(sim);
    expect(total).toBeGreaterThan(MB4);
    expect(syncs).toBeLessThanOrEqual(2 + Math.ceil(total / MB4));
    expect(largest).toBeLessThanOrEqual(MB4);
    expect({ syncs, largest }).toEqual({ syncs: 3, largest: LARGEST_REQUEST.import45 });
    expect(sim.workbook.tableRowsAddCalls).toBe(0);
    // Each write request opens with suspendApiCalculationUntilNextSync.
    expect(sim.workbook.calculationSuspensions - suspensionsBefore).toBe(2);
    expect(portfolioIds(sim)).toEqual(outcome.added);
  });

  it("given rows with problems, every good row is added and each bad one reported with its line and reasons", async () => {
    const { session } = await planned();
    valueOf(await addClient(session, fields("acmeacme", "Acme")));
    const text = [
      "Cliente,Responsable,Conocimiento,Confianza",
      "Beta,Ana,7,8",
      ",Sin nombre,1,1",
      "acme ,Repetido,,",
      "Gamma,Luis,11,x",
      "Delta,Eva,,",
    ].join("\r\n");
    const outcome = valueOf(await importClients(session, text));
    const view = valueOf(await readPlan(session));
    expect(view.plan.clients.map((c) => [c.name, c.owner, c.knowledge, c.trust])).toEqual([
      ["Acme", "", null, null],
      ["Beta", "Ana", 7, 8],
      ["Delta", "Eva", null, null],
    ]);
    expect(outcome.rejected.map((r) => [r.line, r.issues.map((i) => i.code)])).toEqual([
      [3, ["import.blankName"]],
      [4, ["import.nameExists"]],
      [5, ["import.scoreOutOfRange", "import.scoreNotWhole"]],
    ]);
  });

  it("given pasted cells (tabs) in English, the rows are read the same way", async () => {
    const { session } = await planned("en");
    const outcome = valueOf(await importClients(session, "Client\tOwner\tDirection\nAcme\tAna\tManager\n"));
    expect(outcome.added).toHaveLength(1);
    const view = valueOf(await readPlan(session));
    expect(view.plan.clients.map((c) => [c.name, c.direction])).toEqual([["Acme", "manager"]]);
  });

  it("given text that is not a client list, nothing is sent to Excel", async () => {
    const { sim, session } = await planned();
    expect(await importClients(session, "")).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: "import.empty" })],
    });
    expect(measured(sim).syncs).toBe(1);
  });

  it("given no plan, it asks to set one up", async () => {
    const { session } = sessionOn();
    expect(await importClients(session, clientsCsv(1))).toEqual({ ok: false, issues: [{ code: "app.planMissing" }] });
  });
});
