/**
 * Nuevo año under faults: every round trip fails in turn, with nothing applied or after part of its commands
 * ran (Excel does not roll back). Whatever the failed run left, pressing Nuevo año again finishes the same
 * year and ends in exactly the workbook an unbroken run gives: the same sheets (names, visibility, order),
 * the same names and tables, the same Cartera rows, the same plan read back — and last year's clients whole.
 */
import { readPlan as readPlanView } from "../../src/app/read-plan";
import { rollForwardPlan } from "../../src/app/roll-forward-plan";
import type { FaultMode } from "../../excel-sim/faults";
import type { Plan } from "../../src/domain/plan";
import { readClient } from "../../src/layout/read-client";
import { aClient, anAction, aPlan, aPerson, aSnapshot } from "../layout/plan-fixtures";
import { portfolioIds, valueOf } from "./fixtures";
import { identifiers, indexState, readBack, sheetList, simWithPlan } from "./roll-forward-fixtures";

const CLOSING = "2027-12-20";
/** Requests of at most 150 kB: the two new clients take several requests, cut mid-client. */
const BUDGET = 150_000;

function plan(): Plan {
  return aPlan([
    aClient("acme0001", "Acme", {
      knowledge: 7,
      trust: 5,
      actions: [anAction({ action: "Abierta" }), anAction({ action: "Hecha", status: "done" })],
      people: [aPerson()],
      scoreHistory: [aSnapshot()],
    }),
    aClient("beta0001", "Beta", { knowledge: 3, trust: 9 }),
    aClient("arch0001", "Archivada", { state: "archived" }),
  ]);
}

/** What a person (and the add-in) can tell of the workbook after Nuevo año. */
async function picture(setup: Awaited<ReturnType<typeof simWithPlan>>) {
  const { state, reading } = await readBack(setup.gateway);
  const index = indexState(state);
  return {
    sheets: sheetList(setup.sim),
    identifiers: identifiers(state),
    portfolio: portfolioIds(setup.sim),
    plan: reading.plan,
    structure: reading.structure,
    lastYear: ["acme0001", "beta0001", "arch0001"].map((id) => readClient(index, id, "es").client),
  };
}

/** Where a request may stop partway: its first commands, every 41st, and its last two. */
function partlyApplied(commands: number): FaultMode[] {
  const points = new Set<number>([0, 1, 2, commands - 2, commands - 1]);
  for (let k = 3; k < commands; k += 41) points.add(k);
  return [...points].filter((k) => k >= 0 && k < commands).map((applied) => ({ kind: "afterCommands", applied }));
}

describe("rollForwardPlan under faults", () => {
  it("given each sync failing in turn, nothing or part applied, a retry ends in the workbook an unbroken run gives", async () => {
    const reference = await simWithPlan(plan(), CLOSING, BUDGET);
    valueOf(await rollForwardPlan(reference.session, { fromYear: 2027 }));
    const commands = reference.sim.instrumentation.requests.map((r) => r.commands);
    expect(commands.length).toBeGreaterThanOrEqual(4);
    const expected = await picture(reference);
    expect(expected.structure).toEqual([]);

    const faults = commands.flatMap((count, i): [number, FaultMode][] => [
      [i + 1, { kind: "nothingApplied" }],
      ...(i < 2 ? [] : partlyApplied(count).map((mode): [number, FaultMode] => [i + 1, mode])),
    ]);
    expect(faults.length).toBeGreaterThan(25);
    let resumed = 0;
    for (const [sync, mode] of faults) {
      const setup = await simWithPlan(plan(), CLOSING, BUDGET);
      setup.sim.failSync(sync, mode);
      const failed = await rollForwardPlan(setup.session, { fromYear: 2027 });
      expect({ sync, mode, failed }).toEqual({
        sync,
        mode,
        failed: { ok: false, issues: [{ code: "excel.unknown" }] },
      });
      valueOf(await readPlanView(setup.session));

      const retried = valueOf(await rollForwardPlan(setup.session, { fromYear: 2027 }));
      // A failed inspection changed nothing: the retry is a first run. Later, it says it finishes one.
      if (sync <= 2) expect({ sync, resumed: retried.resumed }).toEqual({ sync, resumed: false });
      if (retried.resumed) resumed += 1;
      expect({ sync, mode, picture: await picture(setup) }).toEqual({ sync, mode, picture: expected });
      const view = valueOf(await readPlanView(setup.session));
      expect({ sync, mode, incomplete: view.incomplete }).toEqual({ sync, mode, incomplete: [] });
    }
    // Most failed runs had begun the new year: their retries found it and finished it.
    expect(resumed).toBeGreaterThan(faults.length / 2);
  }, 120_000);
});
