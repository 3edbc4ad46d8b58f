/**
 * The LibreOffice oracle on what the adapter built (DESIGN §6): workbooks are built on excel-sim through
 * the Office.js gateway — whole oracle plans applied as a change set, and a plan built by the use cases —
 * exported through the sim's .xlsx export, recalculated by LibreOffice, and each Cartera row must show the
 * figures src/domain computes for the same plan.
 */
import { writeFileSync } from "node:fs";
import { toWorkbookSpec } from "../../excel-sim/export-spec";
import type { SimHost } from "../../excel-sim/host";
import { addAction } from "../../src/app/add-action";
import { addClient } from "../../src/app/add-client";
import { readPlan } from "../../src/app/read-plan";
import { saveScoreSnapshot } from "../../src/app/save-score-snapshot";
import { serialToIsoDate } from "../../src/domain/dates";
import type { IsoDate, Plan } from "../../src/domain/plan";
import { portfolioFigures } from "../../src/domain/portfolio";
import { STATUS_LABELS } from "../../src/i18n/workbook-text";
import { listLabel } from "../../src/layout/closed-lists";
import { portfolioColumns } from "../../src/layout/portfolio-sheet";
import type { WorkbookSpec } from "../../src/layout/spec";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { ORACLE_PLANS, ORACLE_TODAY } from "../oracle/oracle-plans";
import { describeWithLibreOffice, recalculate } from "../support/libreoffice";
import { testOutputPath } from "../support/test-output-path";
import { fields, namedAddress, planned, sessionOn, typeInto, valueOf } from "./fixtures";

/** Number formats dropped, so LibreOffice writes full values (a `0%` format would round them). */
function withoutNumberFormats(spec: WorkbookSpec): WorkbookSpec {
  const styles = Object.fromEntries(
    Object.entries(spec.styles).map(([key, { numberFormat: _f, ...style }]) => [key, style]),
  );
  return { ...spec, styles };
}

/** The sim's workbook recalculated by LibreOffice: sheet name → rows of shown values. */
async function recalculated(sim: SimHost, title: string): Promise<Map<string, string[][]>> {
  const { spec, omitted } = toWorkbookSpec(sim.workbook);
  // Formats the export cannot express (a neighbour's box edge folded into a label cell, row heights) do not
  // touch formulas; anything else left out would.
  const cosmetic = /(borders other than a thin box|: row heights)$/;
  expect(omitted.filter((o) => !cosmetic.test(o))).toEqual([]);
  const path = testOutputPath("excel-sim-oracle", `${title}.xlsx`);
  writeFileSync(path, await writeWorkbook(withoutNumberFormats(spec)));
  return recalculate(path);
}

function isoOf(shown: string): IsoDate | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(shown)) return shown;
  return /^\d+$/.test(shown) ? serialToIsoDate(Number(shown)) : null;
}

