/**
 * Removing one data row of a table with what ExcelApi 1.13 offers: `Range.delete("Up")` over the row's cells
 * (found by a key when the request runs) and `TableRow.delete()` (by position). The rows below move up and
 * everything over the table's columns follows; what the simulator cannot carry is refused, never half done.
 * (`TableRowCollection.deleteRows` / `deleteRowsAt` are ExcelApiOnline only, outside the add-in's 1.13.)
 */
import type { SimHost } from "../../excel-sim/host";
import { snapshot } from "../../excel-sim/snapshot";
import { errorCodeOf, simWith, valuesAt } from "./fixtures";

/**
 * Hoja1: table vamCartera over B2:D5 (Cliente | Nivel | Id; Acme, Beta, Gamma), a validation on Nivel, a
 * conditional format on Id, links on the names, a name on Gamma's cell, a chart over Nivel, the print area
 * B:D, and a note beside the table in F4 (side-by-side blocks share sheet rows).
 */
function cartera(extra: (context: Excel.RequestContext) => void = () => undefined): Promise<SimHost> {
  return simWith((context) => {
    const sheet = context.workbook.worksheets.getItem("Hoja1");
    sheet.getRange("B2:D5").values = [
      ["Cliente", "Nivel", "Id"],
      ["'Acme", 1, "acme0001"],
      ["'Beta", 2, "beta0002"],
      ["'Gamma", 3, "gamm0003"],
    ];
    const table = sheet.tables.add("B2:D5", true);
    table.name = "vamCartera";
    table.columns.getItem("Nivel").getDataBodyRange().dataValidation.rule = {
      wholeNumber: { formula1: 0, formula2: 10, operator: "Between" },
    };
    table.columns.getItem("Id").getDataBodyRange().conditionalFormats.add("Custom").custom.rule.formula = '=D3<>""';
    sheet.getRange("B5").hyperlink = { documentReference: "Hoja1!F1" };
    context.workbook.names.add("vamGamma", sheet.getRange("B5"));
    context.workbook.names.add("vamAcme", sheet.getRange("B3"));
    const chart = sheet.charts.add("XYScatter", table.columns.getItem("Nivel").getDataBodyRange(), "Columns");
    chart.setPosition("H10", "K20");
    sheet.pageLayout.setPrintArea("B:D");
    sheet.getRange("F4").values = [["nota al lado"]];
    extra(context);
  });
}

/** Deletes the row whose Id is `id`, found when the request runs. */
function deleteById(sim: SimHost, id: string): Promise<void> {
  return sim.run(async (context) => {
    const table = context.workbook.tables.getItem("vamCartera");
    const cell = table.columns.getItem("Id").getRange().find(id, { completeMatch: true, matchCase: true });
    table.getDataBodyRange().getIntersection(cell.getEntireRow()).delete("Up");
    await context.sync();
  });
}

function sheetOf(sim: SimHost) {
  return snapshot(sim).sheets.find((s) => s.name === "Hoja1");
}

