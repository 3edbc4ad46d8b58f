/** Fixture plans for layout and oracle tests: small builders, a client with every table filled, hostile names. */
import {
  newClient,
  type Action,
  type Challenge,
  type Client,
  type Commitment,
  type Disappointment,
  type Expectation,
  type Feedback,
  type ImpactIndicator,
  type Meeting,
  type Person,
  type Plan,
  type PlanLanguage,
  type ScoreSnapshot,
  type Service,
} from "../../src/domain/plan";

/** A plan for 2027, target 9, with `clients`. */
export function aPlan(clients: readonly Client[], overrides: Partial<Plan> = {}): Plan {
  return { year: 2027, targetScore: 9, language: "es", clients, ...overrides };
}

/** An empty active client with a fixed id and name, plus `overrides`. */
export function aClient(id: string, name: string, overrides: Partial<Client> = {}): Client {
  return { ...newClient({ id, name }), ...overrides };
}

/** A pending level-4 action. */
export function anAction(overrides: Partial<Action> = {}): Action {
  return {
    action: "Entrevista de descubrimiento",
    level: 4,
    purpose: "knowBetter",
    person: "Marta",
    owner: "Ana",
    alsoInvolve: "Luis",
    due: "2027-06-30",
    status: "pending",
    doneDate: null,
    confidential: false,
    ...overrides,
  };
}

/** An open disappointment. */
export function aDisappointment(overrides: Partial<Disappointment> = {}): Disappointment {
  return {
    what: "Retraso en la entrega",
    date: "2027-01-15",
    responsibilityTaken: true,
    talkedThrough: false,
    status: "open",
    linkedAction: "Plan de entregas",
    confidential: false,
    ...overrides,
  };
}

/** A snapshot of both scores. */
export function aSnapshot(overrides: Partial<ScoreSnapshot> = {}): ScoreSnapshot {
  return { date: "2026-12-15", period: "Cierre 2026", knowledge: 6, trust: 6, note: "", ...overrides };
}

/** A client commitment, reviewed and kept. */
export function aCommitment(overrides: Partial<Commitment> = {}): Commitment {
  return {
    date: "2027-02-01",
    commitment: "Enviar datos de uso",
    party: "client",
    owner: "Ana",
    due: "2027-02-15",
    kept: "yes",
    evidence: "Correo",
    confidential: false,
    ...overrides,
  };
}

/** Feedback rated 8. */
export function aFeedback(overrides: Partial<Feedback> = {}): Feedback {
  return {
    date: "2027-03-01",
    channel: "reunión",
    who: "Marta",
    comment: "Buen arranque",
    rating: 8,
    followUp: "",
    confidential: false,
    ...overrides,
  };
}

/** A key decision maker. */
export function aPerson(overrides: Partial<Person> = {}): Person {
  return {
    name: "Marta",
    role: "keyDecisionMaker",
    influences: "Comité",
    relationshipNow: 5,
    relationshipTarget: 8,
    attitude: "neutral",
    owner: "Ana",
    nextStep: "Comida en enero",
    ...overrides,
  };
}

/** An indicator measured in Q1 and Q2. */
export function anIndicator(overrides: Partial<ImpactIndicator> = {}): ImpactIndicator {
  return {
    indicator: "NPS",
    side: "client",
    baseline: 20,
    target: 40,
    quarters: [25, 30, null, null],
    owner: "Ana",
    source: "Encuesta",
    confidential: false,
    ...overrides,
  };
}

/** A challenge the client confirmed. */
export function aChallenge(overrides: Partial<Challenge> = {}): Challenge {
  return {
    kind: "challenge",
    description: "Reducir el coste de servicio",
    source: "Reunión con dirección",
    confirmed: true,
    date: "2026-11-20",
    confidential: false,
    ...overrides,
  };
}

/** An expectation partly met. */
export function anExpectation(overrides: Partial<Expectation> = {}): Expectation {
  return {
    expectation: "Respuesta en 24 h",
    howWeMeetIt: "Guardia",
    status: "partial",
    confidential: false,
    ...overrides,
  };
}

/** A service provided today. */
export function aService(overrides: Partial<Service> = {}): Service {
  return { service: "Soporte", providedToday: true, need: "Continuidad", opportunity: "Ampliar horario", ...overrides };
}

/** A meeting to give. */
export function aMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    date: "2027-01-20",
    attendees: "Marta, Ana",
    needsNextYear: "Escalar",
    fitWithServices: "Soporte ampliado",
    experiencesAndProposal: "Caso Beta",
    outcome: "Propuesta en febrero",
    confidential: true,
    ...overrides,
  };
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
