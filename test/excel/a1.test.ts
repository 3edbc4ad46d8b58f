import {
  cellAddress,
  columnLetters,
  parseRangeAddress,
  parseSheetReference,
  quoteSheetName,
  rangeAddress,
  rowsAddress,
  sheetReference,
} from "../../src/excel/a1";

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("given column %i, its letters are %s", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  it.each([
    [{ row: 0, column: 0 }, false, "A1"],
    [{ row: 4, column: 2, rows: 3, columns: 2 }, false, "C5:D7"],
    [{ row: 4, column: 2, rows: 1, columns: 1 }, true, "$C$5"],
    [{ row: 1_048_575, column: 16_383 }, false, "XFD1048576"],
  ])("given %j (absolute %s), the address is %s", (range, absolute, address) => {
    expect(rangeAddress(range, absolute)).toBe(address);
  });

  it.each([
    [-1, 0],
    [0, 16_384],
    [1_048_576, 0],
    [1.5, 0],
  ])("given row %d column %d outside the grid, it throws", (row, column) => {
    expect(() => cellAddress(row, column)).toThrow(RangeError);
  });

  it("given rows 3 to 3, print titles are $4:$4", () => {
    expect(rowsAddress(3, 3)).toBe("$4:$4");
  });

  it.each([
    ["Acme · Ver", "'Acme · Ver'"],
    ["O'Brien", "'O''Brien'"],
  ])("given sheet %s, its quoted name is %s", (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });

  it.each(["Acme · Ver", "O'Brien · Medir", "Cartera", "R1C1", "A1"])(
    "given sheet %s, a reference to it parses back",
    (name) => {
      const range = { row: 4, column: 2, rows: 2, columns: 1 };
      expect(parseSheetReference(sheetReference(name, range))).toEqual({ sheetName: name, range });
    },
  );

  it.each(["=TODAY()", "=#REF!$B$3", "='Acme'!#REF!", "=9", '="es"'])(
    "given %s, it is not a sheet reference",
    (formula) => {
      expect(parseSheetReference(formula)).toBeNull();
    },
  );

  it("given an unquoted sheet name as Excel may show it, it parses", () => {
    expect(parseSheetReference("=Cartera!$B$5")).toEqual({
      sheetName: "Cartera",
      range: { row: 4, column: 1, rows: 1, columns: 1 },
    });
  });

  it.each(["", "B", "5", "B0", "C5:B4"])("given %j, it is not a range address", (text) => {
    expect(parseRangeAddress(text)).toBeNull();
  });
});
