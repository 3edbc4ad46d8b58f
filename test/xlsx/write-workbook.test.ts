import type { Worksheet } from "exceljs";
import type { CellValue, SheetSpec, WorkbookSpec } from "../../src/layout/spec";
import { cellAddress } from "../../src/xlsx/a1";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { type ReadBack, readXlsx, sheetNamed } from "../support/xlsx-read";
import { writtenFullFeature } from "./full-feature-read";
import { cell, column, sheet, table, text } from "./spec-builders";

/** What ExcelJS reads back for a text, number or date value (dates: its numFmt makes them Dates). */
function readBackValue(value: CellValue): unknown {
  switch (value.kind) {
    case "text":
      return value.text;
    case "number":
      return value.value;
    case "date":
      return new Date(`${value.iso}T00:00:00.000Z`);
    default:
      return undefined;
  }
}

/** Every literal (text, number, date) cell a sheet spec writes, including table bodies. */
function literalCells(spec: SheetSpec): { address: string; value: CellValue }[] {
  const cells = spec.cells.map((c) => ({ address: cellAddress(c.row, c.column), value: c.value }));
  const bodies = spec.tables.flatMap((t) =>
    t.rows.flatMap((row, r) => row.map((value, c) => ({ address: cellAddress(t.row + 1 + r, t.column + c), value }))),
  );
  return [...cells, ...bodies].filter(({ value }) => ["text", "number", "date"].includes(value.kind));
}
describe("writeWorkbook: every feature spec — sheets and cells read back as written", () => {
  let spec: WorkbookSpec;
  let read: ReadBack;
  let cartera: Worksheet;

  beforeAll(async () => {
    ({ spec, read } = await writtenFullFeature("full-feature.xlsx"));
    cartera = sheetNamed(read, "Cartera");
  });

  it("given five sheets, they keep their order and exact names (·, apostrophe)", () => {
    expect(read.sheetNames).toEqual(["Cartera", "Acme · Ver", "O'Brien · Ajustar", "Listas", "Meta"]);
  });

  it.each([
    ["Cartera", "visible"],
    ["Acme · Ver", "visible"],
    ["Listas", "hidden"],
    ["Meta", "veryHidden"],
  ])("given sheet %s, its visibility is %s", (name, state) => {
    expect(sheetNamed(read, name).state).toBe(state);
  });

  it("given tab colours, each sheet carries its own", () => {
    expect(cartera.properties.tabColor).toEqual({ argb: "FF1F4E78" });
    expect(sheetNamed(read, "Acme · Ver").properties.tabColor).toEqual({ argb: "FF70AD47" });
    expect(sheetNamed(read, "Listas").properties.tabColor).toBeUndefined();
  });

  it("given freeze panes, rows and columns are frozen at the right cell; no freeze, no pane", () => {
    expect(cartera.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 7, topLeftCell: "B8" });
    expect(sheetNamed(read, "Acme · Ver").views[0]).toMatchObject({ state: "frozen", xSplit: 0, ySplit: 2 });
    expect((sheetNamed(read, "O'Brien · Ajustar").views ?? []).filter((v) => v.state === "frozen")).toEqual([]);
  });

  it("given sheet and table column widths, both land in characters", () => {
    expect(cartera.getColumn(1).width).toBe(32); // the sheet's width wins over the table column's 30
    expect(cartera.getColumn(5).width).toBe(12.5);
    expect(cartera.getColumn(7).width).toBe(14); // from the table column Revisión
    expect(cartera.getColumn(2).width).toBeUndefined();
  });

  it("given text, number and date cells on every sheet and in table bodies, each reads back identical", () => {
    const mismatches = spec.sheets.flatMap((sheetSpec) =>
      literalCells(sheetSpec)
        .map(({ address, value }) => ({
          at: `${sheetSpec.name}!${address}`,
          want: readBackValue(value),
          got: sheetNamed(read, sheetSpec.name).getCell(address).value,
        }))
        .filter(({ want, got }) => JSON.stringify(want) !== JSON.stringify(got)),
    );
    expect(mismatches).toEqual([]);
    expect(literalCells(spec.sheets[0] as SheetSpec).length).toBeGreaterThan(15);
  });

  it("given dates, the file stores serials with the style's format, else yyyy-mm-dd", async () => {
    const xml = await (read.zip.file("xl/worksheets/sheet1.xml")?.async("string") ?? Promise.resolve(""));
    expect(xml).toMatch(/<c r="E4" s="\d+"><v>46461<\/v><\/c>/);
    expect(cartera.getCell("E4").numFmt).toBe("yyyy-mm-dd");
    expect(cartera.getCell("E5").numFmt).toBe("dd/mm/yyyy");
    expect(cartera.getCell("G8").numFmt).toBe("dd/mm/yyyy");
  });

  it("given styles, fonts, fills, borders, alignment and number formats are applied", () => {
    expect(cartera.getCell("A1").font).toMatchObject({ bold: true, size: 16, color: { argb: "FF1F3864" } });
    expect(cartera.getCell("B3").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFF2CC" },
    });
    expect(cartera.getCell("D3").border.top).toEqual({ style: "thin", color: { argb: "FF8EA9DB" } });
    expect(cartera.getCell("D3").alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(cartera.getCell("F8").numFmt).toBe("0%");
    expect(cartera.getCell("F8").font).toMatchObject({ italic: true });
  });

  it("given a merge, the range is merged with the value in its top-left cell", () => {
    expect(cartera.model.merges).toEqual(["A1:D1"]);
    expect(cartera.getCell("C1").master.address).toBe("A1");
  });

  it("given formulas, they are stored in file form: no '=', _xlfn. prefixes, [#This Row]", () => {
    expect(cartera.getCell("E3").value).toEqual({ formula: "vamHoy" });
    expect(cartera.getCell("E6").value).toEqual({
      formula: '_xlfn.MAXIFS(vamCartera[Conocimiento],vamCartera[Estado],"verde")',
    });
    const gap =
      'IF(vamCartera[[#This Row],[Conocimiento]]="","",MAX(0,vamObjetivo-vamCartera[[#This Row],[Conocimiento]]))';
    expect(cartera.getCell("D8").value).toEqual({ formula: gap });
    expect(cartera.getCell("D9").value).toEqual({ formula: gap });
  });
});

