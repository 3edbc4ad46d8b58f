import { blankSim, errorCodeOf, simWith } from "./fixtures";

function addSheet(name: string, existing: readonly string[] = []): Promise<unknown> {
  return simWith((context) => {
    existing.forEach((n) => context.workbook.worksheets.add(n));
    context.workbook.worksheets.add(name);
  });
}

describe("worksheet names", () => {
  it.each([["Acme · Ver"], ["x".repeat(31)], ["Sam's"], ["Año 2027"], ["Historia"]])(
    "given %j, the sheet is added",
    async (name) => {
      await expect(addSheet(name)).resolves.toBeDefined();
    },
  );

  it.each([
    ["", "InvalidArgument"],
    ["x".repeat(32), "InvalidArgument"],
    ["a:b", "InvalidArgument"],
    ["a\\b", "InvalidArgument"],
    ["a/b", "InvalidArgument"],
    ["a?b", "InvalidArgument"],
    ["a*b", "InvalidArgument"],
    ["a[b", "InvalidArgument"],
    ["a]b", "InvalidArgument"],
    ["'Acme", "InvalidArgument"],
    ["Acme'", "InvalidArgument"],
    ["History", "InvalidArgument"],
    ["history", "InvalidArgument"],
    ["hoja1", "ItemAlreadyExists"],
    ["HOJA1", "ItemAlreadyExists"],
  ])("given %j, adding fails with %s", async (name, code) => {
    expect(await errorCodeOf(() => addSheet(name))).toBe(code);
  });

  it("given a rename to another sheet's name in other case, it fails with ItemAlreadyExists", async () => {
    const code = await errorCodeOf(() =>
      simWith((context) => {
        context.workbook.worksheets.add("Cartera");
        context.workbook.worksheets.getItem("Hoja1").name = "CARTERA";
      }),
    );
    expect(code).toBe("ItemAlreadyExists");
  });

  it("given a rename of a sheet to its own name in other case, it is accepted", async () => {
    const sim = await simWith((context) => (context.workbook.worksheets.getItem("Hoja1").name = "HOJA1"));
    expect(sim.workbook.sheets.map((s) => s.name)).toEqual(["HOJA1"]);
  });
});

function addTable(name: string, prepare?: (context: Excel.RequestContext) => void): Promise<unknown> {
  return simWith((context) => {
    prepare?.(context);
    context.workbook.worksheets.getItem("Hoja1").tables.add("A1:B2", true).name = name;
  });
}

describe("table names", () => {
  it.each([
    ["vamAcciones_k3x9q2ab"],
    ["_privada"],
    ["\\raiz"],
    ["Tabla.2027"],
    ["Año"],
    ["A".repeat(255)],
    ["XFE1"],
    ["R1C1x"],
  ])("given %j, the table takes it", async (name) => {
    await expect(addTable(name)).resolves.toBeDefined();
  });

  it.each([
    ["", "empty"],
    ["1Tabla", "starts with a digit"],
    ["Mi tabla", "has a space"],
    ["a-b", "has a hyphen"],
    ["A1", "is a cell reference"],
    ["XFD1048576", "is the last cell"],
    ["R1C1", "is an R1C1 reference"],
    ["r2c3", "is an R1C1 reference in lower case"],
    ["R", "is R"],
    ["c", "is c"],
    ["R12", "is a row in R1C1"],
    ["A".repeat(256), "is 256 characters long"],
  ])("given %j (%s), renaming fails with InvalidArgument", async (name) => {
    expect(await errorCodeOf(() => addTable(name))).toBe("InvalidArgument");
  });

  it("given the name of another table in other case, renaming fails with InvalidArgument (as Excel)", async () => {
    const code = await errorCodeOf(() =>
      addTable(
        "VAMCARTERA",
        (context) => (context.workbook.worksheets.getItem("Hoja1").tables.add("D1:E2", true).name = "vamCartera"),
      ),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("given the name of a defined name, renaming a table fails (tables and names share one namespace)", async () => {
    const code = await errorCodeOf(() =>
      addTable("vamHoy", (context) => context.workbook.names.add("vamHoy", "=TODAY()")),
    );
    expect(code).toBe("InvalidArgument");
  });
});

describe("defined names", () => {
  it("given a table's name, adding a defined name with it fails with ItemAlreadyExists", async () => {
    const sim = await simWith(
      (context) => (context.workbook.worksheets.getItem("Hoja1").tables.add("A1:B2", true).name = "vamCartera"),
    );
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        context.workbook.names.add("VAMCARTERA", "=Hoja1!$D$1");
        await context.sync();
      }),
    );
    expect(code).toBe("ItemAlreadyExists");
  });

  it.each([["1x"], ["a b"], ["B2"], ["R1C1"], ["C"], ["x".repeat(256)]])(
    "given %j, adding fails with InvalidArgument",
    async (name) => {
      const sim = blankSim();
      const code = await errorCodeOf(() =>
        sim.run(async (context) => {
          context.workbook.names.add(name, "=Hoja1!$A$1");
          await context.sync();
        }),
      );
      expect(code).toBe("InvalidArgument");
    },
  );
});
