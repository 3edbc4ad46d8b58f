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
  target: { es: "Puntuación objetivo (0–10)", en: "Target score (0–10)" },
  today: { es: "Hoy", en: "Today" },
  tableCaption: { es: "Clientes clave", en: "Key clients" },
  statusCaption: { es: "Regla del estado", en: "Status rule" },
  chartTitle: { es: "Conocimiento × Confianza", en: "Knowledge × Trust" },
} as const;

/** The status rule written next to the Cartera table, one line per status, in evaluation order. */
export const STATUS_RULE = {
  archived: {
    es: "cliente retirado de la cartera; sus hojas quedan ocultas.",
    en: "client retired from the portfolio; its sheets are hidden.",
  },
  unscored: { es: "falta Conocimiento o Confianza.", en: "Knowledge or Trust is missing." },
  red: {
    es: "una puntuación por debajo de 5, o el cliente incumplió 3 o más compromisos seguidos.",
    en: "a score below 5, or the client missed 3 or more commitments in a row.",
  },
  green: {
    es: "las dos puntuaciones ≥ objetivo, ninguna acción vencida, ninguna decepción abierta y menos de 2 incumplimientos seguidos del cliente.",
    en: "both scores ≥ target, no overdue action, no open disappointment and fewer than 2 client misses in a row.",
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
  prompt: {
    es: "Descubre y escucha con humildad lo que necesita este cliente: qué sabes de sus retos, cuánto confía en ti y qué le ha decepcionado.",
    en: "Discover and listen, with humility, to what this client needs: what you know of their challenges, how much they trust you, what disappointed them.",
  },
  identityCaption: { es: "Ficha del cliente", en: "Client card" },
  name: { es: "Cliente", en: "Client" },
  owner: { es: "Responsable", en: "Owner" },
  sector: { es: "Sector", en: "Sector" },
  direction: { es: "Dirección", en: "Direction" },
  kind: { es: "Tipo", en: "Type" },
  state: { es: "Situación", en: "State" },
  planYear: { es: "Año del plan", en: "Plan year" },
  profile: { es: "¿Quién es y qué espera de nosotros?", en: "Who are they, and what do they expect from us?" },
  scoresCaption: { es: "Puntuaciones (0–10)", en: "Scores (0–10)" },
  knowledge: {
    es: "Conocimiento: ¿cuánto sé de sus retos, problemas y oportunidades?",
    en: "Knowledge: how much do I know of their challenges, problems and opportunities?",
  },
  trust: {
    es: "Confianza: ¿cuánto confían en mí y en mi organización?",
    en: "Trust: how much do they trust me and my organisation?",
  },
  evidence: { es: "¿Por qué este número?", en: "Why this number?" },
  gap: { es: "Brecha hasta el objetivo", en: "Gap to target" },
  factorsCaption: { es: "Qué explica la confianza (0–10, opcional)", en: "What explains trust (0–10, optional)" },
  credibility: { es: "Credibilidad", en: "Credibility" },
  reliability: { es: "Fiabilidad", en: "Reliability" },
  intimacy: { es: "Cercanía", en: "Intimacy" },
  selfOrientation: { es: "Autoorientación (más alto = peor)", en: "Self-orientation (higher = worse)" },
} as const;

/** Texts of a client's Ajustar sheet. */
export const AJUSTAR_TEXT = {
  titleSuffix: { es: " — Ajustar: planificar", en: " — Adjust: plan" },
  prompt: {
    es: "Planifica con la Pirámide de Influencia: cómo ganar su confianza, con quién relacionarte y qué escuchar y aprender para llegar a 9 o 10.",
    en: "Plan with the Influence Pyramid: how to earn their trust, whom to build relationships with, what to listen to and learn to reach 9 or 10.",
  },
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
  prompt: {
    es: "Sigue el progreso, mide el impacto en el cliente y en nuestra empresa, y pide su opinión de forma continua.",
    en: "Follow progress, measure the impact on the client and on our company, and ask for their feedback continuously.",
  },
  summaryCaption: { es: "Resumen", en: "Summary" },
  actionsTotal: { es: "Acciones", en: "Actions" },
  actionsDone: { es: "Hechas", en: "Done" },
  actionsOverdue: { es: "Vencidas", en: "Overdue" },
  percentDone: { es: "% hechas", en: "% done" },
  openDisappointments: { es: "Decepciones abiertas", en: "Open disappointments" },
  lastFeedback: { es: "Último feedback", en: "Last feedback" },
  trustTrend: { es: "Tendencia de la confianza", en: "Trust trend" },
  clientMisses: { es: "Incumplimientos seguidos del cliente", en: "Client misses in a row" },
  streakRed: {
    es: "⚠ 3 o más incumplimientos seguidos del cliente: revisad el acuerdo de trabajo.",
    en: "⚠ The client missed 3+ commitments in a row: review the working agreement.",
  },
  streakAmber: {
    es: "2 incumplimientos seguidos del cliente: volved al acuerdo de trabajo.",
    en: "The client missed 2 commitments in a row: go back to the working agreement.",
  },
  agreementLink: { es: "→ Ir al acuerdo de trabajo", en: "→ Go to the working agreement" },
  agreementCaption: { es: "Acuerdo de trabajo", en: "Working agreement" },
  reviewCadence: { es: "Cadencia de revisión", en: "Review cadence" },
  sponsorReceives: { es: "Qué recibe el patrocinador", en: "What the sponsor receives" },
  teamReceives: { es: "Qué reciben las personas con las que trabajamos", en: "What the people we work with receive" },
  confidentialMatters: { es: "Qué es confidencial", en: "What stays confidential" },
} as const;

/** The caption above each per-client table: its title and the question it answers (DESIGN §2). */
export const TABLE_CAPTIONS = {
  challenges: {
    es: "Retos, problemas y oportunidades: ¿qué sabemos y lo hemos confirmado con ellos?",
    en: "Challenges, problems and opportunities: what do we know, and have they confirmed it?",
  },
  expectations: {
    es: "Expectativas: ¿qué esperan de nosotros y cómo lo cumplimos?",
    en: "Expectations: what do they expect from us, and how do we meet it?",
  },
  disappointments: {
    es: "Decepciones: ¿asumimos la responsabilidad? ¿Lo hablamos con ellos?",
    en: "Disappointments: did we take responsibility? Did we talk it through with them?",
  },
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
  services: {
    es: "Servicios: lo que ya prestamos y lo que podríamos prestar",
    en: "Services: what we provide today, and what we could",
  },
  meetings: {
    es: "Reuniones para dar: prepáralas en torno a 2 o 3 puntos",
    en: "Meetings to give: prepare them around 2 or 3 points",
  },
  indicators: {
    es: "Indicadores de impacto: en nuestra empresa y en el cliente",
    en: "Impact indicators: on our company and on the client",
  },
  commitments: {
    es: "Compromisos en los dos sentidos: los nuestros y los del cliente",
    en: "Commitments both ways: ours and the client's",
  },
  feedback: { es: "Feedback del cliente: pídelo de forma continua", en: "Client feedback: ask for it continuously" },
} as const;

const CONFIDENTIAL: Bilingual = { es: "Confidencial", en: "Confidential" };
const DATE: Bilingual = { es: "Fecha", en: "Date" };
const OWNER: Bilingual = { es: "Responsable", en: "Owner" };
const STATUS: Bilingual = { es: "Estado", en: "Status" };

/** Headers of every per-client table, by table kind and column key (keys are the domain field names). */
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

/** Input messages and error alerts of data validation. */
export const VALIDATION_TEXT = {
  scorePromptTitle: { es: "Puntuación de 0 a 10", en: "Score from 0 to 10" },
  scorePrompt: {
    es: "Un número entero de 0 a 10. Déjalo vacío si aún no has puntuado.",
    en: "A whole number from 0 to 10. Leave it empty if not scored yet.",
  },
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