describe("writeWorkbook: workbook-level choices", () => {
  it("given a formula cell in a table body that links to a name, the link is written (Cartera's Cliente)", async () => {
    const linked: CellValue = { kind: "formula", formula: '=""&vamNombre_acme01', linkToName: "vamVer_acme01" };
    const spec: WorkbookSpec = {
      sheets: [
        sheet("portfolio", "Cartera", {
          tables: [
            table("vamCartera", { row: 2, column: 0 }, [column("Cliente"), column("Id")], [[linked, text("acme01")]]),
          ],
        }),
        sheet("ver:acme01", "Acme · Ver", { cells: [cell(0, 0, text("Acme"))] }),
      ],
      names: [
        { kind: "range", name: "vamVer_acme01", sheetKey: "ver:acme01", range: { row: 0, column: 0 } },
        { kind: "range", name: "vamNombre_acme01", sheetKey: "ver:acme01", range: { row: 0, column: 0 } },
      ],
      styles: {},
    };
    const read = await readXlsx(await writeWorkbook(spec));
    expect(read.hyperlinks.get("Cartera")).toEqual([{ ref: "A4", location: "vamVer_acme01" }]);
  });

  it("given a hidden first sheet, the workbook opens on the first visible one", async () => {
    const spec: WorkbookSpec = {
      sheets: [sheet("lists", "Listas", { visibility: "hidden" }), sheet("portfolio", "Cartera")],
      names: [],
      styles: {},
    };
    const read = await readXlsx(await writeWorkbook(spec));
    expect(read.workbook.views[0]?.activeTab).toBe(1);
  });

  it("given a chart in the spec, the file is written without it (ExcelJS cannot write charts)", async () => {
    const chart = {
      kind: "scatter" as const,
      title: "Conocimiento × Confianza",
      anchor: { row: 0, column: 3, rows: 10, columns: 6 },
      series: [{ name: "Clientes", xValues: "vamCartera[Conocimiento]", yValues: "vamCartera[Confianza]" }],
    };
    const spec: WorkbookSpec = {
      sheets: [sheet("portfolio", "Cartera", { cells: [cell(0, 0, text("x"))], charts: [chart] })],
      names: [],
      styles: {},
    };
    const read = await readXlsx(await writeWorkbook(spec));
    expect(Object.keys(read.zip.files).filter((path) => path.includes("chart") || path.includes("drawing"))).toEqual(
      [],
    );
    expect(sheetNamed(read, "Cartera").getCell("A1").value).toBe("x");
  });

  it("given no defined names and no print titles, workbook.xml has no <definedNames>", async () => {
    const read = await readXlsx(await writeWorkbook({ sheets: [sheet("p", "Cartera")], names: [], styles: {} }));
    expect(read.definedNames).toEqual([]);
  });
});
