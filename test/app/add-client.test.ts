import { addClient } from "../../src/app/add-client";
import { importClients } from "../../src/app/import-clients";
import { readPlan } from "../../src/app/read-plan";
import {
  fields,
  measured,
  planned,
  portfolioIds,
  sessionOn,
  sheetNames,
  tablesOf,
  valueOf,
  clientsCsv,
  tablesPerClient,
} from "./fixtures";
import { LARGEST_REQUEST } from "./recorded-sizes";

describe("addClient", () => {
  it("given an empty plan, it builds the three sheets, their tables, names and the Cartera row in 2 syncs", async () => {
    const { sim, session } = await planned();
    const added = valueOf(await addClient(session, fields("acmeacme", "Acme")));
    expect(added).toEqual({
      id: "acmeacme",
      created: true,
      sheetNames: { ver: "Acme · Ver", ajustar: "Acme · Ajustar", medir: "Acme · Medir" },
    });
    const { syncs, largest } = measured(sim);
    expect(syncs).toBe(2);
    expect(largest).toBeLessThan(4_000_000);
    expect(largest).toBe(LARGEST_REQUEST.addFirstClient);
    expect(sheetNames(sim)).toEqual(expect.arrayContaining(["Acme · Ver", "Acme · Ajustar", "Acme · Medir"]));
    expect(sheetNames(sim).some((name) => name.startsWith("vam_"))).toBe(false);
    expect(tablesOf(sim, "acmeacme")).toHaveLength(tablesPerClient());
    expect(portfolioIds(sim)).toEqual(["acmeacme"]);
    expect(sim.workbook.tableRowsAddCalls).toBe(0);
  });

  it.each([1, 50])(
    "given a plan of %i clients, one more client still takes 2 syncs and the same request size",
    async (n) => {
      const { sim, session } = await planned();
      valueOf(await importClients(session, clientsCsv(n)));
      sim.instrumentation.reset();
      valueOf(await addClient(session, fields("newclien", "Nuevo")));
      const { syncs, largest } = measured(sim);
      expect(syncs).toBe(2);
      expect(largest).toBe(LARGEST_REQUEST.addClient);
      expect(portfolioIds(sim)).toHaveLength(n + 1);
    },
  );

  it("given the same id again after it succeeded, nothing is added and the result says so", async () => {
    const { sim, session } = await planned();
    valueOf(await addClient(session, fields("acmeacme", "Acme")));
    sim.instrumentation.reset();
    expect(valueOf(await addClient(session, fields("acmeacme", "Acme")))).toEqual({
      id: "acmeacme",
      created: false,
      sheetNames: null,
    });
    expect(measured(sim).syncs).toBe(1);
    expect(portfolioIds(sim)).toEqual(["acmeacme"]);
  });

  it.each([["Acme"], [" ACME "], ["acme"]])(
    "given a complete client called Acme, adding %j is refused as a duplicate",
    async (name) => {
      const { session } = await planned();
      valueOf(await addClient(session, fields("acmeacme", "Acme")));
      const result = await addClient(session, fields("otherone", name));
      expect(result).toEqual({
        ok: false,
        issues: [expect.objectContaining({ code: "validation.nameDuplicate", path: "name" })],
      });
    },
  );

  it("given user text that looks like a formula, a number or a quote, it stays the exact text typed", async () => {
    const { sim, session } = await planned();
    const hostile = ['=HYPERLINK("x")', "+34 600 000 000", "'Comillas'", "007"];
    for (const [i, name] of hostile.entries()) valueOf(await addClient(session, fields(`hostile${i}`, name)));
    const view = valueOf(await readPlan(session));
    expect(view.plan.clients.map((c) => c.name)).toEqual(hostile);
    const ver = sim.workbook.names.find((n) => n.name === "vamNombre_hostile0");
    expect(ver?.ref.kind).toBe("range");
  });

  it("given no plan in the workbook, it asks to set one up and changes nothing", async () => {
    const { sim, session } = sessionOn();
    expect(await addClient(session, fields("acmeacme", "Acme"))).toEqual({
      ok: false,
      issues: [{ code: "app.planMissing" }],
    });
    expect(sheetNames(sim)).toEqual(["Hoja1"]);
  });

  it("given a blank name or a score of 11, it reports the field and changes nothing", async () => {
    const { sim, session } = await planned();
    const blank = await addClient(session, fields("acmeacme", "  "));
    const score = await addClient(session, fields("acmeacme", "Acme", { trust: 11 }));
    expect(blank.ok ? [] : blank.issues.map((i) => i.path)).toEqual(["name"]);
    expect(score.ok ? [] : score.issues.map((i) => i.path)).toEqual(["trust"]);
    expect(sim.instrumentation.requests.filter((r) => r.commands > 3)).toEqual([]);
  });
});
