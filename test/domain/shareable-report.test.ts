import type { Client, Meeting } from "../../src/domain/plan";
import { confidentialRowCount, nextMeeting, scoreTrend, shareableReport } from "../../src/domain/shareable-report";
import {
  aChallenge,
  aClient,
  aCommitment,
  aMeeting,
  anAction,
  anExpectation,
  anIndicator,
  aPlan,
  aSnapshot,
  richClient,
} from "../layout/plan-fixtures";

const TODAY = "2027-03-15";

function reportOf(client: Client) {
  return shareableReport(aPlan([client]), client.id, { today: TODAY });
}

describe("shareableReport, what it takes from the plan", () => {
  it("given a client, shows its name, owner, the plan year, the date and both scores against the target", () => {
    const report = reportOf(aClient("acme0001", "Acme", { owner: "Ana", knowledge: 7, trust: 10 }));
    expect(report).toMatchObject({
      clientId: "acme0001",
      clientName: "Acme",
      owner: "Ana",
      planYear: 2027,
      date: TODAY,
    });
    expect(report.scores).toEqual({ knowledge: 7, trust: 10, target: 9, knowledgeGap: 2, trustGap: 0 });
  });

  it("given an unscored client, leaves scores and gaps blank (never 0)", () => {
    expect(reportOf(aClient("acme0001", "Acme")).scores).toEqual({
      knowledge: null,
      trust: null,
      target: 9,
      knowledgeGap: null,
      trustGap: null,
    });
  });

  it("shares only the allow-listed fields of each row (no source, evidence, level, purpose, person, also involve)", () => {
    const report = reportOf(richClient("rich0001", "Rica"));
    const keys = (rows: readonly object[]) => [...new Set(rows.flatMap((row) => Object.keys(row).sort().join(",")))];
    expect(keys(report.challenges)).toEqual(["confirmed,date,description,kind"]);
    expect(keys(report.expectations)).toEqual(["expectation,howWeMeetIt,status"]);
    expect(keys([...report.commitments.ours, ...report.commitments.theirs])).toEqual([
      "commitment,date,due,kept,owner",
    ]);
    expect(keys([...report.actions.done, ...report.actions.open])).toEqual(["action,doneDate,due,owner,status"]);
    expect(keys(report.indicators)).toEqual(["baseline,indicator,latest,percentOfTarget,quarters,side,target"]);
    expect(keys(report.nextMeeting === null ? [] : [report.nextMeeting])).toEqual([
      "date,experiencesAndProposal,fitWithServices,needsNextYear",
    ]);
  });

  it("given rows flagged confidential in every table that has the flag, leaves each of them out", () => {
    const secret = { confidential: true } as const;
    const report = reportOf(
      aClient("acme0001", "Acme", {
        challenges: [aChallenge({ description: "visible" }), aChallenge({ description: "secret", ...secret })],
        expectations: [anExpectation({ expectation: "visible" }), anExpectation({ expectation: "secret", ...secret })],
        actions: [anAction({ action: "visible" }), anAction({ action: "secret", ...secret })],
        commitments: [aCommitment({ commitment: "visible" }), aCommitment({ commitment: "secret", ...secret })],
        indicators: [anIndicator({ indicator: "visible" }), anIndicator({ indicator: "secret", ...secret })],
        meetings: [aMeeting({ date: "2027-04-01", needsNextYear: "secret" })],
      }),
    );
    expect(JSON.stringify(report)).not.toContain("secret");
    expect(report.challenges.map((c) => c.description)).toEqual(["visible"]);
    expect(report.expectations.map((e) => e.expectation)).toEqual(["visible"]);
    expect(report.actions.open.map((a) => a.action)).toEqual(["visible"]);
    expect(report.commitments.theirs.map((c) => c.commitment)).toEqual(["visible"]);
    expect(report.indicators.map((i) => i.indicator)).toEqual(["visible"]);
    expect(report.nextMeeting).toBeNull();
  });

  it("sorts commitments into ours and theirs; one without a party or without text is not shared", () => {
    const report = reportOf(
      aClient("acme0001", "Acme", {
        commitments: [
          aCommitment({ commitment: "Theirs", party: "client" }),
          aCommitment({ commitment: "Ours", party: "us", kept: null }),
          aCommitment({ commitment: "Nobody's", party: null }),
          aCommitment({ commitment: "", party: "us" }),
        ],
      }),
    );
    expect(report.commitments.ours.map((c) => [c.commitment, c.kept])).toEqual([["Ours", null]]);
    expect(report.commitments.theirs.map((c) => [c.commitment, c.kept])).toEqual([["Theirs", "yes"]]);
  });

  it.each([
    ["done", "done", "done"],
    ["pending", "pending", "open"],
    ["in progress", "inProgress", "open"],
    ["with a blank status", null, "open"],
    ["cancelled", "cancelled", "neither"],
  ] as const)("given an action %s (%p), shows it under %s", (_title, status, group) => {
    const report = reportOf(aClient("acme0001", "Acme", { actions: [anAction({ status })] }));
    expect([report.actions.done.length, report.actions.open.length]).toEqual([
      group === "done" ? 1 : 0,
      group === "open" ? 1 : 0,
    ]);
  });

  it.each([
    ["a latest figure and a target", [25, 30, null, null], 40, 30, 0.75],
    ["no figure yet", [null, null, null, null], 40, null, null],
    ["a target of 0", [5, null, null, null], 0, 5, null],
    ["no target", [5, null, null, null], null, 5, null],
  ] as const)(
    "given an indicator with %s, shows latest %p and %% of target %p",
    (_t, quarters, target, latest, pct) => {
      const [indicator] = reportOf(
        aClient("acme0001", "Acme", { indicators: [anIndicator({ quarters, target })] }),
      ).indicators;
      expect([indicator?.latest, indicator?.percentOfTarget]).toEqual([latest, pct]);
    },
  );
});

