/** Builders for the December use-case specifications: a whole plan written into excel-sim, a session on a chosen day. */
import { createSimExcel, type SimHost } from "../../excel-sim/host";
import type { IsoDate, Plan } from "../../src/domain/plan";
import { OfficeWorkbookGateway } from "../../src/excel/office-gateway";
import type { PlanSession } from "../../src/app/session";
import { indexState } from "../../src/layout/read-names";
import { readPlan, type PlanReading } from "../../src/layout/read-plan";
import type { WorkbookState } from "../../src/layout/workbook-state";
import { exampleChangeSet } from "../../src/playground/example-load";
import { seededBytes } from "./fixtures";

/**
 * A simulated workbook holding `plan` as the add-in writes it, a gateway and a session on `today`; requests
 * of at most `requestBudgetBytes`, and `vamHoy` fixed to `fixedToday`, when given.
 */
export async function simWithPlan(plan: Plan, today: IsoDate, requestBudgetBytes?: number, fixedToday?: IsoDate) {
  const sim: SimHost = createSimExcel({ firstSheetName: "Hoja1" });
  const options = requestBudgetBytes === undefined ? {} : { requestBudgetBytes };
  const gateway = new OfficeWorkbookGateway((batch) => sim.run(batch), options);
  await new OfficeWorkbookGateway((batch) => sim.run(batch)).apply(
    exampleChangeSet(plan, fixedToday === undefined ? {} : { today: fixedToday }),
  );
  sim.instrumentation.reset();
  const session: PlanSession = { gateway, today: () => today, randomBytes: seededBytes(7), language: plan.language };
  return { sim, gateway, session };
}

/** The workbook as the add-in reads it now, and the plan it holds. */
export async function readBack(
  gateway: OfficeWorkbookGateway,
): Promise<{ state: WorkbookState; reading: PlanReading }> {
  const state = await gateway.inspect();
  return { state, reading: readPlan(state) };
}

/** Sheets as `name (visibility)`, tab order: what a person sees in the tab bar and in Unhide. */
export function sheetList(sim: SimHost): string[] {
  return sim.workbook.sheets.map((s) => `${s.name} (${s.visibility})`);
}

/** Every defined name and table name, sorted: the workbook's identifiers. */
export function identifiers(state: WorkbookState): string[] {
  return [...state.names.map((n) => `name ${n.name}`), ...state.tables.map((t) => `table ${t.name}`)].sort();
}

export { indexState };
