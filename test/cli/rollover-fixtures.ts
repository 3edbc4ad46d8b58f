/**
 * A plan with every input field filled — every column of every per-client table, every named input cell,
 * several rows each, open and closed items, and owners typed into both overdue-by-owner tables — and,
 * written out row by row, what the new year must hold for each row: the same row, a changed row
 * (indicators), or nothing (it stays in last year's file). The expectations are this file's own statement
 * of the carry rules, not a call into the code under test.
 */
import type {
  Action,
  Challenge,
  Client,
  ClientState,
  Commitment,
  Disappointment,
  Expectation,
  Feedback,
  ImpactIndicator,
  Meeting,
  Person,
  Plan,
  PlanLanguage,
  ScoreSnapshot,
  Service,
} from "../../src/domain/plan";
import type { RolledRows } from "../../src/domain/roll-forward";

/** The day the fixture's year is closed, and the new year. */
export const CLOSING_DATE = "2027-12-20";
export const NEW_YEAR = 2028;

/** One row of last year and what the new year must hold for it; `null`: not carried. */
export interface RowExpectation<R> {
  readonly row: R;
  readonly next: R | null;
}

/** A fixture client and the expectation of each of its rows, table by table. */
export interface FullClient {
  readonly client: Client;
  readonly rows: { readonly [K in RolledRows]: readonly RowExpectation<Client[K][number]>[] };
}

const same = <R>(row: R): RowExpectation<R> => ({ row, next: row });
const stays = <R>(row: R): RowExpectation<R> => ({ row, next: null });

/** Unique texts: every value of the plan can be told apart from every other. */
function texts(tag: string) {
  return (field: string, index: number): string => `${tag}·${field}·${index} ñ`;
}

function verRows(tag: string) {
  const text = texts(tag);
  const challenges = (["challenge", "problem", "opportunity"] as const).map((kind, i) =>
    same<Challenge>({
      kind,
      description: i === 1 ? `=${text("description", i)}` : text("description", i),
      source: text("source", i),
      confirmed: [true, false, true][i] ?? null,
      date: `2027-0${i + 1}-1${i}`,
      confidential: i === 2,
    }),
  );
  const expectations = (["met", "partial", "unmet"] as const).map((status, i) =>
    same<Expectation>({
      expectation: text("expectation", i),
      howWeMeetIt: text("how", i),
      status,
      confidential: i === 0,
    }),
  );
  const disappointment = (i: number, status: Disappointment["status"]): Disappointment => ({
    what: text("what", i),
    date: `2027-0${i + 2}-0${i + 1}`,
    responsibilityTaken: i % 2 === 0,
    talkedThrough: i % 2 === 1,
    status,
    linkedAction: text("linked", i),
    confidential: i === 3,
  });
  const disappointments = [
    same(disappointment(0, "open")),
    same(disappointment(1, "inProgress")),
    stays(disappointment(2, "resolved")),
    stays(disappointment(3, "resolved")),
  ];
  const history = [0, 1].map((i) =>
    same<ScoreSnapshot>({
      date: `2027-0${3 * i + 3}-30`,
      period: text("period", i),
      knowledge: 3 + i,
      trust: 10 - i,
      note: text("note", i),
    }),
  );
  return { challenges, expectations, disappointments, scoreHistory: history };
}

function ajustarRows(tag: string) {
  const text = texts(tag);
  const people = (["keyDecisionMaker", "influencer", "sponsor"] as const).map((role, i) =>
    same<Person>({
      name: text("person", i),
      role,
      influences: text("influences", i),
      relationshipNow: i + 2,
      relationshipTarget: i + 7,
      attitude: (["promoter", "neutral", "detractor"] as const)[i] ?? null,
      owner: text("personOwner", i),
      nextStep: text("nextStep", i),
    }),
  );
  const action = (i: number, status: Action["status"]): Action => ({
    action: i === 4 ? `+34 ${text("action", i)}` : text("action", i),
    level: ((i % 6) + 1) as Action["level"],
    purpose:
      (["repairTrust", "increaseTrust", "knowBetter", "explain", "correct", "influencerRelationship"] as const)[i] ??
      null,
    person: text("actionPerson", i),
    owner: text("actionOwner", i),
    alsoInvolve: text("alsoInvolve", i),
    due: `2027-${String(i + 4).padStart(2, "0")}-15`,
    status,
    doneDate: `2027-${String(i + 4).padStart(2, "0")}-2${i}`,
    confidential: i === 1 || i === 3,
  });
  const actions = [
    same(action(0, "pending")),
    same(action(1, "inProgress")),
    stays(action(2, "done")),
    stays(action(3, "cancelled")),
    same(action(4, null)),
  ];
  const services = [0, 1].map((i) =>
    same<Service>({
      service: text("service", i),
      providedToday: i === 0,
      need: text("need", i),
      opportunity: text("opportunity", i),
    }),
  );
  const meeting = (i: number, date: string): Meeting => ({
    date,
    attendees: text("attendees", i),
    needsNextYear: text("needs", i),
    fitWithServices: text("fit", i),
    experiencesAndProposal: text("experiences", i),
    outcome: text("outcome", i),
    confidential: i === 1,
  });
  const meetings = [same(meeting(0, "2028-01-20")), stays(meeting(1, "2027-06-01")), stays(meeting(2, CLOSING_DATE))];
  return { people, actions, services, meetings };
}

