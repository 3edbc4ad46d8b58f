/**
 * The LibreOffice oracle (DESIGN §6): each fixture plan is built with a fixed `vamHoy`, written to .xlsx,
 * recalculated by headless LibreOffice, and every figure the workbook computes — the Cartera row and its
 * side blocks (by direction, overdue by client owner), Medir's summary, signal and overdue by owner, the
 * pyramid and its warning, Ver's trust trend and suggested trust, Historial's deltas — must equal what
 * src/domain computes for the same plan. No cell may show a formula error, and hostile names must read
 * back unchanged.
 */
import { writeFileSync } from "node:fs";
import { SHEET_NAMES } from "../../src/i18n/workbook-text";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { describeWithLibreOffice, recalculate } from "../support/libreoffice";
import { testOutputPath } from "../support/test-output-path";
import { clientSheetMismatches, portfolioBlockMismatches } from "./figure-checks";
import {
  cellAt,
  errorCells,
  portfolioRowMismatches,
  sheetSpec,
  withoutNumberFormats,
  type Sheets,
} from "./oracle-checks";
import { ORACLE_PLANS, ORACLE_TODAY } from "./oracle-plans";

describeWithLibreOffice("the portfolio oracle: LibreOffice recalculates the workbook, the domain agrees", () => {
  describe.each(ORACLE_PLANS)("plan $title", ({ title, plan }) => {
    const spec = buildWorkbookSpec(plan, { today: ORACLE_TODAY });
    let sheets: Sheets = new Map();

    beforeAll(async () => {
      const path = testOutputPath("oracle", `${title}.xlsx`);
      writeFileSync(path, await writeWorkbook(withoutNumberFormats(spec)));
      sheets = await recalculate(path);
    });

    it("shows no formula error in any cell of any sheet", () => {
      expect(sheets.size).toBe(spec.sheets.length);
      expect(errorCells(sheets, spec)).toEqual([]);
    });

    it("computes every Cartera figure exactly as portfolioFigures does", () => {
      const rows = plan.clients.flatMap((_, index) => portfolioRowMismatches(plan, spec, sheets, index, ORACLE_TODAY));
      expect(rows).toEqual([]);
      expect(sheets.get(SHEET_NAMES.portfolio[plan.language])).toBeDefined();
    });

    it("computes Cartera's per-direction block and overdue actions per client owner as the domain does", () => {
      expect(portfolioBlockMismatches(plan, spec, sheets, ORACLE_TODAY)).toEqual([]);
    });

    it("computes Medir, the pyramid, Ver's trust figures and Historial's deltas as the domain does", () => {
      const mismatches = plan.clients.flatMap((_, index) =>
        clientSheetMismatches(plan, spec, sheets, index, ORACLE_TODAY),
      );
      expect(mismatches).toEqual([]);
    });

    it("reads every client name back unchanged from its Ver sheet", () => {
      for (const client of plan.clients) {
        const ver = sheetSpec(spec, `ver:${client.id}`);
        const nameCell = ver.cells.find((c) => c.value.kind === "text" && c.value.text === client.name);
        if (nameCell === undefined) throw new Error(`no name cell for ${client.id}`);
        expect(cellAt(sheets, ver.name, nameCell.row, nameCell.column)).toBe(client.name);
      }
    });
  });
});
