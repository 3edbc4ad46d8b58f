/**
 * A client for the "no confidential leak" test: every value that must not be shared is a unique marker
 * (`SECRET-…`, or a number no shared cell holds), every value that must be shared a unique `SHARE-…` text.
 */
import type { Client, Plan, PlanLanguage } from "../../src/domain/plan";
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
  aService,
  aSnapshot,
} from "../layout/plan-fixtures";

/** The report's date: the meeting of 2027-04-02 is the next one. */
export const REPORT_DATE = "2027-03-15";

/** Builds markers and remembers them, so the test can look for each one. */
class Markers {
  readonly secret: string[] = [];
  readonly shared: string[] = [];

  /** A value that must never reach the report; `&` and `<` check the search sees through XML escaping. */
  hide(what: string): string {
    const marker = `SECRET-${what}-${this.secret.length}${this.secret.length % 5 === 0 ? " & <b>" : ""}`;
    this.secret.push(marker);
    return marker;
  }

  share(what: string): string {
    const marker = `SHARE-${what}-${this.shared.length}`;
    this.shared.push(marker);
    return marker;
  }
}

/** Numbers only confidential indicator rows hold: their text in the file would be a leak. */
export const SECRET_NUMBERS: readonly number[] = [987654.125, 876543.375, 765432.625, 654321.875];

function confidentialRows(m: Markers): Partial<Client> {
  const secret = { confidential: true } as const;
  return {
    challenges: [aChallenge({ description: m.hide("challenge"), source: m.hide("challengeSource"), ...secret })],
    expectations: [anExpectation({ expectation: m.hide("expectation"), howWeMeetIt: m.hide("how"), ...secret })],
    actions: [anAction({ action: m.hide("action"), owner: m.hide("actionOwner"), status: "done", ...secret })],
    commitments: [aCommitment({ commitment: m.hide("commitment"), owner: m.hide("commitmentOwner"), ...secret })],
    indicators: [
      anIndicator({
        indicator: m.hide("indicator"),
        baseline: SECRET_NUMBERS[0] ?? null,
        target: SECRET_NUMBERS[1] ?? null,
        quarters: [SECRET_NUMBERS[2] ?? null, SECRET_NUMBERS[3] ?? null, null, null],
        ...secret,
      }),
    ],
    meetings: [
      aMeeting({
        date: "2027-03-20",
        needsNextYear: m.hide("needs"),
        fitWithServices: m.hide("fit"),
        experiencesAndProposal: m.hide("experiences"),
        ...secret,
      }),
    ],
  };
}

/** The client of the leak test, with the markers to look for. */
export function leakTestPlan(language: PlanLanguage): { plan: Plan; secret: string[]; shared: string[] } {
  const m = new Markers();
  const hidden = confidentialRows(m);
  const client = aClient("leak0001", m.share("Client"), {
    owner: m.share("owner"),
    knowledge: 6,
    trust: 7,
    knowledgeEvidence: m.hide("knowledgeEvidence"),
    trustEvidence: m.hide("trustEvidence"),
    profile: m.hide("profile"),
    agreement: {
      reviewCadence: m.hide("cadence"),
      sponsorReceives: m.hide("sponsor"),
      teamReceives: m.hide("team"),
      confidentialMatters: m.hide("confidentialMatters"),
    },
    challenges: [
      aChallenge({ description: m.share("challenge"), source: m.hide("source") }),
      ...(hidden.challenges ?? []),
    ],
    expectations: [
      anExpectation({ expectation: m.share("expectation"), howWeMeetIt: m.share("how") }),
      ...(hidden.expectations ?? []),
    ],
    disappointments: [aDisappointment({ what: m.hide("disappointment"), linkedAction: m.hide("linked") })],
    scoreHistory: [aSnapshot({ period: m.share("period"), note: m.hide("snapshotNote") })],
    people: [
      aPerson({
        name: m.hide("person"),
        influences: m.hide("influences"),
        owner: m.hide("personOwner"),
        nextStep: m.hide("nextStep"),
        attitude: "detractor",
      }),
      aPerson({ name: m.hide("person"), attitude: "promoter" }),
      aPerson({ name: m.hide("person"), attitude: "neutral" }),
    ],
    actions: [
      anAction({
        action: m.share("done"),
        owner: m.share("doneOwner"),
        status: "done",
        person: m.hide("actionPerson"),
      }),
      anAction({ action: m.share("open"), owner: m.share("openOwner"), alsoInvolve: m.hide("alsoInvolve") }),
      ...(hidden.actions ?? []),
    ],
    services: [aService({ service: m.hide("service"), need: m.hide("need"), opportunity: m.hide("opportunity") })],
    meetings: [
      aMeeting({
        date: "2027-04-02",
        attendees: m.hide("attendees"),
        needsNextYear: m.share("needs"),
        fitWithServices: m.share("fit"),
        experiencesAndProposal: m.share("experiences"),
        outcome: m.hide("outcome"),
        confidential: false,
      }),
      aMeeting({ date: "2027-01-20", needsNextYear: m.hide("pastMeeting"), confidential: false }),
      ...(hidden.meetings ?? []),
    ],
    indicators: [
      anIndicator({ indicator: m.share("indicator"), owner: m.hide("indicatorOwner") }),
      ...(hidden.indicators ?? []),
    ],
    commitments: [
      aCommitment({ commitment: m.share("theirs"), owner: m.share("theirOwner"), evidence: m.hide("evidence") }),
      aCommitment({ commitment: m.share("ours"), party: "us", kept: null, evidence: m.hide("evidence") }),
      ...(hidden.commitments ?? []),
    ],
    feedback: [aFeedback({ comment: m.hide("feedback"), who: m.hide("feedbackWho"), followUp: m.hide("followUp") })],
  });
  const other = aClient("othr0001", m.hide("otherClient"), { owner: m.hide("otherOwner") });
  return {
    plan: { year: 2027, targetScore: 9, language, clients: [client, other] },
    secret: m.secret,
    shared: m.shared,
  };
}
