/**
 * deleteClientPermanently and the Cartera: the client's row is removed (no blank row left in the middle),
 * found by its id when the change is applied, so co-authors' edits between our read and our write are safe.
 */
import { addClient } from "../../src/app/add-client";
import { deleteClientPermanently } from "../../src/app/delete-client";
import { readPlan } from "../../src/app/read-plan";
import type { PlanSession } from "../../src/app/session";
import type { SimHost } from "../../excel-sim/host";
import { fields, measured, planned, portfolioIds, sheetNames, valueOf } from "./fixtures";

/** A plan with Acme, Beta and Gamma, in that Cartera order. */
async function threeClients() {
  const setup = await planned();
  for (const [id, name] of [
    ["acmeacme", "Acme"],
    ["betabeta", "Beta"],
    ["gammagam", "Gamma"],
  ] as const) {
    valueOf(await addClient(setup.session, fields(id, name)));
  }
  setup.sim.instrumentation.reset();
  return setup;
}

/** The session, but `meanwhile` runs (another person's edit) after our read and before our write. */
function withEditBetweenReadAndWrite(session: PlanSession, meanwhile: () => Promise<void>): PlanSession {
  const gateway = session.gateway;
  return {
    ...session,
    gateway: {
      inspect: async (request) => {
        const state = await gateway.inspect(request);
        await meanwhile();
        return state;
      },
      apply: (changes, onProgress) => gateway.apply(changes, onProgress),
      subscribe: (onChange) => gateway.subscribe(onChange),
    },
  };
}

/** Another person removes the Cartera row at `index` (a position, as a person deletes a row). */
function removeRowAt(sim: SimHost, index: number): Promise<void> {
  return sim.run(async (context) => {
    context.workbook.tables.getItem("vamCartera").rows.getItemAt(index).delete();
    await context.sync();
  });
}

function carteraRows(sim: SimHost): number | undefined {
  const table = sim.workbook.tables.find((t) => t.name === "vamCartera");
  return table === undefined ? undefined : table.rect.rows - 1;
}

describe("deleteClientPermanently and the Cartera row", () => {
  it("given the middle client, its row goes and the rows below move up: no blank row is left, in 2 syncs", async () => {
    const { sim, session } = await threeClients();
    valueOf(await deleteClientPermanently(session, "betabeta", "Beta"));
    expect(measured(sim).syncs).toBe(2);
    expect(portfolioIds(sim)).toEqual(["acmeacme", "gammagam"]);
    expect(carteraRows(sim)).toBe(2);
    const view = valueOf(await readPlan(session));
    expect(view.plan.clients.map((c) => c.name)).toEqual(["Acme", "Gamma"]);
    expect(view.findings.structure).toEqual([]);
  });

  it("given the only client, its row is emptied (the table keeps one row) and the next client fills it", async () => {
    const { sim, session } = await planned();
    valueOf(await addClient(session, fields("acmeacme", "Acme")));
    valueOf(await deleteClientPermanently(session, "acmeacme", "Acme"));
    expect(carteraRows(sim)).toBe(1);
    expect(portfolioIds(sim)).toEqual([]);
    expect(valueOf(await readPlan(session)).findings.structure).toEqual([]);
    valueOf(await addClient(session, fields("betabeta", "Beta")));
    expect(portfolioIds(sim)).toEqual(["betabeta"]);
    expect(carteraRows(sim)).toBe(1);
  });

  it("given a co-author removed a row above ours after we read, our client's row is the one removed", async () => {
    const { sim, session } = await threeClients();
    const racing = withEditBetweenReadAndWrite(session, () => removeRowAt(sim, 0));
    valueOf(await deleteClientPermanently(racing, "betabeta", "Beta"));
    expect(portfolioIds(sim)).toEqual(["gammagam"]);
    expect(sheetNames(sim).some((n) => n.startsWith("Beta"))).toBe(false);
    expect(sheetNames(sim).some((n) => n.startsWith("Acme"))).toBe(true);
  });

  it("given a co-author added a client after we read, their row stays and ours goes", async () => {
    const { sim, session } = await threeClients();
    const racing = withEditBetweenReadAndWrite(session, async () => {
      valueOf(await addClient(session, fields("deltadel", "Delta")));
    });
    valueOf(await deleteClientPermanently(racing, "acmeacme", "Acme"));
    expect(portfolioIds(sim)).toEqual(["betabeta", "gammagam", "deltadel"]);
  });

  it("given someone removed our client's row after we read, nothing is deleted, and trying again deletes the rest", async () => {
    const { sim, session } = await threeClients();
    const racing = withEditBetweenReadAndWrite(session, () => removeRowAt(sim, 1));
    const first = await deleteClientPermanently(racing, "betabeta", "Beta");
    expect(first).toEqual({ ok: false, issues: [{ code: "excel.notFound" }] });
    expect(sheetNames(sim).filter((n) => n.startsWith("Beta"))).toHaveLength(3);
    valueOf(await deleteClientPermanently(session, "betabeta", "Beta"));
    expect(sheetNames(sim).filter((n) => n.startsWith("Beta"))).toEqual([]);
    expect(portfolioIds(sim)).toEqual(["acmeacme", "gammagam"]);
  });

  it("given two Cartera rows with the client's id (a co-authoring race), both go", async () => {
    const { sim, session } = await threeClients();
    await sim.run(async (context) => {
      const table = context.workbook.tables.getItem("vamCartera");
      const columns = table.columns.load("count");
      await context.sync();
      const row = Array.from({ length: columns.count }, (_, i) => (i === columns.count - 1 ? "betabeta" : ""));
      table.rows.add(undefined, [row]);
      await context.sync();
    });
    expect(portfolioIds(sim)).toEqual(["acmeacme", "betabeta", "gammagam", "betabeta"]);
    valueOf(await deleteClientPermanently(session, "betabeta", "Beta"));
    expect(portfolioIds(sim)).toEqual(["acmeacme", "gammagam"]);
    expect(carteraRows(sim)).toBe(2);
  });
});
