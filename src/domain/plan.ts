/**
 * The account plan of DESIGN §1–3 as plain, readonly, JSON-serializable data.
 * Codes are English identifiers; the words a user sees come from src/i18n.
 */
/** The closed lists' codes are part of the model: importers keep importing them from here. */
export type * from "./closed-list-codes";
import type {
  ActionPurpose,
  ActionStatus,
  Attitude,
  ChallengeKind,
  ClientKind,
  ClientState,
  CommitmentKept,
  CommitmentParty,
  Direction,
  DisappointmentStatus,
  ExpectationStatus,
  ImpactSide,
  PersonRole,
  PyramidLevel,
} from "./closed-list-codes";

/** Language of the workbook's labels and of every message. */
export type PlanLanguage = "es" | "en";

/** A calendar date as `YYYY-MM-DD` (no time, no zone). */
export type IsoDate = string;

/** A whole-number score, 0–10. */
export type Score = number;

/** Stable, random client id: 8 characters of [a-z0-9], carried by every table and defined name of the client. */
export type ClientId = string;

/** Which of a client's three worksheets: Ver, Ajustar, Medir. */
export type ClientPhase = "ver" | "ajustar" | "medir";

/** One of *Retos, problemas y oportunidades*. */
export interface Challenge {
  readonly kind: ChallengeKind | null;
  readonly description: string;
  /** How we know it (source, conversation, evidence). */
  readonly source: string;
  /** Confirmed with the client? `null` when not answered. */
  readonly confirmed: boolean | null;
  readonly date: IsoDate | null;
  readonly confidential: boolean;
}

/** What the client expects from us, and how we meet it. */
export interface Expectation {
  readonly expectation: string;
  readonly howWeMeetIt: string;
  readonly status: ExpectationStatus | null;
  readonly confidential: boolean;
}

/** Something that disappointed the client, and what we did about it. */
export interface Disappointment {
  readonly what: string;
  readonly date: IsoDate | null;
  readonly responsibilityTaken: boolean | null;
  readonly talkedThrough: boolean | null;
  readonly status: DisappointmentStatus | null;
  /** Free text naming the action that answers it. */
  readonly linkedAction: string;
  readonly confidential: boolean;
}

/** A point-in-time copy of the scores, appended to the history and never rewritten. */
export interface ScoreSnapshot {
  readonly date: IsoDate;
  /** Label of the period, e.g. "2026-T4" or "Cierre 2026". */
  readonly period: string;
  readonly knowledge: Score | null;
  readonly trust: Score | null;
  readonly note: string;
}

/** Optional sub-scores that explain the trust number (each 0–10; self-orientation: higher is worse). */
export interface TrustFactors {
  readonly credibility: Score | null;
  readonly reliability: Score | null;
  readonly intimacy: Score | null;
  readonly selfOrientation: Score | null;
}

/** A person in the influence map: a decision maker or someone who influences one. */
export interface Person {
  readonly name: string;
  readonly role: PersonRole | null;
  /** Whom this person influences (names, free text). */
  readonly influences: string;
  /** Relationship today, score 0–10. */
  readonly relationshipNow: Score | null;
  /** Relationship we aim for, score 0–10. */
  readonly relationshipTarget: Score | null;
  readonly attitude: Attitude | null;
  /** Who on our side owns the relationship. */
  readonly owner: string;
  readonly nextStep: string;
}

/** An action of the plan, placed on a level of the Influence Pyramid. */
export interface Action {
  readonly action: string;
  readonly level: PyramidLevel | null;
  readonly purpose: ActionPurpose | null;
  /** The client's person the action is about. */
  readonly person: string;
  readonly owner: string;
  /** Who else in our organisation to involve. */
  readonly alsoInvolve: string;
  readonly due: IsoDate | null;
  readonly status: ActionStatus | null;
  readonly doneDate: IsoDate | null;
  readonly confidential: boolean;
}

/** A service we provide, or could provide: the whitespace map. */
export interface Service {
  readonly service: string;
  readonly providedToday: boolean | null;
  /** The client need it covers. */
  readonly need: string;
  readonly opportunity: string;
}

/** A meeting *to give*, prepared around three focus points. */
export interface Meeting {
  readonly date: IsoDate | null;
  readonly attendees: string;
  /** Focus 1: what they need next year. */
  readonly needsNextYear: string;
  /** Focus 2: how those needs fit services we provide, or could. */
  readonly fitWithServices: string;
  /** Focus 3: experiences from other clients, and a proposal. */
  readonly experiencesAndProposal: string;
  readonly outcome: string;
  readonly confidential: boolean;
}

/** An indicator of our impact, followed quarter by quarter. */
export interface ImpactIndicator {
  readonly indicator: string;
  readonly side: ImpactSide | null;
  readonly baseline: number | null;
  readonly target: number | null;
  /** Q1..Q4 figures; `null` where not measured yet. */
  readonly quarters: readonly [number | null, number | null, number | null, number | null];
  readonly owner: string;
  readonly source: string;
  readonly confidential: boolean;
}

