import { actionsPerLevel, isTopHeavy } from "../../src/domain/pyramid";
import type { PyramidLevel } from "../../src/domain/plan";
import { anAction } from "../support/plan-builders";

const levels = (...counts: number[]): Record<PyramidLevel, number> => ({
  1: counts[0] ?? 0,
  2: counts[1] ?? 0,
  3: counts[2] ?? 0,
  4: counts[3] ?? 0,
  5: counts[4] ?? 0,
  6: counts[5] ?? 0,
});

describe("actionsPerLevel", () => {
  it("given actions at several levels, counts each level", () => {
    const actions = [anAction({ level: 1 }), anAction({ level: 4 }), anAction({ level: 4 }), anAction({ level: 6 })];
    expect(actionsPerLevel(actions)).toEqual(levels(1, 0, 0, 2, 0, 1));
  });

  it.each([
    ["a cancelled action", anAction({ status: "cancelled" })],
    ["an action without action text", anAction({ action: "" })],
    ["an action without a level", anAction({ level: null })],
  ])("given %s, counts it nowhere", (_title, action) => {
    expect(actionsPerLevel([action])).toEqual(levels());
  });

  it.each([
    ["done", "done"],
    ["blank", null],
    ["in progress", "inProgress"],
  ] as const)("given an action whose status is %s, counts it", (_title, status) => {
    expect(actionsPerLevel([anAction({ level: 2, status })])).toEqual(levels(0, 1));
  });

  it('given action text of only spaces, counts it, as COUNTIFS("<>") does', () => {
    expect(actionsPerLevel([anAction({ action: " ", level: 3 })])).toEqual(levels(0, 0, 1));
  });
});

describe("isTopHeavy", () => {
  it.each([
    ["no actions", levels(), false],
    ["one action at level 5 and nothing below", levels(0, 0, 0, 0, 1), true],
    ["one at level 6 and one at level 1 (a tie)", levels(1, 0, 0, 0, 0, 1), false],
    ["three at 5–6 and two at 1–4", levels(1, 0, 0, 1, 2, 1), true],
    ["everything at the bottom", levels(3, 2, 1, 4), false],
  ])("given %s, answers %s", (_title, perLevel, expected) => {
    expect(isTopHeavy(perLevel)).toBe(expected);
  });
});
