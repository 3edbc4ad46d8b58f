import { clientFigures, clientStatus, overdueActionsByOwner, portfolioFigures } from "../../src/domain/portfolio";
import type { Client } from "../../src/domain/plan";
import { aClient, aCommitment, aDisappointment, aFeedback, anAction, aPlan, aSnapshot } from "../support/plan-builders";

const TODAY = "2027-05-10";
const figuresOf = (overrides: Partial<Client>) => clientFigures(aClient(overrides), { today: TODAY, target: 9 });

describe("clientFigures, scores and gaps", () => {
  it("given an unscored client, leaves scores and gaps blank (never 0) and the status unscored", () => {
    const f = figuresOf({ knowledge: null, trust: null });
    expect([f.knowledge, f.trust, f.knowledgeGap, f.trustGap, f.status]).toEqual([null, null, null, null, "unscored"]);
  });

  it("given scores of 0, keeps them as 0 with a full gap", () => {
    const f = figuresOf({ knowledge: 0, trust: 0 });
    expect([f.knowledge, f.trust, f.knowledgeGap, f.trustGap]).toEqual([0, 0, 9, 9]);
  });

  it("given a score above the target, the gap is 0", () => {
    expect(figuresOf({ knowledge: 10, trust: 9 }).knowledgeGap).toBe(0);
  });
});

describe("clientFigures, disappointments", () => {
  it.each([
    ["open", aDisappointment({ status: "open" }), 1],
    ["in progress", aDisappointment({ status: "inProgress" }), 1],
    ["with a blank status", aDisappointment({ status: null }), 1],
    ["resolved", aDisappointment({ status: "resolved" }), 0],
    ["without *what* text", aDisappointment({ what: "", status: "open" }), 0],
  ])("given one disappointment %s, counts %d open", (_title, disappointment, expected) => {
    expect(figuresOf({ disappointments: [disappointment] }).openDisappointments).toBe(expected);
  });
});

describe("clientFigures, actions", () => {
  it.each([
    ["pending, due later", anAction({ due: "2027-06-01" }), { total: 1, done: 0, open: 1, overdue: 0, pct: 0 }],
    ["pending, due yesterday", anAction({ due: "2027-05-09" }), { total: 1, done: 0, open: 1, overdue: 1, pct: 0 }],
    ["pending, due today", anAction({ due: TODAY }), { total: 1, done: 0, open: 1, overdue: 0, pct: 0 }],
    ["pending, no due date", anAction({ due: null }), { total: 1, done: 0, open: 1, overdue: 0, pct: 0 }],
    [
      "blank status, past due",
      anAction({ status: null, due: "2027-01-01" }),
      { total: 1, done: 0, open: 1, overdue: 1, pct: 0 },
    ],
    [
      "done, past due",
      anAction({ status: "done", due: "2027-01-01" }),
      { total: 1, done: 1, open: 0, overdue: 0, pct: 1 },
    ],
    [
      "cancelled, past due",
      anAction({ status: "cancelled", due: "2027-01-01" }),
      { total: 1, done: 0, open: 0, overdue: 0, pct: null },
    ],
    [
      "without action text",
      anAction({ action: "", due: "2027-01-01" }),
      { total: 0, done: 0, open: 0, overdue: 0, pct: null },
    ],
  ])("given one action %s, figures are %j", (_title, action, expected) => {
    const f = figuresOf({ actions: [action] });
    expect({
      total: f.totalActions,
      done: f.doneActions,
      open: f.openActions,
      overdue: f.overdueActions,
      pct: f.percentDone,
    }).toEqual(expected);
  });

  it("given 2 done, 1 cancelled, 1 in progress and 1 blank row, % done is 2 ÷ 3", () => {
    const actions = [
      anAction({ status: "done" }),
      anAction({ status: "done" }),
      anAction({ status: "cancelled" }),
      anAction({ status: "inProgress" }),
      anAction({ action: "", status: "pending" }),
    ];
    const f = figuresOf({ actions });
    expect(f.percentDone).toBeCloseTo(2 / 3, 15);
    expect([f.totalActions, f.doneActions, f.openActions]).toEqual([4, 2, 1]);
  });

  it("given no actions, % done is blank and the pyramid is not top-heavy", () => {
    const f = figuresOf({});
    expect([f.percentDone, f.topHeavy, f.actionsPerLevel[1]]).toEqual([null, false, 0]);
  });

  it("given actions piled up at levels 5–6, is top-heavy", () => {
    const f = figuresOf({ actions: [anAction({ level: 5 }), anAction({ level: 6 }), anAction({ level: 1 })] });
    expect(f.topHeavy).toBe(true);
  });
});

describe("clientFigures, feedback, trend and commitments", () => {
  it.each([
    ["no feedback", [], null],
    ["undated feedback only", [aFeedback({ date: null })], null],
    [
      "feedback in any order",
      [aFeedback({ date: "2027-03-01" }), aFeedback({ date: "2027-04-02" }), aFeedback({ date: "2027-01-05" })],
      "2027-04-02",
    ],
    [
      "two feedback rows on the same latest date",
      [aFeedback({ date: "2027-04-02" }), aFeedback({ date: "2027-04-02" })],
      "2027-04-02",
    ],
    ["a dated row without a comment (it still counts)", [aFeedback({ date: "2027-04-02", comment: "" })], "2027-04-02"],
  ])("given %s, last feedback is %j", (_title, feedback, expected) => {
    expect(figuresOf({ feedback }).lastFeedback).toBe(expected);
  });

  it("given a trust of 7 and a latest snapshot of 5, the trend is +2", () => {
    const f = figuresOf({ trust: 7, scoreHistory: [aSnapshot({ date: "2026-12-15", trust: 5 })] });
    expect(f.trustTrend).toBe(2);
  });

  it("given no snapshots, the trend is blank", () => {
    expect(figuresOf({ trust: 7 }).trustTrend).toBeNull();
  });

  it("given three client misses in a row, the streak is 3 and the signal red", () => {
    const commitments = ["2027-01-10", "2027-02-10", "2027-03-10"].map((date) => aCommitment({ date, kept: "no" }));
    const f = figuresOf({ commitments });
    expect([f.clientMissStreak, f.commitmentSignal]).toEqual([3, "red"]);
  });
});

