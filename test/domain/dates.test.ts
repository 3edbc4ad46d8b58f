import {
  addDays,
  isExcelDate,
  isIsoDate,
  isoDateOf,
  isoDateOfLocalDay,
  isoDateToSerial,
  MAX_EXCEL_SERIAL,
  parseLenientDate,
  serialToIsoDate,
} from "../../src/domain/dates";

describe("isIsoDate", () => {
  it.each([
    ["2027-03-15", true],
    ["2028-02-29", true],
    ["2027-02-29", false],
    ["1900-02-29", false],
    ["2000-02-29", true],
    ["2027-13-01", false],
    ["2027-04-31", false],
    ["2027-3-15", false],
    ["15/03/2027", false],
    ["2027-03-15T00:00", false],
    [" 2027-03-15", false],
    ["0001-01-01", true],
    ["0000-01-01", false],
    ["", false],
  ])("given %j, answers %s", (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

describe("isoDateOf", () => {
  it.each([
    [2027, 3, 15, "2027-03-15"],
    [4, 2, 29, "0004-02-29"],
    [1, 2, 29, null],
    [2027, 0, 1, null],
    [2027, 1, 0, null],
    [2027, 1.5, 1, null],
    [10000, 1, 1, null],
  ])("given %d-%d-%d, gives %j", (year, month, day, expected) => {
    expect(isoDateOf(year, month, day)).toBe(expected);
  });
});

describe("isoDateToSerial and serialToIsoDate (Excel's 1900 system)", () => {
  it.each([
    ["1900-01-01", 1],
    ["1900-01-31", 31],
    ["1900-02-28", 59],
    ["1900-03-01", 61],
    ["1970-01-01", 25569],
    ["2000-01-01", 36526],
    ["2027-03-15", 46461],
    ["9999-12-31", MAX_EXCEL_SERIAL],
  ])("given %s, the serial is %d, and back", (date, serial) => {
    expect(isoDateToSerial(date)).toBe(serial);
    expect(serialToIsoDate(serial)).toBe(date);
  });

  it.each([
    ["serial 60, Excel's fictitious 1900-02-29", 60],
    ["serial 0", 0],
    ["a negative serial", -1],
    ["a serial after 9999-12-31", MAX_EXCEL_SERIAL + 1],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
  ])("given %s, gives null", (_title, serial) => {
    expect(serialToIsoDate(serial)).toBeNull();
  });

  it("given a serial with a time of day, drops the time", () => {
    expect(serialToIsoDate(46461.75)).toBe("2027-03-15");
  });

  it.each([["1899-12-31"], ["not a date"], ["2027-02-30"]])("given %j, throws (misuse)", (date) => {
    expect(() => isoDateToSerial(date)).toThrow();
  });

  it("given every day from 1900-03-01 to 2100-12-31, round-trips and counts one serial per day", () => {
    let date = "1900-03-01";
    let serial = isoDateToSerial(date);
    expect(serial).toBe(61);
    while (date <= "2100-12-31") {
      expect(serialToIsoDate(serial)).toBe(date);
      date = addDays(date, 1);
      serial += 1;
      expect(isoDateToSerial(date)).toBe(serial);
    }
  });
});

describe("isExcelDate", () => {
  it.each([
    ["1900-01-01", true],
    ["1899-12-31", false],
    ["9999-12-31", true],
    ["garbage", false],
  ])("given %j, answers %s", (date, expected) => {
    expect(isExcelDate(date)).toBe(expected);
  });
});

describe("addDays", () => {
  it.each([
    ["2027-12-31", 1, "2028-01-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2027-03-28", 1, "2027-03-29"],
    ["2027-01-01", -1, "2026-12-31"],
    ["2027-01-01", 0, "2027-01-01"],
  ])("given %s plus %d days, gives %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe("isoDateOfLocalDay", () => {
  it("given a local moment late in the evening, gives that local day", () => {
    expect(isoDateOfLocalDay(new Date(2027, 2, 15, 23, 59))).toBe("2027-03-15");
  });
});

describe("parseLenientDate", () => {
  it.each([
    ["2027-03-15", "2027-03-15"],
    ["  2027-03-15  ", "2027-03-15"],
    ["2027-3-5", "2027-03-05"],
    ["2027-03-15 00:00:00", "2027-03-15"],
    ["2027-03-15T10:30:00Z", "2027-03-15"],
    ["15/03/2027", "2027-03-15"],
    ["15-03-2027", "2027-03-15"],
    ["15.03.2027", "2027-03-15"],
    ["5/3/2027", "2027-03-05"],
    ["15/03/27", "2027-03-15"],
    ["29/02/2028", "2028-02-29"],
    ["29/02/2027", null],
    ["03/15/2027", null],
    ["15/03-2027", null],
    ["2027/03/15", null],
    ["15 de marzo de 2027", null],
    ["46461", null],
    ["", null],
    ["=HOY()", null],
  ])("given %j, gives %j", (text, expected) => {
    expect(parseLenientDate(text)).toBe(expected);
  });
});
