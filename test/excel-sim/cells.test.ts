import { UNCOMPUTED_FORMULA_VALUE } from "../../excel-sim/cell-typing";
import { blankSim, errorCodeOf, formulasAt, simWith, valuesAt } from "./fixtures";

function writeOne(value: unknown): Promise<ReturnType<typeof blankSim>> {
  return simWith((context) => (context.workbook.worksheets.getItem("Hoja1").getRange("A1").values = [[value]]));
}

describe("a string written to values is read as if typed (invariant en-US)", () => {
  it.each([
    ["=1+1", "=1+1", UNCOMPUTED_FORMULA_VALUE, "Error"],
    ["'=1+1", "=1+1", "=1+1", "String"],
    ["'0042", "0042", "0042", "String"],
    ["42", 42, 42, "Double"],
    ["-3.5", -3.5, -3.5, "Double"],
    ["1,234.5", 1234.5, 1234.5, "Double"],
    ["1e3", 1000, 1000, "Double"],
    ["true", true, true, "Boolean"],
    ["FALSE", false, false, "Boolean"],
    ["+34 600 000 000", "=+34 600 000 000", UNCOMPUTED_FORMULA_VALUE, "Error"],
    ["-abc", "=-abc", UNCOMPUTED_FORMULA_VALUE, "Error"],
    ["50%", 0.5, 0.5, "Double"],
    ["2027-03-01", 46447, 46447, "Double"],
    ["Acme, S.A.", "Acme, S.A.", "Acme, S.A.", "String"],
    ["3,4", "3,4", "3,4", "String"],
  ])("given %j, formulas read %j, values %j (%s)", async (typed, formula, value, type) => {
    const sim = await writeOne(typed);
    await sim.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Hoja1").getRange("A1").load("formulas, values, valueTypes");
      await context.sync();
      expect([cell.formulas[0]?.[0], cell.values[0]?.[0], cell.valueTypes[0]?.[0]]).toEqual([formula, value, type]);
    });
  });

  it("given an ISO date, the cell gets a date number format (Excel recognises the date)", async () => {
    const sim = await writeOne("2027-03-01");
    await sim.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Hoja1").getRange("A1").load("numberFormat");
      await context.sync();
      expect(cell.numberFormat).toEqual([["yyyy-mm-dd"]]);
    });
  });

  it("given a formula written through `formulas`, it is kept as text and never computed", async () => {
    const sim = await simWith(
      (context) => (context.workbook.worksheets.getItem("Hoja1").getRange("B1").formulas = [["=SUM(A1:A3)"]]),
    );
    expect(await formulasAt(sim, "Hoja1", "B1")).toEqual([["=SUM(A1:A3)"]]);
    expect(await valuesAt(sim, "Hoja1", "B1")).toEqual([["#CALC!"]]);
  });

  it.each(["=", "=SUM(A1", '="abc', "='Acme!A1"])(
    "given the malformed formula %j, the write fails with InvalidArgument",
    async (formula) => {
      expect(await errorCodeOf(() => writeOne(formula))).toBe("InvalidArgument");
    },
  );
});

describe("the dimension rule", () => {
  it.each([
    ["1×1 array on 2 cells", "A1:B1", [[1]]],
    ["row too short", "A1:C1", [[1, 2]]],
    [
      "too many rows",
      "A1:B1",
      [
        [1, 2],
        [3, 4],
      ],
    ],
    ["ragged rows", "A1:B2", [[1, 2], [3]]],
    ["a flat array", "A1:B1", [1, 2]],
  ])("given %s, the write fails with InvalidArgument", async (_label, address, values) => {
    const code = await errorCodeOf(() =>
      simWith(
        (context) => (context.workbook.worksheets.getItem("Hoja1").getRange(address).values = values as unknown[][]),
      ),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("given a bare scalar, it is written to every cell (as Excel allows)", async () => {
    const sim = await simWith((context) => {
      (context.workbook.worksheets.getItem("Hoja1").getRange("A1:B2") as unknown as { values: unknown }).values = "x";
    });
    expect(await valuesAt(sim, "Hoja1", "A1:B2")).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
  });

  it("given a bare formula with relative references over many cells, the simulator refuses (NotImplemented) rather than guess", async () => {
    const code = await errorCodeOf(() =>
      simWith((context) => {
        (context.workbook.worksheets.getItem("Hoja1").getRange("B1:B3") as unknown as { formulas: unknown }).formulas =
          "=A1*2";
      }),
    );
    expect(code).toBe("NotImplemented");
  });

  it("given null entries, those cells stay as they are; given empty strings, they are cleared", async () => {
    const sim = await simWith((context) => {
      const range = context.workbook.worksheets.getItem("Hoja1").getRange("A1:C1");
      range.values = [["a", "b", "c"]];
      context.workbook.worksheets.getItem("Hoja1").getRange("A1:C1").values = [[null, "", "z"]];
    });
    expect(await valuesAt(sim, "Hoja1", "A1:C1")).toEqual([["a", "", "z"]]);
  });
});

describe("cell limits", () => {
  it("given 32,767 characters, the cell holds them; given 32,768, the write fails with InvalidArgument", async () => {
    const sim = await writeOne("x".repeat(32_767));
    expect(String((await valuesAt(sim, "Hoja1", "A1"))[0]?.[0])).toHaveLength(32_767);
    expect(await errorCodeOf(() => writeOne("x".repeat(32_768)))).toBe("InvalidArgument");
  });

  it("given the text prefix and 32,767 characters, the cell holds the 32,767 (the apostrophe is a format flag, not content); one more fails", async () => {
    const sim = await writeOne(`'${"=".repeat(32_767)}`);
    await sim.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Hoja1").getRange("A1").load("values, valueTypes");
      await context.sync();
      expect(String(cell.values[0]?.[0])).toBe("=".repeat(32_767));
      expect(cell.valueTypes[0]?.[0]).toBe("String");
    });
    expect(await errorCodeOf(() => writeOne(`'${"x".repeat(32_768)}`))).toBe("InvalidArgument");
  });

  it.each([
    ["the last cell", (s: Excel.Worksheet) => s.getRange("XFD1048576"), "XFD1048576"],
    ["indexes at the edge", (s: Excel.Worksheet) => s.getRangeByIndexes(1_048_575, 16_383, 1, 1), "XFD1048576"],
  ])("given %s, the range exists", async (_label, get, address) => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const range = get(context.workbook.worksheets.getItem("Hoja1")).load("address");
      await context.sync();
      expect(range.address).toBe(`Hoja1!${address}`);
    });
  });

  it.each([
    ["a row past 1,048,576", (s: Excel.Worksheet) => s.getRangeByIndexes(1_048_576, 0, 1, 1)],
    ["a column past XFD", (s: Excel.Worksheet) => s.getRangeByIndexes(0, 16_384, 1, 1)],
    ["an offset off the sheet", (s: Excel.Worksheet) => s.getRange("A1").getOffsetRange(-1, 0)],
    ["an address past XFD", (s: Excel.Worksheet) => s.getRange("XFE1")],
  ])("given %s, using the range fails with InvalidArgument", async (_label, get) => {
    const sim = blankSim();
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        get(context.workbook.worksheets.getItem("Hoja1")).load("address");
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });
});

