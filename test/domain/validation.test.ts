import { validateClientFields, validatePlan, type ValidationIssue } from "../../src/domain/validation";
import type { Client } from "../../src/domain/plan";
import { VALIDATION_MESSAGES } from "../../src/i18n/messages/validation";
import { fillMessage } from "../../src/i18n/catalogue";
import {
  aClient,
  aCommitment,
  aDisappointment,
  aFeedback,
  anAction,
  anIndicator,
  aPerson,
  aPlan,
  aSnapshot,
} from "../support/plan-builders";

/** The issues as `code @ path`, which is what a reader of a failing test wants to see. */
function summary(issues: readonly ValidationIssue[]): string[] {
  return issues.map((issue) => `${issue.code} @ ${issue.path}`);
}

function planIssues(client: Client): string[] {
  return summary(validatePlan(aPlan([aClient(), client])).issues);
}

describe("validatePlan, plan settings", () => {
  it("given a sensible plan, is ok with no issues", () => {
    const result = validatePlan(aPlan([aClient({ knowledge: 7, trust: 0 }), aClient()]));
    expect(result).toEqual({ ok: true, issues: [] });
  });

  it.each([
    [1999, false],
    [2000, true],
    [2100, true],
    [2101, false],
    [2027.5, false],
    [Number.NaN, false],
  ])("given plan year %d, ok is %s", (year, ok) => {
    const result = validatePlan(aPlan([], { year }));
    expect(result.ok).toBe(ok);
    if (!ok) expect(summary(result.issues)).toEqual(["validation.yearRange @ year"]);
  });

  it.each([
    [0, true],
    [10, true],
    [9, true],
    [-1, false],
    [11, false],
    [8.5, false],
    [null, false],
  ])("given target %j, ok is %s", (targetScore, ok) => {
    const result = validatePlan(aPlan([], { targetScore: targetScore as number }));
    expect(summary(result.issues)).toEqual(ok ? [] : ["validation.targetRange @ targetScore"]);
  });

  it("given an unknown language, reports it", () => {
    expect(summary(validatePlan(aPlan([], { language: "fr" as never })).issues)).toEqual([
      "validation.unknownValue @ language",
    ]);
  });
});

describe("validatePlan, clients", () => {
  it.each([
    ["a blank name", { name: "   " }, "validation.nameRequired @ clients[1].name"],
    ["an id with capitals", { id: "ABCDEFGH" }, "validation.clientIdInvalid @ clients[1].id"],
    ["an id starting with a digit", { id: "1bcdefgh" }, "validation.clientIdInvalid @ clients[1].id"],
    ["knowledge 11", { knowledge: 11 }, "validation.scoreRange @ clients[1].knowledge"],
    ["trust -1", { trust: -1 }, "validation.scoreRange @ clients[1].trust"],
    ["trust 7.5", { trust: 7.5 }, "validation.scoreRange @ clients[1].trust"],
    ["an unknown direction", { direction: "boss" as never }, "validation.unknownValue @ clients[1].direction"],
    ["an unknown kind", { kind: "partner" as never }, "validation.unknownValue @ clients[1].kind"],
    ["an unknown state", { state: "deleted" as never }, "validation.unknownValue @ clients[1].state"],
    [
      "a trust factor of 12",
      { trustFactors: { credibility: null, reliability: 12, intimacy: null, selfOrientation: null } },
      "validation.scoreRange @ clients[1].trustFactors.reliability",
    ],
    ["a profile longer than a cell", { profile: "x".repeat(32768) }, "validation.textTooLong @ clients[1].profile"],
    [
      "working-agreement text longer than a cell",
      {
        agreement: { reviewCadence: "x".repeat(32768), sponsorReceives: "", teamReceives: "", confidentialMatters: "" },
      },
      "validation.textTooLong @ clients[1].agreement.reviewCadence",
    ],
  ])("given %s, reports exactly that", (_title, overrides, expected) => {
    expect(planIssues(aClient(overrides as Partial<Client>))).toEqual([expected]);
  });

  it.each([
    ["scores 0 and 10", { knowledge: 0, trust: 10 }],
    ["no scores yet", { knowledge: null, trust: null }],
    ["a profile exactly as long as a cell holds", { profile: "x".repeat(32767) }],
  ])("given %s, is ok", (_title, overrides) => {
    expect(planIssues(aClient(overrides as Partial<Client>))).toEqual([]);
  });

  it("given two clients whose names differ only in case and spaces, reports the second", () => {
    const result = validatePlan(aPlan([aClient({ name: "Acme" }), aClient({ name: "  ACME " })]));
    expect(summary(result.issues)).toEqual(["validation.nameDuplicate @ clients[1].name"]);
    expect(result.issues[0]?.params).toEqual({ name: "ACME" });
  });

  it("given two clients with the same id, reports the second", () => {
    const first = aClient();
    const result = validatePlan(aPlan([first, aClient({ id: first.id })]));
    expect(summary(result.issues)).toEqual(["validation.clientIdDuplicate @ clients[1].id"]);
  });
});

