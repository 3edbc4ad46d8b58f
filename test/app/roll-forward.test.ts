/**
 * Nuevo año in place on excel-sim: last year's sheets stay, hidden and named with the year; the new year
 * gets fresh clients (new ids, so every table and name is new) in Cartera, with the closing snapshot; the
 * sync budget is 2 + one per request; the pane's preview changes nothing.
 */
import { previewRollForward, rollForwardPlan } from "../../src/app/roll-forward-plan";
import { readPlan as readPlanView } from "../../src/app/read-plan";
import { successorId } from "../../src/app/successor-id";
import { aClient, anAction, aPlan, aSnapshot } from "../layout/plan-fixtures";
import { measured, portfolioIds, valueOf } from "./fixtures";
import { identifiers, readBack, sheetList, simWithPlan } from "./roll-forward-fixtures";

const CLOSING = "2027-12-20";

function twoClients() {
  return aPlan([
    aClient("acme0001", "Acme", {
      knowledge: 7,
      trust: 5,
      owner: "Ana",
      actions: [anAction({ action: "Abierta" }), anAction({ action: "Hecha", status: "done" })],
      scoreHistory: [aSnapshot({ date: "2027-06-30", period: "2027-T2" })],
    }),
    aClient("beta0001", "Beta", { state: "archived", owner: "Luis" }),
  ]);
}

