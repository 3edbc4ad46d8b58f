/**
 * "Nothing typed is dropped" for Nuevo año in place (issue 5): a plan with every input cell filled is written
 * into excel-sim as the add-in writes it and rolled forward from the use case the pane calls. The workbook is
 * then read back the way the add-in reads it: the current plan (the new year) and each of last year's
 * archived clients (through their own names and tables). Every value the plan held is in the new year's
 * sheets where it is carried, or in last year's archived sheets where it is not — value by value.
 */
import { rollForwardPlan } from "../../src/app/roll-forward-plan";
import { successorId } from "../../src/app/successor-id";
import type { Plan, PlanLanguage } from "../../src/domain/plan";
import { closingPeriod } from "../../src/i18n/report-text";
import { readClient } from "../../src/layout/read-client";
import { accountForValues, factDiff, planFacts } from "../cli/rollover-facts";
import { CLOSING_DATE, expectedNextPlan, fullPlan, NEW_YEAR } from "../cli/rollover-fixtures";
import { valueOf } from "./fixtures";
import { indexState, readBack, simWithPlan } from "./roll-forward-fixtures";

/** `plan` with each client under the id it had last year, so new and old facts share paths. */
function underOldIds(plan: Plan, oldIds: readonly string[]): Plan {
  const byNew = new Map(oldIds.map((id) => [successorId(id, NEW_YEAR), id]));
  return { ...plan, clients: plan.clients.map((c) => ({ ...c, id: byNew.get(c.id) ?? `unexpected:${c.id}` })) };
}

describe.each<PlanLanguage>(["es", "en"])(
  "Nuevo año in place on a plan with every input cell filled (%s)",
  (language) => {
    const { plan, clients } = fullPlan(language);
    const oldIds = plan.clients.map((c) => c.id);
    let next: Plan;
    let lastYear: Plan;
    let structure: readonly unknown[];

    beforeAll(async () => {
      const { gateway, session } = await simWithPlan(plan, CLOSING_DATE);
      const before = await readBack(gateway);
      expect(before.reading.structure).toEqual([]);
      expect(factDiff(planFacts(plan), planFacts(before.reading.plan))).toEqual([]);
      valueOf(await rollForwardPlan(session, { fromYear: 2027 }));
      const { state, reading } = await readBack(gateway);
      structure = reading.structure;
      next = underOldIds(reading.plan, oldIds);
      const index = indexState(state);
      lastYear = { ...plan, clients: oldIds.map((id) => readClient(index, id, language).client) };
    });

    it("reads the workbook as the new year's plan, with no finding", () => {
      expect(structure).toEqual([]);
      expect(next.year).toBe(NEW_YEAR);
      expect(next.clients.map((c) => c.id)).toEqual(oldIds);
    });

    it("keeps last year's clients whole in the archived sheets, every value read back exactly, state archivado", () => {
      const archived: Plan = { ...plan, clients: plan.clients.map((c) => ({ ...c, state: "archived" })) };
      expect(factDiff(planFacts(archived), planFacts(lastYear))).toEqual([]);
    });

    it("finds every typed value in the new year where it is carried, or in last year's sheets where it is not", () => {
      const account = accountForValues(clients, planFacts(lastYear), planFacts(next));
      expect(account.problems).toEqual([]);
      expect(account.carried).toBeGreaterThan(200);
      expect(account.inOldFile).toBeGreaterThan(100);
    });

    it("holds exactly the carried rows, the reset indicators and the closing snapshot in the new year", () => {
      const expected = expectedNextPlan(plan, clients, closingPeriod(plan.year, language));
      expect(factDiff(planFacts(expected), planFacts(next))).toEqual([]);
    });
  },
);