describe("validatePlan, rows of a client's tables", () => {
  it.each([
    [
      "an action due on 2027-02-30",
      { actions: [anAction(), anAction({ due: "2027-02-30" })] },
      "validation.dateInvalid @ clients[1].actions[1].due",
    ],
    [
      "an action done on a US date",
      { actions: [anAction({ doneDate: "03/15/2027" })] },
      "validation.dateInvalid @ clients[1].actions[0].doneDate",
    ],
    [
      "an action at level 7",
      { actions: [anAction({ level: 7 as never })] },
      "validation.levelRange @ clients[1].actions[0].level",
    ],
    [
      "an action at level 0",
      { actions: [anAction({ level: 0 as never })] },
      "validation.levelRange @ clients[1].actions[0].level",
    ],
    [
      "an unknown action status",
      { actions: [anAction({ status: "hecha" as never })] },
      "validation.unknownValue @ clients[1].actions[0].status",
    ],
    [
      "an unknown purpose",
      { actions: [anAction({ purpose: "sell" as never })] },
      "validation.unknownValue @ clients[1].actions[0].purpose",
    ],
    [
      "a disappointment dated 1899",
      { disappointments: [aDisappointment({ date: "1899-12-31" })] },
      "validation.dateInvalid @ clients[1].disappointments[0].date",
    ],
    [
      "an unknown disappointment status",
      { disappointments: [aDisappointment({ status: "closed" as never })] },
      "validation.unknownValue @ clients[1].disappointments[0].status",
    ],
    [
      "a snapshot without a date",
      { scoreHistory: [aSnapshot({ date: null as never })] },
      "validation.dateRequired @ clients[1].scoreHistory[0].date",
    ],
    [
      "a snapshot with trust 15",
      { scoreHistory: [aSnapshot({ trust: 15 })] },
      "validation.scoreRange @ clients[1].scoreHistory[0].trust",
    ],
    [
      "a person with relationship target 10.5",
      { people: [aPerson({ relationshipTarget: 10.5 })] },
      "validation.scoreRange @ clients[1].people[0].relationshipTarget",
    ],
    [
      "an unknown attitude",
      { people: [aPerson({ attitude: "hostile" as never })] },
      "validation.unknownValue @ clients[1].people[0].attitude",
    ],
    [
      'feedback rated "8" as text',
      { feedback: [aFeedback({ rating: "8" as never })] },
      "validation.scoreRange @ clients[1].feedback[0].rating",
    ],
    [
      "a commitment due on an invalid date",
      { commitments: [aCommitment({ due: "2027-13-01" })] },
      "validation.dateInvalid @ clients[1].commitments[0].due",
    ],
    [
      "an unknown party",
      { commitments: [aCommitment({ party: "both" as never })] },
      "validation.unknownValue @ clients[1].commitments[0].party",
    ],
    [
      "an indicator baseline of Infinity",
      { indicators: [anIndicator({ baseline: Number.POSITIVE_INFINITY })] },
      "validation.numberInvalid @ clients[1].indicators[0].baseline",
    ],
    [
      "a quarter of NaN",
      { indicators: [anIndicator({ quarters: [1, 2, Number.NaN, null] })] },
      "validation.numberInvalid @ clients[1].indicators[0].quarters[2]",
    ],
    [
      "an action text longer than a cell",
      { actions: [anAction({ action: "x".repeat(40000) })] },
      "validation.textTooLong @ clients[1].actions[0].action",
    ],
  ])("given %s, reports exactly that", (_title, overrides, expected) => {
    expect(planIssues(aClient(overrides as Partial<Client>))).toEqual([expected]);
  });

  it("given rows with every optional value blank, is ok", () => {
    const client = aClient({
      actions: [anAction({ level: null, purpose: null, due: null, status: null })],
      disappointments: [aDisappointment({ date: null, status: null })],
      feedback: [aFeedback({ date: null, rating: null })],
      indicators: [anIndicator({ baseline: null, target: null, side: null })],
      commitments: [aCommitment({ date: null, due: null, party: null, kept: null })],
      scoreHistory: [aSnapshot({ knowledge: null, trust: null })],
    });
    expect(planIssues(client)).toEqual([]);
  });
});

