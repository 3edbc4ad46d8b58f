import { addClient } from "../../src/app/add-client";
import { readPlan } from "../../src/app/read-plan";
import { setUpPlan } from "../../src/app/set-up-plan";
import { fields, measured, planned, sessionOn, sheetNames, valueOf } from "./fixtures";
import { LARGEST_REQUEST } from "./recorded-sizes";

describe("setUpPlan", () => {
  it("given a blank workbook, it creates Cartera first, the hidden lists and the very hidden meta in 2 syncs", async () => {
    const { sim, session } = sessionOn();
    expect(valueOf(await setUpPlan(session, { year: 2027, targetScore: 8, language: "es" }))).toEqual({
      created: true,
    });
    expect(measured(sim)).toMatchObject({ syncs: 2, largest: LARGEST_REQUEST.setUp });
    expect(sim.workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Cartera", "Visible"],
      ["Hoja1", "Visible"],
      ["Listas", "Hidden"],
      ["Meta", "VeryHidden"],
    ]);
    expect(sim.workbook.sheets.find((s) => s.id === sim.workbook.activeSheetId)?.name).toBe("Cartera");
    const names = sim.workbook.names.map((n) => n.name);
    expect(names).toEqual(
      expect.arrayContaining(["vamAnioPlan", "vamObjetivo", "vamHoy", "vamIdioma", "vamVersion", "vamListaNivel"]),
    );
    expect(sim.workbook.sheets[0]?.charts.map((c) => [c.type, c.title])).toEqual([
      ["XYScatter", "Conocimiento × Confianza"],
    ]);
    const view = valueOf(await readPlan(session));
    expect([view.hasPlan, view.plan.year, view.plan.targetScore, view.plan.language]).toEqual([true, 2027, 8, "es"]);
    expect(view.findings.structure).toEqual([]);
  });

  it("given an existing plan, it updates year and target, keeps its language and says so, and adds nothing", async () => {
    const { sim, session } = await planned("es");
    valueOf(await addClient(session, fields("acmeacme", "Acme")));
    sim.instrumentation.reset();
    const result = await setUpPlan(session, { year: 2028, targetScore: 7, language: "en" });
    expect(result).toEqual({
      ok: true,
      value: { created: false },
      warnings: [{ code: "app.languageFixed", params: { language: "es" } }],
    });
    expect(measured(sim).syncs).toBe(2);
    const view = valueOf(await readPlan(session));
    expect([view.plan.year, view.plan.targetScore, view.plan.language, view.plan.clients.length]).toEqual([
      2028,
      7,
      "es",
      1,
    ]);
  });

  it("given a user sheet already called Cartera, the plan's goes beside it under a free name", async () => {
    const { sim, session } = sessionOn();
    sim.user.renameSheet("Hoja1", "Cartera");
    valueOf(await setUpPlan(session, { year: 2027, targetScore: 9, language: "es" }));
    expect(sheetNames(sim).slice(0, 2)).toEqual(["Cartera (2)", "Cartera"]);
    expect(valueOf(await readPlan(session)).findings.structure).toEqual([]);
  });

  it("given the lists sheet was deleted, setting up again recreates it and its names", async () => {
    const { sim, session } = await planned("en");
    sim.user.deleteSheet("Lists");
    valueOf(await setUpPlan(session, { year: 2027, targetScore: 9, language: "en" }));
    expect(sheetNames(sim)).toContain("Lists");
    expect(
      sim.workbook.names.filter(
        (n) => n.name.startsWith("vamLista") && n.ref.kind === "range" && n.ref.sheetId === null,
      ),
    ).toEqual([]);
    expect(valueOf(await readPlan(session)).findings.structure).toEqual([]);
  });

  it("given a year out of range, it is refused before anything is read", async () => {
    const { sim, session } = sessionOn();
    const result = await setUpPlan(session, { year: 1999, targetScore: 9, language: "es" });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(["validation.yearRange"]);
    expect(measured(sim).syncs).toBe(0);
  });
});
