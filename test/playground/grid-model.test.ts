import { cellOfAddress, columnLetters, GRID_LIMITS, gridModel } from "../../src/playground/grid-model";

describe("columnLetters", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("gives column %i the letters %s", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });
});

describe("cellOfAddress", () => {
  it.each([
    ["A1", { row: 0, column: 0 }],
    ["$C$5", { row: 4, column: 2 }],
    ["AA10:AB12", { row: 9, column: 26 }],
    ["not a cell", null],
  ])("reads %p as %p", (address, cell) => {
    expect(cellOfAddress(address)).toEqual(cell);
  });
});

describe("gridModel", () => {
  it("draws the used range from A1 and keys cells by row:column", () => {
    const model = gridModel({
      name: "Cartera",
      visibility: "Visible",
      tabColor: "",
      rows: 3,
      columns: 2,
      cells: [{ row: 2, column: 1, text: "=vamHoy", kind: "formula" }],
    });
    expect([model.rows, model.columns, model.truncated, model.cells.get("2:1")?.kind]).toEqual([
      3,
      2,
      false,
      "formula",
    ]);
  });

  it("given a sheet larger than the limits, cuts it and says so", () => {
    const model = gridModel({
      name: "Big",
      visibility: "Visible",
      tabColor: "",
      rows: GRID_LIMITS.rows + 5,
      columns: 3,
      cells: [{ row: GRID_LIMITS.rows + 1, column: 0, text: "far", kind: "text" }],
    });
    expect([model.rows, model.truncated, model.cells.size]).toEqual([GRID_LIMITS.rows, true, 0]);
  });
});
