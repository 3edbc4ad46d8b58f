import type { SimEventArgs } from "../../excel-sim/events";
import { blankSim, valuesAt } from "./fixtures";

describe("two request contexts on one workbook (co-authoring)", () => {
  it("given two contexts, each has its own queue: syncing one does not send the other's commands", async () => {
    const sim = blankSim();
    const ana = sim.createContext();
    const luis = sim.createContext();
    ana.workbook.worksheets.getItem("Hoja1").getRange("A1").values = [["Ana"]];
    luis.workbook.worksheets.getItem("Hoja1").getRange("B1").values = [["Luis"]];
    await ana.sync();
    expect(await valuesAt(sim, "Hoja1", "A1:B1")).toEqual([["Ana", ""]]);
    await luis.sync();
    expect(await valuesAt(sim, "Hoja1", "A1:B1")).toEqual([["Ana", "Luis"]]);
  });

  it("given both write the same cell, the sync that reaches the host last wins", async () => {
    const sim = blankSim();
    const [first, second] = [sim.createContext(), sim.createContext()];
    second.workbook.worksheets.getItem("Hoja1").getRange("A1").values = [["second"]];
    first.workbook.worksheets.getItem("Hoja1").getRange("A1").values = [["first"]];
    await Promise.all([second.sync(), first.sync()]);
    expect(await valuesAt(sim, "Hoja1", "A1")).toEqual([["first"]]);
  });

  it("given one context's committed change, the other sees it on its next load, not before", async () => {
    const sim = blankSim();
    const reader = sim.createContext();
    const writer = sim.createContext();
    const cell = reader.workbook.worksheets.getItem("Hoja1").getRange("A1").load("values");
    await reader.sync();
    writer.workbook.worksheets.getItem("Hoja1").getRange("A1").values = [["nuevo"]];
    await writer.sync();
    expect(cell.values).toEqual([[""]]);
    cell.load("values");
    await reader.sync();
    expect(cell.values).toEqual([["nuevo"]]);
  });

  it("given a co-author adds a table whose name another context then tries, the second add fails", async () => {
    const sim = blankSim();
    const [a, b] = [sim.createContext(), sim.createContext()];
    a.workbook.worksheets.getItem("Hoja1").tables.add("A1:B2", true).name = "vamCartera";
    b.workbook.worksheets.getItem("Hoja1").tables.add("D1:E2", true).name = "vamCartera";
    await a.sync();
    await expect(b.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("events", () => {
  function recorder(): { seen: SimEventArgs[]; handler: (args: SimEventArgs) => Promise<void> } {
    const seen: SimEventArgs[] = [];
    return { seen, handler: async (args) => void seen.push(args) };
  }

  it("given a handler added, it is registered only at the next sync", async () => {
    const sim = blankSim();
    const context = sim.createContext();
    const { handler } = recorder();
    context.workbook.worksheets.onChanged.add(handler);
    expect(sim.events.handlerCount).toBe(0);
    await context.sync();
    expect(sim.events.handlerCount).toBe(1);
    expect(sim.instrumentation.roundTrips).toBe(0);
  });

  it("given changes by the user, by this context and by another, sources are Local, Local (ThisLocalAddin) and Remote", async () => {
    const sim = blankSim();
    const mine = sim.createContext();
    const other = sim.createContext();
    const { seen, handler } = recorder();
    mine.workbook.worksheets.getItem("Hoja1").onChanged.add(handler);
    await mine.sync();
    sim.user.typeInCell("Hoja1", "A1", "usuario");
    mine.workbook.worksheets.getItem("Hoja1").getRange("B2:C3").values = [
      [1, 2],
      [3, 4],
    ];
    await mine.sync();
    other.workbook.worksheets.getItem("Hoja1").getRange("D4").values = [["otro"]];
    await other.sync();
    await sim.events.idle();
    expect(seen.map((e) => [e.type, e.address, e.changeType, e.source, e.triggerSource])).toEqual([
      ["WorksheetChanged", "A1", "RangeEdited", "Local", "Unknown"],
      ["WorksheetChanged", "B2:C3", "RangeEdited", "Local", "ThisLocalAddin"],
      ["WorksheetChanged", "D4", "RangeEdited", "Remote", "Unknown"],
    ]);
  });

  it("given sheets added, renamed and deleted, the collection's events fire with the sheet id", async () => {
    const sim = blankSim();
    const context = sim.createContext();
    const { seen, handler } = recorder();
    const sheets = context.workbook.worksheets;
    [sheets.onAdded, sheets.onDeleted, sheets.onNameChanged].forEach((event) => event.add(handler));
    const added = sheets.add("Acme · Ver").load("id");
    await context.sync();
    sim.user.renameSheet("Acme · Ver", "Acme · Ver (2)");
    sim.user.deleteSheet("Acme · Ver (2)");
    await sim.events.idle();
    expect(seen.map((e) => [e.type, e.worksheetId, e.source])).toEqual([
      ["WorksheetAdded", added.id, "Local"],
      ["WorksheetNameChanged", added.id, "Local"],
      ["WorksheetDeleted", added.id, "Local"],
    ]);
    expect(seen[1]).toMatchObject({ nameBefore: "Acme · Ver", nameAfter: "Acme · Ver (2)" });
  });

  it("given a handler removed, it no longer receives events after the next sync", async () => {
    const sim = blankSim();
    const context = sim.createContext();
    const { seen, handler } = recorder();
    const registration = context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    registration.remove();
    await context.sync();
    sim.user.typeInCell("Hoja1", "A1", "x");
    await sim.events.idle();
    expect(seen).toEqual([]);
  });

  it("given event args, getRange gives the changed cells on a context", async () => {
    const sim = blankSim();
    const context = sim.createContext();
    const { seen, handler } = recorder();
    context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    sim.user.typeInCell("Hoja1", "C7", "42");
    await sim.events.idle();
    const range = seen[0]?.getRange?.(context).load("values, address");
    await context.sync();
    expect([range?.address, range?.values]).toEqual(["Hoja1!C7", [[42]]]);
  });

  it("given a failing batch, the changes applied before the failure still raise events", async () => {
    const sim = blankSim();
    const context = sim.createContext();
    const { seen, handler } = recorder();
    context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    const sheet = context.workbook.worksheets.getItem("Hoja1");
    sheet.getRange("A1").values = [["applied"]];
    sheet.getRange("A2:B2").values = [["bad"]];
    await context.sync().catch(() => undefined);
    await sim.events.idle();
    expect(seen.map((e) => e.address)).toEqual(["A1"]);
  });

  it("given a handler that throws, the error is kept and later events still arrive", async () => {
    const sim = blankSim();
    const context = sim.createContext();
    const { seen, handler } = recorder();
    context.workbook.worksheets.onChanged.add(async () => Promise.reject(new Error("boom")));
    context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    sim.user.typeInCell("Hoja1", "A1", "x");
    await sim.events.idle();
    expect([sim.events.handlerErrors.length, seen.length]).toEqual([1, 1]);
  });
});
