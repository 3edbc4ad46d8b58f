import { defaultPlanYear, resolvePlanDate } from "../../src/cli/plan-dates";

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
