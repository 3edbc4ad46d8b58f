import type { SimHost } from "../../excel-sim/host";
import { blankSim, errorCodeOf, simWith, valuesAt } from "./fixtures";

interface TableView {
  name: string;
  address: string;
  headers: string[];
  rows: unknown[][][];
}

async function table(sim: SimHost, name: string): Promise<TableView> {
  return sim.run(async (context) => {
    const t = context.workbook.tables.getItem(name).load("name, columns/items/name, rows/items/values");
    const range = t.getRange().load("address");
    await context.sync();
    return {
      name: t.name,
      address: range.address,
      headers: t.columns.items.map((c) => c.name),
      rows: t.rows.items.map((r) => r.values),
    };
  });
}

describe("tables.add", () => {
  it("given a range with headers, the first row names the columns; blanks and duplicates are made unique as Excel does", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("A1:D2").values = [
        ["Cliente", "", "Cliente", "cliente"],
        ["Acme", 1, 2, 3],
      ];
      sheet.tables.add("A1:D2", true).name = "vamCartera";
    });
    expect((await table(sim, "vamCartera")).headers).toEqual(["Cliente", "Column2", "Cliente2", "cliente3"]);
    expect(await valuesAt(sim, "Hoja1", "A1:D1")).toEqual([["Cliente", "Column2", "Cliente2", "cliente3"]]);
  });

  it("given only a header row, the table gets one blank data row (a table always has one)", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("B3:C3").values = [["Acción", "Estado"]];
      sheet.tables.add("B3:C3", true).name = "vamAcciones_x";
    });
    expect(await table(sim, "vamAcciones_x")).toEqual({
      name: "vamAcciones_x",
      address: "Hoja1!B3:C4",
      headers: ["Acción", "Estado"],
      rows: [[["", ""]]],
    });
  });

  it("given no headers, Excel adds Column1… and shifts the data down one row", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("A1:B1").values = [["Acme", 7]];
      sheet.tables.add("A1:B1", false);
    });
    expect(await table(sim, "Table1")).toEqual({
      name: "Table1",
      address: "Hoja1!A1:B2",
      headers: ["Column1", "Column2"],
      rows: [[["Acme", 7]]],
    });
  });

  it.each([
    ["the same cells", "A1:B2"],
    ["one shared corner", "B2:C3"],
    ["a range around it", "A1:D9"],
  ])("given a second table over %s, adding fails with InvalidArgument", async (_label, address) => {
    const code = await errorCodeOf(() =>
      simWith((context) => {
        const sheet = context.workbook.worksheets.getItem("Hoja1");
        sheet.tables.add("A1:B2", true);
        sheet.tables.add(address, true);
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("given a table next to another with one empty column between, both exist", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.tables.add("A1:B2", true);
      sheet.tables.add("D1:E2", true);
    });
    expect(sim.workbook.tables.map((t) => t.name)).toEqual(["Table1", "Table2"]);
  });

  it("given merged cells in the range, adding fails with InvalidArgument", async () => {
    const code = await errorCodeOf(() =>
      simWith((context) => {
        const sheet = context.workbook.worksheets.getItem("Hoja1");
        sheet.getRange("A3:B3").merge();
        sheet.tables.add("A1:B4", true);
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("given a sheet-qualified address on workbook.tables, the table goes to that sheet", async () => {
    const sim = await simWith((context) => {
      context.workbook.worksheets.add("Acme · Ver");
      context.workbook.tables.add("'Acme · Ver'!C2:D3", true).name = "vamRetos_k";
    });
    expect((await table(sim, "vamRetos_k")).address).toBe("'Acme · Ver'!C2:D3");
  });
});

describe("table contents", () => {
  it("given a header cell written through the range, the column is renamed (and made unique)", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("A1:B1").values = [["Cliente", "Dueño"]];
      sheet.tables.add("A1:B2", true).name = "t";
      sheet.getRange("B1").values = [["Cliente"]];
    });
    expect((await table(sim, "t")).headers).toEqual(["Cliente", "Cliente2"]);
  });

  it("given a column renamed through TableColumn.name, the header cell follows", async () => {
    const sim = await simWith((context) => {
      const t = context.workbook.worksheets.getItem("Hoja1").tables.add("A1:B2", true);
      t.name = "t";
      t.columns.getItemAt(1).name = "Confianza";
    });
    expect(await valuesAt(sim, "Hoja1", "A1:B1")).toEqual([["Column1", "Confianza"]]);
  });

  it("given columns looked up by header, id and position, they are the same column", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("A1:B1").values = [["Cliente", "Estado"]];
      sheet.tables.add("A1:B3", true).name = "t";
    });
    await sim.run(async (context) => {
      const columns = context.workbook.tables.getItem("t").columns;
      const found = [columns.getItem("estado"), columns.getItem(2), columns.getItemAt(1)].map((c) =>
        c.load("name, index, id"),
      );
      const body = columns.getItem("Estado").getDataBodyRange().load("address");
      await context.sync();
      expect(found.map((c) => [c.name, c.index, c.id])).toEqual([
        ["Estado", 1, 2],
        ["Estado", 1, 2],
        ["Estado", 1, 2],
      ]);
      expect(body.address).toBe("Hoja1!B2:B3");
    });
  });

  it("given rows.add, it works but is counted, so a test can assert the adapter never uses it", async () => {
    const sim = await simWith((context) => {
      const t = context.workbook.worksheets.getItem("Hoja1").tables.add("A1:B2", true);
      t.name = "t";
      t.rows.add(undefined, [["x", 1]]);
    });
    expect(sim.workbook.tableRowsAddCalls).toBe(1);
    expect((await table(sim, "t")).rows).toEqual([[["", ""]], [["x", 1]]]);
  });
});

