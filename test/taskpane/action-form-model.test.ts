import { defaultSnapshotPeriod, readActionForm } from "../../src/taskpane/action-form-model";

const form = (overrides: Partial<Parameters<typeof readActionForm>[0]>) => ({
  action: "Comida con el director financiero",
  level: "3",
  owner: "Lucía",
  due: "2027-04-30",
  ...overrides,
});

describe("readActionForm", () => {
  it("given every field, returns the action with its level as a number", () => {
    expect(readActionForm(form({}))).toEqual({
      ok: true,
      value: { action: "Comida con el director financiero", level: 3, owner: "Lucía", due: "2027-04-30" },
    });
  });

  it.each([
    ["30/04/2027", "2027-04-30"],
    ["", null],
  ])("given due date %p, reads %p", (due, expected) => {
    const read = readActionForm(form({ due }));
    expect(read.ok && read.value.due).toBe(expected);
  });

  it.each([
    [{ action: "  " }, [["action", "ui.client.actionRequired"]]],
    [{ level: "" }, [["level", "ui.client.levelRequired"]]],
    [{ level: "7" }, [["level", "ui.client.levelRequired"]]],
    [{ due: "31/02/2027" }, [["due", "validation.dateInvalid"]]],
    [{ due: "04/31/2027" }, [["due", "validation.dateInvalid"]]],
  ])("given %p, reports %p", (overrides, expected) => {
    const read = readActionForm(form(overrides));
    expect(read.ok ? [] : read.issues.map((i) => [i.path, i.code])).toEqual(expected);
  });
});

describe("defaultSnapshotPeriod", () => {
  it.each([
    ["2026-12-15", "es", "2026-T4"],
    ["2027-01-01", "en", "2027-Q1"],
    ["2027-06-30", "es", "2027-T2"],
  ] as const)("given %s in %s, suggests %s", (today, language, period) => {
    expect(defaultSnapshotPeriod(today, language)).toBe(period);
  });
});
