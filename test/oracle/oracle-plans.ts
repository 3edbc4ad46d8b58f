/**
 * Plans for the LibreOffice oracle, each client built around one edge of docs/WORKBOOK.md "Figures":
 * unscored scores, overdue boundaries, ties in dates, snapshots without trust, miss streaks 0/2/3,
 * archived clients, zero divisors, hostile names; the four directions, owners that differ in case or hold
 * wildcard characters (in actions, clients and rows typed into the owner tables), trust factors, and
 * histories out of date order.
 */
import type { Client, Plan } from "../../src/domain/plan";
import {
  aClient,
  aCommitment,
  aDisappointment,
  aFeedback,
  anAction,
  aPlan,
  aSnapshot,
  HOSTILE_NAMES,
  richClient,
} from "../layout/plan-fixtures";

/** The `vamHoy` every oracle workbook is built with. */
export const ORACLE_TODAY = "2027-03-15";

const unscored = aClient("unsc0001", "Sin puntuar", { trust: 7 });

const empty = aClient("empt0001", "Vacío");

/** Overdue boundaries: due yesterday, due today, blank status, done, cancelled, blank and blank-looking text. */
const overdue = aClient("over0001", "Vencidas", {
  knowledge: 6,
  trust: 8,
  actions: [
    anAction({ due: "2027-03-14", status: "pending", level: 5 }),
    anAction({ due: "2027-01-01", status: null, level: 6 }),
    anAction({ due: "2027-03-15", status: "inProgress", level: 3 }),
    anAction({ due: "2027-01-01", status: "done", level: 5 }),
    anAction({ due: "2027-01-01", status: "cancelled", level: 1 }),
    anAction({ action: "", due: "2027-01-01", status: "pending", level: 2 }),
    anAction({ due: null, status: "pending", level: null }),
    anAction({ action: "   ", due: "2027-02-01", status: "pending" }),
  ],
  disappointments: [
    aDisappointment({ status: "open" }),
    aDisappointment({ status: null }),
    aDisappointment({ status: "inProgress" }),
    aDisappointment({ status: "resolved" }),
    aDisappointment({ what: "", status: "open" }),
  ],
});

/** Ties: two snapshots on the latest date with trust, a later one without; a no on the same day as a yes. */
const ties = aClient("ties0001", "Empates", {
  knowledge: 9,
  trust: 9,
  scoreHistory: [
    aSnapshot({ date: "2027-01-15", trust: 7 }),
    aSnapshot({ date: "2027-01-15", trust: 8 }),
    aSnapshot({ date: "2027-02-01", trust: null }),
    aSnapshot({ date: "2026-12-01", trust: 3 }),
  ],
  commitments: [
    aCommitment({ date: "2027-02-01", kept: "yes" }),
    aCommitment({ date: "2027-02-01", kept: "no" }),
    aCommitment({ date: "2027-02-10", kept: "no" }),
    aCommitment({ date: "2027-03-01", kept: "no", party: "us" }),
  ],
  feedback: [aFeedback({ date: "2027-02-20" }), aFeedback({ date: "2027-03-01" }), aFeedback({ date: null })],
  actions: [
    anAction({ status: "done" }),
    anAction({ status: "done" }),
    anAction({ status: "pending", due: "2027-12-01" }),
  ],
});

/** Two misses in a row after a partial; undated, unreviewed and untitled commitments do not count. */
const streakTwo = aClient("strk0002", "Racha dos", {
  knowledge: 8,
  trust: 9,
  commitments: [
    aCommitment({ date: "2027-01-10", kept: "partial" }),
    aCommitment({ date: "2027-01-20", kept: "no" }),
    aCommitment({ date: "2027-02-20", kept: "no" }),
    aCommitment({ date: null, kept: "no" }),
    aCommitment({ date: "2027-03-01", kept: null }),
    aCommitment({ commitment: "", date: "2027-03-02", kept: "no" }),
  ],
});

/** Three misses and nothing kept: every dated no counts. */
const streakThree = aClient("strk0003", "Racha tres", {
  knowledge: 9,
  trust: 9,
  commitments: [
    aCommitment({ date: "2027-01-10", kept: "no" }),
    aCommitment({ date: "2027-01-20", kept: "no" }),
    aCommitment({ date: "2027-02-20", kept: "no" }),
  ],
});

const archived = aClient("arch0001", "Archivado", { knowledge: 2, trust: 3, state: "archived" });

const redScore = aClient("redd0001", "Rojo", { knowledge: 4, trust: 10 });

/** Snapshots exist but none has trust: no trend. Every action cancelled: no % done. */
const noTrend = aClient("notr0001", "Sin tendencia", {
  knowledge: 5,
  trust: 6,
  scoreHistory: [aSnapshot({ trust: null }), aSnapshot({ date: "2027-01-01", trust: null })],
  actions: [anAction({ status: "cancelled" }), anAction({ status: "cancelled", level: 6 })],
});

/** Snapshots with trust, but trust itself blank: no trend either. */
const trustBlank = aClient("trbl0001", "Confianza vacía", {
  knowledge: 7,
  scoreHistory: [aSnapshot({ trust: 6 })],
});

const overdueBy = (owner: string, level: 1 | 2 | 3 | 4 | 5 | 6 = 4) => anAction({ owner, due: "2027-01-01", level });

