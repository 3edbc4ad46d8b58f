/** The per-client use cases on excel-sim, each with its sync count and largest request. */
import { addAction } from "../../src/app/add-action";
import { addClient } from "../../src/app/add-client";
import { archiveClient, restoreClient } from "../../src/app/archive-client";
import { deleteClientPermanently } from "../../src/app/delete-client";
import { goTo } from "../../src/app/go-to";
import { readPlan } from "../../src/app/read-plan";
import { renameClient } from "../../src/app/rename-client";
import { saveScoreSnapshot } from "../../src/app/save-score-snapshot";
import { setScores } from "../../src/app/set-scores";
import { clientFigures } from "../../src/domain/portfolio";
import {
  cellText,
  fields,
  measured,
  namedAddress,
  planned,
  portfolioIds,
  sheetNames,
  tablesOf,
  TODAY,
  typeInto,
  valueOf,
  tablesPerClient,
  sessionOn,
} from "./fixtures";
import { LARGEST_REQUEST } from "./recorded-sizes";

/** A plan with Acme (knowledge 6, trust 8) and Beta. */
async function twoClients() {
  const setup = await planned();
  valueOf(await addClient(setup.session, fields("acmeacme", "Acme", { knowledge: 6, trust: 8 })));
  valueOf(await addClient(setup.session, fields("betabeta", "Beta")));
  setup.sim.instrumentation.reset();
  return setup;
}

describe("renameClient", () => {
  it("given a new name, returns the three renamed sheets in 2 syncs and the plan reads back the trimmed name, with no finding", async () => {
    const { sim, session } = await twoClients();
    expect(valueOf(await renameClient(session, "acmeacme", "  Acme Ibérica "))).toEqual({
      ver: "Acme Ibérica · Ver",
      ajustar: "Acme Ibérica · Ajustar",
      medir: "Acme Ibérica · Medir",
    });
    expect(measured(sim)).toMatchObject({ syncs: 2, largest: LARGEST_REQUEST.renameClient });
    const view = valueOf(await readPlan(session));
    expect(view.plan.clients.map((c) => c.name)).toEqual(["Acme Ibérica", "Beta"]);
    expect(view.findings.structure).toEqual([]);
  });

  it("given the Ver sheet deleted (the name cell's name is #REF!), it builds Ver again with the name given and renames the others (see damaged-client.test.ts)", async () => {
    const { sim, session } = await twoClients();
    sim.user.deleteSheet("Acme · Ver");
    expect(await renameClient(session, "acmeacme", "Acme Ibérica")).toEqual({
      ok: true,
      value: { ver: "Acme Ibérica · Ver", ajustar: "Acme Ibérica · Ajustar", medir: "Acme Ibérica · Medir" },
      warnings: [{ code: "app.identityRestored", params: { name: "Acme Ibérica" } }],
    });
    expect(sheetNames(sim).filter((name) => name.startsWith("Acme"))).toEqual([
      "Acme Ibérica · Ajustar",
      "Acme Ibérica · Medir",
      "Acme Ibérica · Ver",
    ]);
    expect(valueOf(await readPlan(session)).findings.structure).toEqual([]);
  });

  it("given the name of another client, it is refused", async () => {
    const { session } = await twoClients();
    const result = await renameClient(session, "acmeacme", "BETA");
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(["validation.nameDuplicate"]);
  });
});

describe("archiveClient / restoreClient", () => {
  it("archiving hides the three sheets and reads back archived, in 2 syncs; restoring shows them and reads back active", async () => {
    const { sim, session } = await twoClients();
    valueOf(await archiveClient(session, "acmeacme"));
    expect(measured(sim)).toMatchObject({ syncs: 2, largest: LARGEST_REQUEST.archiveClient });
    const visibility = () => sim.workbook.sheets.filter((s) => s.name.startsWith("Acme")).map((s) => s.visibility);
    expect(visibility()).toEqual(["Hidden", "Hidden", "Hidden"]);
    expect(valueOf(await readPlan(session)).plan.clients[0]?.state).toBe("archived");
    valueOf(await restoreClient(session, "acmeacme"));
    expect(visibility()).toEqual(["Visible", "Visible", "Visible"]);
    expect(valueOf(await readPlan(session)).plan.clients[0]?.state).toBe("active");
  });
});

describe("archiveClient / restoreClient on a damaged client", () => {
  it("given the Ver sheet deleted (its state cell's name is #REF!), both say the client's identity is lost, before writing anything (found by the co-authoring property test)", async () => {
    const { sim, session } = await twoClients();
    sim.user.deleteSheet("Acme · Ver");
    sim.instrumentation.reset();
    for (const operation of [archiveClient, restoreClient]) {
      expect(await operation(session, "acmeacme")).toEqual({
        ok: false,
        issues: [{ code: "app.identityLost", params: { sheets: "Acme · Ajustar, Acme · Medir" } }],
      });
    }
    expect(sim.instrumentation.requests.map((r) => r.outcome)).toEqual(["ok", "ok"]);
    expect(sim.workbook.sheets.filter((s) => s.name.startsWith("Acme")).map((s) => s.visibility)).toEqual([
      "Visible",
      "Visible",
    ]);
  });
});

