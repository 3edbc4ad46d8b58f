/**
 * The pieces of the .xlsx reader: A1 references back to zero-based ranges, defined names out of
 * workbook.xml, and the package fixes that let ExcelJS 4.4 read what Excel and our writer save.
 */
import { cellAddress, rangeAddress, sheetRangeReference } from "../../src/xlsx/a1";
import {
  CACHED_EMPTY_TEXT,
  decodeOoxmlEscapes,
  decodeXmlText,
  loadableSheetXml,
  loadableTableXml,
  storedNames,
} from "../../src/xlsx/read-package";
import { parseCellAddress, parseRangeAddress, parseSheetReference } from "../../src/xlsx/read-references";

describe("parseCellAddress and parseRangeAddress", () => {
  it.each([
    ["A1", { row: 0, column: 0 }],
    ["$C$5", { row: 4, column: 2 }],
    ["c5", { row: 4, column: 2 }],
    ["XFD1048576", { row: 1_048_575, column: 16_383 }],
    ["XFE1", null],
    ["A1048577", null],
    ["A0", null],
    ["A", null],
    ["1", null],
    ["#REF!", null],
  ])("given %s, reads %j", (text, expected) => {
    expect(parseCellAddress(text)).toEqual(expected);
  });

  it.each([
    [{ row: 3, column: 4, rows: 2, columns: 11 }],
    [{ row: 0, column: 0, rows: 1, columns: 1 }],
    [{ row: 1_048_575, column: 16_380, rows: 1, columns: 4 }],
  ])("given the A1 text the writer makes of %j, reads the same range back", (range) => {
    expect(parseRangeAddress(rangeAddress(range))).toEqual(range);
    expect(parseRangeAddress(rangeAddress(range, true))).toEqual(range);
  });

  it("given a range written bottom-right first, reads the same rectangle", () => {
    expect(parseRangeAddress("D9:B2")).toEqual(parseRangeAddress("B2:D9"));
  });

  it.each(["A1:B2:C3", "A:A", "1:1", "", "A1:"])("given %j, it is not a range", (text) => {
    expect(parseRangeAddress(text)).toBeNull();
  });

  it("given a cell address the writer makes, reads its coordinates back", () => {
    expect(parseCellAddress(cellAddress(41, 701))).toEqual({ row: 41, column: 701 });
  });
});

describe("parseSheetReference", () => {
  it.each(["Acme · Ver", "O'Brien", "'Comillas'", "Cartera", "Ñandú €", "A1", "History (2)", "שלום"])(
    "given the writer's reference to a sheet named %j, reads the sheet and range back",
    (sheetName) => {
      const range = { row: 4, column: 1, rows: 3, columns: 2 };
      expect(parseSheetReference(sheetRangeReference(sheetName, range))).toEqual({ sheetName, range });
    },
  );

  it.each([
    [
      "a bare sheet name, as Excel writes simple ones",
      "Cartera!$B$5",
      { sheetName: "Cartera", range: { row: 4, column: 1, rows: 1, columns: 1 } },
    ],
    ["a leading equals sign", "='Meta'!$B$4", { sheetName: "Meta", range: { row: 3, column: 1, rows: 1, columns: 1 } }],
    ["a deleted sheet", "#REF!$A$1", null],
    ["a deleted cell", "'Acme'!#REF!", null],
    ["a formula", "TODAY()", null],
    ["a constant", "9", null],
    ["two areas", "'A'!$A$1,'A'!$B$2", null],
    ["a whole column", "'A'!$A:$A", null],
    ["another workbook", "[1]Hoja1!$A$1", null],
    ["an unterminated quote", "'Acme!$A$1", null],
    ["an empty quoted name", "''!$A$1", null],
  ])("given %s, reads %j", (_title, text, expected) => {
    expect(parseSheetReference(text)).toEqual(expected);
  });
});

