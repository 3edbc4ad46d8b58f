import { writeFileSync } from "node:fs";
import { exportXlsx } from "../../excel-sim/export";
import { toWorkbookSpec } from "../../excel-sim/export-spec";
import type { SimHost } from "../../excel-sim/host";
import { snapshot } from "../../excel-sim/snapshot";
import { describeWithLibreOffice, recalculate } from "../support/libreoffice";
import { testOutputPath } from "../support/test-output-path";
import { simWith } from "./fixtures";

/** A small plan-like workbook built only through the API, as the adapter would. */
function buildPlan(): Promise<SimHost> {
  return simWith((context) => {
    const sheet = context.workbook.worksheets.getItem("Hoja1");
    sheet.name = "Acme · Ajustar";
    sheet.tabColor = "#70AD47";
    sheet.freezePanes.freezeRows(3);
    sheet.pageLayout.orientation = "Landscape";
    sheet.pageLayout.zoom = { horizontalFitToPages: 1 };
    sheet.getRange("A1").values = [["'Acme: acciones"]];
    sheet.getRange("A1").format.font.bold = true;
    sheet.getRange("C3:D6").values = [
      ["Acción", "Nivel"],
      ["'Llamar", 4],
      ["'Escuchar", 2],
      ["'Corregir", 6],
    ];
    const table = sheet.tables.add("C3:D6", true);
    table.name = "vamAcciones_k3";
    table.style = "TableStyleLight9";
    const levels = table.columns.getItem("Nivel").getDataBodyRange();
    levels.dataValidation.rule = { wholeNumber: { formula1: 1, formula2: 6, operator: "Between" } };
    levels.dataValidation.errorAlert = { title: "Nivel", message: "De 1 a 6", showAlert: true, style: "Stop" };
    const high = levels.conditionalFormats.add("CellValue");
    high.cellValue.rule = { formula1: "5", operator: "GreaterThanOrEqual" };
    high.cellValue.format.fill.color = "#F4CCCC";
    sheet.getRange("F1").values = [[9]];
    context.workbook.names.add("vamObjetivo_k3", sheet.getRange("F1"), "Objetivo");
    context.workbook.names.add("vamHoy", "=DATE(2027,3,1)");
    sheet.getRange("A8:A11").formulas = [
      ["=SUM(vamAcciones_k3[Nivel])"],
      ["=vamObjetivo_k3-A8"],
      ['=COUNTIFS(vamAcciones_k3[Nivel],">=5")'],
      ["=vamHoy+1"],
    ];
    sheet.getRange("A11").numberFormat = [["yyyy-mm-dd"]];
    sheet.getRange("A:A").format.columnWidth = 120;
    context.workbook.worksheets.add("Listas").visibility = "VeryHidden";
  });
}

describe("snapshot", () => {
  it("given a workbook built through the API, the snapshot is plain data with cells, tables, names, rules and layout", async () => {
    const shot = snapshot(await buildPlan());
    expect(JSON.parse(JSON.stringify(shot))).toEqual(shot);
    const sheet = shot.sheets[0];
    expect(sheet).toMatchObject({
      name: "Acme · Ajustar",
      visibility: "Visible",
      tabColor: "#70AD47",
      freeze: { rows: 3, columns: 0 },
      columnWidths: { 0: 120 },
    });
    expect(sheet?.cells["A1"]).toEqual({ value: "Acme: acciones", format: { bold: true } });
    expect(sheet?.cells["A8"]).toEqual({ value: "#CALC!", formula: "=SUM(vamAcciones_k3[Nivel])" });
    expect(sheet?.validations.map((v) => v.address)).toEqual(["D4:D6"]);
    expect(sheet?.conditionalFormats.map((f) => [f.address, f.type])).toEqual([["D4:D6", "CellValue"]]);
    expect(shot.tables).toEqual([
      {
        name: "vamAcciones_k3",
        sheet: "Acme · Ajustar",
        address: "C3:D6",
        bodyAddress: "C4:D6",
        showHeaders: true,
        style: "TableStyleLight9",
        columns: ["Acción", "Nivel"],
      },
    ]);
    expect(shot.names.map((n) => [n.name, n.formula])).toEqual([
      ["vamObjetivo_k3", "='Acme · Ajustar'!$F$1"],
      ["vamHoy", "=DATE(2027,3,1)"],
    ]);
    expect(shot.sheets[1]).toMatchObject({ name: "Listas", visibility: "VeryHidden" });
  });
});

describe("export to a WorkbookSpec", () => {
  it("given a workbook the spec can express, nothing is omitted and tables, rules and names map back", async () => {
    const { spec, omitted } = toWorkbookSpec((await buildPlan()).workbook);
    expect(omitted).toEqual([]);
    const sheet = spec.sheets[0];
    expect(sheet?.tables[0]?.rows).toEqual([
      [
        { kind: "text", text: "Llamar" },
        { kind: "number", value: 4 },
      ],
      [
        { kind: "text", text: "Escuchar" },
        { kind: "number", value: 2 },
      ],
      [
        { kind: "text", text: "Corregir" },
        { kind: "number", value: 6 },
      ],
    ]);
    expect(sheet?.validations).toEqual([
      {
        range: { row: 3, column: 3, rows: 3, columns: 1 },
        validation: { rule: { kind: "wholeNumber", min: 1, max: 6 }, error: { title: "Nivel", message: "De 1 a 6" } },
      },
    ]);
    expect(sheet?.conditionalFormats[0]?.target).toEqual({
      kind: "tableColumn",
      table: "vamAcciones_k3",
      columnKey: "Nivel",
    });
    expect(sheet?.columnWidths).toEqual([{ column: 0, width: 22.14 }]);
    expect(spec.names).toEqual([
      {
        kind: "range",
        name: "vamObjetivo_k3",
        sheetKey: sheet?.key,
        range: { row: 0, column: 5, rows: 1, columns: 1 },
        comment: "Objetivo",
      },
      { kind: "formula", name: "vamHoy", formula: "=DATE(2027,3,1)" },
    ]);
  });

  it("given what the spec cannot hold, it is listed in omitted instead of guessed", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("A1").hyperlink = { address: "https://example.com", textToDisplay: "web" };
      sheet.getRange("B2").format.borders.getItem("EdgeLeft").style = "Continuous";
      context.workbook.worksheets.add("Tmp").getRange("A1").values = [[1]];
      context.workbook.names.add("roto", "=Tmp!$A$1");
      context.workbook.worksheets.getItem("Tmp").delete();
    });
    const { omitted } = toWorkbookSpec(sim.workbook);
    expect(omitted).toEqual(
      expect.arrayContaining([
        "Hoja1!R1C1: a hyperlink that is not a link to a defined name",
        "Hoja1!R2C2: borders other than a thin box",
        "name roto: =#REF!$A$1",
      ]),
    );
  });
});

describeWithLibreOffice("export to .xlsx, recalculated by LibreOffice", () => {
  it("given the API-built workbook, LibreOffice computes its formulas from the exported file", async () => {
    const { bytes, omitted } = await exportXlsx(await buildPlan());
    expect(omitted).toEqual([]);
    const path = testOutputPath("excel-sim", "plan-export.xlsx");
    writeFileSync(path, bytes);
    const sheets = await recalculate(path);
    const rows = sheets.get("Acme · Ajustar") ?? [];
    expect(rows.slice(7, 11).map((row) => row[0])).toEqual(["12", "-3", "1", "2027-03-02"]);
  });
});