describe("deleteClientPermanently", () => {
  it("given a confirmation that is not the name, nothing is deleted", async () => {
    const { sim, session } = await twoClients();
    const result = await deleteClientPermanently(session, "acmeacme", "acme");
    expect(result).toEqual({ ok: false, issues: [{ code: "app.confirmationMismatch", params: { name: "Acme" } }] });
    expect(tablesOf(sim, "acmeacme")).toHaveLength(tablesPerClient());
  });

  it("given the name, its sheets, tables, names and Cartera row go, in 2 syncs", async () => {
    const { sim, session } = await twoClients();
    valueOf(await deleteClientPermanently(session, "acmeacme", " Acme "));
    expect(measured(sim)).toMatchObject({ syncs: 2, largest: LARGEST_REQUEST.deleteClient });
    expect(sheetNames(sim).filter((n) => n.startsWith("Acme"))).toEqual([]);
    expect(tablesOf(sim, "acmeacme")).toEqual([]);
    expect(sim.workbook.names.filter((n) => n.name.endsWith("_acmeacme"))).toEqual([]);
    expect(portfolioIds(sim)).toEqual(["betabeta"]);
    const view = valueOf(await readPlan(session));
    expect(view.plan.clients.map((c) => c.name)).toEqual(["Beta"]);
    expect(view.findings.structure).toEqual([]);
  });

  it("given a client a failed add left half-built, deleting it removes its scaffold sheets too", async () => {
    const { sim, session } = await twoClients();
    sim.failSync(2, { kind: "afterCommands", applied: 500 });
    expect((await addClient(session, fields("gammagam", "Gamma"))).ok).toBe(false);
    expect(sheetNames(sim).some((n) => n.startsWith("vam_gammagam"))).toBe(true);
    valueOf(await deleteClientPermanently(session, "gammagam", "Gamma"));
    expect(sheetNames(sim).filter((n) => n.includes("gammagam") || n.startsWith("Gamma"))).toEqual([]);
    expect(sim.workbook.names.filter((n) => n.name.endsWith("_gammagam"))).toEqual([]);
    expect(valueOf(await readPlan(session)).findings.structure).toEqual([]);
  });

  it("given the client in Cartera's last row, that row is removed: the table is one row shorter, the other row stays", async () => {
    const { sim, session } = await twoClients();
    valueOf(await deleteClientPermanently(session, "betabeta", "Beta"));
    const table = sim.workbook.tables.find((t) => t.name === "vamCartera");
    expect(table?.rect.rows).toBe(2);
    expect(portfolioIds(sim)).toEqual(["acmeacme"]);
  });
});

describe("saveScoreSnapshot", () => {
  it("appends today's scores to every active client's history in 2 syncs, filling an empty history's blank row", async () => {
    const { sim, session } = await twoClients();
    expect(valueOf(await saveScoreSnapshot(session, { clientIds: "all", period: "2027-T1", note: "=nota" }))).toEqual([
      "acmeacme",
      "betabeta",
    ]);
    expect(measured(sim)).toMatchObject({ syncs: 2, largest: LARGEST_REQUEST.snapshotTwoClients });
    valueOf(await saveScoreSnapshot(session, { clientIds: ["acmeacme"], period: "2027-T2", note: "" }));
    const acme = valueOf(await readPlan(session)).plan.clients[0];
    expect(acme?.scoreHistory).toEqual([
      { date: TODAY, period: "2027-T1", knowledge: 6, trust: 8, note: "=nota" },
      { date: TODAY, period: "2027-T2", knowledge: 6, trust: 8, note: "" },
    ]);
    const table = sim.workbook.tables.find((t) => t.name === "vamHistorial_acmeacme");
    expect(table?.rect.rows).toBe(3);
    expect(sim.workbook.tableRowsAddCalls).toBe(0);
  });

  it("given a blank period, nothing is read or written", async () => {
    const { sim, session } = await twoClients();
    expect(await saveScoreSnapshot(session, { clientIds: "all", period: " ", note: "" })).toEqual({
      ok: false,
      issues: [{ code: "app.periodBlank", path: "period" }],
    });
    expect(measured(sim).syncs).toBe(0);
  });
});

