import type { Worksheet } from "exceljs";
import { conditionalFormatsOf, type ReadBack, sheetNamed, validationsOf } from "../support/xlsx-read";
import { writtenFullFeature } from "./full-feature-read";

describe("writeWorkbook: every feature spec — tables, names, rules, links, print read back as written", () => {
  let read: ReadBack;
  let cartera: Worksheet;

  beforeAll(async () => {
    ({ read } = await writtenFullFeature("full-feature-objects.xlsx"));
    cartera = sheetNamed(read, "Cartera");
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
