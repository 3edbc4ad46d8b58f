import { defaultPlanYear, readSetupForm, setupFormDefaults } from "../../src/taskpane/setup-model";

describe("defaultPlanYear", () => {
  it.each([
    ["2026-01-01", 2026],
    ["2026-09-30", 2026],
    ["2026-10-01", 2027],
    ["2026-12-31", 2027],
  ])("given today %s, suggests %i (next year from October on)", (today, year) => {
    expect(defaultPlanYear(today)).toBe(year);
  });
});

describe("readSetupForm", () => {
  it("given the defaults, reads year, target 9 and the language", () => {
    expect(readSetupForm(setupFormDefaults("2026-11-15", "en"))).toEqual({
      ok: true,
      value: { year: 2027, targetScore: 9, language: "en" },
    });
  });

  it.each([
    ["1999", "validation.yearRange"],
    ["2101", "validation.yearRange"],
    ["2027.5", "validation.yearRange"],
    ["", "validation.yearRange"],
  ])("given year %p, reports %s on the year field", (year, code) => {
    const read = readSetupForm({ year, target: "9", language: "es" });
    expect(read.ok ? [] : read.issues.map((i) => [i.path, i.code])).toEqual([["year", code]]);
  });

  it.each(["11", "-1", "8,5", "nueve"])("given target %p, reports validation.targetRange", (target) => {
    const read = readSetupForm({ year: "2027", target, language: "es" });
    expect(read.ok ? [] : read.issues.map((i) => [i.path, i.code])).toEqual([["target", "validation.targetRange"]]);
  });

  it("given a target of 0, accepts it (0 is a real score)", () => {
    expect(readSetupForm({ year: " 2027 ", target: "0", language: "es" })).toEqual({
      ok: true,
      value: { year: 2027, targetScore: 0, language: "es" },
    });
  });
});
