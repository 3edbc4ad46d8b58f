/**
 * Every word the workbook shows that is not a closed-list label: sheet names, titles, prompts, captions,
 * table headers, the status rule and data-validation messages, in Spanish and English. Keys are stable
 * identifiers (table-column keys equal the domain field names); only the texts change with the language.
 */
import type { PlanLanguage } from "../domain/plan";

/** One text in both plan languages. */
export type Bilingual = Readonly<Record<PlanLanguage, string>>;

/** Phase labels that end a client's sheet names (`Acme · Ver`). */
export const PHASE_LABELS = {
  es: { ver: "Ver", ajustar: "Ajustar", medir: "Medir" },
  en: { ver: "See", ajustar: "Adjust", medir: "Measure" },
} as const;

/** Names of the workbook-level sheets. */
export const SHEET_NAMES = {
  portfolio: { es: "Cartera", en: "Portfolio" },
  lists: { es: "Listas", en: "Lists" },
  meta: { es: "Meta", en: "Meta" },
} as const;

/** Portfolio status labels, in the plan language (docs/WORKBOOK.md, figure "status"). */
export const STATUS_LABELS = {
  red: { es: "rojo", en: "red" },
  amber: { es: "ámbar", en: "amber" },
  green: { es: "verde", en: "green" },
  unscored: { es: "sin puntuar", en: "unscored" },
  archived: { es: "archivado", en: "archived" },
} as const;

/** Texts of the Cartera sheet. */
export const PORTFOLIO_TEXT = {
  titlePrefix: { es: "Plan de clientes clave V.A.M. — ", en: "V.A.M. key account plan — " },
  prompt: {
    es: "Una fila por cliente clave. Las cifras se calculan solas desde sus hojas Ver, Ajustar y Medir; haz clic en el nombre para abrirlas.",
    en: "One row per key client. Figures update themselves from each client's See, Adjust and Measure sheets; click a name to open them.",
  },
  settingsCaption: { es: "Ajustes del plan", en: "Plan settings" },
  planYear: { es: "Año del plan", en: "Plan year" },
  target: { es: "Objetivo (0–10)", en: "Target (0–10)" },
  today: { es: "Hoy", en: "Today" },
  tableCaption: { es: "Clientes clave", en: "Key clients" },
  statusCaption: { es: "Regla del estado", en: "Status rule" },
  directionCaption: { es: "Por dirección", en: "By direction" },
  directionClients: { es: "Activos", en: "Active" },
  directionRed: { es: "En rojo", en: "Red" },
  directionOverdue: { es: "Vencidas", en: "Overdue" },
  ownersLink: {
    es: "→ Acciones vencidas por responsable (tabla a la derecha)",
    en: "→ Overdue actions by owner (table on the right)",
  },
  ownersCaption: { es: "Acciones vencidas por responsable", en: "Overdue actions by owner" },
  signalRed: { es: "⚠ revisar ya", en: "⚠ review now" },
  signalAmber: { es: "→ repasar", en: "→ revisit" },
  chartTitle: { es: "Conocimiento × Confianza", en: "Knowledge × Trust" },
} as const;

/** The status rule written next to the Cartera table, one line per status, in evaluation order. */
export const STATUS_RULE = {
  archived: {
    es: "retirado de la cartera; sus hojas quedan ocultas.",
    en: "retired from the portfolio; its sheets are hidden.",
  },
  unscored: { es: "falta Conocimiento o Confianza.", en: "Knowledge or Trust is missing." },
  red: {
    es: "una puntuación < 5, o 3+ incumplimientos seguidos del cliente.",
    en: "a score < 5, or the client missed 3+ commitments in a row.",
  },
  green: {
    es: "ambas ≥ objetivo, nada vencido, ninguna decepción abierta y < 2 incumplimientos seguidos.",
    en: "both ≥ target, nothing overdue, no open disappointment and < 2 client misses in a row.",
  },
  amber: { es: "todo lo demás.", en: "everything else." },
} as const;

/** Headers of the Cartera table, by column key. */
export const PORTFOLIO_HEADERS = {
  name: { es: "Cliente", en: "Client" },
  owner: { es: "Responsable", en: "Owner" },
  direction: { es: "Dirección", en: "Direction" },
  knowledge: { es: "Conocimiento", en: "Knowledge" },
  trust: { es: "Confianza", en: "Trust" },
  knowledgeGap: { es: "Brecha conocimiento", en: "Knowledge gap" },
  trustGap: { es: "Brecha confianza", en: "Trust gap" },
  openDisappointments: { es: "Decepciones abiertas", en: "Open disappointments" },
  openActions: { es: "Acciones abiertas", en: "Open actions" },
  overdueActions: { es: "Acciones vencidas", en: "Overdue actions" },
  percentDone: { es: "% hechas", en: "% done" },
  clientMissStreak: { es: "Incumplimientos seguidos del cliente", en: "Client misses in a row" },
  lastFeedback: { es: "Último feedback", en: "Last feedback" },
  trustTrend: { es: "Tendencia confianza", en: "Trust trend" },
  agreement: { es: "Acuerdo de trabajo", en: "Working agreement" },
  topHeavy: { es: "Pirámide invertida", en: "Top-heavy pyramid" },
  status: { es: "Estado", en: "Status" },
  id: { es: "Id", en: "Id" },
} as const;