describe("rollForwardPlan (Nuevo año in place)", () => {
  it("given a 2027 plan, Cartera lists the new year's clients under new ids and last year's sheets are hidden with the year", async () => {
    const { sim, gateway, session } = await simWithPlan(twoClients(), CLOSING);
    const outcome = valueOf(await rollForwardPlan(session, { fromYear: 2027 }));
    expect(outcome.summary).toMatchObject({ fromYear: 2027, toYear: 2028, closingDate: CLOSING, snapshots: 1 });
    expect(outcome.resumed).toBe(false);

    const [acme, beta] = [successorId("acme0001", 2028), successorId("beta0001", 2028)];
    expect(portfolioIds(sim)).toEqual([acme, beta]);
    expect(sheetList(sim)).toEqual([
      "Hoja1 (Visible)",
      "Cartera (Visible)",
      "Acme · Ver 2027 (Hidden)",
      "Acme · Ajustar 2027 (Hidden)",
      "Acme · Medir 2027 (Hidden)",
      "Beta · Ver 2027 (Hidden)",
      "Beta · Ajustar 2027 (Hidden)",
      "Beta · Medir 2027 (Hidden)",
      "Listas (Hidden)",
      "Meta (VeryHidden)",
      "Acme · Ver (Visible)",
      "Acme · Ajustar (Visible)",
      "Acme · Medir (Visible)",
      "Beta · Ver (Hidden)",
      "Beta · Ajustar (Hidden)",
      "Beta · Medir (Hidden)",
    ]);
    const { reading } = await readBack(gateway);
    expect(reading.structure).toEqual([]);
    expect(reading.plan.year).toBe(2028);
    expect(reading.plan.clients.map((c) => [c.id, c.name, c.state])).toEqual([
      [acme, "Acme", "active"],
      [beta, "Beta", "archived"],
    ]);
    const next = reading.plan.clients[0];
    expect(next?.actions.map((a) => a.action)).toEqual(["Abierta"]);
    expect(next?.scoreHistory.map((s) => [s.date, s.period, s.knowledge, s.trust])).toEqual([
      ["2027-06-30", "2027-T2", 6, 6],
      [CLOSING, "Cierre 2027", 7, 5],
    ]);
  });

  it("gives the new year only new identifiers, and keeps every one of last year's", async () => {
    const { gateway, session } = await simWithPlan(twoClients(), CLOSING);
    const before = identifiers(await gateway.inspect());
    valueOf(await rollForwardPlan(session, { fromYear: 2027 }));
    const after = identifiers(await gateway.inspect());
    expect(before.filter((id) => !after.includes(id))).toEqual([]);
    const added = after.filter((id) => !before.includes(id));
    const fresh = [successorId("acme0001", 2028), successorId("beta0001", 2028)];
    const owner = (id: string) => fresh.find((f) => id.endsWith(`_${f}`)) ?? id.slice(id.lastIndexOf("_") + 1);
    expect(new Set(added.map(owner))).toEqual(new Set([...fresh, "acme0001", "beta0001"]));
    // Last year's only additions are the two closed-year markers.
    expect(added.filter((id) => !fresh.some((f) => id.endsWith(`_${f}`)))).toEqual([
      "name vamAnioCerrado_acme0001",
      "name vamAnioCerrado_beta0001",
    ]);
  });

  it("shows no unfinished client, finding or archived duplicate in the pane's reading afterwards", async () => {
    const { session } = await simWithPlan(twoClients(), CLOSING);
    valueOf(await rollForwardPlan(session, { fromYear: 2027 }));
    const view = valueOf(await readPlanView(session));
    expect([view.findings.structure, view.incomplete]).toEqual([[], []]);
    expect(view.plan.clients.map((c) => c.name)).toEqual(["Acme", "Beta"]);
  });

  it.each([1, 4])("takes 2 inspections plus one sync per request (%s clients, 150 kB requests)", async (count) => {
    const clients = Array.from({ length: count }, (_, i) => aClient(`clie000${i}`, `Cliente ${i}`));
    const { sim, gateway, session } = await simWithPlan(aPlan(clients), CLOSING, 150_000);
    valueOf(await rollForwardPlan(session, { fromYear: 2027 }));
    const requests = gateway.lastApplyReport.requests;
    const bytes = requests.reduce((sum, r) => sum + r.bytes, 0);
    expect(measured(sim).syncs).toBe(2 + requests.length);
    expect(requests.length).toBeLessThanOrEqual(Math.ceil(bytes / 150_000) + 1);
    expect(Math.max(...requests.map((r) => r.bytes))).toBeLessThanOrEqual(150_000);
    expect(requests.length).toBeGreaterThanOrEqual(count);
  });

  it("previews what it will do in one sync and changes nothing", async () => {
    const { sim, gateway, session } = await simWithPlan(twoClients(), CLOSING);
    const before = JSON.stringify(await gateway.inspect());
    sim.instrumentation.reset();
    const preview = valueOf(await previewRollForward(session));
    expect(measured(sim).syncs).toBe(1);
    expect(JSON.stringify(await gateway.inspect())).toBe(before);
    expect(preview.exampleSheetName).toBe("Acme · Ver 2027");
    expect(preview.summary.carried.actions).toBe(1);
    expect(preview.summary.left.actions).toBe(1);
    expect(preview.summary.clients.map((c) => c.newId)).toEqual([
      successorId("acme0001", 2028),
      successorId("beta0001", 2028),
    ]);
  });

  it("given a second Nuevo año, closes 2028 too, each year's sheets under their own year", async () => {
    const { sim, session } = await simWithPlan(twoClients(), CLOSING);
    valueOf(await rollForwardPlan(session, { fromYear: 2027 }));
    valueOf(await rollForwardPlan(session, { fromYear: 2028 }));
    const names = sim.workbook.sheets.map((s) => s.name).filter((n) => n.startsWith("Acme"));
    expect(names).toEqual([
      "Acme · Ver 2027",
      "Acme · Ajustar 2027",
      "Acme · Medir 2027",
      "Acme · Ver 2028",
      "Acme · Ajustar 2028",
      "Acme · Medir 2028",
      "Acme · Ver",
      "Acme · Ajustar",
      "Acme · Medir",
    ]);
    const view = valueOf(await readPlanView(session));
    expect([view.plan.year, view.findings.structure, view.incomplete]).toEqual([2029, [], []]);
  });

  it("given the year it closes was closed already (the answer of the last sync was lost), changes nothing", async () => {
    const { sim, gateway, session } = await simWithPlan(twoClients(), CLOSING);
    valueOf(await rollForwardPlan(session, { fromYear: 2027 }));
    const done = JSON.stringify(await gateway.inspect());
    sim.instrumentation.reset();
    const again = valueOf(await rollForwardPlan(session, { fromYear: 2027 }));
    expect(again.alreadyDone).toBe(true);
    expect(again.summary.clients).toEqual([]);
    expect(measured(sim).syncs).toBe(1);
    expect(JSON.stringify(await gateway.inspect())).toBe(done);
  });

  it("given the plan year changed since the confirmation, refuses and changes nothing", async () => {
    const { gateway, session } = await simWithPlan(twoClients(), CLOSING);
    const before = JSON.stringify(await gateway.inspect());
    const result = await rollForwardPlan(session, { fromYear: 2026 });
    expect(result).toEqual({
      ok: false,
      issues: [{ code: "december.rollForward.yearChanged", params: { year: 2026, found: 2027 } }],
    });
    expect(JSON.stringify(await gateway.inspect())).toBe(before);
  });
});
