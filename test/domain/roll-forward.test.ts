import type { Client, ImpactIndicator, Plan } from "../../src/domain/plan";
import {
  latestQuarterFigure,
  resetIndicator,
  rollForward,
  validateRollForward,
  type RollForwardOptions,
} from "../../src/domain/roll-forward";
import { t } from "../../src/i18n/messages";
import {
  aChallenge,
  aClient,
  aCommitment,
  aDisappointment,
  aFeedback,
  aMeeting,
  anAction,
  anExpectation,
  anIndicator,
  aPerson,
  aPlan,
  aService,
  aSnapshot,
  richClient,
} from "../layout/plan-fixtures";

const CLOSING = "2027-12-20";
const OPTIONS: RollForwardOptions = { closingDate: CLOSING, newYear: 2028, period: "Cierre 2027" };

function rolledClient(client: Client, options: RollForwardOptions = OPTIONS): Client {
  const [rolled] = rollForward(aPlan([client]), options).plan.clients;
  if (rolled === undefined) throw new Error("the client was not carried");
  return rolled;
}

describe("rollForward, the plan", () => {
  it("given a 2027 plan rolled into 2028, keeps target, language and every client in order, ids unchanged", () => {
    const plan = aPlan([richClient("rich0001", "Rica"), aClient("arch0001", "Archivada", { state: "archived" })], {
      targetScore: 8,
      language: "en",
    });
    const rolled = rollForward(plan, OPTIONS).plan;
    expect([rolled.year, rolled.targetScore, rolled.language]).toEqual([2028, 8, "en"]);
    expect(rolled.clients.map((c) => [c.id, c.name, c.state])).toEqual([
      ["rich0001", "Rica", "active"],
      ["arch0001", "Archivada", "archived"],
    ]);
  });

  it("never changes the plan it is given", () => {
    const plan = aPlan([richClient("rich0001", "Rica")]);
    const before = JSON.stringify(plan);
    rollForward(plan, OPTIONS);
    expect(JSON.stringify(plan)).toBe(before);
  });

  it("given fresh ids, gives each client its new id and reports old and new", () => {
    const plan = aPlan([aClient("aaaa0001", "A"), aClient("bbbb0001", "B")]);
    const result = rollForward(plan, { ...OPTIONS, clientId: (c) => `n${c.id.slice(1)}` });
    expect(result.plan.clients.map((c) => c.id)).toEqual(["naaa0001", "nbbb0001"]);
    expect(result.carried.clients.map((c) => [c.id, c.newId])).toEqual([
      ["aaaa0001", "naaa0001"],
      ["bbbb0001", "nbbb0001"],
    ]);
  });

  it("given ids that collide, throws: that is misuse", () => {
    const plan = aPlan([aClient("aaaa0001", "A"), aClient("bbbb0001", "B")]);
    expect(() => rollForward(plan, { ...OPTIONS, clientId: () => "same0001" })).toThrow(/not unique/);
  });
});

describe("rollForward, the closing snapshot", () => {
  it("given an active client, appends date, period and both scores after the whole history", () => {
    const history = [aSnapshot({ date: "2027-06-30", period: "2027-T2" }), aSnapshot({ date: "2027-01-10" })];
    const rolled = rolledClient(aClient("acme0001", "Acme", { knowledge: 7, trust: 4, scoreHistory: history }));
    expect(rolled.scoreHistory).toEqual([
      ...history,
      { date: CLOSING, period: "Cierre 2027", knowledge: 7, trust: 4, note: "" },
    ]);
  });

  it("given an unscored active client, records that it closed the year unscored", () => {
    expect(rolledClient(aClient("acme0001", "Acme")).scoreHistory).toEqual([
      { date: CLOSING, period: "Cierre 2027", knowledge: null, trust: null, note: "" },
    ]);
  });

  it("given an archived client, carries it archived with its history and no closing snapshot", () => {
    const rolled = rolledClient(
      aClient("arch0001", "Archivada", { state: "archived", knowledge: 5, scoreHistory: [aSnapshot()] }),
    );
    expect([rolled.state, rolled.scoreHistory]).toEqual(["archived", [aSnapshot()]]);
  });
});

