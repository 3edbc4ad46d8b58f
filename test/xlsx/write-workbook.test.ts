import { writeFileSync } from "node:fs";
import type { Worksheet } from "exceljs";
import type { CellValue, SheetSpec, WorkbookSpec } from "../../src/layout/spec";
import { cellAddress } from "../../src/xlsx/a1";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { testOutputPath } from "../support/test-output-path";
import { conditionalFormatsOf, type ReadBack, readXlsx, sheetNamed, validationsOf } from "../support/xlsx-read";
import { fullFeatureSpec } from "./full-feature-spec";
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

describe("writeWorkbook: a spec using every feature reads back as written", () => {
  const spec = fullFeatureSpec();
  let read: ReadBack;
  let cartera: Worksheet;

  beforeAll(async () => {
    const bytes = await writeWorkbook(spec);
    writeFileSync(testOutputPath("xlsx", "full-feature.xlsx"), bytes);
    read = await readXlsx(bytes);
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

  it("given tables, name, range, headers, built-in style and calculated-column formulas are stored", () => {
    expect(read.tables.get("vamCartera")).toEqual({
      name: "vamCartera",
      ref: "A7:G9",
      style: "TableStyleMedium2",
      showRowStripes: true,
      columns: [
        { name: "Cliente" },
        { name: "Conocimiento" },
        { name: "Confianza" },
        {
          name: "Brecha",
          calculatedColumnFormula:
            'IF(vamCartera[[#This Row],[Conocimiento]]="","",MAX(0,vamObjetivo-vamCartera[[#This Row],[Conocimiento]]))',
        },
        { name: "Estado" },
        { name: "Avance" },
        { name: "Revisión" },
      ],
    });
    expect(cartera.getCell("G7").value).toBe("Revisión");
  });

  it("given an empty table, it gets one blank row whose calculated column holds the formula", () => {
    const ajustar = sheetNamed(read, "O'Brien · Ajustar");
    expect(read.tables.get("vamAcciones_obrien01")?.ref).toBe("A3:D4");
    expect(ajustar.getCell("A4").value).toBeNull();
    expect(ajustar.getCell("D4").value).toEqual({
      formula:
        'AND(vamAcciones_obrien01[[#This Row],[Estado]]<>"hecha",vamAcciones_obrien01[[#This Row],[Vence]]<>"",vamAcciones_obrien01[[#This Row],[Vence]]<vamHoy)',
    });
    expect(read.tables.get("vamAcciones_obrien01")?.columns[3]?.calculatedColumnFormula).toContain("[#This Row]");
  });

  it("given range and formula names, they are workbook-scoped, absolute, quoted, with comments", () => {
    const names = read.definedNames.filter((n) => n.localSheetId === undefined);
    expect(names).toEqual([
      { name: "vamAnioPlan", text: "'Cartera'!$B$3" },
      { name: "vamObjetivo", text: "'Cartera'!$B$4", comment: "Puntuación objetivo, 0–10" },
      { name: "vamHoy", text: "DATE(2027,3,15)" },
      { name: "vamHoyReal", text: "TODAY()" },
      { name: "vamListaEstado", text: "'Listas'!$A$1:$A$3" },
      { name: "vamVer_acme01", text: "'Acme · Ver'!$A$1" },
      { name: "vamConocimiento_acme01", text: "'Acme · Ver'!$B$3" },
      { name: "vamAjustar_obrien01", text: "'O''Brien · Ajustar'!$A$1" },
      { name: "vamVersion", text: "'Meta'!$A$1" },
      { name: "vamIdioma", text: "'Meta'!$A$2" },
    ]);
  });

  it("given validations, each covers its range or its table column's body, with prompt and error alert", () => {
    const model = validationsOf(cartera);
    const score = {
      type: "whole",
      operator: "between",
      formulae: [0, 10],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: "Conocimiento",
      prompt: "Un número entero de 0 a 10.",
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Valor no válido",
      error: "Escribe un número entero entre 0 y 10.",
    };
    expect(model["B4"]).toEqual(score);
    expect(model["B8"]).toEqual(score);
    expect(model["B9"]).toEqual(score);
    expect(model["B10"]).toBeUndefined();
    expect(model["E9"]).toMatchObject({ type: "list", formulae: ["vamListaEstado"], errorTitle: "Estado" });
    expect(model["E9"]).not.toHaveProperty("showInputMessage");
    expect(model["F8"]).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 1] });
    expect(model["G9"]).toMatchObject({ type: "date", operator: "greaterThanOrEqual" });
    expect(Object.keys(model).sort()).toEqual(["B4", "B8", "B9", "C8", "C9", "E8", "E9", "F8", "F9", "G8", "G9"]);
  });

  it("given conditional formats, rules, formulas, targets and styles are stored in spec order", () => {
    const formats = conditionalFormatsOf(cartera).map((f) => ({
      ref: f.ref,
      rules: f.rules.map((r) => ({ ...r, style: undefined })),
    }));
    expect(formats).toEqual([
      { ref: "B8:B9", rules: [{ type: "cellIs", operator: "lessThan", priority: 1, formulae: ["5"] }] },
      { ref: "C8:C9", rules: [{ type: "cellIs", operator: "between", priority: 2, formulae: ["5", "vamObjetivo-1"] }] },
      {
        ref: "C8:C9",
        rules: [{ type: "cellIs", operator: "greaterThanOrEqual", priority: 3, formulae: ["vamObjetivo"] }],
      },
      {
        ref: "B4",
        rules: [{ type: "expression", priority: 4, formulae: ["AND($B$4>=9,_xlfn.IFS($B$4=10,TRUE,TRUE,FALSE))"] }],
      },
      {
        ref: "F8:F9",
        rules: [
          { type: "dataBar", priority: 5, cfvo: [{ type: "min" }, { type: "max" }], color: { argb: "FF638EC6" } },
        ],
      },
    ]);
    expect(conditionalFormatsOf(cartera)[0]?.rules[0]?.style).toMatchObject({
      fill: { bgColor: { argb: "FFF8CBAD" } },
      font: { color: { argb: "FF9C0006" } },
    });
    expect(conditionalFormatsOf(cartera)[2]?.rules[0]?.style?.font).toEqual({ bold: true });
  });

  it("given links to defined names, they are internal links whose location is the name", async () => {
    expect(read.hyperlinks.get("Cartera")).toEqual([
      { ref: "A8", location: "vamVer_acme01" },
      { ref: "A5", location: "vamVer_acme01" },
    ]);
    expect(cartera.getCell("A8").value).toBe("Acme");
    const rels = (await read.zip.file("xl/worksheets/_rels/sheet1.xml.rels")?.async("string")) ?? "";
    expect(rels).toContain("relationships/table");
    expect(rels).not.toContain("relationships/hyperlink");
  });

  it("given print setup, orientation, fit to N pages wide (height free) and repeated rows are stored", () => {
    expect(cartera.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "7:7",
    });
    expect(sheetNamed(read, "Acme · Ver").pageSetup).toMatchObject({ orientation: "portrait", fitToWidth: 2 });
    expect(sheetNamed(read, "Acme · Ver").pageSetup.printTitlesRow).toBeUndefined();
    expect(read.definedNames.filter((n) => n.name === "_xlnm.Print_Titles")).toEqual([
      { name: "_xlnm.Print_Titles", text: "'Cartera'!$7:$7", localSheetId: 0 },
      { name: "_xlnm.Print_Titles", text: "'O''Brien · Ajustar'!$1:$3", localSheetId: 2 },
    ]);
  });

  it("given the data bar, no dangling x14 extension reference is left in the sheet", async () => {
    const xml = (await read.zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(xml).toContain("<dataBar>");
    expect(xml).not.toContain("x14:id");
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