/**
 * My manager: owners differing in case, spaces and wildcard characters; a history out of date order with a
 * tie, a snapshot without knowledge and an undated one; all four trust factors; two misses in a row.
 */
const manager = aClient("mngr0001", "Carmen Vidal", {
  direction: "manager",
  owner: "Lucía",
  knowledge: 8,
  trust: 6,
  trustFactors: { credibility: 7, reliability: 7, intimacy: 7, selfOrientation: 3 },
  scoreHistory: [
    aSnapshot({ date: "2027-03-01", knowledge: 8, trust: 7 }),
    aSnapshot({ date: "2026-12-15", knowledge: 6, trust: 6 }),
    aSnapshot({ date: "2027-01-15", knowledge: 7, trust: 4 }),
    aSnapshot({ date: "2027-01-15", knowledge: null, trust: 5 }),
    aSnapshot({ date: "", knowledge: 3, trust: 3 }),
  ],
  actions: [
    overdueBy("Ana"),
    overdueBy("ana"),
    overdueBy(" Ana"),
    overdueBy("Ana*"),
    overdueBy("Ana María"),
    overdueBy("a?b"),
    overdueBy("~x"),
    overdueBy(""),
    anAction({ owner: "Ana", due: "2027-12-01" }),
  ],
  commitments: [
    aCommitment({ date: "2027-01-10", kept: "yes" }),
    aCommitment({ date: "2027-01-20", kept: "no" }),
    aCommitment({ date: "2027-02-20", kept: "no" }),
  ],
});

/**
 * My peers: the owner spelled in another case, a blank trust factor, three misses, a top-heavy pyramid; owners
 * typed into Medir's owner table: someone with no action, a padded name, a wildcard that must not match Luis.
 */
const peers = aClient("peer0001", "Marketing", {
  extraOwners: ["Marta", " Luis", "Lu?s"],
  direction: "peers",
  owner: "lucía",
  knowledge: 5,
  trust: 9,
  trustFactors: { credibility: 8, reliability: null, intimacy: 6, selfOrientation: 2 },
  actions: [overdueBy("Luis", 5), overdueBy("Luis", 6), anAction({ level: 2 })],
  commitments: [
    aCommitment({ date: "2027-01-10", kept: "no" }),
    aCommitment({ date: "2027-01-20", kept: "no" }),
    aCommitment({ date: "2027-02-20", kept: "no" }),
  ],
});

/** An archived client of an active owner: left out of that owner's sum. */
const archivedOfLucia = aClient("arlu0001", "Archivo de Lucía", {
  owner: "LUCÍA",
  state: "archived",
  actions: [overdueBy("x"), overdueBy("y")],
});

/** My team, archived: counts in no direction and in no owner's sum. */
const team = aClient("team0001", "Operaciones", {
  direction: "team",
  owner: "Diego",
  state: "archived",
  knowledge: 4,
  trust: 4,
  actions: [overdueBy("Diego")],
});

/** A client whose owner holds wildcard characters, next to one whose owner the wildcard would match. */
const wildcardOwner = aClient("wild0001", "Comodín", {
  owner: "Ana*",
  knowledge: 3,
  trust: 9,
  trustFactors: { credibility: 0, reliability: 0, intimacy: 0, selfOrientation: 0 },
  actions: [overdueBy("x"), overdueBy("y")],
});
const anaMaria = aClient("anam0001", "Ana María S.A.", { owner: "Ana María", actions: [overdueBy("z")] });
const noOwner = aClient("nown0001", "Sin responsable", { knowledge: 9, trust: 9, actions: [overdueBy("w")] });

/** A client for each hostile name, with a little content so its row has figures. */
function hostileClients(): Client[] {
  return HOSTILE_NAMES.map((name, index) =>
    aClient(`host${String(index).padStart(4, "0")}`, name, {
      owner: name,
      knowledge: index % 11,
      trust: 10 - (index % 11),
      actions: [anAction({ action: name, due: "2027-01-01" })],
    }),
  );
}

/** The oracle's plans, each with a file-name-safe title. */
export const ORACLE_PLANS: readonly { readonly title: string; readonly plan: Plan }[] = [
  {
    title: "edges-es",
    plan: aPlan([unscored, empty, overdue, ties, streakTwo, streakThree, archived, redScore, noTrend, trustBlank]),
  },
  {
    title: "target-7-en",
    plan: aPlan([overdue, ties, streakTwo, streakThree, redScore, richClient("rich0001", "Rich")], {
      language: "en",
      targetScore: 7,
    }),
  },
  {
    title: "directions-owners-es",
    // Typed into Cartera's owner table: no client, a wildcard that must not match Ana*, padded, an archived owner.
    plan: aPlan([manager, peers, team, wildcardOwner, anaMaria, noOwner, archivedOfLucia], {
      extraClientOwners: ["Pilar", "Ana?", " lucía", "Diego"],
    }),
  },
  {
    title: "directions-owners-en",
    plan: aPlan([noOwner, team, peers, manager], { language: "en", targetScore: 8 }),
  },
  { title: "hostile-names-es", plan: aPlan(hostileClients()) },
  { title: "no-clients-en", plan: aPlan([], { language: "en" }) },
];