describe("table style and header row", () => {
  it("given a built-in style it is kept; given another, the sync fails with InvalidArgument", async () => {
    const sim = await simWith(
      (context) => (context.workbook.worksheets.getItem("Hoja1").tables.add("A1:B2", true).style = "TableStyleLight9"),
    );
    expect(sim.workbook.tables[0]?.style).toBe("TableStyleLight9");
    const code = await errorCodeOf(() =>
      simWith(
        (context) =>
          (context.workbook.worksheets.getItem("Hoja1").tables.add("A1:B2", true).style = "TableStyleMedium29"),
      ),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("given showHeaders false, the header row leaves the table and getHeaderRowRange fails with InvalidOperation", async () => {
    const sim = await simWith((context) => {
      const t = context.workbook.worksheets.getItem("Hoja1").tables.add("A1:B3", true);
      t.name = "t";
      t.showHeaders = false;
    });
    expect((await table(sim, "t")).address).toBe("Hoja1!A2:B3");
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        context.workbook.tables.getItem("t").getHeaderRowRange().load("address");
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidOperation");
  });
});

describe("Table.resize (ExcelApi 1.13)", () => {
  async function withTable(): Promise<SimHost> {
    return simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("B2:C3").values = [
        ["Acción", "Nivel"],
        ["Llamar", 4],
      ];
      const t = sheet.tables.add("B2:C3", true);
      t.name = "vamAcciones_k";
      t.getDataBodyRange().getColumn(1).dataValidation.rule = {
        wholeNumber: { formula1: 1, formula2: 6, operator: "Between" },
      };
    });
  }

  it("given rows written below the body and a resize over them, the table holds them and its column rules cover them", async () => {
    const sim = await withTable();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("B4:C5").values = [
        ["Escuchar", 3],
        ["Corregir", 6],
      ];
      context.workbook.tables.getItem("vamAcciones_k").resize("B2:C5");
      await context.sync();
      const rule = sheet.getRange("C5").dataValidation.load("type");
      await context.sync();
      expect(rule.type).toBe("WholeNumber");
    });
    expect((await table(sim, "vamAcciones_k")).rows).toEqual([[["Llamar", 4]], [["Escuchar", 3]], [["Corregir", 6]]]);
  });

  it("given a wider range, the new column takes its header from the cell", async () => {
    const sim = await withTable();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Hoja1").getRange("D2").values = [["Responsable"]];
      context.workbook.tables.getItem("vamAcciones_k").resize("B2:D3");
      await context.sync();
    });
    expect((await table(sim, "vamAcciones_k")).headers).toEqual(["Acción", "Nivel", "Responsable"]);
  });

  it.each([
    ["moves the header row", "B3:C6"],
    ["does not overlap", "F2:G3"],
    ["leaves no data row", "B2:C2"],
  ])("given a new range that %s, resize fails with InvalidArgument", async (_label, address) => {
    const sim = await withTable();
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        context.workbook.tables.getItem("vamAcciones_k").resize(address);
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("given another table in the way, resize fails with InvalidArgument", async () => {
    const sim = await withTable();
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Hoja1").tables.add("B8:C9", true);
        context.workbook.tables.getItem("vamAcciones_k").resize("B2:C8");
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });
});

describe("deleting tables", () => {
  it("given delete(), the table and its contents go; given convertToRange(), the cells stay", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("A1:A2").values = [["Uno"], [1]];
      sheet.getRange("C1:C2").values = [["Dos"], [2]];
      sheet.tables.add("A1:A2", true).delete();
      sheet.tables.add("C1:C2", true).convertToRange();
    });
    expect(sim.workbook.tables).toEqual([]);
    expect(await valuesAt(sim, "Hoja1", "A1:C2")).toEqual([
      ["", "", "Dos"],
      ["", "", 2],
    ]);
  });

  it("given getItem of a deleted table, the next sync fails with ItemNotFound", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const t = context.workbook.worksheets.getItem("Hoja1").tables.add("A1:B2", true);
      t.name = "t";
      await context.sync();
      sim.user.deleteTable("t");
      t.load("name");
      expect(
        await context.sync().then(
          () => "ok",
          (e: { code: string }) => e.code,
        ),
      ).toBe("ItemNotFound");
    });
  });
});
