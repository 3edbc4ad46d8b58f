/**
 * The words of the shareable report sheet (src/layout/report-sheet.ts) and of the roll-forward's closing
 * snapshot, in Spanish and English. The report is read by the client or the sponsor, so its wording
 * addresses them, not the account team (closed-list labels still come from src/i18n/vocabulary.ts).
 */
import type { PlanLanguage } from "../domain/plan";
import type { Bilingual } from "./workbook-text";

/** Period label of the snapshot a roll-forward appends when it closes `year`: "Cierre 2026". */
export function closingPeriod(year: number, language: PlanLanguage): string {
  return `${CLOSING_PERIOD_PREFIX[language]} ${year}`;
}

const CLOSING_PERIOD_PREFIX: Bilingual = { es: "Cierre", en: "Close" };

/** The report sheet's title, subtitle and notes. */
export const REPORT_TEXT = {
  /** Ends the report sheet's name: `Acme · Informe`. */
  sheetLabel: { es: "Informe", en: "Report" },
  titlePrefix: { es: "Informe para compartir — ", en: "Shareable report — " },
  plan: { es: "Plan", en: "Plan" },
  date: { es: "Fecha del informe", en: "Report date" },
  owner: { es: "Responsable", en: "Account lead" },
  note: {
    es: "Resumen preparado para compartir: no incluye información confidencial ni notas internas.",
    en: "Summary prepared for sharing: it leaves out confidential information and internal notes.",
  },
  nothingYet: { es: "Nada que mostrar todavía.", en: "Nothing to show yet." },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** Section and sub-section captions, in reading order. */
export const REPORT_CAPTIONS = {
  scores: { es: "Puntuaciones (0–10)", en: "Scores (0–10)" },
  trend: { es: "Evolución de las puntuaciones", en: "How the scores evolved" },
  heard: { es: "Lo que hemos escuchado", en: "What we heard" },
  challenges: { es: "Retos, problemas y oportunidades", en: "Challenges, problems and opportunities" },
  expectations: { es: "Expectativas", en: "Expectations" },
  commitments: { es: "Compromisos en los dos sentidos", en: "Commitments both ways" },
  ours: { es: "Nuestros compromisos", en: "Our commitments" },
  theirs: { es: "Compromisos del cliente", en: "The client's commitments" },
  actions: { es: "Lo que hemos hecho y lo que está en marcha", en: "What we did and what is under way" },
  done: { es: "Hecho", en: "Done" },
  open: { es: "En marcha", en: "Under way" },
  indicators: { es: "Indicadores de impacto", en: "Impact indicators" },
  meeting: { es: "Próxima reunión: puntos de enfoque", en: "Next meeting: focus points" },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** Column headers and row labels of the report's sections. */
export const REPORT_HEADERS = {
  knowledge: { es: "Conocimiento de vuestros retos", en: "Knowledge of your challenges" },
  trust: { es: "Confianza", en: "Trust" },
  score: { es: "Puntuación", en: "Score" },
  target: { es: "Objetivo", en: "Target" },
  gap: { es: "Brecha", en: "Gap" },
  period: { es: "Periodo", en: "Period" },
  current: { es: "Actual", en: "Current" },
  date: { es: "Fecha", en: "Date" },
  knowledgeShort: { es: "Conocimiento", en: "Knowledge" },
  delta: { es: "Δ", en: "Δ" },
  description: { es: "Descripción", en: "Description" },
  kind: { es: "Tipo", en: "Type" },
  confirmed: { es: "¿Confirmado?", en: "Confirmed?" },
  expectation: { es: "Expectativa", en: "Expectation" },
  howWeMeetIt: { es: "Cómo la cumplimos", en: "How we meet it" },
  status: { es: "Estado", en: "Status" },
  commitment: { es: "Compromiso", en: "Commitment" },
  owner: { es: "Responsable", en: "Owner" },
  due: { es: "Vence", en: "Due" },
  kept: { es: "¿Cumplido?", en: "Kept?" },
  action: { es: "Acción", en: "Action" },
  doneDate: { es: "Hecha el", en: "Done on" },
  indicator: { es: "Indicador", en: "Indicator" },
  side: { es: "Dónde", en: "Where" },
  baseline: { es: "Línea base", en: "Baseline" },
  indicatorTarget: { es: "Meta", en: "Target" },
  q1: { es: "T1", en: "Q1" },
  q2: { es: "T2", en: "Q2" },
  q3: { es: "T3", en: "Q3" },
  q4: { es: "T4", en: "Q4" },
  latest: { es: "Último", en: "Latest" },
  percentOfTarget: { es: "% de la meta", en: "% of target" },
  needsNextYear: { es: "1. Necesidades para el año que viene", en: "1. Needs for next year" },
  fitWithServices: { es: "2. Encaje con nuestros servicios", en: "2. Fit with our services" },
  experiencesAndProposal: {
    es: "3. Experiencias de otros clientes y propuesta",
    en: "3. Experiences from other clients, and a proposal",
  },
} as const satisfies Readonly<Record<string, Bilingual>>;
