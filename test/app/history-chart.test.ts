/**
 * The score-history chart on excel-sim: every client built now has it on Ver, bound to its Historial table so
 * saved snapshots are plotted as they are appended; an upgrade draws it for clients built before it (found by
 * its name, so asking again adds nothing) within its sync budget, and leaves out a client whose table cannot
 * take it rather than fail the request; last year's clients keep theirs after Nuevo año.
 */
import { columnLetters } from "../../excel-sim/address";
import type { SimHost } from "../../excel-sim/host";
import type { ChartModel } from "../../excel-sim/workbook-model";
import { addClient } from "../../src/app/add-client";
import { rollForwardPlan } from "../../src/app/roll-forward-plan";
import { saveScoreSnapshot } from "../../src/app/save-score-snapshot";
import { upgradePlan } from "../../src/app/upgrade-plan";
import { clientHistoryChartName } from "../../src/layout/workbook-names";
import { fields, measured, planned, valueOf } from "./fixtures";

/** The charts of a sheet, by sheet name. */
function chartsOn(sim: SimHost, sheetName: string): ChartModel[] {
  return sim.workbook.sheets.find((s) => s.name === sheetName)?.charts ?? [];
}

/** What identifies a drawn chart, without the simulator's own id. */
function drawn(chart: ChartModel | undefined) {
  if (chart === undefined) return undefined;
  const { id: _id, ...rest } = chart;
  return rest;
}

/** Deletes every chart of the clients' Ver sheets, as in a workbook built before the chart existed. */
async function withoutHistoryCharts(sim: SimHost): Promise<void> {
  await sim.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name, items/charts/items/name");
    await context.sync();
    for (const sheet of sheets.items.filter((s) => s.name.endsWith(" · Ver"))) {
      for (const chart of sheet.charts.items) chart.delete();
    }
    await context.sync();
  });
}

/** A plan with Acme and Beta, each with two snapshots saved; the drawn charts as the build made them. */
async function twoClients() {
  const setup = await planned();
  valueOf(await addClient(setup.session, fields("acmeacme", "Acme", { knowledge: 6, trust: 7 })));
  valueOf(await addClient(setup.session, fields("betabeta", "Beta", { knowledge: 4, trust: 5 })));
  const request = { clientIds: "all", period: "T1", note: "" } as const;
  valueOf(await saveScoreSnapshot(setup.session, request));
  valueOf(await saveScoreSnapshot(setup.session, { ...request, period: "T2" }));
  const built = {
    acme: drawn(chartsOn(setup.sim, "Acme · Ver")[0]),
    beta: drawn(chartsOn(setup.sim, "Beta · Ver")[0]),
  };
  setup.sim.instrumentation.reset();
  return { ...setup, built };
}

describe("the score-history chart of a client built now", () => {
  it("given a new client, Ver has a line chart named with its id over the Historial's date, knowledge and trust", async () => {
    const { sim, session } = await planned();
    valueOf(await addClient(session, fields("acmeacme", "Acme")));
    expect(chartsOn(sim, "Acme · Ver")).toEqual([
      expect.objectContaining({
        type: "LineMarkers",
        name: "vamGraficoHistorial_acmeacme",
        title: "Evolución de Conocimiento y Confianza",
        series: [
          expect.objectContaining({ name: "Conocimiento", xValues: expect.stringMatching(/!\$[A-Z]+\$5$/) }),
          expect.objectContaining({ name: "Confianza" }),
        ],
      }),
    ]);
  });

  it("given snapshots saved, the series cover every snapshot row as the table grows", async () => {
    const { sim, session } = await planned();
    valueOf(await addClient(session, fields("acmeacme", "Acme", { knowledge: 6, trust: 7 })));
    for (const period of ["T1", "T2", "T3"]) {
      valueOf(await saveScoreSnapshot(session, { clientIds: ["acmeacme"], period, note: "" }));
    }
    const table = sim.workbook.tables.find((t) => t.name === "vamHistorial_acmeacme");
    const rows = (table?.rect.rows ?? 0) - 1;
    expect(rows).toBe(3);
    const [chart] = chartsOn(sim, "Acme · Ver");
    const spans = chart?.series
      .flatMap((s) => [s.xValues, s.values])
      .map((ref) => /\$(\d+):\$[A-Z]+\$(\d+)$/.exec(ref ?? ""));
    expect(spans?.map((m) => Number(m?.[2]) - Number(m?.[1]) + 1)).toEqual([rows, rows, rows, rows]);
  });
});

describe("upgrade and the score-history chart", () => {
  it("given clients built before the chart, it draws each one as a build does, in at most 3 syncs; again, nothing", async () => {
    const { sim, session, built } = await twoClients();
    await withoutHistoryCharts(sim);
    sim.instrumentation.reset();
    const first = valueOf(await upgradePlan(session));
    expect(first.changes).toBe(2);
    expect(measured(sim).syncs).toBeLessThanOrEqual(3);
    expect(chartsOn(sim, "Acme · Ver").map(drawn)).toEqual([built.acme]);
    expect(chartsOn(sim, "Beta · Ver").map(drawn)).toEqual([built.beta]);
    sim.instrumentation.reset();
    expect(valueOf(await upgradePlan(session)).changes).toBe(0);
    expect(measured(sim).syncs).toBe(1);
    expect(chartsOn(sim, "Acme · Ver")).toHaveLength(1);
  });

  it("given a co-author renamed a Ver sheet, the chart is drawn on it through its anchor", async () => {
    const { sim, session } = await twoClients();
    await withoutHistoryCharts(sim);
    sim.user.renameSheet("Acme · Ver", "Mi Acme");
    valueOf(await upgradePlan(session));
    expect(chartsOn(sim, "Mi Acme").map((c) => c.name)).toEqual([clientHistoryChartName("acmeacme")]);
    expect(chartsOn(sim, "Mi Acme")[0]?.series[0]?.values).toMatch(/^'Mi Acme'!/);
  });

  it("given a Historial header renamed by a user, that client gets no chart and the others still do", async () => {
    const { sim, session } = await twoClients();
    await withoutHistoryCharts(sim);
    const table = sim.workbook.tables.find((t) => t.name === "vamHistorial_acmeacme");
    const column = (table?.columns.findIndex((c) => c.name === "Confianza") ?? -1) + (table?.rect.column ?? 0);
    const header = `${columnLetters(column)}${(table?.rect.row ?? 0) + 1}`;
    sim.user.typeInCell("Acme · Ver", header, "Confianza (0-10)");
    const result = await upgradePlan(session);
    expect(result.ok).toBe(true);
    expect(chartsOn(sim, "Acme · Ver")).toEqual([]);
    expect(chartsOn(sim, "Beta · Ver").map((c) => c.name)).toEqual([clientHistoryChartName("betabeta")]);
  });

  it("given a Nuevo año in place, last year's hidden Ver keeps its chart, the new Ver has its own, upgrade adds none", async () => {
    const { sim, session } = await twoClients();
    valueOf(await rollForwardPlan(session, { fromYear: 2027 }));
    const verSheets = sim.workbook.sheets.filter((s) => / · Ver( 2027)?$/.test(s.name));
    const before = verSheets.map((s) => [s.name, s.visibility, s.charts.map((c) => c.name)]);
    expect(before).toHaveLength(4);
    expect(new Set(before.map(([, , names]) => String(names))).size).toBe(4);
    expect(before.every(([, , names]) => Array.isArray(names) && names.length === 1)).toBe(true);
    valueOf(await upgradePlan(session));
    expect(verSheets.map((s) => [s.name, s.visibility, s.charts.map((c) => c.name)])).toEqual(before);
  });
});
