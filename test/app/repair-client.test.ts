/**
 * repairClient on what is not a whole client: the leftovers of a failed add or of a stopped deletion (no
 * name to read, nothing typed) are reported, and Repair removes them; a real client is never removed.
 */
import { addClient } from "../../src/app/add-client";
import { readPlan } from "../../src/app/read-plan";
import { repairClient } from "../../src/app/repair-client";
import { shareReport } from "../../src/app/share-report";
import { fields, measured, planned, sheetNames, valueOf } from "./fixtures";

/** A plan with Beta, then an add of Acme that stopped after its first sheet, before any name. */
async function failedAdd() {
  const setup = await planned();
  valueOf(await addClient(setup.session, fields("betabeta", "Beta")));
  setup.sim.failSync(2, { kind: "afterCommands", applied: 2 });
  expect((await addClient(setup.session, fields("acmeacme", "Acme"))).ok).toBe(false);
  setup.sim.instrumentation.reset();
  return setup;
}

function namesOf(sim: Awaited<ReturnType<typeof planned>>["sim"], id: string): string[] {
  return sim.workbook.names.filter((n) => n.name.toLowerCase().endsWith(`_${id}`)).map((n) => n.name);
}

describe("repairClient on leftovers", () => {
  it("given a scaffold sheet a failed add left before any name, readPlan reports it and Repair removes it in 2 syncs", async () => {
    const { sim, session } = await failedAdd();
    expect(sheetNames(sim)).toContain("vam_acmeacme_ver");
    const before = valueOf(await readPlan(session));
    expect(before.plan.clients.map((c) => c.id)).toEqual(["betabeta"]);
    expect(before.findings.structure).toEqual([
      { code: "structure.leftover", clientId: "acmeacme", what: "vam_acmeacme_ver" },
    ]);
    sim.instrumentation.reset();

    expect(valueOf(await repairClient(session, "acmeacme")).changes).toBeGreaterThan(0);
    expect(measured(sim).syncs).toBe(2);
    expect(sheetNames(sim).filter((n) => n.startsWith("vam_"))).toEqual([]);
    expect(namesOf(sim, "acmeacme")).toEqual([]);
    const after = valueOf(await readPlan(session));
    expect([after.findings.structure, after.incomplete]).toEqual([[], []]);
    expect(after.plan.clients.map((c) => c.name)).toEqual(["Beta"]);
  });

  it("given the same add tried again with a new id after Repair, one Acme is built and nothing is left over", async () => {
    const { sim, session } = await failedAdd();
    valueOf(await repairClient(session, "acmeacme"));
    valueOf(await addClient(session, fields("acme0002", "Acme")));
    expect(sheetNames(sim).filter((n) => n.startsWith("vam_") || n.startsWith("Acme"))).toEqual([
      "Acme · Ver",
      "Acme · Ajustar",
      "Acme · Medir",
    ]);
    const view = valueOf(await readPlan(session));
    expect([view.findings.structure, view.incomplete]).toEqual([[], []]);
  });

  it("given a leftover whose client had a report sheet, Repair removes the report and its anchor too", async () => {
    const { sim, session } = await planned();
    valueOf(await addClient(session, fields("acmeacme", "Acme")));
    valueOf(await shareReport(session, "acmeacme"));
    // A person deletes Acme's three sheets and its Cartera row: only names pointing nowhere, and the report.
    for (const name of ["Acme · Ver", "Acme · Ajustar", "Acme · Medir"]) sim.user.deleteSheet(name);
    await sim.run(async (context) => {
      context.workbook.tables.getItem("vamCartera").rows.getItemAt(0).delete();
      await context.sync();
    });
    expect(valueOf(await readPlan(session)).findings.structure.map((f) => [f.code, f.clientId])).toEqual([
      ["structure.leftover", "acmeacme"],
    ]);
    valueOf(await repairClient(session, "acmeacme"));
    expect(sheetNames(sim).filter((n) => n.startsWith("Acme"))).toEqual([]);
    expect(namesOf(sim, "acmeacme")).toEqual([]);
    expect(valueOf(await readPlan(session)).findings.structure).toEqual([]);
  });

  it("given a whole client, Repair changes nothing", async () => {
    const { sim, session } = await failedAdd();
    const names = namesOf(sim, "betabeta");
    expect(valueOf(await repairClient(session, "betabeta")).changes).toBe(0);
    expect(namesOf(sim, "betabeta")).toEqual(names);
  });
});