describe("rollForward, which rows go into the new year", () => {
  it.each([
    ["pending", "pending", true],
    ["in progress", "inProgress", true],
    ["with a blank status", null, true],
    ["done", "done", false],
    ["cancelled", "cancelled", false],
  ] as const)("given an action %s (status %p), carried: %p", (_title, status, carried) => {
    const action = anAction({ status });
    expect(rolledClient(aClient("acme0001", "Acme", { actions: [action] })).actions).toEqual(carried ? [action] : []);
  });

  it("given an open action without action text, still carries it: a half-typed row is not closed", () => {
    const action = anAction({ action: "", owner: "Luis" });
    expect(rolledClient(aClient("acme0001", "Acme", { actions: [action] })).actions).toEqual([action]);
  });

  it.each([
    ["open", "open", true],
    ["in progress", "inProgress", true],
    ["with a blank status", null, true],
    ["resolved", "resolved", false],
  ] as const)("given a disappointment %s (status %p), carried: %p", (_title, status, carried) => {
    const disappointment = aDisappointment({ status });
    const rolled = rolledClient(aClient("acme0001", "Acme", { disappointments: [disappointment] }));
    expect(rolled.disappointments).toEqual(carried ? [disappointment] : []);
  });

  it.each([
    ["not reviewed (kept blank)", null, true],
    ["kept", "yes", false],
    ["missed", "no", false],
    ["partly kept", "partial", false],
  ] as const)("given a commitment %s (kept %p), carried: %p", (_title, kept, carried) => {
    const commitment = aCommitment({ kept });
    const rolled = rolledClient(aClient("acme0001", "Acme", { commitments: [commitment] }));
    expect(rolled.commitments).toEqual(carried ? [commitment] : []);
  });

  it.each([
    ["dated after the closing date", "2028-01-15", true],
    ["dated on the closing date", CLOSING, false],
    ["held earlier in the year", "2027-03-01", false],
    ["undated", null, false],
  ] as const)("given a meeting %s (%p), carried: %p", (_title, date, carried) => {
    const meeting = aMeeting({ date });
    expect(rolledClient(aClient("acme0001", "Acme", { meetings: [meeting] })).meetings).toEqual(
      carried ? [meeting] : [],
    );
  });

  it("carries challenges, expectations, people and services whatever their answers, and never feedback", () => {
    const client = aClient("acme0001", "Acme", {
      challenges: [aChallenge({ confirmed: true }), aChallenge({ confirmed: false }), aChallenge({ confirmed: null })],
      expectations: [
        anExpectation({ status: "met" }),
        anExpectation({ status: "unmet" }),
        anExpectation({ status: null }),
      ],
      people: [aPerson(), aPerson({ attitude: "detractor" })],
      services: [aService(), aService({ providedToday: false })],
      feedback: [aFeedback(), aFeedback({ date: "2027-12-30" })],
    });
    const rolled = rolledClient(client);
    expect(rolled.challenges).toEqual(client.challenges);
    expect(rolled.expectations).toEqual(client.expectations);
    expect(rolled.people).toEqual(client.people);
    expect(rolled.services).toEqual(client.services);
    expect(rolled.feedback).toEqual([]);
  });

  it("carries the identity, scores, evidence, trust factors, profile and working agreement unchanged", () => {
    const client = richClient("rich0001", "Rica");
    const rolled = rolledClient(client);
    const fixed = (c: Client) => ({
      ...c,
      ...{ challenges: [], expectations: [], disappointments: [], scoreHistory: [], people: [], actions: [] },
      ...{ services: [], meetings: [], indicators: [], commitments: [], feedback: [] },
    });
    expect(fixed(rolled)).toEqual(fixed(client));
  });
});

describe("rollForward, the owners the overdue-by-owner tables list", () => {
  it("given typed extra owners and owners whose actions stay behind, carries them all as extra owners", () => {
    const client = aClient("acme0001", "Acme", {
      actions: [
        anAction({ owner: "Ana", status: "pending" }),
        anAction({ owner: "Luis", status: "done" }),
        anAction({ owner: "ana", status: "cancelled" }),
        anAction({ owner: "Álvaro", status: "cancelled" }),
      ],
      extraOwners: ["Zoe", "Marta"],
    });
    const rolled = rolledClient(client);
    expect(rolled.actions.map((a) => a.owner)).toEqual(["Ana"]);
    expect(rolled.extraOwners).toEqual(["Zoe", "Marta", "Álvaro", "Luis"]);
  });

  it("given an extra owner a carried action now covers, lists it once, as the action's owner", () => {
    const client = aClient("acme0001", "Acme", {
      actions: [anAction({ owner: "Ana", status: "pending" })],
      extraOwners: ["ANA"],
    });
    expect(rolledClient(client)).not.toHaveProperty("extraOwners");
  });

  it("given no extra owner and every action carried, adds no extra owners field", () => {
    const client = aClient("acme0001", "Acme", { actions: [anAction({ owner: "Ana", status: "pending" })] });
    expect(rolledClient(client)).not.toHaveProperty("extraOwners");
  });

  it("given Cartera's extra owners, carries them; the clients' own owners are not extra", () => {
    const plan = {
      ...aPlan([aClient("acme0001", "Acme", { owner: "Lucía" })]),
      extraClientOwners: ["Diego", "lucía"],
    };
    expect(rollForward(plan, OPTIONS).plan.extraClientOwners).toEqual(["Diego"]);
    expect(rollForward(aPlan([aClient("acme0001", "Acme")]), OPTIONS).plan).not.toHaveProperty("extraClientOwners");
  });
});