/** Every Cartera cell that disagrees with the domain, as `id column: shown ≠ expected`. */
function cartera(sim: SimHost, sheets: Map<string, string[][]>, plan: Plan, today: IsoDate): string[] {
  const table = sim.workbook.tables.find((t) => t.name === "vamCartera");
  const sheet = sim.workbook.sheets.find((s) => s.id === table?.sheetId);
  if (table === undefined || sheet === undefined) throw new Error("no Cartera");
  const rows = sheets.get(sheet.name) ?? [];
  const figures = portfolioFigures(plan, today).rows;
  const mismatches: string[] = [];
  plan.clients.forEach((client, index) => {
    const f = figures[index]?.figures;
    const shown = rows[table.rect.row + 1 + index]?.slice(table.rect.column) ?? [];
    if (f === undefined) throw new Error("no figures");
    const want: Record<string, [string | number | null, "text" | "number" | "date"]> = {
      name: [client.name, "text"],
      owner: [client.owner === "" ? null : client.owner, "text"],
      direction: [listLabel("direction", plan.language, client.direction), "text"],
      knowledge: [f.knowledge, "number"],
      trust: [f.trust, "number"],
      knowledgeGap: [f.knowledgeGap, "number"],
      trustGap: [f.trustGap, "number"],
      openDisappointments: [f.openDisappointments, "number"],
      openActions: [f.openActions, "number"],
      overdueActions: [f.overdueActions, "number"],
      percentDone: [f.percentDone, "number"],
      clientMissStreak: [f.clientMissStreak, "number"],
      lastFeedback: [f.lastFeedback, "date"],
      trustTrend: [f.trustTrend, "number"],
      status: [STATUS_LABELS[f.status][plan.language], "text"],
      id: [client.id, "text"],
    };
    // Columns by the layout's keys; a column this check has no figure for is left to the layout's own oracle.
    portfolioColumns(plan.language).forEach(({ key }, column) => {
      const expectation = want[key];
      if (expectation === undefined) return;
      const [expected, kind] = expectation;
      const value = shown[column] ?? "";
      const ok =
        expected === null || expected === ""
          ? value === ""
          : kind === "number"
            ? Math.abs(Number(value) - Number(expected)) < 1e-9 && value !== ""
            : kind === "date"
              ? isoOf(value) === expected
              : value === expected;
      if (!ok) mismatches.push(`${client.id} ${key}: ${value} ≠ ${String(expected)}`);
    });
  });
  return mismatches;
}

describeWithLibreOffice("LibreOffice on excel-sim's export: Cartera figures equal the domain's", () => {
  it.each(ORACLE_PLANS.map((p) => [p.title, p.plan] as const))(
    "given the oracle plan %s applied by the gateway",
    async (title, plan) => {
      const { sim, gateway } = sessionOn();
      const spec = buildWorkbookSpec(plan, { today: ORACLE_TODAY });
      await gateway.apply({
        changes: [
          ...spec.sheets.map((sheet) => ({ kind: "addSheet" as const, sheet })),
          { kind: "addNames", names: spec.names },
        ],
        styles: spec.styles,
        sheetNames: Object.fromEntries(spec.sheets.map((s) => [s.key, s.name])),
      });
      const sheets = await recalculated(sim, title);
      expect(cartera(sim, sheets, plan, ORACLE_TODAY)).toEqual([]);
    },
  );

  it("given a plan built by the use cases (add, scores typed, actions, snapshot), the figures agree", async () => {
    const { sim, session } = await planned();
    await sim.run(async (context) => {
      context.workbook.names.getItem("vamHoy").formula = "=DATE(2027,3,1)";
      await context.sync();
    });
    valueOf(await addClient(session, fields("acmeacme", "Acme", { knowledge: 4, trust: 9 })));
    valueOf(
      await addClient(
        session,
        fields("betabeta", "Beta", { owner: "Luis", direction: "team", knowledge: 9, trust: 9 }),
      ),
    );
    valueOf(await addClient(session, fields("gammagam", "=Gamma")));
    valueOf(await saveScoreSnapshot(session, { clientIds: "all", period: "2027-T1", note: "" }));
    const trust = namedAddress(sim, "vamConfianza_betabeta");
    typeInto(sim, trust.sheet, trust.address, "7");
    valueOf(await addAction(session, "acmeacme", { action: "Escuchar", level: 4, due: "2027-02-01" }));
    valueOf(await addAction(session, "acmeacme", { action: "Corregir", level: 6, status: "done" }));
    valueOf(
      await addAction(session, "betabeta", { action: "Comida", level: 3, due: "2027-06-01", status: "inProgress" }),
    );
    const plan = valueOf(await readPlan(session)).plan;
    const sheets = await recalculated(sim, "use-cases");
    expect(cartera(sim, sheets, plan, "2027-03-01")).toEqual([]);
    expect(portfolioFigures(plan, "2027-03-01").rows.map((r) => r.figures.status)).toEqual([
      "red",
      "amber",
      "unscored",
    ]);
  });
});