function medirRows(tag: string) {
  const text = texts(tag);
  const indicator = (i: number, quarters: ImpactIndicator["quarters"]): ImpactIndicator => ({
    indicator: text("indicator", i),
    side: i % 2 === 0 ? "client" : "ourCompany",
    baseline: 10.5 + i,
    target: 40 + i,
    quarters,
    owner: text("indicatorOwner", i),
    source: text("source", i),
    confidential: i === 2,
  });
  const reset = (row: ImpactIndicator, baseline: number): RowExpectation<ImpactIndicator> => ({
    row,
    next: { ...row, baseline, quarters: [null, null, null, null] },
  });
  const full = indicator(0, [21, 22.5, 23, 24]);
  const half = indicator(1, [31, 32.25, null, null]);
  const none = indicator(2, [null, null, null, null]);
  const indicators = [reset(full, 24), reset(half, 32.25), reset(none, none.baseline ?? 0)];
  const commitment = (i: number, kept: Commitment["kept"]): Commitment => ({
    date: `2027-0${i + 1}-05`,
    commitment: text("commitment", i),
    party: i % 2 === 0 ? "client" : "us",
    owner: text("commitmentOwner", i),
    due: `2027-0${i + 2}-05`,
    kept,
    evidence: text("evidence", i),
    confidential: i === 3,
  });
  const commitments = [
    stays(commitment(0, "yes")),
    stays(commitment(1, "no")),
    stays(commitment(2, "partial")),
    same(commitment(3, null)),
  ];
  const feedback = [0, 1].map((i) =>
    stays<Feedback>({
      date: `2027-1${i}-01`,
      channel: text("channel", i),
      who: text("who", i),
      comment: text("comment", i),
      rating: 6 + i,
      followUp: text("followUp", i),
      confidential: i === 1,
    }),
  );
  return { indicators, commitments, feedback };
}

/** A client with every named cell and every table column filled, several rows each. */
export function fullClient(id: string, name: string, state: ClientState): FullClient {
  const tag = name.slice(0, 3);
  const text = texts(tag);
  const rows = { ...verRows(tag), ...ajustarRows(tag), ...medirRows(tag) };
  const tables = Object.fromEntries(Object.entries(rows).map(([key, list]) => [key, list.map((e) => e.row)]));
  // Rows a user typed into Medir's overdue-by-owner table, for people who own no action yet.
  const extraOwners: Client["extraOwners"] = [text("ownerRow", 0), text("ownerRow", 1)];
  const client = {
    id,
    name,
    owner: text("owner", 0),
    sector: text("sector", 0),
    direction: "peers",
    kind: "internal",
    state,
    knowledge: 6,
    trust: 3,
    knowledgeEvidence: text("knowledgeEvidence", 0),
    trustEvidence: text("trustEvidence", 0),
    trustFactors: { credibility: 8, reliability: 2, intimacy: 5, selfOrientation: 9 },
    profile: text("profile", 0),
    agreement: {
      reviewCadence: text("cadence", 0),
      sponsorReceives: text("sponsor", 0),
      teamReceives: text("team", 0),
      confidentialMatters: text("confidential", 0),
    },
    extraOwners,
    ...tables,
  } as Client;
  return { client, rows };
}

/** The fixture plan for 2027: an active client and an archived one, in `language`. */
export function fullPlan(language: PlanLanguage): { readonly plan: Plan; readonly clients: readonly FullClient[] } {
  const clients = [
    fullClient("full0001", "Áurea Industrial", "active"),
    fullClient("arch0001", "Bética Archivada", "archived"),
  ];
  // A row a user typed into Cartera's overdue-by-owner table, for an owner with no client yet.
  const extraClientOwners = ["Car·ownerRow·0 ñ"];
  const plan = { year: 2027, targetScore: 8, language, clients: clients.map((c) => c.client), extraClientOwners };
  return { plan, clients };
}

/** The new year's plan the fixture expects after closing on CLOSING_DATE with `period`. */
export function expectedNextPlan(plan: Plan, clients: readonly FullClient[], period: string): Plan {
  const next = clients.map(({ client, rows }) => {
    const carried = Object.fromEntries(
      Object.entries(rows).map(([key, list]) => [key, list.flatMap((e) => (e.next === null ? [] : [e.next]))]),
    ) as unknown as Pick<Client, RolledRows>;
    const closing: ScoreSnapshot[] =
      client.state === "active"
        ? [{ date: CLOSING_DATE, period, knowledge: client.knowledge, trust: client.trust, note: "" }]
        : [];
    // Every owner Medir's table listed stays listed: the typed ones, then the owners of actions left behind.
    const leftOwners = rows.actions.flatMap((e) => (e.next === null ? [e.row.owner] : []));
    const extraOwners = [...(client.extraOwners ?? []), ...leftOwners];
    return { ...client, ...carried, scoreHistory: [...carried.scoreHistory, ...closing], extraOwners };
  });
  return { ...plan, year: NEW_YEAR, clients: next };
}
