import type { SimHost } from "../../excel-sim/host";
import { blankSim, errorCodeOf, simWith } from "./fixtures";

async function sheetNames(sim: SimHost): Promise<Array<[string, number, string]>> {
  return sim.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name, items/position, items/visibility");
    await context.sync();
    return sheets.items.map((s) => [s.name, s.position, s.visibility]);
  });
}

describe("worksheets", () => {
  it("given add without a name, Excel's next SheetN is used, at the end, without activating it", async () => {
    const sim = await simWith((context) => {
      context.workbook.worksheets.add();
      context.workbook.worksheets.add("Cartera");
      context.workbook.worksheets.add();
    });
    expect(await sheetNames(sim)).toEqual([
      ["Hoja1", 0, "Visible"],
      ["Sheet2", 1, "Visible"],
      ["Cartera", 2, "Visible"],
      ["Sheet4", 3, "Visible"],
    ]);
    await sim.run(async (context) => {
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(active.name).toBe("Hoja1");
    });
  });

  it("given position set, the sheet moves; outside 0..count-1 it fails with InvalidArgument", async () => {
    const sim = await simWith((context) => {
      context.workbook.worksheets.add("Cartera").position = 0;
    });
    expect((await sheetNames(sim)).map((s) => s[0])).toEqual(["Cartera", "Hoja1"]);
    expect(
      await errorCodeOf(() => simWith((context) => (context.workbook.worksheets.getItem("Hoja1").position = 1))),
    ).toBe("InvalidArgument");
  });

  it("given a proxy obtained by name, it keeps working after the sheet is renamed", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.name = "Cartera";
      sheet.getRange("A1").values = [["after rename"]];
      sheet.load("name");
      await context.sync();
      expect(sheet.name).toBe("Cartera");
    });
  });

  it.each(["Hidden", "VeryHidden"] as const)(
    "given visibility %s, the sheet is hidden; the last visible sheet cannot be",
    async (visibility) => {
      const sim = await simWith((context) => {
        context.workbook.worksheets.add("Listas").visibility = visibility;
      });
      expect((await sheetNames(sim))[1]).toEqual(["Listas", 1, visibility]);
      expect(
        await errorCodeOf(() =>
          sim.run(async (c) => {
            c.workbook.worksheets.getItem("Hoja1").visibility = visibility;
            await c.sync();
          }),
        ),
      ).toBe("InvalidOperation");
    },
  );

  it("given delete, the sheet goes with its tables; the last visible sheet cannot be deleted", async () => {
    const sim = await simWith((context) => {
      const ver = context.workbook.worksheets.add("Acme · Ver");
      ver.tables.add("A1:B2", true).name = "vamRetos_k";
      ver.activate();
      ver.delete();
    });
    expect(sim.workbook.tables).toEqual([]);
    expect((await sheetNames(sim)).map((s) => s[0])).toEqual(["Hoja1"]);
    expect(
      await errorCodeOf(() =>
        sim.run(async (c) => {
          c.workbook.worksheets.getItem("Hoja1").delete();
          await c.sync();
        }),
      ),
    ).toBe("InvalidOperation");
  });

  it("given activate on a hidden sheet, it fails with InvalidOperation", async () => {
    const code = await errorCodeOf(() =>
      simWith((context) => {
        const lists = context.workbook.worksheets.add("Listas");
        lists.visibility = "Hidden";
        lists.activate();
      }),
    );
    expect(code).toBe("InvalidOperation");
  });

  it("given tab colours, #RRGGBB and named colours are kept as #RRGGBB; anything else fails", async () => {
    const sim = await simWith((context) => {
      context.workbook.worksheets.getItem("Hoja1").tabColor = "#1f6fb2";
      context.workbook.worksheets.add("B").tabColor = "red";
    });
    expect(sim.workbook.sheets.map((s) => s.tabColor)).toEqual(["#1F6FB2", "#FF0000"]);
    expect(await errorCodeOf(() => simWith((c) => (c.workbook.worksheets.getItem("Hoja1").tabColor = "azul")))).toBe(
      "InvalidArgument",
    );
  });

  it("given cells with values and formats, the used range covers them; valuesOnly ignores formats; blank sheets differ", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("B2").values = [["x"]];
      sheet.getRange("D5").format.fill.color = "#FFFF00";
      context.workbook.worksheets.add("Vacía");
    });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      const blank = context.workbook.worksheets.getItem("Vacía");
      const used = [sheet.getUsedRange(), sheet.getUsedRange(true), blank.getUsedRange()].map((r) => r.load("address"));
      const none = blank.getUsedRangeOrNullObject();
      await context.sync();
      expect(used.map((r) => r.address)).toEqual(["Hoja1!B2:D5", "Hoja1!B2", "Vacía!A1"]);
      expect(none.isNullObject).toBe(true);
    });
  });
});

describe("freeze panes and page layout", () => {
  it.each([
    ["freezeRows(2)", (f: Excel.WorksheetFreezePanes) => f.freezeRows(2), "Hoja1!1:2"],
    ["freezeColumns(1)", (f: Excel.WorksheetFreezePanes) => f.freezeColumns(1), "Hoja1!A:A"],
    ["freezeAt('A1:B3')", (f: Excel.WorksheetFreezePanes) => f.freezeAt("A1:B3"), "Hoja1!A1:B3"],
  ])("given %s, the frozen location is %s", async (_label, freeze, address) => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const panes = context.workbook.worksheets.getItem("Hoja1").freezePanes;
      freeze(panes);
      const location = panes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(location.address).toBe(address);
    });
  });

  it("given unfreeze, there is no frozen location", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const panes = context.workbook.worksheets.getItem("Hoja1").freezePanes;
      panes.freezeRows(1);
      panes.unfreeze();
      const location = panes.getLocationOrNullObject();
      await context.sync();
      expect(location.isNullObject).toBe(true);
    });
  });

  it("given landscape, fit to one page wide and title rows, the page layout reads them back", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Hoja1").pageLayout;
      layout.orientation = "Landscape";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows("$1:$3");
      layout.load("orientation, zoom");
      const titles = layout.getPrintTitleRowsOrNullObject().load("address");
      await context.sync();
      expect([layout.orientation, layout.zoom, titles.address]).toEqual([
        "Landscape",
        { horizontalFitToPages: 1, verticalFitToPages: 0 },
        "Hoja1!1:3",
      ]);
    });
  });

  it("given print title rows that are not whole rows, it fails with InvalidArgument", async () => {
    expect(
      await errorCodeOf(() =>
        simWith((c) => c.workbook.worksheets.getItem("Hoja1").pageLayout.setPrintTitleRows("A1:B2")),
      ),
    ).toBe("InvalidArgument");
  });

  it("given zoom.scale set through the unloaded zoom object, it fails like Office.js (zoom must be set whole)", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Hoja1").pageLayout;
      expect(await errorCodeOf(() => (layout.zoom.scale = 80))).toBe("PropertyNotLoaded");
    });
  });
});
