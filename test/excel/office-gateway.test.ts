/** The Office.js gateway on excel-sim: one-sync reads, chunked writes, Excel's rules kept, errors mapped, events. */
import { createSimExcel } from "../../excel-sim/host";
import { WorkbookError } from "../../src/excel/gateway";
import { OfficeWorkbookGateway } from "../../src/excel/office-gateway";
import type { ChangeSet } from "../../src/layout/workbook-changes";
import { STYLES } from "../../src/layout/styles";
import { importClients } from "../../src/app/import-clients";
import { addClient } from "../../src/app/add-client";
import { clientsCsv, fields, planned, sessionOn, valueOf, tablesPerClient } from "../app/fixtures";
import { portfolioColumns } from "../../src/layout/portfolio-sheet";
import { HEADER_ROW, PRINT_SETUP } from "../../src/layout/sheet-parts";

const noChanges: ChangeSet = { changes: [], styles: STYLES, sheetNames: {} };

describe("inspect", () => {
  it.each([0, 1, 30])("given a plan of %i clients, the whole workbook is read in exactly one sync", async (n) => {
    const { sim, session, gateway } = await planned();
    if (n > 0) valueOf(await importClients(session, clientsCsv(n)));
    sim.instrumentation.reset();
    const state = await gateway.inspect();
    // One round trip; Excel.run's own closing sync finds nothing queued and sends nothing.
    expect(sim.instrumentation.roundTrips).toBe(1);
    expect(sim.instrumentation.requests[0]?.commands).toBe(3);
    const clientTables = state.tables.filter((t) => /_[a-z][a-z0-9]{7}$/.test(t.name));
    expect(clientTables).toHaveLength(tablesPerClient() * n);
    expect(state.tables.some((t) => t.name === "vamCartera")).toBe(true);
  });

  it("given a client, sheets, tables and names come back as plain data a reader can use", async () => {
    const { session, gateway } = await planned();
    valueOf(await addClient(session, fields("acmeacme", "Acme", { knowledge: 7 })));
    const state = await gateway.inspect();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(state.sheets.slice(0, 2)).toEqual([
      { name: "Cartera", visibility: "visible", position: 0 },
      { name: "Hoja1", visibility: "visible", position: 1 },
    ]);
    expect(state.sheets.find((s) => s.name === "Meta")?.visibility).toBe("veryHidden");
    const actions = state.tables.find((t) => t.name === "vamAcciones_acmeacme");
    expect(actions).toMatchObject({ sheetName: "Acme · Ajustar" });
    expect(actions?.rows).toHaveLength(1);
    const score = state.names.find((n) => n.name === "vamConocimiento_acmeacme");
    expect(score).toMatchObject({ sheetName: "Acme · Ver", values: [[7]] });
    expect(score?.formula).toMatch(/^='Acme · Ver'!\$[A-Z]+\$\d+$/);
    expect(state.names.find((n) => n.name === "vamHoy")).toEqual({ name: "vamHoy", formula: "=TODAY()" });
  });

  it("given table ranges and used cells asked for, they come in the same one sync", async () => {
    const { sim, session, gateway } = await planned();
    valueOf(await addClient(session, fields("acmeacme", "Acme")));
    sim.instrumentation.reset();
    const state = await gateway.inspect({ tableRanges: ["vamCartera"], sheetCells: ["Acme · Ver", "Hoja1"] });
    expect(sim.instrumentation.roundTrips).toBe(1);
    const cartera = state.tables.find((t) => t.name === "vamCartera");
    expect(cartera?.range).toMatchObject({ rows: 2, columns: portfolioColumns("es").length });
    expect(state.sheets.find((s) => s.name === "Acme · Ver")?.used?.formulas.flat()).toContain("Acme");
    expect(state.sheets.find((s) => s.name === "Hoja1")?.used).toBeUndefined();
  });
});

describe("apply", () => {
  it("given no changes, nothing is sent", async () => {
    const { sim, gateway } = sessionOn();
    await gateway.apply(noChanges);
    expect(sim.instrumentation.syncCalls).toBe(0);
  });

  it("given a client built, its sheets keep the header rows frozen (rows only), print landscape one page wide", async () => {
    const { sim, session } = await planned();
    valueOf(await addClient(session, fields("acmeacme", "Acme")));
    const ver = sim.workbook.sheets.find((s) => s.name === "Acme · Ver");
    expect(ver?.freeze).toEqual({ rows: HEADER_ROW + 1, columns: 0 });
    expect(ver?.pageLayout).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: PRINT_SETUP.repeatRows,
    });
    expect(ver?.tabColor).toBe("#2E75B6");
  });

  it("given changes over several requests, progress is reported after each one", async () => {
    const sim = createSimExcel({ firstSheetName: "Hoja1" });
    const gateway = new OfficeWorkbookGateway((batch) => sim.run(batch), { requestBudgetBytes: 300 });
    const progress: [number, number][] = [];
    const cells = Array.from({ length: 6 }, (_, i) => ({
      row: i * 40,
      column: 0,
      value: { kind: "text", text: "x".repeat(60) } as const,
    }));
    await gateway.apply({ ...noChanges, changes: [{ kind: "writeCells", sheetName: "Hoja1", cells }] }, (done, total) =>
      progress.push([done, total]),
    );
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual([progress.length, progress.length]);
    expect(sim.instrumentation.roundTrips).toBe(progress.length);
  });

  it("given a request over Excel's limit, the error is payloadTooLarge", async () => {
    const sim = createSimExcel({ firstSheetName: "Hoja1" });
    sim.instrumentation.payloadLimitBytes = 200;
    const gateway = new OfficeWorkbookGateway((batch) => sim.run(batch));
    const cells = [{ row: 0, column: 0, value: { kind: "text", text: "y".repeat(500) } as const }];
    await expect(
      gateway.apply({ ...noChanges, changes: [{ kind: "writeCells", sheetName: "Hoja1", cells }] }),
    ).rejects.toMatchObject({
      code: "payloadTooLarge",
    });
  });

  it("given a name that already exists (any case), the error is alreadyExists with Excel's detail for the log", async () => {
    const { gateway } = sessionOn();
    const names = [
      { kind: "formula", name: "vamPrueba", formula: "=1" },
      { kind: "formula", name: "VAMPRUEBA", formula: "=2" },
    ] as const;
    const error = await gateway.apply({ ...noChanges, changes: [{ kind: "addNames", names }] }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code: "alreadyExists", detail: expect.stringContaining("NamedItemCollection.add") });
  });
});

describe("subscribe", () => {
  it("given a subscription, a change by anyone calls back; after unsubscribing, none does", async () => {
    const { sim, gateway } = sessionOn();
    let calls = 0;
    const unsubscribe = await gateway.subscribe(() => {
      calls += 1;
    });
    sim.user.typeInCell("Hoja1", "B2", "hola");
    await sim.events.idle();
    expect(calls).toBe(1);
    await unsubscribe();
    sim.user.typeInCell("Hoja1", "B3", "adiós");
    await sim.events.idle();
    expect(calls).toBe(1);
    expect(sim.events.handlerCount).toBe(0);
  });
});
