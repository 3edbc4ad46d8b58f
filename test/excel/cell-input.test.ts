import { cellInput, linkTarget } from "../../src/excel/cell-input";
import type { CellValue } from "../../src/layout/spec";

describe("cell inputs for Range.formulas", () => {
  it.each<[CellValue, unknown]>([
    [{ kind: "text", text: "Acme" }, "'Acme"],
    [{ kind: "text", text: "=1+1" }, "'=1+1"],
    [{ kind: "text", text: "+34 600 000 000" }, "'+34 600 000 000"],
    [{ kind: "text", text: "'Comillas'" }, "''Comillas'"],
    [{ kind: "text", text: "007" }, "'007"],
    [{ kind: "number", value: 7 }, 7],
    [{ kind: "date", iso: "2027-03-01" }, 46447],
    [{ kind: "date", iso: "1900-03-01" }, 61],
    [{ kind: "formula", formula: "=vamHoy+1" }, "=vamHoy+1"],
    [{ kind: "empty" }, null],
  ])("given %j, Office.js gets %j", (value, input) => {
    expect(cellInput(value)).toEqual(input);
  });

  it.each<CellValue>([
    { kind: "number", value: Number.NaN },
    { kind: "formula", formula: "SUM(A1)" },
    { kind: "date", iso: "1899-12-31" },
  ])("given %j, it is misuse and throws", (value) => {
    expect(() => cellInput(value)).toThrow();
  });

  it("given a text or formula linked to a name, the link target is that name", () => {
    expect(linkTarget({ kind: "formula", formula: "=x", linkToName: "vamVer_abc" })).toBe("vamVer_abc");
    expect(linkTarget({ kind: "number", value: 1 })).toBeUndefined();
  });
});
