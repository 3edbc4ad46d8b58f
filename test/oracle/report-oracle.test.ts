/**
 * The LibreOffice oracle on the shareable report: the file `vam-plan report` writes opens in LibreOffice
 * as one sheet with no formula error, and every cell shows the value the report was built with — text
 * exactly, dates as the same day, numbers as their number format shows them.
 */
import { writeFileSync } from "node:fs";
import type { Plan, PlanLanguage } from "../../src/domain/plan";
import { shareableReport } from "../../src/domain/shareable-report";
import { buildReportWorkbook } from "../../src/layout/report-sheet";
import type { CellSpec, WorkbookSpec } from "../../src/layout/spec";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { runInMemory } from "../cli/cli-fixtures";
import { leakTestPlan, REPORT_DATE } from "../cli/report-fixtures";
import { aPlan, HOSTILE_NAMES, richClient } from "../layout/plan-fixtures";
import { describeWithLibreOffice, recalculate } from "../support/libreoffice";
import { testOutputPath } from "../support/test-output-path";
import { cellAt, errorCells, isoOf, type Sheets } from "./oracle-checks";

/** How far a shown number may be from the value, by the number format it is shown with. */
const TOLERANCE: Readonly<Record<string, number>> = { "0": 0.5, "+0;-0;0": 0.5, "0%": 0.005, General: 1e-9 };

/** A number as LibreOffice shows it: `+2`, `-1`, `75%`, `12.5`. */
function shownNumber(shown: string): number {
  const percent = shown.endsWith("%");
  const value = Number(shown.replace(/%$/, "").replace(/^\+/, ""));
  return percent ? value / 100 : value;
}

/** `[]` when the cell shows what the spec wrote into it, else the disagreement. */
function mismatch(spec: WorkbookSpec, sheets: Sheets, sheetName: string, cell: CellSpec): string[] {
  const shown = cellAt(sheets, sheetName, cell.row, cell.column);
  const where = `R${cell.row}C${cell.column}`;
  const { value } = cell;
  const format = cell.style === undefined ? undefined : spec.styles[cell.style]?.numberFormat;
  switch (value.kind) {
    case "text":
      return shown === value.text
        ? []
        : [`${where}: shows ${JSON.stringify(shown)}, built ${JSON.stringify(value.text)}`];
    case "date":
      return isoOf(shown) === value.iso ? [] : [`${where}: shows ${shown}, built the date ${value.iso}`];
    case "number": {
      const tolerance = TOLERANCE[format ?? "General"] ?? 0;
      const close = shown !== "" && Math.abs(shownNumber(shown) - value.value) <= tolerance;
      return close ? [] : [`${where}: shows ${shown}, built ${value.value} (format ${format ?? "General"})`];
    }
    default:
      return shown === "" ? [] : [`${where}: shows ${JSON.stringify(shown)}, built an empty cell`];
  }
}

interface ReportCase {
  readonly title: string;
  readonly plan: Plan;
  readonly client: string;
  readonly language: PlanLanguage;
}

const LEAK = leakTestPlan("en");

const CASES: readonly ReportCase[] = [
  { title: "rich-es", plan: aPlan([richClient("rich0001", "Rica")]), client: "Rica", language: "es" },
  { title: "leak-fixture-en", plan: LEAK.plan, client: LEAK.shared[0] ?? "", language: "en" },
  {
    title: "hostile-name-es",
    plan: aPlan([richClient("host0001", HOSTILE_NAMES[1] ?? "=HYPERLINK()")]),
    client: HOSTILE_NAMES[1] ?? "",
    language: "es",
  },
];

describeWithLibreOffice("the report oracle: LibreOffice opens the report, every value as built", () => {
  describe.each(CASES)("report $title", ({ title, plan, client, language }) => {
    let sheets: Sheets = new Map();
    const id = plan.clients.find((c) => c.name === client)?.id ?? "";
    const expected = buildReportWorkbook(shareableReport(plan, id, { today: REPORT_DATE }), language);

    beforeAll(async () => {
      const argv = ["report", "--in", "plan.xlsx", "--client", client, "--out", "r.xlsx", "--date", REPORT_DATE];
      const files = { "plan.xlsx": await writeWorkbook(buildWorkbookSpec(plan)) };
      const run = await runInMemory([...argv, "--lang", language], { files });
      const bytes = run.written.get("r.xlsx");
      if (bytes === undefined) throw new Error(`report failed: ${run.stderr}`);
      const path = testOutputPath("report-oracle", `${title}.xlsx`);
      writeFileSync(path, bytes);
      sheets = await recalculate(path);
    });

    it("opens as exactly one sheet, named as built, with no formula error", () => {
      expect([...sheets.keys()]).toEqual(expected.sheets.map((sheet) => sheet.name));
      expect(errorCells(sheets, expected)).toEqual([]);
    });

    it("shows every cell's value as the report built it", () => {
      const [sheet] = expected.sheets;
      if (sheet === undefined) throw new Error("no report sheet");
      expect(sheet.cells.length).toBeGreaterThan(40);
      expect(sheet.cells.flatMap((cell) => mismatch(expected, sheets, sheet.name, cell))).toEqual([]);
    });
  });
});
