import { scoreBand, scoreGap, snapshotDeltas, suggestedTrust, trustTrend } from "../../src/domain/scores";
import type { ScoreSnapshot, TrustFactors } from "../../src/domain/plan";
import { aSnapshot } from "../support/plan-builders";

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

describe("snapshotDeltas", () => {
  const snap = (date: string, knowledge: number | null, trust: number | null): ScoreSnapshot =>
    aSnapshot({ date, knowledge, trust });

  it("given one snapshot, has nothing to compare it with", () => {
    expect(snapshotDeltas([snap("2026-12-15", 6, 6)])).toEqual([{ knowledge: null, trust: null }]);
  });

  it("given snapshots out of date order, compares each with the one before it by date, not by row", () => {
    const history = [snap("2027-03-01", 8, 7), snap("2026-12-15", 6, 6), snap("2027-01-15", 7, 4)];
    expect(snapshotDeltas(history)).toEqual([
      { knowledge: 1, trust: 3 },
      { knowledge: null, trust: null },
      { knowledge: 1, trust: -2 },
    ]);
  });

  it.each<[string, ScoreSnapshot[], number | null]>([
    [
      "two snapshots on the previous date: their average",
      [snap("2026-12-01", 5, 5), snap("2026-12-01", 6, 6), snap("2027-01-01", 8, 8)],
      2.5,
    ],
    ["a same-day snapshot is not 'before'", [snap("2027-01-01", 5, 5), snap("2027-01-01", 8, 8)], null],
    [
      "the previous snapshot without trust is skipped",
      [snap("2026-11-01", 4, 4), snap("2026-12-01", 6, null), snap("2027-01-01", 8, 8)],
      4,
    ],
    ["a snapshot without trust has no trust delta", [snap("2026-12-01", 6, 6), snap("2027-01-01", 8, null)], null],
    [
      "an undated snapshot neither has a delta nor serves as the previous one",
      [snap("", 3, 3), snap("2027-01-01", 8, 8)],
      null,
    ],
    ["a trust of 0 is a real score", [snap("2026-12-01", 0, 0), snap("2027-01-01", 2, 2)], 2],
  ])("given %s, the last snapshot's trust delta is %j", (_title, history, expected) => {
    expect(snapshotDeltas(history).at(-1)?.trust).toBe(expected);
  });

  it("given knowledge and trust filled on different snapshots, looks back per score", () => {
    const history = [snap("2026-11-01", 5, null), snap("2026-12-01", null, 6), snap("2027-01-01", 7, 7)];
    expect(snapshotDeltas(history).at(-1)).toEqual({ knowledge: 2, trust: 1 });
  });
});

describe("suggestedTrust", () => {
  const factors = (c: number | null, r: number | null, i: number | null, s: number | null): TrustFactors => ({
    credibility: c,
    reliability: r,
    intimacy: i,
    selfOrientation: s,
  });

  it.each<[string, TrustFactors, number | null]>([
    ["any factor blank", factors(7, 7, 7, null), null],
    ["credibility blank", factors(null, 7, 7, 3), null],
    ["self-orientation equal to the others' average (neutral)", factors(5, 5, 5, 5), 5],
    ["self-orientation of 10 minus the others' average 7", factors(7, 7, 7, 3), 7],
    ["self-orientation of 10 minus the others' average 9", factors(9, 9, 9, 1), 9],
    ["no self-orientation at all", factors(6, 8, 4, 0), 10],
    ["nothing earned", factors(0, 0, 0, 8), 0],
    ["every factor 0", factors(0, 0, 0, 0), 0],
    ["high self-orientation", factors(3, 3, 3, 7), 3],
  ])("given %s, is %j", (_title, given, expected) => {
    const result = suggestedTrust(given);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 12);
  });

  it("given uneven factors, is 10·(C+R+I)/(C+R+I+3·S)", () => {
    expect(suggestedTrust(factors(8, 6, 5, 4))).toBeCloseTo((10 * 19) / 31, 12);
  });
});
