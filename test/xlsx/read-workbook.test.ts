/**
 * readWorkbookState: what a reader of an .xlsx sees — sheets in tab order with their visibility, tables with
 * headers, body values and range, workbook names with their reference and cell values — the shape the
 * Office.js adapter reports for a live workbook.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isoDateToSerial } from "../../src/domain/dates";
import { readPlan } from "../../src/layout/read-plan";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { clientCellName, clientTableName } from "../../src/layout/workbook-names";
import type { WorkbookState } from "../../src/layout/workbook-state";
import { readWorkbookState } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { aClient, aPlan, richClient } from "../layout/plan-fixtures";

const PLAN = aPlan([richClient("rich0001", "Rica"), aClient("arch0001", "Archivada", { state: "archived" })]);
const SPEC = buildWorkbookSpec(PLAN, { today: "2027-03-01" });

let bytes: Uint8Array;
let state: WorkbookState;

beforeAll(async () => {
  bytes = await writeWorkbook(SPEC);
  state = await readWorkbookState(bytes, { sheetCells: ["cartera"] });
});

/** The package with one part changed. */
async function withPart(path: string, change: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(path)?.async("string");
  if (xml === undefined) throw new Error(`no part ${path}`);
  zip.file(path, change(xml));
  return zip.generateAsync({ type: "uint8array" });
}

