/** Excel in cell-edit mode refuses every request: the user is told what to do, and nothing is half-written. */
import { addClient } from "../../src/app/add-client";
import { importClients } from "../../src/app/import-clients";
import { readPlan } from "../../src/app/read-plan";
import { t } from "../../src/i18n/messages";
import { snapshot } from "../../excel-sim/snapshot";
import { clientsCsv, fields, planned, valueOf } from "./fixtures";

describe("cell-edit mode", () => {
  it("given the user is typing in a cell, adding a client says so in es and en and changes nothing", async () => {
    const { sim, session } = await planned();
    const before = snapshot(sim);
    sim.user.enterCellEditMode();
    const result = await addClient(session, fields("acmeacme", "Acme"));
    expect(result).toEqual({ ok: false, issues: [{ code: "excel.cellEditMode" }] });
    expect(t("excel.cellEditMode", "es")).toBe(
      "Excel está editando una celda: pulsa Intro o Esc y vuelve a intentarlo. No se ha cambiado nada.",
    );
    expect(t("excel.cellEditMode", "en")).toBe(
      "Excel is editing a cell: press Enter or Esc and try again. Nothing was changed.",
    );
    expect(snapshot(sim)).toEqual(before);
  });

  it("given edit mode starts between reading and writing, the write is refused whole and a retry completes", async () => {
    const { sim, session, gateway } = await planned();
    const before = snapshot(sim);
    const inspect = gateway.inspect.bind(gateway);
    gateway.inspect = async (request) => {
      const state = await inspect(request);
      sim.user.enterCellEditMode();
      return state;
    };
    expect(await importClients(session, clientsCsv(3))).toEqual({
      ok: false,
      issues: [{ code: "excel.cellEditMode" }],
    });
    expect(snapshot(sim)).toEqual(before);
    gateway.inspect = inspect;
    sim.user.leaveCellEditMode();
    valueOf(await importClients(session, clientsCsv(3)));
    const view = valueOf(await readPlan(session));
    expect(view.plan.clients).toHaveLength(3);
    expect(view.findings.structure).toEqual([]);
  });
});
