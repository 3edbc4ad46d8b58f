import { healthCheck, type HealthFinding } from "../../src/domain/health-check";
import type { Client } from "../../src/domain/plan";
import { fillMessage } from "../../src/i18n/catalogue";
import { MESSAGES } from "../../src/i18n/messages";
import { aClient, aCommitment, aDisappointment, anAction, aPlan } from "../support/plan-builders";

const TODAY = "2027-05-10";
/** A client with nothing to report: scored, no rows. */
const healthy = (overrides: Partial<Client> = {}): Client => aClient({ knowledge: 8, trust: 8, ...overrides });

/** Findings as `code table[row].field`, the part a reader checks. */
function where(findings: readonly HealthFinding[]): string[] {
  return findings.map((f) => `${f.code} ${f.table ?? "-"}[${f.row ?? "-"}].${f.field ?? "-"} ${f.severity}`);
}

const check = (client: Client): string[] => where(healthCheck(aPlan([client]), TODAY));

describe("healthCheck", () => {
  it("given a scored client with nothing pending, finds nothing", () => {
    expect(
      check(healthy({ actions: [anAction()], disappointments: [aDisappointment({ status: "resolved" })] })),
    ).toEqual([]);
  });

  it.each<[string, Partial<Client>, string[]]>([
    [
      "an unscored client",
      { knowledge: null, trust: null },
      ["health.missingKnowledge -[-].knowledge medium", "health.missingTrust -[-].trust medium"],
    ],
    ["trust 0 (a real score)", { trust: 0 }, []],
    [
      "an overdue action at row 1",
      { actions: [anAction(), anAction({ due: "2027-05-09" })] },
      ["health.actionOverdue actions[1].due high"],
    ],
    ["an action due today", { actions: [anAction({ due: TODAY })] }, []],
    [
      "an action without owner",
      { actions: [anAction({ owner: "  " })] },
      ["health.actionWithoutOwner actions[0].owner medium"],
    ],
    [
      "an action without due date",
      { actions: [anAction({ due: null })] },
      ["health.actionWithoutDue actions[0].due medium"],
    ],
    [
      "an overdue action without owner",
      { actions: [anAction({ owner: "", due: "2027-01-01" })] },
      ["health.actionOverdue actions[0].due high", "health.actionWithoutOwner actions[0].owner medium"],
    ],
    ["a done action without owner or date", { actions: [anAction({ status: "done", owner: "", due: null })] }, []],
    ["a cancelled overdue action", { actions: [anAction({ status: "cancelled", due: "2027-01-01" })] }, []],
    ["a blank action row", { actions: [anAction({ action: "", owner: "", due: null })] }, []],
    [
      "an overdue action with a blank status",
      { actions: [anAction({ status: null, due: "2027-01-01" })] },
      ["health.actionOverdue actions[0].due high"],
    ],
    [
      "a top-heavy pyramid",
      { actions: [anAction({ level: 5 }), anAction({ level: 6 })] },
      ["health.topHeavy actions[-].level low"],
    ],
    [
      "an open disappointment not talked through",
      { disappointments: [aDisappointment({ talkedThrough: false })] },
      ["health.notTalkedThrough disappointments[0].talkedThrough high"],
    ],
    [
      "an open disappointment with talked-through blank",
      { disappointments: [aDisappointment({ talkedThrough: null, status: null })] },
      ["health.notTalkedThrough disappointments[0].talkedThrough high"],
    ],
    ["an open disappointment talked through", { disappointments: [aDisappointment({ talkedThrough: true })] }, []],
    [
      "a resolved disappointment never talked through",
      { disappointments: [aDisappointment({ status: "resolved", talkedThrough: false })] },
      [],
    ],
    ["a disappointment row without text", { disappointments: [aDisappointment({ what: "" })] }, []],
    [
      "two client misses in a row, the later listed first",
      {
        commitments: [aCommitment({ date: "2027-03-01", kept: "no" }), aCommitment({ date: "2027-02-01", kept: "no" })],
      },
      ["health.commitmentsMissed commitments[0].kept medium"],
    ],
    [
      "three client misses in a row",
      { commitments: ["2027-01-01", "2027-02-01", "2027-03-01"].map((date) => aCommitment({ date, kept: "no" })) },
      ["health.commitmentsMissed commitments[2].kept high"],
    ],
    ["one client miss", { commitments: [aCommitment({ date: "2027-03-01", kept: "no" })] }, []],
  ])("given %s, finds %j", (_title, overrides, expected) => {
    expect(check(healthy(overrides))).toEqual(expected);
  });

  it("given an archived client full of problems, finds nothing for it", () => {
    const archived = aClient({ state: "archived", actions: [anAction({ owner: "", due: "2020-01-01" })] });
    expect(healthCheck(aPlan([archived]), TODAY)).toEqual([]);
  });

  it("given two clients, reports them in plan order with their ids and names", () => {
    const first = healthy({ name: "Acme", trust: null });
    const second = healthy({ name: "Beta", knowledge: null });
    const findings = healthCheck(aPlan([first, second]), TODAY);
    expect(findings.map((f) => [f.clientId, f.params.client])).toEqual([
      [first.id, "Acme"],
      [second.id, "Beta"],
    ]);
  });

  it("given findings of every kind, each has a message in Spanish and English with every parameter filled", () => {
    const client = aClient({
      knowledge: null,
      trust: null,
      actions: [anAction({ owner: "", due: "2027-01-01", level: 6 }), anAction({ due: null, level: 5 })],
      disappointments: [aDisappointment()],
      commitments: [aCommitment({ date: "2027-01-01", kept: "no" }), aCommitment({ date: "2027-02-01", kept: "no" })],
    });
    const findings = healthCheck(aPlan([client]), TODAY);
    expect(new Set(findings.map((f) => f.code)).size).toBe(8);
    for (const finding of findings) {
      for (const language of ["es", "en"] as const) {
        const template = MESSAGES[finding.code]?.[language];
        expect(template).toBeDefined();
        expect(fillMessage(template ?? "", finding.params)).not.toMatch(/\{\w+\}/u);
      }
    }
  });
});