function table(from: WorkbookState, name: string) {
  const found = from.tables.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no table ${name}`);
  return found;
}

describe("readWorkbookState: sheets", () => {
  it("given a written plan, lists every sheet in tab order with its visibility", () => {
    expect(state.sheets.map(({ name, visibility, position }) => ({ name, visibility, position }))).toEqual(
      SPEC.sheets.map(({ name, visibility }, position) => ({ name, visibility, position })),
    );
    expect(state.sheets.map((sheet) => sheet.visibility)).toContain("veryHidden");
  });

  it("given a sheet asked for, reports its used range and formulas, merged cells after the first as empty", () => {
    const cartera = state.sheets[0];
    expect(cartera?.used?.range).toMatchObject({ row: 0, column: 0 });
    expect(cartera?.used?.formulas[0]?.[0]).toMatch(/^="Plan de clientes clave V\.A\.M\. — "&vamAnioPlan$/);
    // Row 2 holds the table caption merged across the table's columns.
    const at = SPEC.sheets[0]?.tables[0]?.column ?? -1;
    expect(cartera?.used?.formulas[2]?.slice(at, at + 2)).toEqual(["Clientes clave", ""]);
    expect(state.sheets[1]?.used).toBeUndefined();
  });
});

describe("readWorkbookState: tables", () => {
  it("given a written plan, reports every table of the spec with its sheet, headers and range", () => {
    const expected = SPEC.sheets.flatMap((sheet) =>
      sheet.tables.map((t) => ({
        name: t.name,
        sheetName: sheet.name,
        headers: t.columns.map((column) => column.header),
        range: { row: t.row, column: t.column, rows: t.rows.length + 1, columns: t.columns.length },
      })),
    );
    const actual = state.tables.map(({ name, sheetName, headers, range }) => ({ name, sheetName, headers, range }));
    expect(actual).toEqual(expect.arrayContaining(expected));
    expect(actual).toHaveLength(expected.length);
  });

  it("given body cells, reports text as text, dates as serial numbers and uncalculated formulas as their text", () => {
    const actions = table(state, clientTableName("actions", "rich0001"));
    const row = actions.rows[0] ?? [];
    const at = (header: string) => row[actions.headers.indexOf(header)];
    expect(at("Acción")).toBe("Entrevista de descubrimiento");
    expect(at("Fecha límite")).toBe(isoDateToSerial("2027-06-30"));
    expect(at("Fecha hecha")).toBe("");
    expect(at("Vencida")).toMatch(/^=IF\(AND\(vamAcciones_rich0001\[\[#This Row\],\[Acción\]\]/);
  });

  it("given a table part saved the way Excel saves it (no headerRowCount), reads the same table", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const path = Object.keys(zip.files).find((name) => /^xl\/tables\/table\d+\.xml$/.test(name)) as string;
    const excelStyle = await withPart(path, (xml) => xml.replace(/\sheaderRowCount="1"/, ""));
    const reread = await readWorkbookState(excelStyle);
    expect(reread.tables).toEqual(state.tables);
  });

  it("given tables with calculated columns (which ExcelJS 4.4 cannot load), every column is still read", () => {
    const indicators = table(state, clientTableName("indicators", "rich0001"));
    expect(indicators.headers.slice(-5)).toEqual(["Último", "% de la meta", "Responsable", "Fuente", "Confidencial"]);
  });
});

describe("readWorkbookState: defined names", () => {
  it("given a range name, reports its sheet, range, formula and cell values", () => {
    const name = state.names.find((n) => n.name === clientCellName("name", "rich0001"));
    expect(name).toEqual({
      name: "vamNombre_rich0001",
      sheetName: "Rica · Ver",
      range: { row: 4, column: 1, rows: 1, columns: 1 },
      formula: "='Rica · Ver'!$B$5",
      values: [["Rica"]],
    });
  });

  it("given a formula name (vamHoy), reports its formula and no sheet", () => {
    expect(state.names.find((n) => n.name === "vamHoy")).toEqual({ name: "vamHoy", formula: "=DATE(2027,3,1)" });
  });

  it("given sheet-scoped print titles, leaves them out: they are not workbook names", () => {
    expect(state.names.map((n) => n.name)).not.toContain("_xlnm.Print_Titles");
    expect(state.names).toHaveLength(SPEC.names.length);
  });

  it("given a name whose sheet was deleted (#REF!), reports its formula only, and readPlan calls it broken", async () => {
    const name = clientCellName("knowledge", "rich0001");
    const broken = await withPart("xl/workbook.xml", (xml) =>
      xml.replace(new RegExp(`(<definedName name="${name}">)[^<]*`), "$1#REF!$B$9"),
    );
    const reread = await readWorkbookState(broken);
    expect(reread.names.find((n) => n.name === name)).toEqual({ name, formula: "=#REF!$B$9" });
    expect(readPlan(reread).structure).toEqual([
      { code: "structure.nameBroken", clientId: "rich0001", what: name, field: "knowledge" },
    ]);
  });
});

describe("readWorkbookState: cell values as Range.values reports them", () => {
  async function namedValues(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Record<string, unknown>> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Datos");
    fill(sheet);
    sheet.getColumn(1).eachCell((cell, row) => workbook.definedNames.add(`'Datos'!$A$${row}`, `v${row}`));
    const read = await readWorkbookState(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    return Object.fromEntries(read.names.map((name) => [name.name, name.values?.[0]?.[0]]));
  }

  it("given rich text, errors, booleans, dates, hyperlinks and formulas with cached results, reports plain values", async () => {
    const values = await namedValues((sheet) => {
      sheet.getCell("A1").value = { richText: [{ text: "uno " }, { font: { bold: true }, text: "dos" }] };
      sheet.getCell("A2").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      sheet.getCell("A3").value = true;
      sheet.getCell("A4").value = new Date(Date.UTC(2027, 5, 30));
      sheet.getCell("A5").value = { text: "enlace", hyperlink: "https://example.invalid" };
      sheet.getCell("A6").value = { formula: "1+1", result: 2 };
      sheet.getCell("A7").value = { formula: "1-1", result: 0 };
      sheet.getCell("A8").value = { formula: "NA()", result: { error: "#N/A" } as ExcelJS.CellErrorValue };
      sheet.getCell("A9").value = { formula: "2*3" };
    });
    expect(values).toEqual({
      v1: "uno dos",
      v2: "#N/A",
      v3: true,
      v4: isoDateToSerial("2027-06-30"),
      v5: "enlace",
      v6: 2,
      v7: 0,
      v8: "#N/A",
      v9: "=2*3",
    });
  });

  it("given a formula whose cached result is the empty text, reports it empty, not as its formula", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Datos").getCell("A1").value = { formula: 'IF(1,"","x")', result: "pending" };
    workbook.definedNames.add("'Datos'!$A$1", "vacio");
    const written = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const zip = await JSZip.loadAsync(written);
    const sheetXml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    // What Excel and LibreOffice store for a formula whose result is "".
    zip.file("xl/worksheets/sheet1.xml", sheetXml.replace("<v>pending</v>", "<v></v>"));
    const read = await readWorkbookState(await zip.generateAsync({ type: "uint8array" }));
    expect(sheetXml).toContain('t="str"');
    expect(read.names[0]?.values).toEqual([[""]]);
  });
});

describe("readWorkbookState: what is not an .xlsx", () => {
  it("given bytes that are not a zip package, rejects", async () => {
    await expect(readWorkbookState(new Uint8Array([1, 2, 3, 4]))).rejects.toThrow();
  });
});
