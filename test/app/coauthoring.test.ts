/**
 * Two co-authors on one workbook: two request contexts whose round trips interleave (5 ms of latency each,
 * so both read before either writes). The registry stays consistent and nothing typed is lost.
 */
import { addAction } from "../../src/app/add-action";
import { addClient } from "../../src/app/add-client";
import { archiveClient } from "../../src/app/archive-client";
import { readPlan } from "../../src/app/read-plan";
import { renameClient } from "../../src/app/rename-client";
import { repairClient } from "../../src/app/repair-client";
import { OfficeWorkbookGateway } from "../../src/excel/office-gateway";
import {
  cellText,
  fields,
  namedAddress,
  planned,
  portfolioIds,
  seededBytes,
  TODAY,
  typeInto,
  valueOf,
} from "./fixtures";
import type { PlanSession } from "../../src/app/session";

/** A plan and a second co-author's session on the same workbook, latency on. */
async function twoAuthors() {
  const setup = await planned();
  const other: PlanSession = {
    gateway: new OfficeWorkbookGateway((batch) => setup.sim.run(batch)),
    today: () => TODAY,
    randomBytes: seededBytes(2),
  };
  const start = () => {
    setup.sim.instrumentation.latencyMs = 5;
  };
  return { ...setup, other, start };
}

describe("two co-authors", () => {
  it("given an empty Cartera, both fill its blank row; the lost row is reported and repair restores it", async () => {
    const { sim, session, other, start } = await twoAuthors();
    start();
    const [a, b] = await Promise.all([
      addClient(session, fields("acmeacme", "Acme")),
      addClient(other, fields("betabeta", "Beta")),
    ]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect(portfolioIds(sim)).toEqual(["betabeta"]);
    const view = valueOf(await readPlan(session));
    expect(view.findings.structure).toEqual([
      { code: "structure.portfolioRowMissing", clientId: "acmeacme", table: "portfolio" },
    ]);
    expect(view.incomplete).toEqual(["acmeacme"]);
    valueOf(await repairClient(session, "acmeacme"));
    expect(portfolioIds(sim)).toEqual(["betabeta", "acmeacme"]);
    expect(valueOf(await readPlan(other)).findings.structure).toEqual([]);
  });

  it("given a Cartera with rows, both append below the body as it is when their request runs: no row is lost", async () => {
    const { sim, session, other, start } = await twoAuthors();
    valueOf(await addClient(session, fields("firstone", "Primero")));
    start();
    await Promise.all([addClient(session, fields("acmeacme", "Acme")), addClient(other, fields("betabeta", "Beta"))]);
    expect(portfolioIds(sim)).toEqual(["firstone", "acmeacme", "betabeta"]);
    const view = valueOf(await readPlan(session));
    expect(view.findings.structure).toEqual([]);
    expect(view.plan.clients.map((c) => c.name)).toEqual(["Primero", "Acme", "Beta"]);
  });

  it("given one renames a client while the other reads, the reading is whole (all old or all new names)", async () => {
    const { session, other, start } = await twoAuthors();
    valueOf(await addClient(session, fields("acmeacme", "Acme")));
    start();
    const [renamed, read] = await Promise.all([renameClient(session, "acmeacme", "Acme Global"), readPlan(other)]);
    expect(renamed.ok).toBe(true);
    const seen = valueOf(read);
    expect(seen.findings.structure).toEqual([]);
    const names = Object.values(seen.sheetNames["acmeacme"] ?? {});
    const prefix = seen.plan.clients[0]?.name;
    expect(names.every((n) => n?.startsWith(`${prefix} · `))).toBe(true);
    expect(valueOf(await readPlan(other)).sheetNames["acmeacme"]?.ver).toBe("Acme Global · Ver");
  });

  it("given one archives a client while the other adds an action to it, both land and typed cells stay", async () => {
    const { sim, session, other, start } = await twoAuthors();
    valueOf(await addClient(session, fields("acmeacme", "Acme")));
    const evidence = namedAddress(sim, "vamEvidenciaConfianza_acmeacme");
    typeInto(sim, evidence.sheet, evidence.address, "Nos recomendaron");
    start();
    const [archived, action] = await Promise.all([
      archiveClient(session, "acmeacme"),
      addAction(other, "acmeacme", { action: "Revisar contrato", level: 4 }),
    ]);
    expect([archived.ok, action.ok]).toEqual([true, true]);
    const view = valueOf(await readPlan(session));
    expect(view.plan.clients[0]?.state).toBe("archived");
    expect(view.plan.clients[0]?.actions.map((a) => a.action)).toEqual(["Revisar contrato"]);
    expect(view.findings.structure).toEqual([]);
    expect(cellText(sim, evidence.sheet, evidence.address)).toBe("Nos recomendaron");
  });

  it("given a co-author renames a sheet between another's read and write, the archive still finds it by its anchor", async () => {
    const { sim, session, gateway } = await twoAuthors();
    valueOf(await addClient(session, fields("acmeacme", "Acme")));
    const inspect = gateway.inspect.bind(gateway);
    gateway.inspect = async (request) => {
      const state = await inspect(request);
      sim.user.renameSheet("Acme · Ver", "Visión de Acme");
      return state;
    };
    valueOf(await archiveClient(session, "acmeacme"));
    expect(sim.workbook.sheets.find((s) => s.name === "Visión de Acme")?.visibility).toBe("Hidden");
  });
});