describe("workbook.xml text", () => {
  it("decodes the predefined entities and character references, once", () => {
    expect(decodeXmlText("&apos;O&apos;&apos;Brien&apos;!$A$1 &lt;&gt;&quot; &#233; &#x1F600; &amp;lt;")).toBe(
      "'O''Brien'!$A$1 <>\" é 😀 &lt;",
    );
  });

  it("decodes OOXML escapes, a protected literal included", () => {
    expect(decodeOoxmlEscapes("línea_x000A_dos _x005F_x0041_")).toBe("línea\ndos _x0041_");
  });

  it("given definedName elements as Excel, LibreOffice and our writer write them, reads name, text and scope", () => {
    const xml =
      "<workbook><sheets/><definedNames>" +
      '<definedName name="vamHoy">DATE(2027,3,1)</definedName>' +
      '<definedName function="false" hidden="false" name="vamAnioPlan" vbProcedure="false">Cartera!$B$5</definedName>' +
      "<definedName name='x' localSheetId=\"2\">&apos;A &amp; B&apos;!$4:$4</definedName>" +
      '<x:definedName name="pref">1</x:definedName>' +
      '<definedName name="vacio"/>' +
      "<definedName>sin nombre</definedName>" +
      "</definedNames></workbook>";
    expect(storedNames(xml)).toEqual([
      { name: "vamHoy", text: "DATE(2027,3,1)" },
      { name: "vamAnioPlan", text: "Cartera!$B$5" },
      { name: "x", text: "'A & B'!$4:$4", localSheetId: 2 },
      { name: "pref", text: "1" },
      { name: "vacio", text: "" },
    ]);
  });
});

describe("the package copy ExcelJS reads", () => {
  it("given a table part with calculated columns and no headerRowCount, keeps every column and spells the header row", () => {
    const xml =
      '<table xmlns="m" id="1" name="T" ref="A1:C2"><autoFilter ref="A1:C2"/><tableColumns count="3">' +
      '<tableColumn id="1" name="A"/>' +
      '<tableColumn id="2" name="B"><calculatedColumnFormula>T[[#This Row],[A]]&lt;1</calculatedColumnFormula></tableColumn>' +
      '<tableColumn id="3" name="C"></tableColumn>' +
      '</tableColumns><tableStyleInfo name="TableStyleMedium2"/></table>';
    expect(loadableTableXml(xml)).toBe(
      '<table xmlns="m" id="1" name="T" ref="A1:C2" headerRowCount="1"><autoFilter ref="A1:C2"/><tableColumns count="3">' +
        '<tableColumn id="1" name="A"/><tableColumn id="2" name="B"/><tableColumn id="3" name="C"/>' +
        '</tableColumns><tableStyleInfo name="TableStyleMedium2"/></table>',
    );
  });

  it("given a table part that says headerRowCount, leaves it as it is", () => {
    const xml = '<table id="1" name="T" ref="A1:C2" headerRowCount="0"><tableColumns count="0"/></table>';
    expect(loadableTableXml(xml)).toBe(xml);
  });

  it("given formula cells whose cached text is empty, marks exactly those", () => {
    const xml =
      '<sheetData><row r="1">' +
      '<c r="A1" t="str"><f>IF(1,"","x")</f><v></v></c>' +
      '<c r="B1" t="str"><f>"a"</f><v>a</v></c>' +
      '<c r="C1" t="str"/>' +
      '<c r="D1"><f>1-1</f><v></v></c>' +
      '<c r="E1" s="2" t="str"><f>""</f><v/></c>' +
      "</row></sheetData>";
    expect(loadableSheetXml(xml)).toBe(
      '<sheetData><row r="1">' +
        `<c r="A1" t="str"><f>IF(1,"","x")</f><v>${CACHED_EMPTY_TEXT}</v></c>` +
        '<c r="B1" t="str"><f>"a"</f><v>a</v></c>' +
        '<c r="C1" t="str"/>' +
        '<c r="D1"><f>1-1</f><v></v></c>' +
        `<c r="E1" s="2" t="str"><f>""</f><v>${CACHED_EMPTY_TEXT}</v></c>` +
        "</row></sheetData>",
    );
  });
});
