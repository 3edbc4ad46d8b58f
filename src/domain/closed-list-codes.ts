/**
 * The codes of the plan's closed lists (direction, statuses, pyramid level, …): English identifiers, part of
 * the domain model of plan.ts, which re-exports them. Their words, es/en, are in src/i18n/vocabulary.ts.
 */

/** The four directions our work affects (DESIGN §1). */
export type Direction = "client" | "manager" | "peers" | "team";

/** Whether the client is outside or inside our organisation. */
export type ClientKind = "external" | "internal";

/** Lifecycle of a client in the portfolio: archived clients keep their sheets, hidden. */
export type ClientState = "active" | "archived";

/** Influence Pyramid level, 1 (bottom: outward mindset) to 6 (top: correct). */
export type PyramidLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Kind of item in Ver's *Retos, problemas y oportunidades*. */
export type ChallengeKind = "challenge" | "problem" | "opportunity";

/** How well we meet one of the client's expectations. */
export type ExpectationStatus = "met" | "partial" | "unmet";

/** Where a disappointment stands. */
export type DisappointmentStatus = "open" | "inProgress" | "resolved";

/** Role of a person in the influence map. */
export type PersonRole = "keyDecisionMaker" | "influencer" | "sponsor" | "user" | "other";

/** A person's attitude towards us: confidential, never in a shared report. */
export type Attitude = "promoter" | "neutral" | "detractor";

/** Why we take an action (DESIGN §3.2 Ajustar). */
export type ActionPurpose =
  | "repairTrust"
  | "increaseTrust"
  | "knowBetter"
  | "decisionMakerRelationship"
  | "influencerRelationship"
  | "explain"
  | "correct";

/** Progress of an action. */
export type ActionStatus = "pending" | "inProgress" | "done" | "cancelled";

/** Whose side an impact indicator measures. */
export type ImpactSide = "ourCompany" | "client";

/** Who owes a commitment: two-way accountability. */
export type CommitmentParty = "us" | "client";

/** Whether a reviewed commitment was kept; `null` while not reviewed yet. */
export type CommitmentKept = "yes" | "no" | "partial";
