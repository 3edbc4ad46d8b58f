/**
 * Fixture plans for layout and oracle tests: the shared builders of test/support/plan-builders.ts with their
 * blank text fields filled (so every column shows text), a client with every table filled, hostile names.
 */
import {
  newClient,
  type Action,
  type Client,
  type Commitment,
  type Disappointment,
  type Feedback,
  type ImpactIndicator,
  type Person,
  type Plan,
  type PlanLanguage,
} from "../../src/domain/plan";
import * as builders from "../support/plan-builders";
import { aChallenge, anExpectation, aMeeting, aPlan, aService, aSnapshot } from "../support/plan-builders";

export { aChallenge, anExpectation, aMeeting, aPlan, aService, aSnapshot };

/** An empty active client with a fixed id and name, plus `overrides`. */
export function aClient(id: string, name: string, overrides: Partial<Client> = {}): Client {
  return { ...newClient({ id, name }), ...overrides };
}

/** A pending level-4 action for Marta, also involving Luis. */
export function anAction(overrides: Partial<Action> = {}): Action {
  return builders.anAction({ person: "Marta", alsoInvolve: "Luis", ...overrides });
}

/** An open disappointment linked to an action. */
export function aDisappointment(overrides: Partial<Disappointment> = {}): Disappointment {
  return builders.aDisappointment({ linkedAction: "Plan de entregas", ...overrides });
}

/** A client commitment owned by Ana, reviewed and kept, with evidence. */
export function aCommitment(overrides: Partial<Commitment> = {}): Commitment {
  return builders.aCommitment({ owner: "Ana", evidence: "Correo", ...overrides });
}

/** Feedback from Marta with a comment, rated 8. */
export function aFeedback(overrides: Partial<Feedback> = {}): Feedback {
  return builders.aFeedback({ who: "Marta", comment: "Buen arranque", ...overrides });
}

/** A key decision maker with influences and a next step. */
export function aPerson(overrides: Partial<Person> = {}): Person {
  return builders.aPerson({ influences: "Comité", nextStep: "Comida en enero", ...overrides });
}

/** An indicator owned by Ana, measured in Q1 and Q2. */
export function anIndicator(overrides: Partial<ImpactIndicator> = {}): ImpactIndicator {
  return builders.anIndicator({ quarters: [25, 30, null, null], owner: "Ana", source: "Encuesta", ...overrides });
}

/** A scored client with two rows in every table and everything filled in. */
export function richClient(id: string, name: string): Client {
  return aClient(id, name, {
    owner: "Ana",
    sector: "Energía",
    direction: "client",
    kind: "external",
    knowledge: 7,
    trust: 6,
    knowledgeEvidence: "Conocemos su plan estratégico",
    trustEvidence: "Nos llaman antes de decidir",
    trustFactors: { credibility: 7, reliability: 6, intimacy: 5, selfOrientation: 3 },
    profile: "Cliente industrial; espera continuidad",
    challenges: [aChallenge(), aChallenge({ kind: "opportunity", confirmed: null, date: null, confidential: true })],
    expectations: [anExpectation(), anExpectation({ expectation: "Informe mensual", status: null })],
    disappointments: [aDisappointment(), aDisappointment({ what: "Factura errónea", status: "resolved" })],
    scoreHistory: [aSnapshot(), aSnapshot({ date: "2027-01-15", period: "2027-T1", trust: 5 })],
    people: [aPerson(), aPerson({ name: "Jorge", role: "influencer", attitude: "promoter", relationshipNow: null })],
    actions: [
      anAction(),
      anAction({ action: "Revisar incidencias", level: 6, status: "done", doneDate: "2027-02-01" }),
    ],
    services: [aService(), aService({ service: "Analítica", providedToday: false })],
    meetings: [aMeeting(), aMeeting({ date: null, confidential: false })],
    indicators: [anIndicator(), anIndicator({ indicator: "Ahorro", side: "ourCompany", quarters: [1, 2, 3, 4] })],
    commitments: [aCommitment(), aCommitment({ party: "us", kept: null, commitment: "Plan de formación" })],
    feedback: [aFeedback(), aFeedback({ date: "2027-03-10", rating: null, confidential: true })],
    agreement: {
      reviewCadence: "Mensual",
      sponsorReceives: "Resumen trimestral",
      teamReceives: "Informe mensual",
      confidentialMatters: "Actitudes",
    },
  });
}

/** Client names that try to become formulas, numbers, markup or broken sheet names. */
export const HOSTILE_NAMES: readonly string[] = [
  "=1+1",
  '=HYPERLINK("http://example.invalid","x")',
  "+34 600 000 000",
  "-5",
  "@SUM(1)",
  "'Comillas'",
  'Dice "hola"',
  "<img src=x onerror=alert(1)>",
  "Acme: [Ventas] / *?\\",
  "History",
  "Über Straße & Söhne — División Ibérica de Servicios",
  "שלום עולם",
  "😀 Emoji S.A.",
  "0123",
  "TRUE",
  "#REF!",
];

/** Varied plans for structural tests, in the given language. */
export function fixturePlans(language: PlanLanguage): readonly { readonly title: string; readonly plan: Plan }[] {
  return [
    { title: "a plan with no clients", plan: aPlan([], { language }) },
    { title: "a plan with one empty client", plan: aPlan([aClient("acme0001", "Acme")], { language }) },
    {
      title: "a plan with a rich client and an archived one",
      plan: aPlan([richClient("rich0001", "Rica"), aClient("arch0001", "Archivada", { state: "archived" })], {
        language,
      }),
    },
    {
      title: "a plan for the four directions",
      plan: aPlan(
        [
          richClient("rich0001", "Rica"),
          aClient("mngr0001", "Carmen Vidal", {
            direction: "manager",
            owner: "Lucía",
            trustFactors: { credibility: 7, reliability: 8, intimacy: 6, selfOrientation: 3 },
            scoreHistory: [aSnapshot(), aSnapshot({ date: "2027-01-15", knowledge: 7, trust: 7 })],
            actions: [anAction({ owner: "Lucía", due: "2027-01-01" }), anAction({ owner: "ana*" })],
          }),
          aClient("peer0001", "Marketing", { direction: "peers", owner: "lucía" }),
          aClient("team0001", "Operaciones", { direction: "team", kind: "internal", owner: "Diego" }),
        ],
        { language },
      ),
    },
    {
      title: "a plan of hostile names",
      plan: aPlan(
        HOSTILE_NAMES.map((name, index) => aClient(`host${String(index).padStart(4, "0")}`, name)),
        { language },
      ),
    },
  ];
}
