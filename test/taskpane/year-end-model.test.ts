import { rollForward } from "../../src/domain/roll-forward";
import { yearEndDoneText, yearEndModel } from "../../src/taskpane/year-end-model";
import type { YearEndOutcome } from "../../src/taskpane/pane-services";
import { aClient, anAction, aPlan, aSnapshot } from "../support/plan-builders";
import { loadChunkMessages } from "./pane-fixtures";

// Nuevo año's messages come with the December chunk (src/taskpane/december-chunk.ts), added when it loads.
beforeAll(loadChunkMessages);

function outcome(extra: Partial<YearEndOutcome> = {}): YearEndOutcome {
  const plan = aPlan([
    aClient({ name: "Acme", actions: [anAction(), anAction({ status: "done" })], scoreHistory: [aSnapshot()] }),
    aClient({ name: "Beta", state: "archived" }),
  ]);
  const rolled = rollForward(plan, { closingDate: "2027-12-20", newYear: 2028, period: "Cierre 2027" });
  return { alreadyDone: false, summary: rolled.carried, resumed: false, exampleSheetName: "Acme · Ver 2027", ...extra };
}

describe("yearEndModel (Nuevo año's confirmation)", () => {
  it("says what moves into the new year, what stays, where last year's sheets go, and which button closes which year", () => {
    const model = yearEndModel(outcome(), "es");
    expect(model.title).toBe("Nuevo año: de 2027 a 2028");
    expect(model.confirmText).toBe("Cerrar 2027 y abrir 2028");
    expect(model.lines).toHaveLength(5);
    expect(model.lines[0]).toBe(
      "Se guarda la instantánea de cierre «Cierre 2027» del 2027-12-20 de cada cliente activo (clientes activos: 1).",
    );
    expect(model.lines[1]).toContain("clientes: 2 (archivados: 1) · acciones abiertas: 1 ·");
    expect(model.lines[2]).toContain("Se quedan solo en las hojas de 2027 — acciones hechas o canceladas: 1 ·");
    expect(model.lines[3]).toContain("«Acme · Ver 2027»");
    expect(model.resumedNote).toBeNull();
  });

  it("given a run that stopped part-way, says this one finishes it", () => {
    expect(yearEndModel(outcome({ resumed: true }), "en").resumedNote).toBe(
      "An earlier New year stopped part-way: this finishes it, without repeating what it did.",
    );
  });

  it("given no client, leaves out the example of last year's sheet names", () => {
    expect(yearEndModel(outcome({ exampleSheetName: null }), "es").lines).toHaveLength(4);
  });
});

describe("yearEndDoneText", () => {
  it("says the new plan is ready, or that the year was already closed", () => {
    expect(yearEndDoneText(outcome(), "es")).toBe(
      "Plan 2028 listo (clientes: 2). Las hojas de 2027 están ocultas, con el año en el nombre.",
    );
    expect(yearEndDoneText(outcome({ alreadyDone: true }), "en")).toBe(
      "The year 2027 was already closed: there was nothing left to do.",
    );
  });
});
