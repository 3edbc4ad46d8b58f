import { clientMissStreak, commitmentSignal } from "../../src/domain/commitments";
import type { Commitment } from "../../src/domain/plan";
import { aCommitment } from "../support/plan-builders";

const kept = (date: string | null, value: Commitment["kept"], more: Partial<Commitment> = {}): Commitment =>
  aCommitment({ date, kept: value, ...more });

describe("clientMissStreak", () => {
  it.each<[string, Commitment[], number]>([
    ["no commitments", [], 0],
    ["only kept ones", [kept("2027-01-10", "yes"), kept("2027-02-10", "partial")], 0],
    ["two no's and nothing kept", [kept("2027-01-10", "no"), kept("2027-02-10", "no")], 2],
    ["no's before the latest kept one", [kept("2027-01-10", "no"), kept("2027-02-10", "yes")], 0],
    [
      "three no's after a yes, one before",
      [
        kept("2027-01-01", "no"),
        kept("2027-01-10", "yes"),
        kept("2027-02-10", "no"),
        kept("2027-03-10", "no"),
        kept("2027-04-10", "no"),
      ],
      3,
    ],
    [
      "a partial resets the run like a yes",
      [kept("2027-01-10", "no"), kept("2027-02-01", "partial"), kept("2027-03-01", "no")],
      1,
    ],
    [
      "a no on the same date as the latest yes (a tie) does not count",
      [kept("2027-02-10", "yes"), kept("2027-02-10", "no")],
      0,
    ],
    [
      "rows listed out of date order",
      [kept("2027-03-10", "no"), kept("2027-01-10", "yes"), kept("2027-02-10", "no")],
      2,
    ],
    ["an undated no", [kept(null, "no"), kept("2027-02-10", "no")], 1],
    ["an undated yes does not reset the run", [kept("2027-01-10", "no"), kept(null, "yes")], 1],
    ["our own misses", [kept("2027-01-10", "no", { party: "us" }), kept("2027-02-10", "no", { party: "us" })], 0],
    ["misses with no party", [kept("2027-01-10", "no", { party: null })], 0],
    ["a miss without commitment text", [kept("2027-01-10", "no", { commitment: "" }), kept("2027-02-10", "no")], 1],
    ["a not-yet-reviewed commitment", [kept("2027-01-10", null), kept("2027-02-10", "no")], 1],
    ["our yes after the client's no's", [kept("2027-01-10", "no"), kept("2027-02-10", "yes", { party: "us" })], 1],
  ])("given %s, is %d", (_title, commitments, expected) => {
    expect(clientMissStreak(commitments)).toBe(expected);
  });
});

describe("commitmentSignal", () => {
  it.each([
    [0, "none"],
    [1, "none"],
    [2, "amber"],
    [3, "red"],
    [7, "red"],
  ] as const)("given a streak of %d, is %s", (streak, expected) => {
    expect(commitmentSignal(streak)).toBe(expected);
  });
});
