/**
 * PageLayout (ExcelApi 1.9): the print area (one block or several) and the every-page header and footer,
 * read back through the API as Excel reports them.
 */
import type { SimHost } from "../../excel-sim/host";
import { blankSim, errorCodeOf, simWith } from "./fixtures";

async function printArea(sim: SimHost, sheet = "Hoja1"): Promise<{ address: string; areaCount: number } | null> {
  return sim.run(async (context) => {
    const area = context.workbook.worksheets.getItem(sheet).pageLayout.getPrintAreaOrNullObject();
    area.load("address, areaCount");
    await context.sync();
    return area.isNullObject ? null : { address: area.address, areaCount: area.areaCount };
  });
}

async function headerFooter(sim: SimHost, sheet = "Hoja1"): Promise<Record<string, string>> {
  return sim.run(async (context) => {
    const all = context.workbook.worksheets.getItem(sheet).pageLayout.headersFooters.defaultForAllPages;
    all.load("leftHeader, centerHeader, rightHeader, centerFooter");
    await context.sync();
    return {
      leftHeader: all.leftHeader,
      centerHeader: all.centerHeader,
      rightHeader: all.rightHeader,
      centerFooter: all.centerFooter,
    };
  });
}

describe("PageLayout.setPrintArea", () => {
  it("given a new sheet, there is no print area: the OrNullObject reads null and getPrintArea fails with ItemNotFound", async () => {
    const sim = blankSim();
    expect(await printArea(sim)).toBeNull();
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Hoja1").pageLayout.getPrintArea().load("address");
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
  });

  it.each([
    ["an address of several blocks", "A:E, G:K", "Hoja1!A:E, Hoja1!G:K", 2],
    ["a semicolon-separated address", "A1:B4;D1:D4", "Hoja1!A1:B4, Hoja1!D1:D4", 2],
    ["one block", "B2:C9", "Hoja1!B2:C9", 1],
  ])("given %s (%s), the blocks are kept in order: %s", async (_what, address, expected, count) => {
    const sim = await simWith((context) =>
      context.workbook.worksheets.getItem("Hoja1").pageLayout.setPrintArea(address),
    );
    expect(await printArea(sim)).toEqual({ address: expected, areaCount: count });
  });

  it("given the blocks of Worksheet.getRanges, they become the print area, and follow a rename of the sheet", async () => {
    const sim = await simWith((context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.pageLayout.setPrintArea(sheet.getRanges("A:B, D:F, H:H"));
      sheet.name = "Acme · Ver";
    });
    expect(await printArea(sim, "Acme · Ver")).toEqual({
      address: "'Acme · Ver'!A:B, 'Acme · Ver'!D:F, 'Acme · Ver'!H:H",
      areaCount: 3,
    });
  });

  it.each([
    ["a block of another sheet", "Otra!A1:B2", "InvalidArgument"],
    ["an empty block", "A:B,,D:E", "InvalidArgument"],
    ["text that is not an address", "no es rango", "InvalidArgument"],
  ])("given %s (%s), the request fails with %s and nothing is set", async (_what, address, expected) => {
    const sim = blankSim();
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        context.workbook.worksheets.add("Otra");
        context.workbook.worksheets.getItem("Hoja1").pageLayout.setPrintArea(address);
        await context.sync();
      }),
    );
    expect(code).toBe(expected);
    expect(await printArea(sim)).toBeNull();
  });
});

describe("PageLayout.headersFooters.defaultForAllPages", () => {
  it("given centre header and footer codes, they read back as set and the other sections stay empty", async () => {
    const sim = await simWith((context) => {
      const all = context.workbook.worksheets.getItem("Hoja1").pageLayout.headersFooters.defaultForAllPages;
      all.centerHeader = "&A";
      all.centerFooter = "&P / &N";
    });
    expect(await headerFooter(sim)).toEqual({
      leftHeader: "",
      centerHeader: "&A",
      rightHeader: "",
      centerFooter: "&P / &N",
    });
  });

  it("given a section read before it was loaded, Office.js's PropertyNotLoaded is thrown", async () => {
    const code = await errorCodeOf(() =>
      blankSim().run(async (context) => {
        const all = context.workbook.worksheets.getItem("Hoja1").pageLayout.headersFooters.defaultForAllPages;
        all.centerHeader = "&A";
        await context.sync();
        return all.centerHeader;
      }),
    );
    expect(code).toBe("PropertyNotLoaded");
  });

  it.each([
    ["a header of 253 characters with its &C code (255)", "x".repeat(253), null],
    ["a header of 254 characters with its &C code (256)", "x".repeat(254), "InvalidArgument"],
    ["a number instead of text", 7 as unknown as string, "InvalidArgument"],
  ])("given %s, Excel's 255-character header limit decides", async (_what, text, expected) => {
    const sim = blankSim();
    const attempt = (): Promise<void> =>
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Hoja1").pageLayout.headersFooters.defaultForAllPages.centerHeader = text;
        await context.sync();
      });
    if (expected === null) await attempt();
    else expect(await errorCodeOf(attempt)).toBe(expected);
    expect((await headerFooter(sim)).centerHeader).toBe(expected === null ? text : "");
  });

  it("given left and right sections too, the limit counts the whole header (&L…&C…&R…)", async () => {
    const code = await errorCodeOf(() =>
      blankSim().run(async (context) => {
        const all = context.workbook.worksheets.getItem("Hoja1").pageLayout.headersFooters.defaultForAllPages;
        all.leftHeader = "l".repeat(100);
        all.centerHeader = "c".repeat(100);
        all.rightHeader = "r".repeat(50);
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });
});
