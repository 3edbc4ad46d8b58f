/**
 * Range.find / findOrNullObject (ExcelApi 1.9) and getIntersection / getIntersectionOrNullObject: cells found
 * when the request runs, with Find's rules (whole or part of the value, case, wildcards, order).
 */
import type { SimHost } from "../../excel-sim/host";
import { errorCodeOf, simWith } from "./fixtures";

/** Hoja1 with a small column of ids in B2:B7 (header in B1) and a formula in C2. */
function idsSheet(): Promise<SimHost> {
  return simWith((context) => {
    const sheet = context.workbook.worksheets.getItem("Hoja1");
    sheet.getRange("B1:B7").values = [["Id"], ["acme"], ["beta"], ["ACME"], ["a*me"], ["acmeacme"], [7]];
    sheet.getRange("C2").formulas = [['="acme"']];
    sheet.getRange("E9").values = [["acme"]];
  });
}

async function found(
  sim: SimHost,
  address: string,
  text: string,
  criteria: Excel.SearchCriteria,
): Promise<string | null> {
  return sim.run(async (context) => {
    const cell = context.workbook.worksheets.getItem("Hoja1").getRange(address).findOrNullObject(text, criteria);
    cell.load("address");
    await context.sync();
    return cell.isNullObject ? null : cell.address;
  });
}

describe("Range.find", () => {
  it.each([
    ["the whole value, any case", "acme", { completeMatch: true }, "Hoja1!B2"],
    ["the whole value, this case", "ACME", { completeMatch: true, matchCase: true }, "Hoja1!B4"],
    ["part of a value (the default)", "eta", {}, "Hoja1!B3"],
    ["a literal asterisk, escaped with ~", "a~*me", { completeMatch: true }, "Hoja1!B5"],
    ["a wildcard: * stands for any run", "a*e", { completeMatch: true, matchCase: true }, "Hoja1!B2"],
    ["a wildcard: ? stands for one character", "acmeacm?", { completeMatch: true }, "Hoja1!B6"],
    ["a number, by its value as text", "7", { completeMatch: true }, "Hoja1!B7"],
    [
      "searching backwards: the last match first",
      "acme",
      { completeMatch: true, searchDirection: "Backwards" },
      "Hoja1!B4",
    ],
    ["no match in the range (E9 lies outside)", "zeta", {}, null],
  ] as const)("given %s (%s), it finds the cell Find would", async (_what, text, criteria, expected) => {
    expect(await found(await idsSheet(), "B1:B7", text, criteria)).toBe(expected);
  });

  it("given a formula cell showing the text, it is not matched (the simulator does not compute formulas)", async () => {
    expect(await found(await idsSheet(), "C1:C3", "acme", { completeMatch: true })).toBeNull();
  });

  it("given a range of one cell, the search covers the whole sheet, starting after that cell", async () => {
    expect(await found(await idsSheet(), "B2", "acme", { completeMatch: true, matchCase: true })).toBe("Hoja1!E9");
  });

  it("given the first cell matches, it is looked at last: Find starts after it", async () => {
    const sim = await idsSheet();
    expect(await found(sim, "B2:B4", "acme", { completeMatch: true })).toBe("Hoja1!B4");
  });

  it("given no match, find fails the request with ItemNotFound and nothing after it runs", async () => {
    const sim = await idsSheet();
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Hoja1");
        sheet.getRange("B1:B7").find("zeta", { completeMatch: true }).values = [["x"]];
        sheet.getRange("A1").values = [["after"]];
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
    expect(sim.workbook.sheets[0]?.cells.get("0:0")).toBeUndefined();
  });

  it("given an empty text, the request fails with InvalidArgument", async () => {
    expect(await errorCodeOf(async () => found(await idsSheet(), "B1:B7", "", {}))).toBe("InvalidArgument");
  });
});

describe("Range.getIntersection", () => {
  async function intersection(a: string, b: string, orNull: boolean): Promise<string | null> {
    const sim = await simWith(() => undefined);
    return sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      const range = sheet.getRange(a);
      const cut = orNull ? range.getIntersectionOrNullObject(sheet.getRange(b)) : range.getIntersection(b);
      cut.load("address");
      await context.sync();
      return cut.isNullObject ? null : cut.address;
    });
  }

  it.each([
    ["a table row and a whole sheet row", "C5:H9", "7:7", "Hoja1!C7:H7"],
    ["two overlapping blocks", "A1:C3", "B2:D4", "Hoja1!B2:C3"],
  ])("given %s, it is the cells both cover", async (_what, a, b, expected) => {
    expect(await intersection(a, b, false)).toBe(expected);
    expect(await intersection(a, b, true)).toBe(expected);
  });

  it("given ranges that do not meet, the OrNullObject is null and getIntersection fails with ItemNotFound", async () => {
    expect(await intersection("A1:B2", "D4:E5", true)).toBeNull();
    expect(await errorCodeOf(() => intersection("A1:B2", "D4:E5", false))).toBe("ItemNotFound");
  });
});