describe("validateClientFields", () => {
  const valid = { id: "k3x9q2ab", name: "Acme" };

  it("given a valid new client, is ok", () => {
    expect(validateClientFields(valid, ["Otro"])).toEqual({ ok: true, issues: [] });
  });

  it.each([
    ["a blank name", { ...valid, name: " \t " }, [], "validation.nameRequired @ name"],
    ["a name already taken", { ...valid, name: " acme " }, ["ACME"], "validation.nameDuplicate @ name"],
    ["an invalid id", { ...valid, id: "k3x9" }, [], "validation.clientIdInvalid @ id"],
    ["knowledge 10.1", { ...valid, knowledge: 10.1 }, [], "validation.scoreRange @ knowledge"],
    ["an unknown direction", { ...valid, direction: "x" as never }, [], "validation.unknownValue @ direction"],
  ])("given %s, reports exactly that", (_title, fields, existing, expected) => {
    expect(summary(validateClientFields(fields, existing).issues)).toEqual([expected]);
  });

  it("given a base path, prefixes every path with it", () => {
    const result = validateClientFields({ id: "k3x9q2ab", name: "", trust: 20 }, [], "clients[4]");
    expect(summary(result.issues)).toEqual([
      "validation.nameRequired @ clients[4].name",
      "validation.scoreRange @ clients[4].trust",
    ]);
  });
});

describe("validation messages", () => {
  const codes = [
    "validation.yearRange",
    "validation.targetRange",
    "validation.scoreRange",
    "validation.levelRange",
    "validation.dateInvalid",
    "validation.dateRequired",
    "validation.numberInvalid",
    "validation.unknownValue",
    "validation.textTooLong",
    "validation.clientIdInvalid",
    "validation.clientIdDuplicate",
    "validation.nameRequired",
    "validation.nameDuplicate",
  ];

  it("given every code the validator can produce, has a message in Spanish and English with every parameter filled", () => {
    const client = aClient({ name: "", id: "X", knowledge: 11, state: "x" as never, profile: "x".repeat(40000) });
    const produced = validatePlan(
      aPlan(
        [
          client,
          aClient({
            id: client.id,
            actions: [anAction({ level: 9 as never, due: "x" })],
            indicators: [anIndicator({ target: Number.NaN })],
            scoreHistory: [aSnapshot({ date: null as never })],
          }),
          aClient({ name: "A" }),
          aClient({ name: "a" }),
        ],
        { year: 1, targetScore: 99 },
      ),
    ).issues;
    expect([...new Set(produced.map((issue) => issue.code))].sort()).toEqual([...codes].sort());
    for (const issue of produced) {
      const message = VALIDATION_MESSAGES[issue.code];
      expect(message).toBeDefined();
      for (const language of ["es", "en"] as const) {
        expect(fillMessage(message?.[language] ?? "", issue.params)).not.toMatch(/\{\w+\}/u);
      }
    }
  });
});
