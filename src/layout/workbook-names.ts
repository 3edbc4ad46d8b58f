/**
 * The identifiers the workbook is addressed by: sheet keys, table names and defined names.
 * Every client-scoped identifier carries the client's stable id, so the add-in finds a client's
 * sheets after a user renames or moves them. Identifiers are the same in both plan languages.
 */
import type { ClientId, ClientPhase } from "../domain/plan";

export type { ClientPhase };

/** Workbook-level defined names (DESIGN §3.1). */
export const WORKBOOK_NAMES = {
  /** Plan year, e.g. 2027. */
  planYear: "vamAnioPlan",
  /** Target score, 0–10. */
  target: "vamObjetivo",
  /** `=TODAY()`: the workbook's only volatile formula. */
  today: "vamHoy",
  /** Plan language code (`es` / `en`), on the very hidden meta sheet. */
  language: "vamIdioma",
  /** Schema version of the workbook layout, on the very hidden meta sheet. */
  schemaVersion: "vamVersion",
} as const;

/** Name of the portfolio (Cartera) table: one row per client. */
export const PORTFOLIO_TABLE = "vamCartera";

/** Name of Cartera's table of overdue actions by client owner (owners listed at build time; users add more). */
export const PORTFOLIO_OWNER_TABLE = "vamVencidasPorResponsable";

/** Range name over the caption of `PORTFOLIO_OWNER_TABLE`: where the link in Cartera's settings block goes. */
export const PORTFOLIO_OWNER_ANCHOR = "vamIrVencidasPorResponsable";

/** Sheet keys of the workbook-level sheets. */
export const SHEET_KEYS = { portfolio: "portfolio", lists: "lists", meta: "meta" } as const;

/** Every phase, in tab order. */
export const CLIENT_PHASES: readonly ClientPhase[] = ["ver", "ajustar", "medir"];

/** Stable key of a client's sheet in a spec, e.g. `ver:k3x9q2ab`. */
export function clientSheetKey(phase: ClientPhase, id: ClientId): string {
  return `${phase}:${id}`;
}

/** The per-client tables, by semantic kind. */
export type ClientTableKind =
  | "challenges"
  | "expectations"
  | "disappointments"
  | "scoreHistory"
  | "people"
  | "actions"
  | "services"
  | "meetings"
  | "indicators"
  | "commitments"
  | "feedback";

/** Table-name stem of each per-client table (Excel table names: letters, digits, `_`). */
export const CLIENT_TABLE_STEMS: Readonly<Record<ClientTableKind, string>> = {
  challenges: "vamRetos",
  expectations: "vamExpectativas",
  disappointments: "vamDecepciones",
  scoreHistory: "vamHistorial",
  people: "vamPersonas",
  actions: "vamAcciones",
  services: "vamServicios",
  meetings: "vamReuniones",
  indicators: "vamIndicadores",
  commitments: "vamCompromisos",
  feedback: "vamFeedback",
};

/**
 * Table-name stem of a client's overdue-by-owner table on Medir. Not one of CLIENT_TABLE_STEMS: it holds no
 * domain rows (its owners are listed at build time and its counts are formulas), so readers skip it.
 */
export const CLIENT_OWNER_TABLE_STEM = "vamVencidasResp";

/** Name of a client's overdue-by-owner table, e.g. `vamVencidasResp_k3x9q2ab`. */
export function clientOwnerTableName(id: ClientId): string {
  return `${CLIENT_OWNER_TABLE_STEM}_${id}`;
}

/** Name of one of a client's tables, e.g. `vamAcciones_k3x9q2ab`. */
export function clientTableName(kind: ClientTableKind, id: ClientId): string {
  return `${CLIENT_TABLE_STEMS[kind]}_${id}`;
}

/**
 * The per-client named cells, by semantic kind. The client's identity (name, owner, sector, direction,
 * kind, state) lives on its own Ver sheet, so a Cartera row lost to a co-authoring race holds nothing
 * typed and can be rebuilt from the client's sheets.
 */
export type ClientCellKind =
  | "name"
  | "owner"
  | "sector"
  | "direction"
  | "kind"
  | "state"
  | "anchorVer"
  | "anchorAjustar"
  | "anchorMedir"
  | "knowledge"
  | "trust"
  | "knowledgeEvidence"
  | "trustEvidence"
  | "credibility"
  | "reliability"
  | "intimacy"
  | "selfOrientation"
  | "profile"
  | "reviewCadence"
  | "sponsorReceives"
  | "teamReceives"
  | "confidentialMatters";

/** Defined-name stem of each per-client named cell. */
export const CLIENT_NAME_STEMS: Readonly<Record<ClientCellKind, string>> = {
  name: "vamNombre",
  owner: "vamResponsable",
  sector: "vamSector",
  direction: "vamDireccion",
  kind: "vamTipo",
  state: "vamSituacion",
  anchorVer: "vamVer",
  anchorAjustar: "vamAjustar",
  anchorMedir: "vamMedir",
  knowledge: "vamConocimiento",
  trust: "vamConfianza",
  knowledgeEvidence: "vamEvidenciaConocimiento",
  trustEvidence: "vamEvidenciaConfianza",
  credibility: "vamCredibilidad",
  reliability: "vamFiabilidad",
  intimacy: "vamIntimidad",
  selfOrientation: "vamAutoorientacion",
  profile: "vamPerfil",
  reviewCadence: "vamCadencia",
  sponsorReceives: "vamInfoPatrocinador",
  teamReceives: "vamInfoEquipo",
  confidentialMatters: "vamConfidencial",
};