describe("read limits", () => {
  it("given values of more than 5,000,000 cells, the load fails with RangeExceedsLimit (Excel on the web's read limit)", async () => {
    const sim = blankSim();
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Hoja1").getRange("A:E").load("values");
        await context.sync();
      }),
    );
    expect(code).toBe("RangeExceedsLimit");
  });
});

describe("range navigation and addresses", () => {
  it("given a sheet name with spaces and a middle dot, the address is quoted as Excel does", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const sheets = ["Acme · Ver", "O'Brien", "Cartera", "2027"].map((name) => context.workbook.worksheets.add(name));
      const ranges = sheets.map((sheet) => sheet.getRange("A1:C3").load("address"));
      await context.sync();
      expect(ranges.map((r) => r.address)).toEqual([
        "'Acme · Ver'!A1:C3",
        "'O''Brien'!A1:C3",
        "Cartera!A1:C3",
        "'2027'!A1:C3",
      ]);
    });
  });

  it("given getCell, getResizedRange, getOffsetRange, getRow, getColumn, getEntireRow, getEntireColumn, getLastRow", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Hoja1").getRange("B2:D5");
      const derived = [
        base.getCell(1, 2),
        base.getResizedRange(1, -1),
        base.getOffsetRange(2, 1),
        base.getRow(0),
        base.getColumn(2),
        base.getEntireRow(),
        base.getEntireColumn(),
        base.getLastRow(),
        base.getLastColumn(),
      ].map((r) => r.load("address, rowIndex, columnIndex, rowCount, columnCount"));
      await context.sync();
      expect(derived.map((r) => r.address)).toEqual([
        "Hoja1!D3",
        "Hoja1!B2:C6",
        "Hoja1!C4:E7",
        "Hoja1!B2:D2",
        "Hoja1!D2:D5",
        "Hoja1!2:5",
        "Hoja1!B:D",
        "Hoja1!B5:D5",
        "Hoja1!D2:D5",
      ]);
      expect([derived[0]?.rowIndex, derived[0]?.columnIndex, derived[1]?.rowCount, derived[1]?.columnCount]).toEqual([
        2, 3, 5, 2,
      ]);
    });
  });

  it("given merge, the top-left value stays and the others go", async () => {
    const sim = await simWith((context) => {
      const range = context.workbook.worksheets.getItem("Hoja1").getRange("A1:B1");
      range.values = [["keep", "drop"]];
      range.merge();
    });
    expect(await valuesAt(sim, "Hoja1", "A1:B1")).toEqual([["keep", ""]]);
    expect(sim.workbook.sheets[0]?.merges).toEqual([{ row: 0, column: 0, rows: 1, columns: 2 }]);
  });

  it("given clear('Contents'), values go and formats stay; clear() removes both", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("A1:B1").values = [[1, 2]];
      sheet.getRange("A1:B1").format.font.bold = true;
      sheet.getRange("A1").clear("Contents");
      sheet.getRange("B1").clear();
    });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      const a = sheet.getRange("A1").load("values, format/font/bold");
      const b = sheet.getRange("B1").load("values, format/font/bold");
      await context.sync();
      expect([a.values, a.format.font.bold, b.values, b.format.font.bold]).toEqual([[[""]], true, [[""]], false]);
    });
  });

  it("given a hyperlink with display text, the cell shows the text and keeps the link", async () => {
    const sim = await simWith((context) => {
      context.workbook.worksheets.getItem("Hoja1").getRange("A1").hyperlink = {
        documentReference: "vamNombre_k3x9",
        textToDisplay: "Acme",
      };
    });
    await sim.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Hoja1").getRange("A1").load("values, hyperlink");
      await context.sync();
      expect(cell.values).toEqual([["Acme"]]);
      expect(cell.hyperlink).toEqual({ documentReference: "vamNombre_k3x9", textToDisplay: "Acme" });
    });
  });
});
