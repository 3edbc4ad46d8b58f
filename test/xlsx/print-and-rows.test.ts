/**
 * The writer's page and row setup: row heights, table header styles, print areas printed block by block,
 * page header and footer, and the default font named in every cell font.
 */
import type { WorkbookSpec } from "../../src/layout/spec";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { readPart, readXlsx, sheetNamed } from "../support/xlsx-read";
import { cell, column, sheet, table, text } from "./spec-builders";

const STYLES: WorkbookSpec["styles"] = {
  header: { bold: true, fontColor: "#FFFFFF", fill: "#2E75B6", wrap: true },
  title: { bold: true, fontSize: 16 },
};

function specWith(extra: Parameters<typeof sheet>[2]): WorkbookSpec {
  return { sheets: [sheet("s", "O'Brien · Ver", extra)], names: [], styles: STYLES };
}

describe("given a sheet with row heights", () => {
  it("stores each height on its row, in points", async () => {
    const read = await readXlsx(await writeWorkbook(specWith({ rowHeights: [{ row: 3, height: 45 }] })));
    expect(sheetNamed(read, "O'Brien · Ver").getRow(4).height).toBe(45);
  });

  it.each([0, -1, 410, Number.NaN])(
    "given a height of %p points, throws (Excel rows are up to 409)",
    async (height) => {
      await expect(writeWorkbook(specWith({ rowHeights: [{ row: 0, height }] }))).rejects.toThrow(/row height/);
    },
  );
});

describe("given a table with a header style", () => {
  it("paints its header cells with it and keeps the header texts", async () => {
    const spec = specWith({
      tables: [
        {
          ...table("T_a", { row: 2, column: 1 }, [column("Acción"), column("Vencida")], [[text("x"), text("sí")]]),
          headerStyle: "header",
        },
      ],
    });
    const ws = sheetNamed(await readXlsx(await writeWorkbook(spec)), "O'Brien · Ver");
    expect(ws.getCell("C3").value).toBe("Vencida");
    expect(ws.getCell("C3").font?.bold).toBe(true);
    expect(ws.getCell("C3").alignment?.wrapText).toBe(true);
    expect(ws.getCell("C3").fill).toMatchObject({ fgColor: { argb: "FF2E75B6" } });
    expect(ws.getCell("B4").alignment?.wrapText).toBeUndefined();
  });
});

describe("given print areas, a header and a footer", () => {
  const spec = specWith({
    print: {
      orientation: "landscape",
      fitToPagesWide: 1,
      repeatRows: { first: 2, last: 3 },
      areas: [
        { first: 0, last: 1 },
        { first: 3, last: 8 },
        { first: 26, last: 27 },
      ],
      header: "&A",
      footer: "&P / &N",
    },
  });

  it("defines the sheet's print area as whole-column spans, in order, the sheet name quoted", async () => {
    const read = await readXlsx(await writeWorkbook(spec));
    expect(read.definedNames.filter((n) => n.name === "_xlnm.Print_Area")).toEqual([
      expect.objectContaining({
        localSheetId: 0,
        text: "'O''Brien · Ver'!$A:$B,'O''Brien · Ver'!$D:$I,'O''Brien · Ver'!$AA:$AB",
      }),
    ]);
    expect(read.definedNames.find((n) => n.name === "_xlnm.Print_Titles")?.text).toBe("'O''Brien · Ver'!$3:$4");
  });

  it("writes the header and footer in their centre section", async () => {
    const read = await readXlsx(await writeWorkbook(spec));
    const xml = JSON.stringify(await readPart(read.zip, "xl/worksheets/sheet1.xml"));
    expect(xml).toContain('"oddHeader":"&C&A"');
    expect(xml).toContain('"oddFooter":"&C&P / &N"');
  });

  it("given no areas, defines no print area", async () => {
    const read = await readXlsx(await writeWorkbook(specWith({})));
    expect(read.definedNames.filter((n) => n.name === "_xlnm.Print_Area")).toEqual([]);
  });
});

describe("cell fonts", () => {
  it("name the default font and size unless the style sets its own size", async () => {
    const spec = specWith({ cells: [cell(0, 0, text("Título"), "title"), cell(1, 0, text("Cabecera"), "header")] });
    const ws = sheetNamed(await readXlsx(await writeWorkbook(spec)), "O'Brien · Ver");
    expect(ws.getCell("A1").font).toMatchObject({ name: "Calibri", size: 16, bold: true });
    expect(ws.getCell("A2").font).toMatchObject({ name: "Calibri", size: 11, bold: true });
  });
});