describe("setScores", () => {
  it("writes a score given, clears one given as null, keeps one not given; 2 syncs", async () => {
    const { sim, session } = await twoClients();
    valueOf(await setScores(session, "acmeacme", { knowledge: 9 }));
    expect(measured(sim)).toMatchObject({ syncs: 2, largest: LARGEST_REQUEST.setScores });
    valueOf(await setScores(session, "acmeacme", { trust: null }));
    const acme = valueOf(await readPlan(session)).plan.clients[0];
    expect([acme?.knowledge, acme?.trust]).toEqual([9, null]);
  });

  it("given 7.5, it is refused before anything is read", async () => {
    const { sim, session } = await twoClients();
    const result = await setScores(session, "acmeacme", { trust: 7.5 });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(["trust"]);
    expect(measured(sim).syncs).toBe(0);
  });
});

describe("addAction", () => {
  it("adds two actions in 2 syncs each (recorded request sizes), read back in order with one overdue, never rows.add", async () => {
    const { sim, session } = await twoClients();
    valueOf(
      await addAction(session, "acmeacme", {
        action: "Comida con la directora",
        level: 3,
        owner: "Ana",
        due: "2027-02-01",
      }),
    );
    valueOf(await addAction(session, "acmeacme", { action: "+34 llamar", level: 4 }));
    expect(sim.instrumentation.requests.map((r) => r.requestBytes)).toEqual(LARGEST_REQUEST.addTwoActions);
    const acme = valueOf(await readPlan(session));
    expect(acme.plan.clients[0]?.actions.map((a) => [a.action, a.level, a.status, a.due])).toEqual([
      ["Comida con la directora", 3, "pending", "2027-02-01"],
      ["+34 llamar", 4, "pending", null],
    ]);
    expect(acme.figures.rows[0]?.figures.overdueActions).toBe(1);
    expect(sim.workbook.tableRowsAddCalls).toBe(0);
  });
});

describe("goTo", () => {
  it("shows a phase sheet found through its anchor, even after a user renamed it", async () => {
    const { sim, session } = await twoClients();
    sim.user.renameSheet("Acme · Medir", "Medidas de Acme");
    valueOf(await goTo(session, { kind: "phase", clientId: "acmeacme", phase: "medir" }));
    expect(measured(sim).syncs).toBe(2);
    expect(sim.workbook.sheets.find((s) => s.id === sim.workbook.activeSheetId)?.name).toBe("Medidas de Acme");
  });

  it("selects the due date of the overdue action a finding is about", async () => {
    const { sim, session } = await twoClients();
    valueOf(await addAction(session, "acmeacme", { action: "Llamar", level: 3, owner: "Ana", due: "2027-01-01" }));
    const finding = valueOf(await readPlan(session)).findings.health.find((f) => f.code === "health.actionOverdue");
    if (finding === undefined) throw new Error("no overdue finding");
    valueOf(await goTo(session, { kind: "finding", finding }));
    const table = sim.workbook.tables.find((t) => t.name === "vamAcciones_acmeacme");
    const dueColumn = table?.columns.findIndex((c) => c.name === "Fecha límite") ?? -1;
    expect(dueColumn).toBeGreaterThan(0);
    expect(sim.workbook.selection).toEqual({
      row: (table?.rect.row ?? 0) + 1,
      column: (table?.rect.column ?? 0) + dueColumn,
      rows: 1,
      columns: 1,
    });
  });
});

describe("readPlan", () => {
  it("reads in one sync, with the domain's figures, the findings and each client's sheets", async () => {
    const { sim, session } = await twoClients();
    const score = namedAddress(sim, "vamConocimiento_betabeta");
    typeInto(sim, score.sheet, score.address, "4");
    sim.instrumentation.reset();
    const view = valueOf(await readPlan(session));
    expect(measured(sim).syncs).toBe(1);
    expect(view.hasPlan).toBe(true);
    const beta = view.plan.clients[1];
    if (beta === undefined) throw new Error("no Beta");
    expect(view.figures.rows[1]?.figures).toEqual(clientFigures(beta, { today: TODAY, target: 9 }));
    expect(view.findings.health.map((f) => [f.code, f.clientId])).toEqual([["health.missingTrust", "betabeta"]]);
    expect(view.sheetNames["acmeacme"]).toEqual({
      ver: "Acme · Ver",
      ajustar: "Acme · Ajustar",
      medir: "Acme · Medir",
    });
    expect(cellText(sim, score.sheet, score.address)).toBe(4);
  });
});

describe("readPlan on a workbook without a plan", () => {
  it.each([
    ["2027-09-30", 2027],
    ["2027-10-01", 2028],
  ])("given today is %s, it says there is no plan and proposes %i", async (today, year) => {
    const { session } = sessionOn();
    const view = valueOf(await readPlan({ ...session, today: () => today }));
    expect([view.hasPlan, view.plan.year, view.plan.clients]).toEqual([false, year, []]);
  });
});
