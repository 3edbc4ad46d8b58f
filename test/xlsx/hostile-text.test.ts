import { writeFileSync } from "node:fs";
import { cellAddress } from "../../src/xlsx/a1";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { testOutputPath } from "../support/test-output-path";
import { type ReadBack, readXlsx, sheetNamed } from "../support/xlsx-read";
import { HOSTILE_TEXTS } from "./hostile-texts";
import { hostileTextSheet } from "./recalculation-spec";

describe("writeWorkbook: hostile texts stay text, byte for byte", () => {
  let read: ReadBack;
  let sheetXml: string;

  beforeAll(async () => {
    const bytes = await writeWorkbook({ sheets: [hostileTextSheet()], names: [], styles: {} });
    writeFileSync(testOutputPath("xlsx", "hostile-texts.xlsx"), bytes);
    read = await readXlsx(bytes);
    sheetXml = (await read.zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
  });

  it.each(HOSTILE_TEXTS.map(([label, value], index) => [label, value, index] as const))(
    "given the %s text, the sheet cell reads back identical",
    (_label, value, index) => {
      expect(sheetNamed(read, "Textos").getCell(cellAddress(index, 0)).value).toBe(value);
    },
  );

  it.each(HOSTILE_TEXTS.map(([label, value], index) => [label, value, index] as const))(
    "given the %s text in a table body, it reads back identical",
    (_label, value, index) => {
      expect(sheetNamed(read, "Textos").getCell(cellAddress(index + 1, 2)).value).toBe(value);
    },
  );

  it("given hostile texts, no cell of the sheet is a formula and every one is a shared string", () => {
    expect(sheetXml).not.toContain("<f>");
    const textCells = sheetXml.match(/<c r="[AC]\d+"[^>]*t="s"/g) ?? [];
    expect(textCells.length).toBe(2 * HOSTILE_TEXTS.length + 1); // + the table header
  });
});
