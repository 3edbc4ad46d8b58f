/**
 * The export carries what the spec can say about printing and geometry — print areas in whole columns,
 * centre header and footer, row heights, thin boxes — and lists the rest in `omitted`; the .xlsx it writes
 * keeps them (read back with ExcelJS).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { exportXlsx } from "../../excel-sim/export";
import { toWorkbookSpec } from "../../excel-sim/export-spec";
import type { SimHost } from "../../excel-sim/host";
import { partText, storedNames } from "../../src/xlsx/read-package";
import { simWith } from "./fixtures";

function boxed(range: Excel.Range, colour: string): void {
  for (const edge of [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
    "InsideHorizontal",
    "InsideVertical",
  ] as const) {
    range.format.borders.getItem(edge).style = "Continuous";
    range.format.borders.getItem(edge).color = colour;
  }
}

/** A sheet set up as the adapter sets one up: blocks to print, header and footer, tall rows, boxed inputs. */
function printable(): Promise<SimHost> {
  return simWith((context) => {
    const sheet = context.workbook.worksheets.getItem("Hoja1");
    sheet.name = "Acme · Ver";
    sheet.pageLayout.orientation = "Landscape";
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sheet.pageLayout.setPrintArea(sheet.getRanges("A:B, D:I"));
    sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = "&A";
    sheet.pageLayout.headersFooters.defaultForAllPages.centerFooter = "&P / &N";
    sheet.getRange("A1").values = [["'Título"]];
    sheet.getRange("1:1").format.rowHeight = 45;
    sheet.getRange("3:4").format.rowHeight = 30;
    sheet.getRange("A5:A6").values = [["'Conocimiento"], ["'Confianza"]];
    sheet.getRange("B5:B6").values = [[6], [8]];
    boxed(sheet.getRange("B5:B6"), "#BFBFBF");
  });
}

describe("export of print setup, row heights and borders", () => {
  it("given what the adapter sets, the spec says it all and nothing is omitted", async () => {
    const { spec, omitted } = toWorkbookSpec((await printable()).workbook);
    expect(omitted).toEqual([]);
    const sheet = spec.sheets[0];
    expect(sheet?.print).toEqual({
      orientation: "landscape",
      fitToPagesWide: 1,
      areas: [
        { first: 0, last: 1 },
        { first: 3, last: 8 },
      ],
      header: "&A",
      footer: "&P / &N",
    });
    expect(sheet?.rowHeights).toEqual([
      { row: 0, height: 45 },
      { row: 2, height: 30 },
      { row: 3, height: 30 },
    ]);
    const boxes = sheet?.cells.filter((c) => c.style !== undefined && spec.styles[c.style]?.border === "#BFBFBF");
    expect(boxes?.map((c) => `${c.row}:${c.column}`)).toEqual(["4:1", "5:1"]);
  });

  it("given what the spec cannot say, it is listed in omitted", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.pageLayout.setPrintArea("A1:C9");
      sheet.pageLayout.headersFooters.defaultForAllPages.leftFooter = "Confidencial";
      sheet.getRange("7:7").format.rowHeight = 0;
    });
    const { spec, omitted } = toWorkbookSpec(sim.workbook);
    expect(omitted).toEqual([
      "Hoja1: row 7 hidden (height 0)",
      "Hoja1: print area A1:C9 (not whole columns)",
      'Hoja1: leftFooter "Confidencial"',
    ]);
    expect(spec.sheets[0]?.print.areas).toBeUndefined();
  });

  it("given the exported .xlsx, it keeps the print area, header, footer and row heights", async () => {
    const { bytes } = await exportXlsx(await printable());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet("Acme · Ver");
    expect(sheet?.headerFooter.oddHeader).toBe("&C&A");
    expect(sheet?.headerFooter.oddFooter).toBe("&C&P / &N");
    expect([1, 2, 3].map((n) => sheet?.getRow(n).height)).toEqual([45, undefined, 30]);
    // ExcelJS misreads whole-column print areas, so the name is read from workbook.xml itself.
    const names = storedNames((await partText(await JSZip.loadAsync(bytes), "xl/workbook.xml")) ?? "");
    expect(names.filter((n) => n.name === "_xlnm.Print_Area")).toEqual([
      { name: "_xlnm.Print_Area", text: "'Acme · Ver'!$A:$B,'Acme · Ver'!$D:$I", localSheetId: 0 },
    ]);
  });
});