/** Texts of the hidden lists sheet; `headers` name each closed list's column. */
export const LISTS_TEXT = {
  title: { es: "Listas", en: "Lists" },
  prompt: {
    es: "Listas de la validación de datos. No las edites: el complemento las mantiene.",
    en: "Lists behind data validation. Do not edit them: the add-in maintains them.",
  },
  headers: {
    direction: { es: "Dirección", en: "Direction" },
    clientKind: { es: "Tipo de cliente", en: "Client type" },
    clientState: { es: "Situación", en: "State" },
    pyramidLevel: { es: "Nivel de la pirámide", en: "Pyramid level" },
    actionPurpose: { es: "Propósito", en: "Purpose" },
    actionStatus: { es: "Estado de la acción", en: "Action status" },
    personRole: { es: "Rol", en: "Role" },
    attitude: { es: "Actitud", en: "Attitude" },
    challengeKind: { es: "Tipo de reto", en: "Challenge type" },
    expectationStatus: { es: "Estado de la expectativa", en: "Expectation status" },
    disappointmentStatus: { es: "Estado de la decepción", en: "Disappointment status" },
    impactSide: { es: "Dónde", en: "Where" },
    commitmentParty: { es: "De quién", en: "Whose" },
    commitmentKept: { es: "Cumplido", en: "Kept" },
    yesNo: { es: "Sí o no", en: "Yes or no" },
  },
} as const;

/** Texts of the very hidden meta sheet. */
export const META_TEXT = {
  title: { es: "Datos del complemento", en: "Add-in data" },
  prompt: { es: "Hoja reservada al complemento.", en: "Reserved for the add-in." },
  schemaVersion: { es: "Versión del formato", en: "Layout version" },
  language: { es: "Idioma del plan", en: "Plan language" },
} as const;

/** Texts of a client's Ver sheet. */
export const VER_TEXT = {
  titleSuffix: { es: " — Ver: descubrir y escuchar", en: " — See: discover and listen" },
  owner: { es: "Responsable", en: "Owner" },
  sector: { es: "Sector", en: "Sector" },
  direction: { es: "Dirección", en: "Direction" },
  kind: { es: "Tipo", en: "Type" },
  state: { es: "Situación", en: "State" },
  planYear: { es: "Año del plan", en: "Plan year" },
  scoresCaption: { es: "Puntuaciones (0–10)", en: "Scores (0–10)" },
  evidence: { es: "¿Por qué este número?", en: "Why this number?" },
  gap: { es: "Brecha hasta el objetivo", en: "Gap to target" },
  factorsCaption: { es: "Qué explica la confianza (0–10, opcional)", en: "What explains trust (0–10, optional)" },
  credibility: { es: "Credibilidad", en: "Credibility" },
  reliability: { es: "Fiabilidad", en: "Reliability" },
  intimacy: { es: "Cercanía", en: "Intimacy" },
  selfOrientation: { es: "Autoorientación (más alto = peor)", en: "Self-orientation (higher = worse)" },
  suggestedTrust: { es: "Confianza que sugieren (0–10)", en: "Trust they suggest (0–10)" },
  suggestedTrustNote: {
    es: "Ecuación de Maister (C + F + Ce) / A llevada a 0–10: 10·(C+F+Ce) / (C+F+Ce+3·A). Vacía mientras falte alguna.",
    en: "Maister's trust equation (C + R + I) / S on 0–10: 10·(C+R+I) / (C+R+I+3·S). Blank while any is missing.",
  },
  trustTrend: { es: "Confianza desde la última instantánea", en: "Trust since the last snapshot" },
  historyChart: { es: "Evolución de Conocimiento y Confianza", en: "Knowledge and Trust over time" },
} as const;

/** Texts of a client's Ajustar sheet. */
export const AJUSTAR_TEXT = {
  titleSuffix: { es: " — Ajustar: planificar", en: " — Adjust: plan" },
  pyramidCaption: { es: "Pirámide de Influencia", en: "Influence Pyramid" },
  level: { es: "Nivel", en: "Level" },
  count: { es: "Acciones", en: "Actions" },
  lowerLevels: {
    es: "La mayor parte del esfuerzo va en los niveles de abajo.",
    en: "Most effort belongs at the lower levels.",
  },
  levelBelow: {
    es: "Un problema en un nivel se resuelve en un nivel inferior.",
    en: "A problem at one level is solved at a level below it.",
  },
  topHeavy: {
    es: "⚠ Pirámide invertida: más acciones en los niveles 5–6 que en los 1–4.",
    en: "⚠ Top-heavy: more actions at levels 5–6 than at levels 1–4.",
  },
} as const;

