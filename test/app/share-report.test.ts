/**
 * Informe para compartir in the workbook, on excel-sim: the report sheet is added (or refreshed) as values
 * only, shown, found again through its anchor; nothing confidential is anywhere on it — every cell, every
 * name that points at it, its page setup — and every shareable value is; a failed sync and a retry leave one
 * report; Nuevo año keeps last year's report hidden under its year.
 */
import type { FaultMode } from "../../excel-sim/faults";
import type { SimHost } from "../../excel-sim/host";
import type { SheetModel } from "../../excel-sim/workbook-model";
import { rollForwardPlan } from "../../src/app/roll-forward-plan";
import { shareReport } from "../../src/app/share-report";
import { setScores } from "../../src/app/set-scores";
import { successorId } from "../../src/app/successor-id";
import type { PlanLanguage } from "../../src/domain/plan";
import { ATTITUDE, labelsOf } from "../../src/i18n/vocabulary";
import { leakTestPlan, REPORT_DATE, SECRET_NUMBERS } from "../cli/report-fixtures";
import { aClient, aPlan } from "../layout/plan-fixtures";
import { measured, valueOf } from "./fixtures";
import { sheetList, simWithPlan } from "./roll-forward-fixtures";

function sheetCalled(sim: SimHost, name: string): SheetModel {
  const sheet = sim.workbook.sheets.find((s) => s.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}; sheets: ${sheetList(sim).join(", ")}`);
  return sheet;
}

/** Everything the sheet carries as text: its cells (values and formulas), links, page setup, and the names on it. */
function everythingOn(sim: SimHost, sheet: SheetModel): string {
  const cells = [...sheet.cells.values()].map((cell) => JSON.stringify([cell.content, cell.hyperlink]));
  const names = sim.workbook.names.filter((n) => n.ref.kind === "range" && n.ref.sheetId === sheet.id);
  return [sheet.name, ...cells, JSON.stringify(sheet.pageLayout), JSON.stringify(names)].join("\n");
}

function activeSheet(sim: SimHost): string | undefined {
  return sim.workbook.sheets.find((s) => s.id === sim.workbook.activeSheetId)?.name;
}

describe.each<PlanLanguage>(["es", "en"])("shareReport leaves every confidential value out (%s)", (language) => {
  const { plan, secret, shared } = leakTestPlan(language);
  const client = plan.clients[0];
  let text = "";
  let sim: SimHost;
  let sheetName = "";

  beforeAll(async () => {
    const setup = await simWithPlan(plan, REPORT_DATE);
    sim = setup.sim;
    const report = valueOf(await shareReport(setup.session, client?.id ?? ""));
    sheetName = report.sheetName;
    expect(measured(sim).syncs).toBe(2);
    text = everythingOn(sim, sheetCalled(sim, sheetName)).toLowerCase();
  });

  it("adds the report sheet under the client's name, visible and shown", () => {
    const label = language === "es" ? "Informe" : "Report";
    expect(sheetName).toBe(`${client?.name ?? ""} · ${label}`);
    expect(sheetCalled(sim, sheetName).visibility).toBe("Visible");
    expect(activeSheet(sim)).toBe(sheetName);
  });

  it("holds values only: no formula, no link", () => {
    const cells = [...sheetCalled(sim, sheetName).cells.values()];
    expect(cells.filter((c) => c.content?.kind === "formula" || c.hyperlink !== undefined)).toEqual([]);
    expect(cells.length).toBeGreaterThan(40);
  });

  it("contains no confidential or internal marker, and no number only confidential rows hold", () => {
    expect(secret.length).toBeGreaterThan(30);
    expect(secret.filter((marker) => text.includes(marker.toLowerCase()))).toEqual([]);
    expect(SECRET_NUMBERS.filter((n) => text.includes(String(n)))).toEqual([]);
  });

  it("shows no attitude label of the influence map, in either language", () => {
    const labels = [...labelsOf(ATTITUDE, "es"), ...labelsOf(ATTITUDE, "en")];
    const values = [...sheetCalled(sim, sheetName).cells.values()].map((c) => JSON.stringify(c.content)).join("\n");
    expect(labels.filter((label) => new RegExp(`\\b${label}\\b`, "i").test(values))).toEqual([]);
  });

  it("contains every shareable value", () => {
    expect(shared.filter((marker) => !text.includes(marker.toLowerCase()))).toEqual([]);
  });
});

describe("shareReport, again and under faults", () => {
  const plan = () => aPlan([aClient("acme0001", "Acme", { knowledge: 4, trust: 5 })]);

  it("given a report already there, replaces it (found through its anchor even when renamed) with today's figures", async () => {
    const { sim, session } = await simWithPlan(plan(), "2027-03-01");
    valueOf(await shareReport(session, "acme0001"));
    sheetCalled(sim, "Acme · Informe").name = "Para el patrocinador";
    valueOf(await setScores(session, "acme0001", { knowledge: 9 }));
    const again = valueOf(await shareReport(session, "acme0001"));
    expect(again.sheetName).toBe("Acme · Informe");
    const reports = sim.workbook.sheets.filter((s) => /Informe|patrocinador/.test(s.name)).map((s) => s.name);
    expect(reports).toEqual(["Acme · Informe"]);
    const values = [...sheetCalled(sim, "Acme · Informe").cells.values()].map((c) => c.content);
    expect(values).toContainEqual({ kind: "value", value: 9 });
  });

  it("given each sync failing in turn, nothing or part applied, a retry leaves exactly one report and no scaffold", async () => {
    const probe = await simWithPlan(plan(), "2027-03-01");
    valueOf(await shareReport(probe.session, "acme0001"));
    probe.sim.instrumentation.reset();
    valueOf(await shareReport(probe.session, "acme0001"));
    const commands = probe.sim.instrumentation.requests[1]?.commands ?? 0;
    expect(commands).toBeGreaterThan(50);
    const partial = [0, 1, 2, 3, 10, 40, commands - 3, commands - 2, commands - 1];
    const faults: [number, FaultMode][] = [
      [1, { kind: "nothingApplied" }],
      [2, { kind: "nothingApplied" }],
      ...partial.map((applied): [number, FaultMode] => [2, { kind: "afterCommands", applied }]),
    ];
    for (const [sync, mode] of faults) {
      const { sim, session } = await simWithPlan(plan(), "2027-03-01");
      valueOf(await shareReport(session, "acme0001"));
      sim.failSync(sync, mode);
      expect({ sync, mode, ok: (await shareReport(session, "acme0001")).ok }).toEqual({ sync, mode, ok: false });
      valueOf(await shareReport(session, "acme0001"));
      const names = sim.workbook.sheets.map((s) => s.name).filter((n) => n.includes("Informe") || n.startsWith("vam_"));
      expect({ sync, mode, names }).toEqual({ sync, mode, names: ["Acme · Informe"] });
      expect(activeSheet(sim)).toBe("Acme · Informe");
    }
  });

  it("given Nuevo año, last year's report is hidden under its year and the new year's report takes the plain name", async () => {
    const { sim, session } = await simWithPlan(plan(), "2027-12-20");
    valueOf(await shareReport(session, "acme0001"));
    valueOf(await rollForwardPlan(session, { fromYear: 2027 }));
    expect(sheetCalled(sim, "Acme · Informe 2027").visibility).toBe("Hidden");
    const next = valueOf(await shareReport(session, successorId("acme0001", 2028)));
    expect(next.sheetName).toBe("Acme · Informe");
  });
});
