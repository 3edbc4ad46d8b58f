import { defaultPlanYear, resolvePlanDate, withPlanYear } from "../../src/cli/plan-dates";

describe("defaultPlanYear", () => {
  it.each([
    [new Date(2026, 0, 1), 2026],
    [new Date(2026, 8, 30, 23, 59), 2026],
    [new Date(2026, 9, 1, 0, 0), 2027],
    [new Date(2026, 11, 31), 2027],
  ])("given the local date %p, plans for %p (next year from October on)", (today, year) => {
    expect(defaultPlanYear(today)).toBe(year);
  });
});

describe("resolvePlanDate", () => {
  it.each([
    ["{Y}-03-15", "2027-03-15"],
    ["{Y-1}-11-20", "2026-11-20"],
    ["{Y+1}-01-31", "2028-01-31"],
    [" 2025-12-01 ", "2025-12-01"],
    ["{Y+1}-02-29", "2028-02-29"],
  ])("given %p in plan year 2027, gives %p", (text, iso) => {
    expect(resolvePlanDate(text, 2027)).toBe(iso);
  });

  it.each(["{Y}-02-29", "{Y}-13-01", "{Y}-3-15", "15/03/2027", "{X}-03-15", "{Y*2}-03-15", "", "2027-04-31"])(
    "given %p, says it is not a date",
    (text) => {
      expect(resolvePlanDate(text, 2027)).toBeUndefined();
    },
  );
});

describe("withPlanYear", () => {
  it("given plan-year tokens anywhere in a text, replaces each with its year", () => {
    expect(withPlanYear("Cierre {Y-1}, retos de {Y} y {Y+1}; {X} y {Y*2} quedan igual", 2027)).toBe(
      "Cierre 2026, retos de 2027 y 2028; {X} y {Y*2} quedan igual",
    );
  });
});
