import {
  cellAddress,
  columnLetters,
  quoteSheetName,
  rangeAddress,
  sheetRangeReference,
  sheetRowsReference,
} from "../../src/xlsx/a1";

describe("A1 addresses from zero-based coordinates", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("given column %i, the letters are %s", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  it.each([
    [0, 0, false, "A1"],
    [6, 3, false, "D7"],
    [1048575, 16383, false, "XFD1048576"],
    [2, 1, true, "$B$3"],
  ])("given row %i and column %i (absolute %s), the address is %s", (row, column, absolute, address) => {
    expect(cellAddress(row, column, absolute)).toBe(address);
  });

  it.each([
    [{ row: 0, column: 0 }, "A1"],
    [{ row: 0, column: 0, rows: 1, columns: 1 }, "A1"],
    [{ row: 7, column: 1, rows: 2 }, "B8:B9"],
    [{ row: 0, column: 0, columns: 4 }, "A1:D1"],
  ])("given the range %j, the address is %s", (range, address) => {
    expect(rangeAddress(range)).toBe(address);
  });

  it.each([
    [-1, 0],
    [0, -1],
    [1048576, 0],
    [0, 16384],
    [1.5, 0],
  ])("given a cell (%d, %d) outside Excel's grid, it throws", (row, column) => {
    expect(() => cellAddress(row, column)).toThrow(RangeError);
  });

  it("given an empty range, it throws", () => {
    expect(() => rangeAddress({ row: 0, column: 0, rows: 0 })).toThrow(RangeError);
  });
});

describe("sheet names in references", () => {
  it.each([
    ["Cartera", "'Cartera'"],
    ["Acme · Ver", "'Acme · Ver'"],
    ["O'Brien · Ajustar", "'O''Brien · Ajustar'"],
    ["''", "''''''"],
    ["Ñandú €", "'Ñandú €'"],
  ])("given the sheet %s, the quoted name is %s", (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });

  it("given a range on a sheet with an apostrophe, the absolute reference doubles it", () => {
    expect(sheetRangeReference("O'Brien · Ver", { row: 2, column: 1, rows: 3 })).toBe("'O''Brien · Ver'!$B$3:$B$5");
  });

  it("given print rows 0..2, the reference is whole rows 1 to 3", () => {
    expect(sheetRowsReference("Cartera", 0, 2)).toBe("'Cartera'!$1:$3");
  });

  it("given rows in the wrong order, it throws", () => {
    expect(() => sheetRowsReference("Cartera", 3, 2)).toThrow(RangeError);
  });
});