/** Texts of a client's Medir sheet. */
export const MEDIR_TEXT = {
  titleSuffix: { es: " — Medir: rendir cuentas", en: " — Measure: be accountable" },
  summaryCaption: { es: "Resumen", en: "Summary" },
  actionsTotal: { es: "Acciones", en: "Actions" },
  actionsDone: { es: "Hechas", en: "Done" },
  actionsOverdue: { es: "Vencidas", en: "Overdue" },
  percentDone: { es: "% hechas", en: "% done" },
  openDisappointments: { es: "Decepciones abiertas", en: "Open disappointments" },
  lastFeedback: { es: "Último feedback", en: "Last feedback" },
  trustTrend: { es: "Tendencia de la confianza", en: "Trust trend" },
  agreementLink: { es: "→ Ir al acuerdo de trabajo", en: "→ Go to the working agreement" },
  ownersCaption: { es: "Vencidas por responsable: ¿quién va con retraso?", en: "Overdue by owner: who is behind?" },
  agreementCaption: { es: "Acuerdo de trabajo", en: "Working agreement" },
  reviewCadence: { es: "Cadencia de revisión", en: "Review cadence" },
  sponsorReceives: { es: "Qué recibe el patrocinador", en: "What the sponsor receives" },
  teamReceives: { es: "Qué reciben las personas con las que trabajamos", en: "What the people we work with receive" },
  confidentialMatters: { es: "Qué es confidencial", en: "What stays confidential" },
} as const;

/**
 * The caption above the per-client tables whose question is the same in every direction (DESIGN §2); the
 * others are in direction-text.ts.
 */
export const TABLE_CAPTIONS = {
  scoreHistory: {
    es: "Historial de puntuaciones: se añade, nunca se reescribe",
    en: "Score history: appended, never rewritten",
  },
  people: {
    es: "Personas: ¿quién decide, quién le influye y cómo construimos cada relación?",
    en: "People: who decides, who influences them, and how do we build each relationship?",
  },
  actions: {
    es: "Acciones: ¿qué haremos, en qué nivel, quién y para cuándo?",
    en: "Actions: what we will do, at which level, who, and by when",
  },
  meetings: {
    es: "Reuniones para dar: prepáralas en torno a 2 o 3 puntos",
    en: "Meetings to give: prepare them around 2 or 3 points",
  },
} as const;

/** Input messages and error alerts of data validation. */
export const VALIDATION_TEXT = {
  scorePromptTitle: { es: "Puntuación de 0 a 10", en: "Score from 0 to 10" },
  scorePrompt: {
    es: "Un número entero de 0 a 10. Déjalo vacío si aún no has puntuado.",
    en: "A whole number from 0 to 10. Leave it empty if not scored yet.",
  },
  knowledgePromptTitle: { es: "Conocimiento (0 a 10)", en: "Knowledge (0 to 10)" },
  trustPromptTitle: { es: "Confianza (0 a 10)", en: "Trust (0 to 10)" },
  scoreErrorTitle: { es: "Puntuación no válida", en: "Invalid score" },
  scoreError: { es: "Escribe un número entero de 0 a 10.", en: "Type a whole number from 0 to 10." },
  dateErrorTitle: { es: "Fecha no válida", en: "Invalid date" },
  dateError: { es: "Escribe una fecha válida.", en: "Type a valid date." },
  listErrorTitle: { es: "Valor no válido", en: "Invalid value" },
  listError: { es: "Elige un valor de la lista.", en: "Pick a value from the list." },
  numberErrorTitle: { es: "Número no válido", en: "Invalid number" },
  numberError: { es: "Escribe un número.", en: "Type a number." },
  yearPromptTitle: { es: "Año del plan", en: "Plan year" },
  yearPrompt: { es: "El año que planificas, por ejemplo 2027.", en: "The year you are planning, e.g. 2027." },
  yearErrorTitle: { es: "Año no válido", en: "Invalid year" },
  yearError: { es: "Escribe un año entre 2000 y 2100.", en: "Type a year between 2000 and 2100." },
  targetPrompt: {
    es: "La puntuación a la que aspiran Conocimiento y Confianza, de 0 a 10 (normalmente 9).",
    en: "The score Knowledge and Trust aim at, 0 to 10 (usually 9).",
  },
} as const;

export { TABLE_HEADERS } from "./table-headers";
