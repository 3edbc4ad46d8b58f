/**
 * The LibreOffice oracle on Nuevo año in place: plans built on excel-sim as the add-in builds them (with a
 * fixed `vamHoy` in the new year) are rolled forward by the use case the pane calls, exported through the
 * sim's .xlsx export and recalculated by LibreOffice. No cell of any sheet — last year's hidden ones
 * included, whose formulas still use their own names and tables — shows a formula error, and Cartera's rows,
 * switched to the new clients, show exactly the figures src/domain computes for the plan read back.
 */
import { writeFileSync } from "node:fs";
import { toWorkbookSpec } from "../../excel-sim/export-spec";
import { rollForwardPlan } from "../../src/app/roll-forward-plan";
import type { Plan } from "../../src/domain/plan";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { CLOSING_DATE, fullPlan } from "../cli/rollover-fixtures";
import { errorCells, portfolioRowMismatches, withoutNumberFormats, type Sheets } from "../oracle/oracle-checks";
import { ORACLE_PLANS } from "../oracle/oracle-plans";
import { describeWithLibreOffice, recalculate } from "../support/libreoffice";
import { testOutputPath } from "../support/test-output-path";
import { valueOf } from "./fixtures";
import { readBack, simWithPlan } from "./roll-forward-fixtures";

/** `vamHoy` of the workbooks: in the new year, after every carried due date of the fixtures. */
const NEW_TODAY = "2028-03-15";

const PLANS: readonly { readonly title: string; readonly plan: Plan }[] = [
  ...ORACLE_PLANS.filter((p) =>
    ["edges-es", "target-7-en", "directions-owners-en", "hostile-names-es"].includes(p.title),
  ),
  { title: "every-input-filled-es", plan: fullPlan("es").plan },
];

describeWithLibreOffice(
  "the oracle on Nuevo año in place: LibreOffice recalculates the workbook, the domain agrees",
  () => {
    describe.each(PLANS)("plan $title", ({ title, plan }) => {
      let next: Plan;
      let sheets: Sheets = new Map();
      let exported: ReturnType<typeof toWorkbookSpec>["spec"];

      beforeAll(async () => {
        const { sim, gateway, session } = await simWithPlan(plan, CLOSING_DATE, undefined, NEW_TODAY);
        valueOf(await rollForwardPlan(session, { fromYear: plan.year }));
        next = (await readBack(gateway)).reading.plan;
        exported = toWorkbookSpec(sim.workbook).spec;
        const path = testOutputPath("roll-forward-oracle", `${title}.xlsx`);
        writeFileSync(path, await writeWorkbook(withoutNumberFormats(exported)));
        sheets = await recalculate(path);
      });

      it("recalculates every sheet, last year's hidden ones included, without a formula error", () => {
        expect(sheets.size).toBe(exported.sheets.length);
        expect([...sheets.keys()].filter((name) => name.endsWith(` ${plan.year}`)).length).toBe(
          3 * plan.clients.length,
        );
        expect(errorCells(sheets, exported)).toEqual([]);
      });

      it("shows on Cartera, for each new client, exactly the figures portfolioFigures computes", () => {
        expect(next.year).toBe(plan.year + 1);
        const layout = buildWorkbookSpec(next, { today: NEW_TODAY });
        const mismatches = next.clients.flatMap((_, index) =>
          portfolioRowMismatches(next, layout, sheets, index, NEW_TODAY),
        );
        expect(mismatches).toEqual([]);
      });
    });
  },
);
