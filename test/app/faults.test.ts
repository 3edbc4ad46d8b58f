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

/** The commands of the add's write request, for sampling "partly applied" failures. */
const ADD_COMMANDS = 627;

function partlyApplied(commands: number): FaultMode[] {
  const points = new Set<number>([0, 1, 2, 3, 4, commands - 2, commands - 1]);
  for (let k = 5; k < commands; k += 23) points.add(k);
  return [...points].sort((a, b) => a - b).map((applied) => ({ kind: "afterCommands", applied }));
}

describe("addClient under faults", () => {
  it("the write request has the number of commands the samples below assume", async () => {
    const setup = await planWithTypedClient();
    valueOf(await addClient(setup.session, fields("acmeacme", "Acme")));
    expect(setup.sim.instrumentation.requests.map((r) => r.commands)).toEqual([3, ADD_COMMANDS]);
  });

  const cases: [number, FaultMode][] = [
    [1, { kind: "nothingApplied" }],
    [2, { kind: "nothingApplied" }],
    ...partlyApplied(ADD_COMMANDS).map((mode): [number, FaultMode] => [2, mode]),
  ];

  it.each(cases)(
    "given sync %i fails (%j), the plan stays valid and a retry finishes the same client once",
    async (sync, mode) => {
      const setup = await planWithTypedClient();
      setup.sim.failSync(sync, mode);
      const failed = await addClient(setup.session, fields("acmeacme", "Acme"));
      expect(failed).toEqual({ ok: false, issues: [{ code: "excel.unknown" }] });
      const between = valueOf(await readPlan(setup.session));
      expect(findingsBesides(between, "acmeacme")).toEqual([]);
      expect(between.incomplete.filter((id) => id !== "acmeacme")).toEqual([]);
      expectTypedKept(setup);

      valueOf(await addClient(setup.session, fields("acmeacme", "Acme")));
      const after = valueOf(await readPlan(setup.session));
      expect(after.findings.structure).toEqual([]);
      expect(after.incomplete).toEqual([]);
      expect(after.plan.clients.map((c) => c.name)).toEqual(["Beta", "Acme"]);
      expect(sheetNames(setup.sim).filter((n) => n.startsWith("Acme") || n.startsWith("vam_"))).toEqual([
        "Acme · Ver",
        "Acme · Ajustar",
        "Acme · Medir",
      ]);
      expect(tablesOf(setup.sim, "acmeacme")).toHaveLength(11);
      expect(portfolioIds(setup.sim)).toEqual(["betabeta", "acmeacme"]);
      expectTypedKept(setup);
    },
  );
});

describe("importClients under faults", () => {
  /** Four clients in requests of at most 150 kB: one inspection and three write requests, cut mid-client. */
  async function importSetup() {
    const setup = await planWithTypedClient();
    const gateway = new OfficeWorkbookGateway((batch) => setup.sim.run(batch), { requestBudgetBytes: 150_000 });
    return { ...setup, session: { ...setup.session, gateway } };
  }
  const csv = clientsCsv(4, "Importado");

  it("the import takes one inspection and three write requests at this budget", async () => {
    const setup = await importSetup();
    valueOf(await importClients(setup.session, csv));
    expect(setup.sim.instrumentation.requests.map((r) => r.commands)).toEqual([3, 908, 882, 717]);
    expect(Math.max(...setup.sim.instrumentation.requests.map((r) => r.requestBytes))).toBeLessThanOrEqual(150_000);
  });

  const cases: [number, FaultMode][] = [1, 2, 3, 4].flatMap((sync): [number, FaultMode][] => [
    [sync, { kind: "nothingApplied" }],
    ...(sync === 1
      ? []
      : [0, 1, 3, 50, 300, 560, 700, 716].map((applied): [number, FaultMode] => [
          sync,
          { kind: "afterCommands", applied },
        ])),
  ]);

  it.each(cases)(
    "given sync %i fails (%j), a retry with the same text leaves each client exactly once",
    async (sync, mode) => {
      const setup = await importSetup();
      setup.sim.failSync(sync, mode);
      expect((await importClients(setup.session, csv)).ok).toBe(false);
      const between = valueOf(await readPlan(setup.session));
      const unfinished = between.incomplete;
      expect(unfinished.length).toBeLessThanOrEqual(1);
      expect(findingsBesides(between, unfinished[0])).toEqual([]);

      const retry = valueOf(await importClients(setup.session, csv));
      expect(retry.rejected.every((row) => row.issues.every((i) => i.code === "import.nameExists"))).toBe(true);
      const after = valueOf(await readPlan(setup.session));
      expect(after.findings.structure).toEqual([]);
      expect(after.incomplete).toEqual([]);
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
    },
  );
});
