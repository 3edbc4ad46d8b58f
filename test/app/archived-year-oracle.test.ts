/**
 * Ver's "Año del plan" after Nuevo año in place, recalculated by LibreOffice: last year's archived Ver sheets
 * show the year they belong to (their client's `vamAnioCerrado_<id>`), the new year's show the new plan year.
 * The cell is `=IFERROR(vamAnioCerrado_<id>,vamAnioPlan)`: for a client without the marker, the name does not
 * exist, and IFERROR must catch that #NAME? — in LibreOffice too, which this checks on the sim's export.
 */
import { writeFileSync } from "node:fs";
import { toWorkbookSpec } from "../../excel-sim/export-spec";
import { rollForwardPlan } from "../../src/app/roll-forward-plan";
import type { Plan } from "../../src/domain/plan";
import type { SheetSpec } from "../../src/layout/spec";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { CLOSING_DATE, fullPlan } from "../cli/rollover-fixtures";
import { cellAt, withoutNumberFormats, type Sheets } from "../oracle/oracle-checks";
import { ORACLE_PLANS } from "../oracle/oracle-plans";
import { describeWithLibreOffice, recalculate } from "../support/libreoffice";
import { testOutputPath } from "../support/test-output-path";
import { valueOf } from "./fixtures";
import { simWithPlan } from "./roll-forward-fixtures";

const PLANS: readonly { readonly title: string; readonly plan: Plan }[] = [
  { title: "every-input-filled-es", plan: fullPlan("es").plan },
  ...ORACLE_PLANS.filter((p) => p.title === "directions-owners-en"),
];

const YEAR_CELL = /^=IFERROR\(vamAnioCerrado_([a-z0-9]+),vamAnioPlan\)$/;

/** Each Ver sheet's plan-year cell: where it is, and the client id its formula names. */
function yearCells(sheets: readonly SheetSpec[]): { sheet: string; row: number; column: number; id: string }[] {
  return sheets.flatMap((sheet) =>
    sheet.cells.flatMap((cell) => {
      const match = cell.value.kind === "formula" ? YEAR_CELL.exec(cell.value.formula) : null;
      return match === null ? [] : [{ sheet: sheet.name, row: cell.row, column: cell.column, id: match[1] ?? "" }];
    }),
  );
}

describeWithLibreOffice("Ver's plan year after Nuevo año in place, recalculated by LibreOffice", () => {
  describe.each(PLANS)("plan $title", ({ title, plan }) => {
    let sheets: Sheets = new Map();
    let cells: ReturnType<typeof yearCells> = [];

    beforeAll(async () => {
      const { sim, session } = await simWithPlan(plan, CLOSING_DATE);
      valueOf(await rollForwardPlan(session, { fromYear: plan.year }));
      const exported = toWorkbookSpec(sim.workbook).spec;
      cells = yearCells(exported.sheets);
      const path = testOutputPath("archived-year-oracle", `${title}.xlsx`);
      writeFileSync(path, await writeWorkbook(withoutNumberFormats(exported)));
      sheets = await recalculate(path);
    });

    it("has one plan-year cell on every Ver sheet, last year's and the new year's", () => {
      expect(cells).toHaveLength(2 * plan.clients.length);
      expect(cells.filter((c) => c.sheet.endsWith(` ${plan.year}`))).toHaveLength(plan.clients.length);
    });

    it("shows the closed year on last year's archived Ver sheets", () => {
      const archived = cells.filter((c) => c.sheet.endsWith(` ${plan.year}`));
      expect(archived.map((c) => cellAt(sheets, c.sheet, c.row, c.column))).toEqual(
        archived.map(() => String(plan.year)),
      );
    });

    it("shows the new plan year on the new year's Ver sheets, whose clients have no closed-year marker", () => {
      const current = cells.filter((c) => !c.sheet.endsWith(` ${plan.year}`));
      expect(current.map((c) => cellAt(sheets, c.sheet, c.row, c.column))).toEqual(
        current.map(() => String(plan.year + 1)),
      );
    });
  });
});
