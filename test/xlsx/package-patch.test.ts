import {
  insertCalculatedColumns,
  insertDefinedNames,
  insertNameLinks,
  removeEmptyX14References,
} from "../../src/xlsx/package-patch";

const NAMES = '<definedNames><definedName name="vamHoy">TODAY()</definedName></definedNames>';

describe("patching workbook.xml", () => {
  it("given names, they go right after </sheets>, before calcPr", () => {
    const xml = '<workbook><sheets><sheet name="A"/></sheets><calcPr calcId="1"/></workbook>';
    expect(insertDefinedNames(xml, NAMES)).toBe(
      `<workbook><sheets><sheet name="A"/></sheets>${NAMES}<calcPr calcId="1"/></workbook>`,
    );
  });

  it("given no names, workbook.xml is unchanged", () => {
    expect(insertDefinedNames("<workbook><sheets/></workbook>", "")).toBe("<workbook><sheets/></workbook>");
  });

  it("given a workbook.xml that already has names, it throws rather than write two <definedNames>", () => {
    expect(() => insertDefinedNames(`<workbook><sheets></sheets>${NAMES}</workbook>`, NAMES)).toThrow(/already/);
  });
});

describe("patching sheet XML with links to names", () => {
  const link = [{ row: 4, column: 0, name: "vamVer_a" }];
  const element = '<hyperlinks><hyperlink ref="A5" location="vamVer_a"/></hyperlinks>';

  it.each([
    [
      "<worksheet><sheetData/><pageMargins/></worksheet>",
      `<worksheet><sheetData/>${element}<pageMargins/></worksheet>`,
    ],
    [
      "<worksheet><sheetData></sheetData><mergeCells></mergeCells><pageMargins/></worksheet>",
      `<worksheet><sheetData></sheetData><mergeCells></mergeCells>${element}<pageMargins/></worksheet>`,
    ],
    [
      "<worksheet><sheetData></sheetData><conditionalFormatting><cfRule><extLst><ext/></extLst></cfRule></conditionalFormatting><dataValidations></dataValidations><pageMargins/><tableParts/></worksheet>",
      `<worksheet><sheetData></sheetData><conditionalFormatting><cfRule><extLst><ext/></extLst></cfRule></conditionalFormatting><dataValidations></dataValidations>${element}<pageMargins/><tableParts/></worksheet>`,
    ],
    [
      "<worksheet><sheetData></sheetData><conditionalFormatting><cfRule><extLst><ext/></extLst></cfRule></conditionalFormatting></worksheet>",
      `<worksheet><sheetData></sheetData><conditionalFormatting><cfRule><extLst><ext/></extLst></cfRule></conditionalFormatting>${element}</worksheet>`,
    ],
  ])("given %s, <hyperlinks> lands where CT_Worksheet's order puts it", (xml, expected) => {
    expect(insertNameLinks(xml, link)).toBe(expected);
  });

  it("given a name that needs escaping, the attribute is escaped", () => {
    expect(insertNameLinks("<worksheet><sheetData/></worksheet>", [{ row: 0, column: 0, name: 'a"b' }])).toContain(
      'location="a&quot;b"',
    );
  });

  it("given no links, the sheet is unchanged", () => {
    expect(insertNameLinks("<worksheet><sheetData/></worksheet>", [])).toBe("<worksheet><sheetData/></worksheet>");
  });

  it("given an empty x14 reference inside a data bar rule, it is removed; a real one stays", () => {
    const empty =
      '<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="http://x"><x14:id/></ext></extLst>';
    const real =
      '<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="http://x"><x14:id>{1}</x14:id></ext></extLst>';
    expect(removeEmptyX14References(`<cfRule>${empty}</cfRule>`)).toBe("<cfRule></cfRule>");
    expect(removeEmptyX14References(`<cfRule>${real}</cfRule>`)).toBe(`<cfRule>${real}</cfRule>`);
  });
});

describe("patching table XML with calculated-column formulas", () => {
  const xml =
    '<table><tableColumns count="3"><tableColumn id="1" name="A"/><tableColumn id="2" name="B" totalsRowFunction="none"/><tableColumn id="3" name="C"/></tableColumns></table>';

  it("given a formula for the second column, only that column gets <calculatedColumnFormula>, escaped", () => {
    expect(insertCalculatedColumns(xml, [{ table: "T", columnIndex: 1, formula: 'T[[#This Row],[A]]<>""' }])).toBe(
      '<table><tableColumns count="3"><tableColumn id="1" name="A"/><tableColumn id="2" name="B" totalsRowFunction="none"><calculatedColumnFormula>T[[#This Row],[A]]&lt;&gt;&quot;&quot;</calculatedColumnFormula></tableColumn><tableColumn id="3" name="C"/></tableColumns></table>',
    );
  });
});
