import type { SimHost } from "../../excel-sim/host";
import { blankSim, errorCodeOf, simWith } from "./fixtures";

interface NameView {
  type: string;
  value: unknown;
  formula: unknown;
  values: unknown[][];
}

async function nameView(sim: SimHost, name: string): Promise<NameView> {
  return sim.run(async (context) => {
    const item = context.workbook.names.getItem(name).load("type, value, formula, arrayValues/values");
    await context.sync();
    return { type: item.type, value: item.value, formula: item.formula, values: item.arrayValues.values };
  });
}

async function clientSheet(): Promise<SimHost> {
  return simWith((context) => {
    const ver = context.workbook.worksheets.add("Acme · Ver");
    ver.getRange("B3").values = [["'Acme"]];
    ver.getRange("B4").formulas = [["=LEN(B3)"]];
    context.workbook.names.add("vamNombre_k3", ver.getRange("B3"), "Nombre del cliente");
    context.workbook.names.add("vamLargo_k3", "='Acme · Ver'!$B$4");
    context.workbook.names.add("vamHoy", "=TODAY()");
    context.workbook.names.add("vamObjetivo", "=9");
  });
}

describe("defined names", () => {
  it("given a name over a cell, it reports type Range, the absolute address, a formula, and the cell values", async () => {
    const sim = await clientSheet();
    expect(await nameView(sim, "vamNombre_k3")).toEqual({
      type: "Range",
      value: "'Acme · Ver'!$B$3",
      formula: "='Acme · Ver'!$B$3",
      values: [["Acme"]],
    });
  });

  it("given a name over a formula cell, its values read the uncomputed #CALC!", async () => {
    expect((await nameView(await clientSheet(), "vamLargo_k3")).values).toEqual([["#CALC!"]]);
  });

  it("given a constant formula, its type and value are the constant's; a function is not computed (Error)", async () => {
    const sim = await clientSheet();
    expect(await nameView(sim, "vamObjetivo")).toEqual({ type: "Integer", value: 9, formula: "=9", values: [[9]] });
    expect(await nameView(sim, "vamHoy")).toMatchObject({ type: "Error", value: "#CALC!", formula: "=TODAY()" });
  });

  it("given the sheet is renamed (by the user), names follow it", async () => {
    const sim = await clientSheet();
    sim.user.renameSheet("Acme · Ver", "Acme S.A. · Ver");
    expect(await nameView(sim, "vamNombre_k3")).toMatchObject({ value: "'Acme S.A. · Ver'!$B$3", values: [["Acme"]] });
  });

  it("given the sheet is deleted, names become #REF! and getRange fails with InvalidReference", async () => {
    const sim = await clientSheet();
    sim.user.deleteSheet("Acme · Ver");
    expect(await nameView(sim, "vamNombre_k3")).toEqual({
      type: "Error",
      value: "#REF!",
      formula: "=#REF!$B$3",
      values: [["#REF!"]],
    });
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        context.workbook.names.getItem("vamNombre_k3").getRange().load("address");
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidReference");
  });

  it("given getRangeOrNullObject on a formula name, it is a null object", async () => {
    const sim = await clientSheet();
    await sim.run(async (context) => {
      const range = context.workbook.names.getItem("vamHoy").getRangeOrNullObject();
      const cells = context.workbook.names.getItem("vamNombre_k3").getRange().load("address");
      await context.sync();
      expect([range.isNullObject, cells.address]).toEqual([true, "'Acme · Ver'!B3"]);
    });
  });

  it("given a reference to a sheet that does not exist, adding fails with InvalidArgument", async () => {
    const sim = blankSim();
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        context.workbook.names.add("x", "=Nope!$A$1");
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("given a duplicate in other case, adding fails with ItemAlreadyExists", async () => {
    const sim = await clientSheet();
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        context.workbook.names.add("VAMHOY", "=NOW()");
        await context.sync();
      }),
    );
    expect(code).toBe("ItemAlreadyExists");
  });

  it("given comment, visible and delete, they behave as the NamedItem API", async () => {
    const sim = await clientSheet();
    await sim.run(async (context) => {
      const item = context.workbook.names.getItem("vamNombre_k3");
      item.visible = false;
      context.workbook.names.getItem("vamHoy").delete();
      await context.sync();
      item.load("comment, visible");
      const count = context.workbook.names.getCount();
      const gone = context.workbook.names.getItemOrNullObject("vamHoy");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by the sync itself
      expect([item.comment, item.visible, count.value, gone.isNullObject]).toEqual([
        "Nombre del cliente",
        false,
        3,
        true,
      ]);
    });
  });
});