describe("Range.delete('Up') over a table's data row", () => {
  it("given the middle row found by its id, the rows below move up and the table, rules, names and chart follow", async () => {
    const sim = await cartera();
    await deleteById(sim, "beta0002");
    expect(await valuesAt(sim, "Hoja1", "B3:D5")).toEqual([
      ["Acme", 1, "acme0001"],
      ["Gamma", 3, "gamm0003"],
      ["", "", ""],
    ]);
    const shot = snapshot(sim);
    expect(shot.tables[0]).toMatchObject({ address: "B2:D4", bodyAddress: "B3:D4" });
    const sheet = sheetOf(sim);
    expect(sheet?.validations.map((v) => v.address)).toEqual(["C3:C4"]);
    expect(sheet?.conditionalFormats.map((f) => f.address)).toEqual(["D3:D4"]);
    expect(sheet?.cells["B4"]).toMatchObject({ value: "Gamma", hyperlink: { documentReference: "Hoja1!F1" } });
    expect(sheet?.cells["F4"]).toMatchObject({ value: "nota al lado" });
    expect(shot.names.find((n) => n.name === "vamGamma")?.formula).toBe("=Hoja1!$B$4");
    expect(sim.workbook.sheets[0]?.charts[0]?.series[0]?.values).toBe("Hoja1!$C$3:$C$4");
    expect(sim.workbook.sheets[0]?.pageLayout.printArea).toEqual([{ row: 0, column: 1, rows: 1_048_576, columns: 3 }]);
  });

  it("given the only data row, the table keeps one blank row (contents and link cleared), as Excel tables always do", async () => {
    const sim = await cartera();
    await deleteById(sim, "acme0001");
    await deleteById(sim, "beta0002");
    await deleteById(sim, "gamm0003");
    expect(snapshot(sim).tables[0]).toMatchObject({ address: "B2:D3" });
    expect(await valuesAt(sim, "Hoja1", "B3:D3")).toEqual([["", "", ""]]);
    expect(sheetOf(sim)?.cells["B3"]?.hyperlink).toBeUndefined();
    expect(sheetOf(sim)?.validations.map((v) => v.address)).toEqual(["C3"]);
  });

  it("given a name on nothing but the deleted cells, it becomes #REF!", async () => {
    const sim = await cartera();
    await deleteById(sim, "acme0001");
    expect(snapshot(sim).names.find((n) => n.name === "vamAcme")?.formula).toBe("=#REF!$B$3");
  });

  it.each([
    ["part of a row", "B4:C4", "Up", "InsertDeleteConflict"],
    ["a row with the header", "B2:D3", "Up", "InsertDeleteConflict"],
    ["a whole row, shifting left", "B4:D4", "Left", "InsertDeleteConflict"],
    ["cells outside any table", "F4:G4", "Up", "NotImplemented"],
  ] as const)("given %s (%s, %s), it fails with %s and nothing moves", async (_what, address, shift, expected) => {
    const sim = await cartera();
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Hoja1").getRange(address).delete(shift);
        await context.sync();
      }),
    );
    expect(code).toBe(expected);
    expect(await valuesAt(sim, "Hoja1", "D3:D5")).toEqual([["acme0001"], ["beta0002"], ["gamm0003"]]);
  });

  it.each([
    [
      "a formula elsewhere refers by A1 to a cell that would move",
      (c: Excel.RequestContext) => {
        c.workbook.worksheets.add("Otra").getRange("A1").formulas = [["=Hoja1!C5*2"]];
      },
    ],
    [
      "a cell below the table in its columns holds something",
      (c: Excel.RequestContext) => {
        c.workbook.worksheets.getItem("Hoja1").getRange("C9").values = [["debajo"]];
      },
    ],
  ])("given %s, the simulator refuses with NotImplemented instead of half doing it", async (_what, extra) => {
    const sim = await cartera(extra);
    expect(await errorCodeOf(() => deleteById(sim, "beta0002"))).toBe("NotImplemented");
    expect(snapshot(sim).tables[0]).toMatchObject({ address: "B2:D5" });
  });

  it("given formulas that use structured references or names, nothing needs rewriting and the row goes", async () => {
    const sim = await cartera((c) => {
      c.workbook.worksheets.add("Otra").getRange("A1:A2").formulas = [["=SUM(vamCartera[Nivel])"], ["=vamGamma"]];
    });
    await deleteById(sim, "beta0002");
    expect(snapshot(sim).tables[0]).toMatchObject({ address: "B2:D4" });
  });
});

describe("TableRow.delete()", () => {
  it("given the row at a position, that row goes (a TableRow is a position, not the data)", async () => {
    const sim = await cartera();
    await sim.run(async (context) => {
      context.workbook.tables.getItem("vamCartera").rows.getItemAt(0).delete();
      await context.sync();
    });
    expect(await valuesAt(sim, "Hoja1", "D3:D4")).toEqual([["beta0002"], ["gamm0003"]]);
    expect(snapshot(sim).tables[0]).toMatchObject({ address: "B2:D4" });
  });

  it("given a position past the last row, the request fails with ItemNotFound", async () => {
    const sim = await cartera();
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        context.workbook.tables.getItem("vamCartera").rows.getItemAt(3).delete();
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
  });
});
