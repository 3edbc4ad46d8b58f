/**
 * The words of the plan's closed lists (direction, status, pyramid level, ...) in Spanish and English.
 * The workbook stores the label in the plan language; readers accept either language.
 */
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
  PlanLanguage,
  PyramidLevel,
} from "../domain/plan";

/** Labels of one closed list, per language, in display order. */
export type Vocabulary<C extends string | number> = Readonly<Record<PlanLanguage, Readonly<Record<C, string>>>>;

/** Clients, manager, peers, team (DESIGN §1). */
export const DIRECTION: Vocabulary<Direction> = {
  es: { client: "Cliente", manager: "Manager", peers: "Compañeros", team: "Equipo" },
  en: { client: "Client", manager: "Manager", peers: "Peers", team: "Team" },
};

/** External or internal client. */
export const CLIENT_KIND: Vocabulary<ClientKind> = {
  es: { external: "externo", internal: "interno" },
  en: { external: "external", internal: "internal" },
};

/** Active or archived client. */
export const CLIENT_STATE: Vocabulary<ClientState> = {
  es: { active: "activo", archived: "archivado" },
  en: { active: "active", archived: "archived" },
};

/** Influence Pyramid levels, bottom (1) to top (6), numbered so they sort and read as levels. */
export const PYRAMID_LEVEL: Vocabulary<PyramidLevel> = {
  es: {
    1: "1 Mentalidad hacia fuera",
    2: "2 Relaciones con quienes influyen",
    3: "3 Relación con la persona",
    4: "4 Escuchar y aprender",
    5: "5 Explicar y comunicar",
    6: "6 Corregir",
  },
  en: {
    1: "1 Outward mindset",
    2: "2 Relationships with their influencers",
    3: "3 Relationship with the person",
    4: "4 Listen and learn",
    5: "5 Explain and communicate",
    6: "6 Correct",
  },
};

/** Why an action is taken. */
export const ACTION_PURPOSE: Vocabulary<ActionPurpose> = {
  es: {
    repairTrust: "Reparar confianza",
    increaseTrust: "Aumentar confianza",
    knowBetter: "Conocerles mejor",
    decisionMakerRelationship: "Relación con decisor",
    influencerRelationship: "Relación con influyentes",
    explain: "Explicar y comunicar",
    correct: "Corregir",
  },
  en: {
    repairTrust: "Repair trust",
    increaseTrust: "Increase trust",
    knowBetter: "Know them better",
    decisionMakerRelationship: "Relationship with decision maker",
    influencerRelationship: "Relationship with influencers",
    explain: "Explain and communicate",
    correct: "Correct",
  },
};

/** Progress of an action. */
export const ACTION_STATUS: Vocabulary<ActionStatus> = {
  es: { pending: "pendiente", inProgress: "en curso", done: "hecha", cancelled: "cancelada" },
  en: { pending: "pending", inProgress: "in progress", done: "done", cancelled: "cancelled" },
};

/** Role in the influence map. */
export const PERSON_ROLE: Vocabulary<PersonRole> = {
  es: {
    keyDecisionMaker: "decisor clave",
    influencer: "influyente",
    sponsor: "patrocinador",
    user: "usuario",
    other: "otro",
  },
  en: {
    keyDecisionMaker: "key decision maker",
    influencer: "influencer",
    sponsor: "sponsor",
    user: "user",
    other: "other",
  },
};

/** Attitude towards us (confidential). */
export const ATTITUDE: Vocabulary<Attitude> = {
  es: { promoter: "promotor", neutral: "neutral", detractor: "detractor" },
  en: { promoter: "promoter", neutral: "neutral", detractor: "detractor" },
};

/** Kind of challenge. */
export const CHALLENGE_KIND: Vocabulary<ChallengeKind> = {
  es: { challenge: "reto", problem: "problema", opportunity: "oportunidad" },
  en: { challenge: "challenge", problem: "problem", opportunity: "opportunity" },
};

/** How well an expectation is met. */
export const EXPECTATION_STATUS: Vocabulary<ExpectationStatus> = {
  es: { met: "cumplida", partial: "en parte", unmet: "no cumplida" },
  en: { met: "met", partial: "partly", unmet: "not met" },
};

/** Where a disappointment stands. */
export const DISAPPOINTMENT_STATUS: Vocabulary<DisappointmentStatus> = {
  es: { open: "abierta", inProgress: "en curso", resolved: "resuelta" },
  en: { open: "open", inProgress: "in progress", resolved: "resolved" },
};

/** Whose side an indicator measures. */
export const IMPACT_SIDE: Vocabulary<ImpactSide> = {
  es: { ourCompany: "nuestra empresa", client: "cliente" },
  en: { ourCompany: "our company", client: "client" },
};

/** Who owes a commitment. */
export const COMMITMENT_PARTY: Vocabulary<CommitmentParty> = {
  es: { us: "nosotros", client: "cliente" },
  en: { us: "us", client: "client" },
};

/** Whether a commitment was kept. */
export const COMMITMENT_KEPT: Vocabulary<CommitmentKept> = {
  es: { yes: "sí", no: "no", partial: "parcial" },
  en: { yes: "yes", no: "no", partial: "partial" },
};

/** Yes / no answers (stored as words so a co-author can pick them from a list). */
export const YES_NO: Vocabulary<"yes" | "no"> = {
  es: { yes: "sí", no: "no" },
  en: { yes: "yes", no: "no" },
};

/** Label of a code in the given language. */
export function labelOf<C extends string | number>(vocabulary: Vocabulary<C>, language: PlanLanguage, code: C): string {
  return vocabulary[language][code];
}

/** Labels of a list in display order, for the lists sheet. */
export function labelsOf<C extends string | number>(vocabulary: Vocabulary<C>, language: PlanLanguage): string[] {
  return Object.values<string>(vocabulary[language]);
}

/** Folds case and accents and trims, so `Compañeros`, ` companeros ` and `COMPAÑEROS` match. */
export function foldLabel(text: string): string {
  return text.trim().normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en").replace(/\s+/g, " ");
}

/**
 * The code whose label (in either language, ignoring case and accents) or code name matches `text`;
 * `undefined` when nothing matches.
 */
export function codeOf<C extends string | number>(vocabulary: Vocabulary<C>, text: string): C | undefined {
  const wanted = foldLabel(text);
  if (wanted === "") return undefined;
  for (const language of ["es", "en"] as const) {
    const labels = vocabulary[language];
    for (const key of Object.keys(labels)) {
      // Object keys are strings; numeric vocabularies (pyramid levels) have numeric codes.
      const code = (/^\d+$/.test(key) ? Number(key) : key) as C;
      if (foldLabel(labels[code]) === wanted || foldLabel(key) === wanted) return code;
    }
  }
  return undefined;
}