/** A commitment made by us or by the client, reviewed on its due date. */
export interface Commitment {
  readonly date: IsoDate | null;
  readonly commitment: string;
  readonly party: CommitmentParty | null;
  readonly owner: string;
  readonly due: IsoDate | null;
  readonly kept: CommitmentKept | null;
  readonly evidence: string;
  readonly confidential: boolean;
}

/** Feedback received from the client. */
export interface Feedback {
  readonly date: IsoDate | null;
  readonly channel: string;
  readonly who: string;
  readonly comment: string;
  /** Rating given, score 0–10. */
  readonly rating: Score | null;
  readonly followUp: string;
  readonly confidential: boolean;
}

/** The working agreement: who receives what, what stays confidential, how often we review. */
export interface WorkingAgreement {
  readonly reviewCadence: string;
  /** What the sponsor receives. */
  readonly sponsorReceives: string;
  /** What the people we work with day to day receive. */
  readonly teamReceives: string;
  readonly confidentialMatters: string;
}

/** One key client (or manager, peers, team: see `direction`) and its Ver / Ajustar / Medir content. */
export interface Client {
  readonly id: ClientId;
  readonly name: string;
  readonly owner: string;
  readonly sector: string;
  readonly direction: Direction;
  readonly kind: ClientKind;
  readonly state: ClientState;
  /** How much we know of their challenges, problems and opportunities, score 0–10; `null` = not scored yet. */
  readonly knowledge: Score | null;
  /** How much they trust us, score 0–10; `null` = not scored yet. */
  readonly trust: Score | null;
  readonly knowledgeEvidence: string;
  readonly trustEvidence: string;
  readonly trustFactors: TrustFactors;
  /** Who the client is and what they expect from us, in the owner's words. */
  readonly profile: string;
  readonly challenges: readonly Challenge[];
  readonly expectations: readonly Expectation[];
  readonly disappointments: readonly Disappointment[];
  readonly scoreHistory: readonly ScoreSnapshot[];
  readonly people: readonly Person[];
  readonly actions: readonly Action[];
  readonly services: readonly Service[];
  readonly meetings: readonly Meeting[];
  readonly indicators: readonly ImpactIndicator[];
  readonly commitments: readonly Commitment[];
  readonly feedback: readonly Feedback[];
  readonly agreement: WorkingAgreement;
  /**
   * Owners Medir's overdue-by-owner table lists besides the owners of `actions` (typed by a user, or carried
   * from last year), in table order; absent when there are none (optional, additive).
   */
  readonly extraOwners?: readonly string[];
}

/** The whole plan: settings and key clients. */
export interface Plan {
  /** Plan year, e.g. 2027. */
  readonly year: number;
  /** Target score every knowledge and trust score aims at, 0–10 (default 9). */
  readonly targetScore: Score;
  readonly language: PlanLanguage;
  readonly clients: readonly Client[];
  /**
   * Owners Cartera's overdue-by-owner table lists besides the owners of the active clients (typed by a user,
   * or carried from last year), in table order; absent when there are none (optional, additive).
   */
  readonly extraClientOwners?: readonly string[];
}

/** Default target score (DESIGN §3.1: `vamObjetivo`, default 9). */
export const DEFAULT_TARGET_SCORE: Score = 9;

/** Every pyramid level, bottom to top. */
export const PYRAMID_LEVELS: readonly PyramidLevel[] = [1, 2, 3, 4, 5, 6];

/** An empty working agreement, for new clients. */
export const EMPTY_AGREEMENT: WorkingAgreement = {
  reviewCadence: "",
  sponsorReceives: "",
  teamReceives: "",
  confidentialMatters: "",
};

/** Trust factors with nothing filled in. */
export const EMPTY_TRUST_FACTORS: TrustFactors = {
  credibility: null,
  reliability: null,
  intimacy: null,
  selfOrientation: null,
};

/** The fields a new client starts from; everything else is empty. */
export interface NewClientFields {
  readonly id: ClientId;
  readonly name: string;
  readonly owner?: string;
  readonly sector?: string;
  readonly direction?: Direction;
  readonly kind?: ClientKind;
  readonly knowledge?: Score | null;
  readonly trust?: Score | null;
}

/** Builds a client with empty Ver / Ajustar / Medir content. */
export function newClient(fields: NewClientFields): Client {
  return {
    id: fields.id,
    name: fields.name,
    owner: fields.owner ?? "",
    sector: fields.sector ?? "",
    direction: fields.direction ?? "client",
    kind: fields.kind ?? "external",
    state: "active",
    knowledge: fields.knowledge ?? null,
    trust: fields.trust ?? null,
    knowledgeEvidence: "",
    trustEvidence: "",
    trustFactors: EMPTY_TRUST_FACTORS,
    profile: "",
    challenges: [],
    expectations: [],
    disappointments: [],
    scoreHistory: [],
    people: [],
    actions: [],
    services: [],
    meetings: [],
    indicators: [],
    commitments: [],
    feedback: [],
    agreement: EMPTY_AGREEMENT,
  };
}
