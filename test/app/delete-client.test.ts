/**
 * deleteClientPermanently and the Cartera: the client's row is removed (no blank row left in the middle),
 * found by its id when the change is applied, so co-authors' edits between our read and our write are safe.
 * A deletion that stops part-way leaves the client listed by its name (or, past its Ver sheet, a leftover),
 * and deleting again finishes it; the client's report sheet goes with it.
 */
import { addClient } from "../../src/app/add-client";
import { deleteClientPermanently } from "../../src/app/delete-client";
import { readPlan } from "../../src/app/read-plan";
import { shareReport } from "../../src/app/share-report";
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

  it("given someone removed our client's row after we read, the deletion stops before its Ver sheet, the client is still listed by its name, and trying again deletes the rest", async () => {
    const { sim, session } = await threeClients();
    const racing = withEditBetweenReadAndWrite(session, () => removeRowAt(sim, 1));
    const first = await deleteClientPermanently(racing, "betabeta", "Beta");
    expect(first).toEqual({ ok: false, issues: [{ code: "excel.notFound" }] });
    expect(sheetNames(sim).filter((n) => n.startsWith("Beta"))).toEqual(["Beta · Ver"]);
    expect(valueOf(await readPlan(session)).plan.clients.map((c) => c.name)).toEqual(["Acme", "Gamma", "Beta"]);
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

/** Everything of `id` still in the workbook: sheets, tables, names, Cartera rows. */
function remainsOf(sim: SimHost, id: string): string[] {
  const mine = (name: string): boolean => name.toLowerCase().includes(id);
  return [
    ...sheetNames(sim).filter((n) => mine(n) || n.startsWith("Acme")),
    ...sim.workbook.tables.filter((t) => mine(t.name)).map((t) => t.name),
    ...sim.workbook.names.filter((n) => mine(n.name)).map((n) => n.name),
    ...portfolioIds(sim).filter(mine),
  ];
}

describe("deleteClientPermanently stopped part-way (a failed sync: Excel does not roll back)", () => {
  /** Beta, then Acme with a report sheet: the client the deletions are about. */
  async function acmeWithReport() {
    const setup = await planned();
    valueOf(await addClient(setup.session, fields("betabeta", "Beta")));
    valueOf(await addClient(setup.session, fields("acmeacme", "Acme")));
    valueOf(await shareReport(setup.session, "acmeacme"));
    setup.sim.instrumentation.reset();
    return setup;
  }

  it("given the whole deletion, the report sheet and its anchor go with the client", async () => {
    const { sim, session } = await acmeWithReport();
    expect(sheetNames(sim)).toContain("Acme · Informe");
    valueOf(await deleteClientPermanently(session, "acmeacme", "Acme"));
    expect(measured(sim).syncs).toBe(2);
    expect(remainsOf(sim, "acmeacme")).toEqual([]);
    expect(valueOf(await readPlan(session)).findings.structure).toEqual([]);
  });

  it("given a stop after each of its commands in turn, the client is listed by its name or only a leftover remains, and deleting again removes everything", async () => {
    const probe = await acmeWithReport();
    valueOf(await deleteClientPermanently(probe.session, "acmeacme", "Acme"));
    const commands = probe.sim.instrumentation.requests[1]?.commands ?? 0;
    expect(commands).toBeGreaterThan(10);
    for (let applied = 0; applied < commands; applied += 1) {
      const { sim, session } = await acmeWithReport();
      sim.failSync(2, { kind: "afterCommands", applied });
      expect((await deleteClientPermanently(session, "acmeacme", "Acme")).ok).toBe(false);
      const between = valueOf(await readPlan(session));
      const listed = between.plan.clients.filter((c) => c.id === "acmeacme").map((c) => c.name);
      const leftover = between.findings.structure.some(
        (f) => f.code === "structure.leftover" && f.clientId === "acmeacme",
      );
      expect({ applied, state: listed.length === 1 ? listed : leftover ? "leftover" : "gone" }).toEqual({
        applied,
        state: listed.length === 1 ? ["Acme"] : "leftover",
      });
      expect(between.findings.structure.map((f) => f.code)).not.toContain("structure.identityMissing");

      valueOf(await deleteClientPermanently(session, "acmeacme", "Acme"));
      expect({ applied, remains: remainsOf(sim, "acmeacme") }).toEqual({ applied, remains: [] });
      const after = valueOf(await readPlan(session));
      expect({ applied, structure: after.findings.structure, incomplete: after.incomplete }).toEqual({
        applied,
        structure: [],
        incomplete: [],
      });
      expect(after.plan.clients.map((c) => c.name)).toEqual(["Beta"]);
    }
  });
});
