/**
 * The LibreOffice oracle on the rolled-over plan: each oracle plan (and the plan with every input cell
 * filled) goes through `vam-plan rollover`'s code path; the new file opens in LibreOffice without a formula
 * error, and the plan read back from it, built with a fixed `vamHoy` in the new year, shows on Cartera
 * exactly the figures src/domain computes for it — carried actions now overdue, the trust trend against
 * the closing snapshot, archived clients still archived — and Medir's and Cartera's overdue-by-owner tables
 * keep every owner they listed, each count as the domain computes it.
 */
import { writeFileSync } from "node:fs";
import type { Plan } from "../../src/domain/plan";
import { listedActionOwners, listedClientOwners, sameOwner } from "../../src/domain/owners";
import { portfolioFigures } from "../../src/domain/portfolio";
import { readPlan, type PlanReading } from "../../src/layout/read-plan";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { readWorkbookState } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { runInMemory } from "../cli/cli-fixtures";
import { CLOSING_DATE, fullPlan } from "../cli/rollover-fixtures";
import { describeWithLibreOffice, recalculate } from "../support/libreoffice";
import { testOutputPath } from "../support/test-output-path";
import { clientSheetMismatches, portfolioBlockMismatches } from "./figure-checks";
import { errorCells, portfolioRowMismatches, withoutNumberFormats, type Sheets } from "./oracle-checks";
import { ORACLE_PLANS } from "./oracle-plans";

/** `vamHoy` of the rolled-over workbooks: in the new year, after every carried due date of the fixtures. */
const NEW_TODAY = "2028-03-15";

const PLANS: readonly { readonly title: string; readonly plan: Plan }[] = [
  ...ORACLE_PLANS,
  { title: "every-input-filled-es", plan: fullPlan("es").plan },
];

describeWithLibreOffice("the rollover oracle: LibreOffice recalculates the rolled-over plan, the domain agrees", () => {
  describe.each(PLANS)("plan $title", ({ title, plan }) => {
    let rolled: PlanReading;
    let cliFile: Sheets = new Map();
    let fixedToday: Sheets = new Map();
    const spec = () => buildWorkbookSpec(rolled.plan, { today: NEW_TODAY });

    beforeAll(async () => {
      const argv = ["rollover", "--in", "plan.xlsx", "--out", "next.xlsx", "--closing-date", CLOSING_DATE];
      const run = await runInMemory(argv, { files: { "plan.xlsx": await writeWorkbook(buildWorkbookSpec(plan)) } });
      const next = run.written.get("next.xlsx");
      if (next === undefined) throw new Error(`rollover failed: ${run.stderr}`);
      rolled = readPlan(await readWorkbookState(next));
      const asWritten = testOutputPath("rollover-oracle", `${title}-next.xlsx`);
      writeFileSync(asWritten, next);
      cliFile = await recalculate(asWritten);
      const fixed = testOutputPath("rollover-oracle", `${title}-${NEW_TODAY}.xlsx`);
      writeFileSync(fixed, await writeWorkbook(withoutNumberFormats(spec())));
      fixedToday = await recalculate(fixed);
    });

    it("reads back as a plan for the next year with every client, and no structure finding", () => {
      expect([rolled.plan.year, rolled.plan.clients.map((c) => c.id), rolled.structure]).toEqual([
        plan.year + 1,
        plan.clients.map((c) => c.id),
        [],
      ]);
    });

    it("the file vam-plan wrote shows no formula error in any cell of any sheet", () => {
      expect(cliFile.size).toBe(spec().sheets.length);
      expect(errorCells(cliFile, spec())).toEqual([]);
    });

    it("computes every Cartera figure of the new plan exactly as portfolioFigures does", () => {
      const built = spec();
      expect(errorCells(fixedToday, built)).toEqual([]);
      const mismatches = rolled.plan.clients.flatMap((_, index) =>
        portfolioRowMismatches(rolled.plan, built, fixedToday, index, NEW_TODAY),
      );
      expect(mismatches).toEqual([]);
    });

    it("keeps every owner last year's overdue-by-owner tables listed, on Medir and on Cartera", () => {
      const missing = (before: readonly string[], after: readonly string[]): string[] =>
        before.filter((owner) => !after.some((other) => sameOwner(other, owner)));
      const lost = [
        ...missing(listedClientOwners(plan), listedClientOwners(rolled.plan)).map((o) => `Cartera ${o}`),
        ...plan.clients.flatMap((client, index) => {
          const next = rolled.plan.clients[index];
          const after = next === undefined ? [] : listedActionOwners(next);
          return missing(listedActionOwners(client), after).map((o) => `${client.id} ${o}`);
        }),
      ];
      expect(lost).toEqual([]);
    });

    it("counts overdue actions per owner on Medir and Cartera (carried owner rows included) as the domain does", () => {
      const built = spec();
      const medir = rolled.plan.clients.flatMap((_, index) =>
        clientSheetMismatches(rolled.plan, built, fixedToday, index, NEW_TODAY),
      );
      expect([...medir, ...portfolioBlockMismatches(rolled.plan, built, fixedToday, NEW_TODAY)]).toEqual([]);
    });

    it("starts every scored active client's trust trend at 0, against its closing snapshot", () => {
      const rows = portfolioFigures(rolled.plan, NEW_TODAY).rows;
      const trends = rolled.plan.clients.flatMap((client, index) =>
        client.state === "active" && client.trust !== null ? [rows[index]?.figures.trustTrend] : [],
      );
      expect(trends.every((trend) => trend === 0)).toBe(true);
    });
  });
});