describe("scoreTrend", () => {
  it("given snapshots out of order, lists them by date, then today's scores, each with the change since the previous", () => {
    const client = aClient("acme0001", "Acme", {
      knowledge: 8,
      trust: 7,
      scoreHistory: [
        aSnapshot({ date: "2027-01-15", period: "T1", knowledge: 6, trust: 5 }),
        aSnapshot({ date: "2026-12-15", period: "Cierre 2026", knowledge: 5, trust: 6 }),
        aSnapshot({ date: "2027-02-15", period: "Feb", knowledge: null, trust: 6 }),
      ],
    });
    expect(
      scoreTrend(client, TODAY).map((r) => [
        r.period,
        r.date,
        r.knowledge,
        r.knowledgeDelta,
        r.trust,
        r.trustDelta,
        r.current,
      ]),
    ).toEqual([
      ["Cierre 2026", "2026-12-15", 5, null, 6, null, false],
      ["T1", "2027-01-15", 6, 1, 5, -1, false],
      ["Feb", "2027-02-15", null, null, 6, 1, false],
      ["", TODAY, 8, 2, 7, 1, true],
    ]);
  });

  it("given an unscored client, has no current row", () => {
    const client = aClient("acme0001", "Acme", { scoreHistory: [aSnapshot()] });
    expect(scoreTrend(client, TODAY).map((r) => r.current)).toEqual([false]);
  });
});

describe("nextMeeting", () => {
  const at = (date: string | null, overrides: Partial<Meeting> = {}) =>
    aMeeting({ date, confidential: false, needsNextYear: `point ${date ?? "undated"}`, ...overrides });

  it.each([
    ["the first dated today or later", [at("2027-05-01"), at("2027-03-15"), at("2027-01-10")], "2027-03-15"],
    ["with none ahead, the most recent one held", [at("2027-01-10"), at("2027-02-20"), at(null)], "2027-02-20"],
    [
      "with none dated, the last one in the table",
      [at(null, { needsNextYear: "a" }), at(null, { needsNextYear: "b" })],
      null,
    ],
    ["skipping confidential meetings", [at("2027-03-20", { confidential: true }), at("2027-04-01")], "2027-04-01"],
    [
      "skipping meetings without any focus point",
      [at("2027-03-20", { needsNextYear: "", fitWithServices: "", experiencesAndProposal: "" }), at("2027-06-01")],
      "2027-06-01",
    ],
  ])("picks %s", (_title, meetings, date) => {
    const chosen = nextMeeting(meetings, TODAY);
    expect(chosen?.date).toBe(date);
    if (date === null) expect(chosen?.needsNextYear).toBe("b");
  });

  it("given no shareable meeting, is null", () => {
    expect(nextMeeting([at("2027-04-01", { confidential: true })], TODAY)).toBeNull();
  });
});

describe("shareableReport, misuse and counts", () => {
  it("given an id the plan does not hold, throws", () => {
    expect(() => shareableReport(aPlan([]), "none0001", { today: TODAY })).toThrow(/no client/);
  });

  it("counts the rows flagged confidential across the client's tables", () => {
    // richClient flags one challenge, one meeting and one feedback row.
    expect(confidentialRowCount(richClient("rich0001", "Rica"))).toBe(3);
  });
});
