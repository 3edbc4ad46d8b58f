import { scoreBand, scoreGap, trustTrend } from "../../src/domain/scores";
import type { ScoreSnapshot } from "../../src/domain/plan";
import { aSnapshot } from "./builders";

describe("scoreGap", () => {
  it.each([
    [null, 9, null],
    [0, 9, 9],
    [6, 9, 3],
    [9, 9, 0],
    [10, 9, 0],
  ])("given score %j and target %d, is %j", (score, target, expected) => {
    expect(scoreGap(score, target)).toBe(expected);
  });
});

describe("scoreBand", () => {
  it.each([
    [null, 9, null],
    [0, 9, "red"],
    [4, 9, "red"],
    [5, 9, "amber"],
    [8, 9, "amber"],
    [9, 9, "green"],
    [10, 9, "green"],
    [4, 3, "red"],
    [5, 5, "green"],
  ])("given score %j and target %d, is %j", (score, target, expected) => {
    expect(scoreBand(score, target)).toBe(expected);
  });
});

describe("trustTrend", () => {
  const snap = (date: string, trust: number | null): ScoreSnapshot => aSnapshot({ date, trust });

  it.each<[string, number | null, ScoreSnapshot[], number | null]>([
    ["no snapshots", 7, [], null],
    ["blank trust now", null, [snap("2026-12-15", 6)], null],
    ["snapshots without trust", 7, [snap("2026-12-15", null)], null],
    ["one earlier snapshot", 7, [snap("2026-12-15", 5)], 2],
    ["a fall", 4, [snap("2026-12-15", 6)], -2],
    ["several dates: only the latest counts", 7, [snap("2026-12-15", 6), snap("2026-06-30", 2)], 1],
    ["two snapshots on the latest date (a tie): their average", 7, [snap("2026-12-15", 6), snap("2026-12-15", 7)], 0.5],
    ["the latest snapshot without trust is skipped", 7, [snap("2026-12-15", 6), snap("2027-01-10", null)], 1],
    ["trust 0 in a snapshot is a real score", 3, [snap("2026-12-15", 0)], 3],
  ])("given %s, is %j", (_title, trust, history, expected) => {
    expect(trustTrend(trust, history)).toBe(expected);
  });

  it("given three snapshots on the latest date, divides their sum by three", () => {
    expect(trustTrend(8, [snap("2027-01-01", 7), snap("2027-01-01", 8), snap("2027-01-01", 8)])).toBeCloseTo(1 / 3, 12);
  });
});
