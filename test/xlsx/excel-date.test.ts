import { excelSerialFromIso } from "../../src/xlsx/excel-date";

describe("Excel date serials", () => {
  it.each([
    ["1900-03-01", 61],
    ["1970-01-01", 25569],
    ["2027-03-15", 46461],
    ["2027-12-31", 46752],
    ["2028-02-29", 46812],
    ["2027-03-15T12:00", 46461.5],
    ["2027-03-15T06:00:00", 46461.25],
    ["9999-12-31", 2958465],
  ])("given %s, the serial is %d", (iso, serial) => {
    expect(excelSerialFromIso(iso)).toBe(serial);
  });

  it.each(["2027-02-30", "2027-13-01", "2027-3-15", "15/03/2027", "", "2027-03-15T24:00", "1900-02-28"])(
    "given %j, it throws",
    (iso) => {
      expect(() => excelSerialFromIso(iso)).toThrow();
    },
  );
});
