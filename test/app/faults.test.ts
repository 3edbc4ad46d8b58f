/**
 * Fault injection: every round trip of addClient and importClients fails in turn, with nothing applied or
 * after part of its commands ran (Excel does not roll back). Afterwards the workbook reads as a valid plan
 * with at most the one unfinished client reported, and a retry finishes it: no duplicate sheet, table or
 * Cartera row, and no typed cell lost.
 */
import { addClient } from "../../src/app/add-client";
import { importClients } from "../../src/app/import-clients";
import { readPlan } from "../../src/app/read-plan";
import { OfficeWorkbookGateway } from "../../src/excel/office-gateway";
import type { FaultMode } from "../../excel-sim/faults";
import type { PlanSession } from "../../src/app/session";
import {
  cellText,
  clientsCsv,
  fields,
  findingsBesides,
  namedAddress,
  planned,
  portfolioIds,
  sheetNames,
  tablesOf,
  typeInto,
  valueOf,
  tablesPerClient,
} from "./fixtures";

/** A plan with one client, Beta, whose input cells a user filled. */
async function planWithTypedClient() {
  const setup = await planned();
  valueOf(await addClient(setup.session, fields("betabeta", "Beta")));
  const knowledge = namedAddress(setup.sim, "vamConocimiento_betabeta");
  const evidence = namedAddress(setup.sim, "vamEvidenciaConocimiento_betabeta");
  typeInto(setup.sim, knowledge.sheet, knowledge.address, "7");
  typeInto(setup.sim, evidence.sheet, evidence.address, "=no es fórmula");
  setup.sim.instrumentation.reset();
  return {
    ...setup,
    typed: [
      { ...knowledge, value: 7 },
      { ...evidence, value: "=no es fórmula" },
    ],
  };
}

function expectTypedKept(setup: Awaited<ReturnType<typeof planWithTypedClient>>): void {
  for (const cell of setup.typed)
    expect(cellText(setup.sim, cell.sheet, cell.address)).toEqual(cell.value === 7 ? 7 : "=no es fórmula");
}

/** The commands of each round trip of `operation` on a fresh workbook of the same shape (a dry run). */
async function commandsPerSync(
  setup: () => Promise<Awaited<ReturnType<typeof planWithTypedClient>>>,
  operation: (session: PlanSession) => Promise<unknown>,
): Promise<number[]> {
  const probe = await setup();
  await operation(probe.session);
  return probe.sim.instrumentation.requests.map((r) => r.commands);
}

/** Where a request may stop partway: its first few commands, every 23rd, and its last two. */
function partlyApplied(commands: number): FaultMode[] {
  const points = new Set<number>([0, 1, 2, 3, 4, commands - 2, commands - 1]);
  for (let k = 5; k < commands; k += 23) points.add(k);
  return [...points].filter((k) => k >= 0 && k < commands).map((applied) => ({ kind: "afterCommands", applied }));
}

/** Every fault to try: each sync with nothing applied, and each write sync stopped at the sampled commands. */
function faultsFor(commands: readonly number[]): [number, FaultMode][] {
  return commands.flatMap((count, i): [number, FaultMode][] => [
    [i + 1, { kind: "nothingApplied" }],
    ...(i === 0 ? [] : partlyApplied(count).map((mode): [number, FaultMode] => [i + 1, mode])),
  ]);
}

const acme = (session: PlanSession) => addClient(session, fields("acmeacme", "Acme"));

describe("addClient under faults", () => {
  it("given each sync failing in turn, nothing or part applied, the plan stays valid and a retry finishes the same client once", async () => {
    const commands = await commandsPerSync(planWithTypedClient, acme);
    expect(commands).toHaveLength(2);
    const faults = faultsFor(commands);
    expect(faults.length).toBeGreaterThan(30);
    for (const [sync, mode] of faults) {
      const setup = await planWithTypedClient();
      setup.sim.failSync(sync, mode);
      expect({ sync, mode, result: await acme(setup.session) }).toEqual({
        sync,
        mode,
        result: { ok: false, issues: [{ code: "excel.unknown" }] },
      });
      const between = valueOf(await readPlan(setup.session));
      expect({ sync, mode, others: findingsBesides(between, "acmeacme") }).toEqual({ sync, mode, others: [] });
      expect(between.incomplete.filter((id) => id !== "acmeacme")).toEqual([]);
      expectTypedKept(setup);

      valueOf(await acme(setup.session));
      const after = valueOf(await readPlan(setup.session));
      expect({ sync, mode, structure: after.findings.structure, incomplete: after.incomplete }).toEqual({
        sync,
        mode,
        structure: [],
        incomplete: [],
      });
      expect(after.plan.clients.map((c) => c.name)).toEqual(["Beta", "Acme"]);
      expect(sheetNames(setup.sim).filter((n) => n.startsWith("Acme") || n.startsWith("vam_"))).toEqual([
        "Acme · Ver",
        "Acme · Ajustar",
        "Acme · Medir",
      ]);
      expect(tablesOf(setup.sim, "acmeacme")).toHaveLength(tablesPerClient());
      expect(portfolioIds(setup.sim)).toEqual(["betabeta", "acmeacme"]);
      expectTypedKept(setup);
    }
  });
});

describe("importClients under faults", () => {
  /** Requests of at most 150 kB: four clients take several write requests, cut mid-client. */
  async function importSetup() {
    const setup = await planWithTypedClient();
    const gateway = new OfficeWorkbookGateway((batch) => setup.sim.run(batch), { requestBudgetBytes: 150_000 });
    return { ...setup, session: { ...setup.session, gateway } };
  }
  const csv = clientsCsv(4, "Importado");
  const importAll = (session: PlanSession) => importClients(session, csv);

  it("given each sync failing in turn, a retry with the same text leaves each client exactly once", async () => {
    const commands = await commandsPerSync(importSetup, importAll);
    expect(commands.length).toBeGreaterThanOrEqual(3);
    // Every sync with nothing applied; every other partial stop (the add's test above tries them all).
    const faults = faultsFor(commands).filter(([, mode], i) => mode.kind === "nothingApplied" || i % 2 === 0);
    for (const [sync, mode] of faults) {
      const setup = await importSetup();
      setup.sim.failSync(sync, mode);
      expect((await importAll(setup.session)).ok).toBe(false);
      const between = valueOf(await readPlan(setup.session));
      expect(between.incomplete.length).toBeLessThanOrEqual(1);
      expect({ sync, mode, others: findingsBesides(between, between.incomplete[0]) }).toEqual({
        sync,
        mode,
        others: [],
      });

      const retry = valueOf(await importAll(setup.session));
      expect(retry.rejected.every((row) => row.issues.every((i) => i.code === "import.nameExists"))).toBe(true);
      const after = valueOf(await readPlan(setup.session));
      expect({ sync, mode, structure: after.findings.structure, incomplete: after.incomplete }).toEqual({
        sync,
        mode,
        structure: [],
        incomplete: [],
      });
      expect(after.plan.clients.map((c) => c.name).sort()).toEqual([
        "Beta",
        "Importado 1",
        "Importado 2",
        "Importado 3",
        "Importado 4",
      ]);
      expect(sheetNames(setup.sim).filter((n) => n.startsWith("vam_"))).toEqual([]);
      expect(sheetNames(setup.sim).filter((n) => n.startsWith("Importado"))).toHaveLength(12);
      expect(portfolioIds(setup.sim)).toHaveLength(5);
      expect(new Set(portfolioIds(setup.sim)).size).toBe(5);
      expectTypedKept(setup);
    }
  });
});
