/**
 * Fixture builders for plans in every test folder: a valid thing by default, override only what the test is
 * about. Defaults leave free-text fields blank; test/layout/plan-fixtures.ts fills them for layout tests.
 */
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
  type ScoreSnapshot,
  type Service,
} from "../../src/domain/plan";

let counter = 0;

/** A client id unique within the test run: `c` + 7 digits/letters. */
export function nextId(): string {
  counter += 1;
  return `c${counter.toString(36).padStart(7, "0")}`;
}

/** An active client named `name`, with no content, plus `overrides`. */
export function aClient(overrides: Partial<Client> = {}): Client {
  return { ...newClient({ id: nextId(), name: `Cliente ${counter}` }), ...overrides };
}

/** A plan for 2027, target 9, Spanish, with `clients`. */
export function aPlan(clients: readonly Client[] = [], overrides: Partial<Plan> = {}): Plan {
  return { year: 2027, targetScore: 9, language: "es", clients, ...overrides };
}

/** A pending level-4 action due mid-year, owned by Ana. */
export function anAction(overrides: Partial<Action> = {}): Action {
  return {
    action: "Entrevista de descubrimiento",
    level: 4,
    purpose: "knowBetter",
    person: "",
    owner: "Ana",
    alsoInvolve: "",
    due: "2027-06-30",
    status: "pending",
    doneDate: null,
    confidential: false,
    ...overrides,
  };
}

/** An open disappointment, responsibility taken, not yet talked through. */
export function aDisappointment(overrides: Partial<Disappointment> = {}): Disappointment {
  return {
    what: "Retraso en la entrega",
    date: "2027-01-15",
    responsibilityTaken: true,
    talkedThrough: false,
    status: "open",
    linkedAction: "",
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
    owner: "",
    due: "2027-02-15",
    kept: "yes",
    evidence: "",
    confidential: false,
    ...overrides,
  };
}

/** Feedback with a rating of 8. */
export function aFeedback(overrides: Partial<Feedback> = {}): Feedback {
  return {
    date: "2027-03-01",
    channel: "reunión",
    who: "",
    comment: "",
    rating: 8,
    followUp: "",
    confidential: false,
    ...overrides,
  };
}

/** A person in the influence map. */
export function aPerson(overrides: Partial<Person> = {}): Person {
  return {
    name: "Marta",
    role: "keyDecisionMaker",
    influences: "",
    relationshipNow: 5,
    relationshipTarget: 8,
    attitude: "neutral",
    owner: "Ana",
    nextStep: "",
    ...overrides,
  };
}

/** An impact indicator with no quarter measured yet. */
export function anIndicator(overrides: Partial<ImpactIndicator> = {}): ImpactIndicator {
  return {
    indicator: "NPS",
    side: "client",
    baseline: 20,
    target: 40,
    quarters: [null, null, null, null],
    owner: "",
    source: "",
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
