/**
 * Headers of every per-client table, by table kind and column key (keys are the domain field names, plus the
 * keys of calculated columns). Readers find columns by these texts, in either language.
 */
import type { Bilingual } from "./workbook-text";

const CONFIDENTIAL: Bilingual = { es: "Confidencial", en: "Confidential" };
const DATE: Bilingual = { es: "Fecha", en: "Date" };
const OWNER: Bilingual = { es: "Responsable", en: "Owner" };
const STATUS: Bilingual = { es: "Estado", en: "Status" };

/** Headers of every per-client table. */
export const TABLE_HEADERS = {
  challenges: {
    kind: { es: "Tipo", en: "Type" },
    description: { es: "Descripción", en: "Description" },
    source: { es: "Cómo lo sabemos", en: "How we know" },
    confirmed: { es: "¿Confirmado con el cliente?", en: "Confirmed with the client?" },
    date: DATE,
    confidential: CONFIDENTIAL,
  },
  expectations: {
    expectation: { es: "Expectativa", en: "Expectation" },
    howWeMeetIt: { es: "Cómo la cumplimos", en: "How we meet it" },
    status: STATUS,
    confidential: CONFIDENTIAL,
  },
  disappointments: {
    what: { es: "Qué pasó", en: "What happened" },
    date: DATE,
    responsibilityTaken: { es: "¿Asumimos la responsabilidad?", en: "Responsibility taken?" },
    talkedThrough: { es: "¿Lo hablamos con ellos?", en: "Talked it through?" },
    status: STATUS,
    linkedAction: { es: "Acción vinculada", en: "Linked action" },
    confidential: CONFIDENTIAL,
  },
  scoreHistory: {
    date: DATE,
    period: { es: "Periodo", en: "Period" },
    knowledge: { es: "Conocimiento", en: "Knowledge" },
    trust: { es: "Confianza", en: "Trust" },
    note: { es: "Nota", en: "Note" },
    knowledgeDelta: { es: "Δ Conocimiento", en: "Δ Knowledge" },
    trustDelta: { es: "Δ Confianza", en: "Δ Trust" },
  },
  people: {
    name: { es: "Nombre", en: "Name" },
    role: { es: "Rol", en: "Role" },
    influences: { es: "Influye en", en: "Influences" },
    relationshipNow: { es: "Relación hoy (0–10)", en: "Relationship today (0–10)" },
    relationshipTarget: { es: "Relación objetivo (0–10)", en: "Relationship target (0–10)" },
    attitude: { es: "Actitud (confidencial)", en: "Attitude (confidential)" },
    owner: { es: "Nuestro responsable", en: "Our owner" },
    nextStep: { es: "Próximo paso", en: "Next step" },
  },
  actions: {
    action: { es: "Acción", en: "Action" },
    level: { es: "Nivel de la pirámide", en: "Pyramid level" },
    purpose: { es: "Propósito", en: "Purpose" },
    person: { es: "Persona", en: "Person" },
    owner: OWNER,
    alsoInvolve: { es: "Involucrar también", en: "Also involve" },
    due: { es: "Fecha límite", en: "Due" },
    status: STATUS,
    doneDate: { es: "Fecha hecha", en: "Done on" },
    overdue: { es: "Vencida", en: "Overdue" },
    confidential: CONFIDENTIAL,
  },
  services: {
    service: { es: "Servicio", en: "Service" },
    providedToday: { es: "¿Lo prestamos hoy?", en: "Provided today?" },
    need: { es: "Necesidad que cubre", en: "Client need it covers" },
    opportunity: { es: "Oportunidad", en: "Opportunity" },
  },
  meetings: {
    date: DATE,
    attendees: { es: "Asistentes", en: "Attendees" },
    needsNextYear: { es: "1. Qué necesitan el año que viene", en: "1. What they need next year" },
    fitWithServices: {
      es: "2. Encaje con servicios actuales o posibles",
      en: "2. Fit with services we provide or could",
    },
    experiencesAndProposal: {
      es: "3. Experiencias de otros clientes y propuesta",
      en: "3. Experiences from other clients, and a proposal",
    },
    outcome: { es: "Resultado", en: "Outcome" },
    confidential: CONFIDENTIAL,
  },
  indicators: {
    indicator: { es: "Indicador", en: "Indicator" },
    side: { es: "Dónde", en: "Where" },
    baseline: { es: "Línea base", en: "Baseline" },
    target: { es: "Meta", en: "Target" },
    q1: { es: "T1", en: "Q1" },
    q2: { es: "T2", en: "Q2" },
    q3: { es: "T3", en: "Q3" },
    q4: { es: "T4", en: "Q4" },
    latest: { es: "Último", en: "Latest" },
    percentOfTarget: { es: "% de la meta", en: "% of target" },
    owner: OWNER,
    source: { es: "Fuente", en: "Source" },
    confidential: CONFIDENTIAL,
  },
  commitments: {
    date: DATE,
    commitment: { es: "Compromiso", en: "Commitment" },
    party: { es: "De quién", en: "Whose" },
    owner: OWNER,
    due: { es: "Vence", en: "Due" },
    kept: { es: "¿Cumplido?", en: "Kept?" },
    evidence: { es: "Evidencia", en: "Evidence" },
    confidential: CONFIDENTIAL,
  },
  feedback: {
    date: DATE,
    channel: { es: "Canal", en: "Channel" },
    who: { es: "Quién", en: "Who" },
    comment: { es: "Comentario", en: "Comment" },
    rating: { es: "Valoración (0–10)", en: "Rating (0–10)" },
    followUp: { es: "Acción de seguimiento", en: "Follow-up action" },
    confidential: CONFIDENTIAL,
  },
} as const;

/** Headers of the overdue-by-owner tables (Medir: the client's action owners; Cartera: client owners). */
export const OWNER_TABLE_HEADERS = {
  owner: OWNER,
  overdue: { es: "Acciones vencidas", en: "Overdue actions" },
} as const;