describe("rollForward, impact indicators", () => {
  it.each([
    ["every quarter measured", [1, 2, 3, 4], 4],
    ["only Q1 measured", [5, null, null, null], 5],
    ["Q2 the last measured", [null, 7, null, null], 7],
    ["a last figure of 0", [3, 0, null, null], 0],
    ["no quarter measured", [null, null, null, null], 20],
  ] as const)("given %s (%p), the new baseline is %p and Q1–Q4 are blank", (_title, quarters, baseline) => {
    const indicator: ImpactIndicator = anIndicator({ baseline: 20, target: 40, quarters });
    expect(resetIndicator(indicator)).toEqual({ ...indicator, baseline, quarters: [null, null, null, null] });
  });

  it("given a plan, resets every indicator and keeps its target, owner and source", () => {
    const indicator = anIndicator({ quarters: [25, 30, null, null] });
    const [rolled] = rolledClient(aClient("acme0001", "Acme", { indicators: [indicator] })).indicators;
    expect(rolled).toEqual({ ...indicator, baseline: 30, quarters: [null, null, null, null] });
  });

  it("reads the latest figure from Q4 back to Q1", () => {
    expect(latestQuarterFigure([9, null, 8, null])).toBe(8);
    expect(latestQuarterFigure([null, null, null, null])).toBeNull();
  });
});

describe("rollForward, the summary", () => {
  it("counts per client and in total what was carried and what was left in last year's plan", () => {
    const plan: Plan = aPlan([richClient("rich0001", "Rica"), aClient("arch0001", "Archivada", { state: "archived" })]);
    const { carried } = rollForward(plan, OPTIONS);
    const [rich] = carried.clients;
    expect(rich?.carried).toEqual({
      ...{ challenges: 2, expectations: 2, disappointments: 1, scoreHistory: 2, people: 2, actions: 1 },
      ...{ services: 2, meetings: 0, indicators: 2, commitments: 1, feedback: 0 },
    });
    expect(rich?.left).toEqual({
      ...{ challenges: 0, expectations: 0, disappointments: 1, scoreHistory: 0, people: 0, actions: 1 },
      ...{ services: 0, meetings: 2, indicators: 0, commitments: 1, feedback: 2 },
    });
    expect(rich?.quarterFigures).toBe(6);
    expect([carried.snapshots, carried.fromYear, carried.toYear, carried.period]).toEqual([
      1,
      2027,
      2028,
      "Cierre 2027",
    ]);
    expect(carried.carried.actions).toBe(1);
  });
});

describe("validateRollForward", () => {
  const plan = aPlan([]);

  it.each([
    ["a year before the plan's", { newYear: 2026 }, "rollover.yearNotAfter", "newYear"],
    ["the plan's own year", { newYear: 2027 }, "rollover.yearNotAfter", "newYear"],
    ["a year past 2100", { newYear: 2101 }, "rollover.yearOutOfRange", "newYear"],
    ["a fractional year", { newYear: 2028.5 }, "rollover.yearOutOfRange", "newYear"],
    ["a closing date that does not exist", { closingDate: "2027-02-30" }, "rollover.closingDateInvalid", "closingDate"],
    ["a closing date before 1900", { closingDate: "1899-12-31" }, "rollover.closingDateInvalid", "closingDate"],
    ["a blank period", { period: "  " }, "rollover.periodBlank", "period"],
  ])("given %s (%p), reports %s at %s, with a message in both languages", (_title, change, code, path) => {
    const result = validateRollForward(plan, { ...OPTIONS, ...change });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([[code, path]]);
    for (const issue of result.issues) {
      expect(t(issue.code, "es", issue.params)).not.toMatch(/\{\w+\}/);
      expect(t(issue.code, "en", issue.params)).not.toMatch(/\{\w+\}/);
    }
  });

  it("given good options, is ok; rollForward refuses the bad ones as misuse", () => {
    expect(validateRollForward(plan, OPTIONS)).toEqual({ ok: true, issues: [] });
    expect(() => rollForward(plan, { ...OPTIONS, newYear: 2027 })).toThrow(/rollover.yearNotAfter/);
  });
});