describe("clientStatus", () => {
  const clean = { overdueActions: 0, openDisappointments: 0, clientMissStreak: 0 };
  const active = (knowledge: number | null, trust: number | null) => ({ state: "active" as const, knowledge, trust });

  it.each([
    ["archived, even when unscored", { state: "archived" as const, knowledge: null, trust: null }, clean, "archived"],
    ["archived, even when red", { state: "archived" as const, knowledge: 1, trust: 1 }, clean, "archived"],
    ["knowledge blank", active(null, 9), clean, "unscored"],
    ["trust blank", active(9, null), clean, "unscored"],
    ["knowledge 4", active(4, 10), clean, "red"],
    ["trust 4", active(10, 4), clean, "red"],
    ["scores at target but a miss streak of 3", active(9, 9), { ...clean, clientMissStreak: 3 }, "red"],
    ["both scores at target and nothing pending", active(9, 10), clean, "green"],
    ["scores 0 (a real score, not blank)", active(0, 0), clean, "red"],
    ["scores 5 and 8", active(5, 8), clean, "amber"],
    ["at target but one overdue action", active(9, 9), { ...clean, overdueActions: 1 }, "amber"],
    ["at target but one open disappointment", active(9, 9), { ...clean, openDisappointments: 1 }, "amber"],
    ["at target but a miss streak of 2", active(9, 9), { ...clean, clientMissStreak: 2 }, "amber"],
    ["at target with a miss streak of 1", active(9, 9), { ...clean, clientMissStreak: 1 }, "green"],
  ] as const)("given %s, is %s", (_title, client, figures, expected) => {
    expect(clientStatus(client, figures, 9)).toBe(expected);
  });

  it("given a low target of 3 and scores of 4, red wins over green", () => {
    expect(clientStatus(active(4, 4), clean, 3)).toBe("red");
  });
});

describe("portfolioFigures and overdueActionsByOwner", () => {
  const overdue = (owner: string) => anAction({ owner, due: "2027-01-01" });
  const plan = aPlan([
    aClient({ knowledge: 9, trust: 9, actions: [overdue("Ana"), overdue(" ana "), anAction({ due: "2027-12-01" })] }),
    aClient({ knowledge: null, trust: 6, actions: [overdue("Luis"), overdue("")] }),
    aClient({ state: "archived", actions: [overdue("Luis"), overdue("Luis")] }),
  ]);

  it("given three clients, lists each in plan order with its figures", () => {
    const figures = portfolioFigures(plan, TODAY);
    expect(figures.rows.map((row) => [row.clientId, row.figures.status])).toEqual([
      [plan.clients[0]?.id, "amber"],
      [plan.clients[1]?.id, "unscored"],
      [plan.clients[2]?.id, "archived"],
    ]);
    expect(figures.statusCounts).toEqual({ red: 0, amber: 1, green: 0, unscored: 1, archived: 1 });
  });

  it("given an archived client, leaves its actions out of the totals", () => {
    const figures = portfolioFigures(plan, TODAY);
    expect([figures.openActions, figures.overdueActions]).toEqual([5, 4]);
  });

  it("given owners differing in case and spaces, groups them under the first spelling; no owner is ''", () => {
    expect(Object.entries(overdueActionsByOwner(plan, TODAY))).toEqual([
      ["Ana", 2],
      ["", 1],
      ["Luis", 1],
    ]);
  });

  it("given an empty plan, everything is zero", () => {
    const figures = portfolioFigures(aPlan(), TODAY);
    expect([figures.rows, figures.openActions, figures.overdueActions, figures.overdueByOwner]).toEqual([[], 0, 0, {}]);
  });
});

describe("portfolioFigures, owners and directions", () => {
  const overdue = anAction({ due: "2027-01-01" });
  const plan = aPlan([
    aClient({ owner: "Lucía", knowledge: 3, trust: 9, actions: [overdue, overdue] }),
    aClient({ owner: "lucía", direction: "manager", actions: [overdue] }),
    aClient({ owner: "Diego", direction: "team", state: "archived", actions: [overdue] }),
  ]);
  const figures = portfolioFigures(plan, TODAY);

  it("given client owners in any case, sums overdue actions per owner of active clients", () => {
    expect(figures.overdueByClientOwner).toEqual([{ owner: "Lucía", overdueActions: 3 }]);
  });

  it("given clients of three directions, summarises each direction's active clients", () => {
    expect(figures.byDirection.client).toEqual({ clients: 1, red: 1, overdueActions: 2 });
    expect(figures.byDirection.manager).toEqual({ clients: 1, red: 0, overdueActions: 1 });
    expect(figures.byDirection.team).toEqual({ clients: 0, red: 0, overdueActions: 0 });
    expect(figures.rows.map((r) => r.direction)).toEqual(["client", "manager", "team"]);
  });

  it("given trust sub-scores, suggests a trust; without them, none", () => {
    const factors = { credibility: 7, reliability: 7, intimacy: 7, selfOrientation: 3 };
    expect(figuresOf({ trustFactors: factors }).suggestedTrust).toBeCloseTo(7, 12);
    expect(figuresOf({}).suggestedTrust).toBeNull();
  });
});