/**
 * The phase sheet each named cell lives on (the layout's placement, pinned by test/layout against the built
 * sheets), so a reader can tell what a lost sheet took with it without building a client's layout.
 */
export const CLIENT_CELL_PHASE: Readonly<Record<ClientCellKind, ClientPhase>> = {
  name: "ver",
  owner: "ver",
  sector: "ver",
  direction: "ver",
  kind: "ver",
  state: "ver",
  anchorVer: "ver",
  anchorAjustar: "ajustar",
  anchorMedir: "medir",
  knowledge: "ver",
  trust: "ver",
  knowledgeEvidence: "ver",
  trustEvidence: "ver",
  credibility: "ver",
  reliability: "ver",
  intimacy: "ver",
  selfOrientation: "ver",
  profile: "ver",
  reviewCadence: "medir",
  sponsorReceives: "medir",
  teamReceives: "medir",
  confidentialMatters: "medir",
};

/** Name of one of a client's named cells, e.g. `vamConfianza_k3x9q2ab`. */
export function clientCellName(kind: ClientCellKind, id: ClientId): string {
  return `${CLIENT_NAME_STEMS[kind]}_${id}`;
}

/** Anchor name of a phase sheet (cell A1), the target of links and how a renamed sheet is found. */
export function phaseAnchorName(phase: ClientPhase, id: ClientId): string {
  const kind: ClientCellKind = phase === "ver" ? "anchorVer" : phase === "ajustar" ? "anchorAjustar" : "anchorMedir";
  return clientCellName(kind, id);
}

/**
 * Defined-name stem of the marker an in-place Nuevo año leaves on each of last year's clients: a formula
 * name `=<year>` (the plan year it closed). Readers skip a client that has one, so last year's archived
 * sheets keep every name and table (their formulas keep working) without being read as current clients.
 * Not one of CLIENT_NAME_STEMS: it is no cell of the client.
 */
export const CLIENT_CLOSED_STEM = "vamAnioCerrado";

/** The closed-year marker of a client, e.g. `vamAnioCerrado_k3x9q2ab`. */
export function clientClosedName(id: ClientId): string {
  return `${CLIENT_CLOSED_STEM}_${id}`;
}

/**
 * Defined-name stem of the anchor (cell A1) of a client's report sheet in the workbook (*Informe para
 * compartir*): how the add-in finds its own report sheet to refresh it, whatever the sheet is called now.
 * Not one of CLIENT_NAME_STEMS: the report holds no input of the client.
 */
export const REPORT_ANCHOR_STEM = "vamInforme";

/** The anchor of a client's report sheet, e.g. `vamInforme_k3x9q2ab`. */
export function reportAnchorName(id: ClientId): string {
  return `${REPORT_ANCHOR_STEM}_${id}`;
}

/**
 * Chart-name stem of a client's score-history chart on Ver. Chart names (`Chart.name`) are no defined names
 * and share no namespace with them; the id makes the chart findable by name on whatever the sheet is called
 * now, and tells last year's chart (kept on its archived sheet) from the new year's.
 */
export const CLIENT_HISTORY_CHART_STEM = "vamGraficoHistorial";

/** The name of a client's score-history chart, e.g. `vamGraficoHistorial_k3x9q2ab`. */
export function clientHistoryChartName(id: ClientId): string {
  return `${CLIENT_HISTORY_CHART_STEM}_${id}`;
}

/** Chart name of Cartera's Knowledge × Trust chart. */
export const PORTFOLIO_CHART = "vamGraficoCartera";

/** The closed lists of src/i18n/vocabulary.ts that data validation draws from (DESIGN §3.1). */
export type ClosedListKind =
  | "direction"
  | "clientKind"
  | "clientState"
  | "pyramidLevel"
  | "actionPurpose"
  | "actionStatus"
  | "personRole"
  | "attitude"
  | "challengeKind"
  | "expectationStatus"
  | "disappointmentStatus"
  | "impactSide"
  | "commitmentParty"
  | "commitmentKept"
  | "yesNo";

/** Workbook-level defined name over the cells of each closed list on the hidden lists sheet. */
export const LIST_NAMES: Readonly<Record<ClosedListKind, string>> = {
  direction: "vamListaDireccion",
  clientKind: "vamListaTipo",
  clientState: "vamListaSituacion",
  pyramidLevel: "vamListaNivel",
  actionPurpose: "vamListaProposito",
  actionStatus: "vamListaEstadoAccion",
  personRole: "vamListaRol",
  attitude: "vamListaActitud",
  challengeKind: "vamListaTipoReto",
  expectationStatus: "vamListaEstadoExpectativa",
  disappointmentStatus: "vamListaEstadoDecepcion",
  impactSide: "vamListaLado",
  commitmentParty: "vamListaParte",
  commitmentKept: "vamListaCumplido",
  yesNo: "vamListaSiNo",
};
