import { writeFileSync } from "node:fs";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { cell, num, sheet, text } from "../xlsx/spec-builders";
import { csvFileName, describeWithLibreOffice, parseCsv, recalculate } from "./libreoffice";
import { testOutputPath } from "./test-output-path";

describe("the LibreOffice CSV reader", () => {
  it.each([
    ["", []],
    ["a,b\n", [["a", "b"]]],
    ["\uFEFFa,b\r\n", [["a", "b"]]],
    ['"x, y","say ""hi"""\n', [["x, y", 'say "hi"']]],
    ['"line 1\nline 2",z\n', [["line 1\nline 2", "z"]]],
    ["a\n\nb\n", [["a"], [""], ["b"]]],
    [",,\n", [["", "", ""]]],
  ])("given the CSV %j, the rows are %j", (csv, rows) => {
    expect(parseCsv(csv)).toEqual(rows);
  });

  it("given a sheet name, the CSV file name appends it verbatim to the stem", () => {
    expect(csvFileName("book", "O'Brien · Ver")).toBe("book-O'Brien · Ver.csv");
  });
});

const ODD_NAMES = ["Cartera", "Acme · Ver", "O'Brien · Ajustar", "Ñandú € 2027", "x&y<z>", "Vacía", "Oculta"];

describeWithLibreOffice("recalculate: sheet names map back to their sheets", () => {
  let sheets: Map<string, string[][]>;

  beforeAll(async () => {
    const spec = {
      sheets: ODD_NAMES.map((name, i) =>
        sheet(`s${i}`, name, {
          visibility: name === "Oculta" ? ("veryHidden" as const) : ("visible" as const),
          cells: name === "Vacía" ? [] : [cell(0, 0, text(name)), cell(0, 1, num(i))],
        }),
      ),
      names: [],
      styles: {},
    };
    const path = testOutputPath("support", "odd-sheet-names.xlsx");
    writeFileSync(path, await writeWorkbook(spec));
    sheets = await recalculate(path);
  }, 240_000);

  it("given sheets with spaces, ·, apostrophes, non-ASCII and XML characters, each comes back under its name", () => {
    expect([...sheets.keys()]).toEqual(ODD_NAMES);
    ODD_NAMES.forEach((name, i) => {
      if (name !== "Vacía") expect(sheets.get(name)).toEqual([[name, String(i)]]);
    });
  });

  it("given an empty sheet, it comes back with no rows", () => {
    expect(sheets.get("Vacía")).toEqual([]);
  });
});
