/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/no-empty-load --
   these specifications read unloaded properties, read before sync and load everything on purpose, to pin
   what the simulator (like Office.js) does then. */
import { isSimError } from "../../excel-sim/errors";
import { blankSim, errorCodeOf, simWith } from "./fixtures";

describe("reading proxies: load, then sync, as Office.js", () => {
  it("given a property never loaded, reading it throws PropertyNotLoaded with Office.js's message", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      await context.sync();
      let thrown: unknown;
      try {
        void sheet.name;
      } catch (e: unknown) {
        thrown = e;
      }
      expect(isSimError(thrown, "PropertyNotLoaded")).toBe(true);
      expect((thrown as Error).message).toBe(
        "The property 'name' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
      );
      expect((thrown as { debugInfo: { errorLocation: string } }).debugInfo.errorLocation).toBe("Worksheet.name");
    });
  });

  it("given a property loaded but not yet synced, reading it throws; after the sync it reads", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1").load("name");
      expect(await errorCodeOf(() => sheet.name)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(sheet.name).toBe("Hoja1");
    });
  });

  it("given a property set on the proxy, it is not readable until loaded again (stricter than Office.js)", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1").load("name");
      await context.sync();
      sheet.name = "Cartera";
      expect(await errorCodeOf(() => sheet.name)).toBe("PropertyNotLoaded");
      sheet.load("name");
      await context.sync();
      expect(sheet.name).toBe("Cartera");
    });
  });

  it("given a value loaded in one sync, later changes do not show until it is loaded again (no live view)", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("A1").values = [[1]];
      const cell = sheet.getRange("A1").load("values");
      await context.sync();
      sheet.getRange("A1").values = [[2]];
      await context.sync();
      expect(cell.values).toEqual([[1]]);
      cell.load("values");
      await context.sync();
      expect(cell.values).toEqual([[2]]);
    });
  });

  it("given a loaded array, mutating it does not change the workbook", async () => {
    const sim = await simWith(
      (context) => (context.workbook.worksheets.getItem("Hoja1").getRange("A1").values = [[5]]),
    );
    await sim.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Hoja1").getRange("A1").load("values");
      await context.sync();
      (cell.values[0] as unknown[])[0] = 99;
      const again = context.workbook.worksheets.getItem("Hoja1").getRange("A1").load("values");
      await context.sync();
      expect(again.values).toEqual([[5]]);
    });
  });

  it.each([
    ["a comma list", "name, position"],
    ["an array", ["name", "position"]],
    ["select / expand", { select: "name, position" }],
  ])("given %s, load reads each property", async (_label, option) => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.load(option as string);
      await context.sync();
      expect([sheet.name, sheet.position]).toEqual(["Hoja1", 0]);
    });
  });

  it("given nested paths, load goes through navigation properties (format/font/bold, worksheet/name)", async () => {
    const sim = await simWith(
      (context) => (context.workbook.worksheets.getItem("Hoja1").getRange("B2").format.font.bold = true),
    );
    await sim.run(async (context) => {
      const cell = context.workbook.worksheets
        .getItem("Hoja1")
        .getRange("B2")
        .load("format/font/bold, worksheet/name, address");
      await context.sync();
      expect(cell.format.font.bold).toBe(true);
      expect(cell.worksheet.name).toBe("Hoja1");
      expect(await errorCodeOf(() => cell.format.font.italic)).toBe("PropertyNotLoaded");
      expect(cell.toJSON()).toEqual({
        address: "Hoja1!B2",
        format: { font: { bold: true } },
        worksheet: { name: "Hoja1" },
      });
    });
  });

  it("given the adapter's whole-plan read, tables and names load with one sync", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("A1:B3").values = [
        ["Cliente", "Confianza"],
        ["Acme", 7],
        ["Beta", 9],
      ];
      sheet.tables.add("A1:B3", true).name = "vamCartera";
      sheet.getRange("D1").values = [[2027]];
      context.workbook.names.add("vamAnioPlan", sheet.getRange("D1"));
    });
    sim.instrumentation.reset();
    await sim.run(async (context) => {
      const tables = context.workbook.tables.load(
        "items/name,items/worksheet/name,items/columns/items/name,items/rows/items/values",
      );
      const names = context.workbook.names.load("items/name,items/type,items/value,items/arrayValues/values");
      const sheets = context.workbook.worksheets.load("items/name,items/visibility");
      await context.sync();
      const table = tables.items[0];
      expect(table?.name).toBe("vamCartera");
      expect(table?.worksheet.name).toBe("Hoja1");
      expect(table?.columns.items.map((c) => c.name)).toEqual(["Cliente", "Confianza"]);
      expect(table?.rows.items.map((r) => r.values)).toEqual([[["Acme", 7]], [["Beta", 9]]]);
      expect(names.items.map((n) => [n.name, n.type, n.value, n.arrayValues.values])).toEqual([
        ["vamAnioPlan", "Range", "Hoja1!$D$1", [[2027]]],
      ]);
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([["Hoja1", "Visible"]]);
    });
    expect(sim.instrumentation.roundTrips).toBe(1);
  });

  it("given a collection never loaded, reading items throws PropertyNotLoaded", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      expect(await errorCodeOf(() => context.workbook.worksheets.items)).toBe("PropertyNotLoaded");
    });
  });

  it("given `load('name')` on a collection, it loads the items' names (Office.js shorthand)", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const sheets = context.workbook.worksheets.load("name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Hoja1"]);
      expect(await errorCodeOf(() => sheets.items[0]?.position)).toBe("PropertyNotLoaded");
    });
  });

  it("given a property the object does not have, the sync fails with InvalidArgument", async () => {
    const sim = blankSim();
    expect(
      await errorCodeOf(() =>
        sim.run(async (context) => {
          context.workbook.worksheets.getItem("Hoja1").load("colour");
          await context.sync();
        }),
      ),
    ).toBe("InvalidArgument");
  });

  it("given a method result, its value is readable only after the sync (ValueNotLoaded before)", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(await errorCodeOf(() => count.value)).toBe("ValueNotLoaded");
      await context.sync();
      expect(count.value).toBe(1);
    });
  });
});

describe("…OrNullObject", () => {
  it("given a missing item, isNullObject is true after the sync and throws PropertyNotLoaded before", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("hoja1");
      expect(await errorCodeOf(() => missing.isNullObject)).toBe("PropertyNotLoaded");
      await context.sync();
      expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
    });
  });

  it("given a null object, loading it succeeds but reading a property throws", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("vamNada").load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(await errorCodeOf(() => missing.name)).toBe("InvalidOperation");
    });
  });

  it("given a null object, a command on it fails the sync with ItemNotFound", async () => {
    const sim = blankSim();
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject("Nope").getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
  });

  it("given getItem of a missing sheet, nothing fails until the sync, which fails with ItemNotFound", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Nope");
      sheet.load("name");
      let error: unknown;
      await context.sync().catch((e: unknown) => (error = e));
      expect(isSimError(error, "ItemNotFound")).toBe(true);
      expect((error as { debugInfo: { errorLocation: string } }).debugInfo.errorLocation).toBe(
        "WorksheetCollection.getItem",
      );
    });
  });
});
