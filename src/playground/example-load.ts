/**
 * Writes the example plan into a workbook through the add-in's own Office.js adapter: the layout's
 * workbook spec as one change set (every sheet, then every name), applied by OfficeWorkbookGateway, so
 * the result is what the add-in writes for the same plan.
 */
import type { Plan } from "../domain/plan";
import type { ExcelRun } from "../excel/excel-run";
import { OfficeWorkbookGateway } from "../excel/office-gateway";
import { buildWorkbookSpec, type WorkbookOptions } from "../layout/workbook";
import type { ChangeSet } from "../layout/workbook-changes";

/** The change set that creates `plan`'s whole workbook (`options.today` fixes `vamHoy`, for tests). */
export function exampleChangeSet(plan: Plan, options: WorkbookOptions = {}): ChangeSet {
  const spec = buildWorkbookSpec(plan, options);
  return {
    changes: [
      ...spec.sheets.map((sheet) => ({ kind: "addSheet" as const, sheet })),
      { kind: "addNames", names: spec.names },
    ],
    styles: spec.styles,
    sheetNames: Object.fromEntries(spec.sheets.map((sheet) => [sheet.key, sheet.name])),
  };
}

/** Writes `plan` into the (empty) workbook behind `run`, then shows its Cartera sheet. */
export async function loadPlan(run: ExcelRun, plan: Plan): Promise<void> {
  const changes = exampleChangeSet(plan);
  await new OfficeWorkbookGateway(run).apply(changes);
  const portfolio = changes.sheetNames["portfolio"];
  if (portfolio === undefined) return;
  await run(async (context) => {
    context.workbook.worksheets.getItem(portfolio).activate();
    await context.sync();
  });
}
