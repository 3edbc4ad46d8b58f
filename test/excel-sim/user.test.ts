import { errorCodeOf, simWith, valuesAt, formulasAt } from "./fixtures";

async function scoredSheet(): Promise<ReturnType<typeof simWith>> {
  return simWith((context) => {
    const sheet = context.workbook.worksheets.getItem("Hoja1");
    sheet.getRange("Z1:Z3").values = [["pendiente"], ["en curso"], ["hecha"]];
    context.workbook.names.add("vamListaEstado", sheet.getRange("Z1:Z3"));
    sheet.getRange("B2").dataValidation.rule = { wholeNumber: { formula1: 0, formula2: 10, operator: "Between" } };
    sheet.getRange("C2").dataValidation.rule = { list: { inCellDropDown: true, source: "=vamListaEstado" } };
    sheet.getRange("D2").dataValidation.rule = { wholeNumber: { formula1: 0, formula2: 10, operator: "Between" } };
    sheet.getRange("D2").dataValidation.errorAlert = { title: "", message: "", showAlert: true, style: "Warning" };
  });
}

describe("the simulated user", () => {
  it.each([
    ["B2", "7", true, 7],
    ["B2", "11", false, ""],
    ["B2", "7.5", false, ""],
    ["C2", "hecha", true, "hecha"],
    ["C2", "terminada", false, ""],
    ["D2", "11", true, 11],
  ])(
    "given %s typed %j, it is accepted: %s (Stop alerts refuse, Warning alerts let it through)",
    async (address, text, accepted, value) => {
      const sim = await scoredSheet();
      expect(sim.user.typeInCell("Hoja1", address, text).accepted).toBe(accepted);
      expect(await valuesAt(sim, "Hoja1", address)).toEqual([[value]]);
    },
  );

  it("given typed text, it follows Excel's typing rules (apostrophe keeps text, = starts a formula)", async () => {
    const sim = await scoredSheet();
    sim.user.typeInCell("Hoja1", "A5", '\'=HYPERLINK("x")');
    sim.user.typeInCell("Hoja1", "A6", "=A5");
    expect(await formulasAt(sim, "Hoja1", "A5:A6")).toEqual([['=HYPERLINK("x")'], ["=A5"]]);
  });

  it("given a sheet moved and hidden, the API sees it", async () => {
    const sim = await simWith((context) => {
      context.workbook.worksheets.add("Listas");
    });
    sim.user.moveSheet("Listas", 0);
    sim.user.setSheetVisibility("Listas", "Hidden");
    await sim.run(async (context) => {
      const lists = context.workbook.worksheets.getItem("Listas").load("position, visibility");
      await context.sync();
      expect([lists.position, lists.visibility]).toEqual([0, "Hidden"]);
    });
  });

  it("given a name deleted in the Name Manager, getItem fails with ItemNotFound", async () => {
    const sim = await scoredSheet();
    sim.user.deleteName("vamListaEstado");
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        context.workbook.names.getItem("vamListaEstado").load("name");
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
  });

  it("given a rename that breaks a rule, the user is refused like the API", () => {
    const sim = simWith(() => undefined);
    return sim.then(async (s) =>
      expect(await errorCodeOf(() => s.user.renameSheet("Hoja1", "a/b"))).toBe("InvalidArgument"),
    );
  });

  it("given Delete on cells, contents go", async () => {
    const sim = await scoredSheet();
    sim.user.clearCells("Hoja1", "Z1:Z2");
    expect(await valuesAt(sim, "Hoja1", "Z1:Z3")).toEqual([[""], [""], ["hecha"]]);
  });
});
