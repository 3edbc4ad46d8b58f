/**
 * What the task pane needs from the use cases (src/app), as one port. The bootstrap wires it to the real use
 * cases over Office.js (app-services.ts); the views only ever see this interface, so each view can be
 * driven by the real app on excel-sim in the browser tests.
 */
import type { AppResult } from "../app/result";
import type { ImportIssue, RejectedClientRow } from "../domain/client-csv";
import type { HealthFinding } from "../domain/health-check";
import type {
  ClientId,
  ClientPhase,
  IsoDate,
  NewClientFields,
  Plan,
  PlanLanguage,
  PyramidLevel,
  Score,
} from "../domain/plan";
import type { PortfolioFigures } from "../domain/portfolio";
import type { RollForwardSummary } from "../domain/roll-forward";
import type { StructureFinding } from "../layout/read-findings";

/** What the pane shows: the plan read from the workbook, its figures and health-check findings. */
export interface PaneData {
  readonly plan: Plan;
  readonly figures: PortfolioFigures;
  readonly findings: readonly HealthFinding[];
  /** The day the figures were computed for (`vamHoy`). */
  readonly today: IsoDate;
  /** Clients whose build did not finish (a failed add or import): Repair completes them. */
  readonly incomplete: readonly ClientId[];
  /** What the reader noticed about the workbook's structure (a deleted table, an orphan Cartera row...). */
  readonly structure: readonly StructureFinding[];
}

/** What Nuevo año will do (its preview) or did. */
export interface YearEndOutcome {
  /** The year was already closed by an earlier run: nothing changed. */
  readonly alreadyDone: boolean;
  /** What moves into the new year and what stays in last year's sheets. */
  readonly summary: RollForwardSummary;
  /** A Nuevo año of this year had stopped part-way: this one finishes it. */
  readonly resumed: boolean;
  /** An example of last year's sheet names (`Acme · Ver 2026`); `null` without clients. */
  readonly exampleSheetName: string | null;
}

/** What making a client's report did. */
export interface ReportOutcome {
  readonly sheetName: string;
  /** Rows flagged confidential, left out. */
  readonly confidentialRows: number;
  /** People of the influence map, left out. */
  readonly people: number;
}

/** Settings of a new plan. */
export interface PlanSettings {
  readonly year: number;
  /** Target score, 0–10. */
  readonly targetScore: Score;
  readonly language: PlanLanguage;
}

/** A new client as the form collects it; the use case assigns the id. */
export type ClientDraft = Omit<NewClientFields, "id">;

/** What an import did: how many clients were added, which rows were rejected and why. */
export interface ImportOutcome {
  readonly added: number;
  readonly rejected: readonly RejectedClientRow[];
  readonly warnings: readonly ImportIssue[];
}

/** An action added from the client view. */
export interface QuickAction {
  readonly action: string;
  readonly level: PyramidLevel;
  readonly owner: string;
  readonly due: IsoDate | null;
}

/** A score snapshot request: which clients (`all`: every active one), the period label and a note. */
export interface SnapshotRequest {
  readonly clientIds: "all" | readonly ClientId[];
  readonly period: string;
  readonly note: string;
}

/** Where to take the user in the workbook. */
export type GoToTarget =
  | { readonly kind: "phase"; readonly clientId: ClientId; readonly phase: ClientPhase }
  | { readonly kind: "finding"; readonly finding: HealthFinding };

/** Progress of a long operation: steps done out of the total. */
export type ProgressListener = (done: number, total: number) => void;

/** Stops listening to workbook changes. */
export type Unsubscribe = () => Promise<void>;

/** The use cases the pane calls; each returns a result, never throws for a user error. */
export interface PaneServices {
  /** The plan in the workbook; `null` when the workbook has no plan yet. */
  readPlan(): Promise<AppResult<PaneData | null>>;
  setUpPlan(settings: PlanSettings, onProgress?: ProgressListener): Promise<AppResult<unknown>>;
  addClient(draft: ClientDraft, onProgress?: ProgressListener): Promise<AppResult<unknown>>;
  importClients(text: string, onProgress?: ProgressListener): Promise<AppResult<ImportOutcome>>;
  setScores(clientId: ClientId, scores: { knowledge: Score | null; trust: Score | null }): Promise<AppResult<unknown>>;
  /** Appends a score snapshot to each chosen client's history; resolves to the ids written. */
  saveScoreSnapshot(request: SnapshotRequest): Promise<AppResult<readonly ClientId[]>>;
  addAction(clientId: ClientId, action: QuickAction): Promise<AppResult<unknown>>;
  archiveClient(clientId: ClientId): Promise<AppResult<unknown>>;
  restoreClient(clientId: ClientId): Promise<AppResult<unknown>>;
  /** Deletes the client's sheets; `confirmation` must be the client's name as the user typed it. */
  deleteClientPermanently(clientId: ClientId, confirmation: string): Promise<AppResult<unknown>>;
  repairClient(clientId: ClientId): Promise<AppResult<unknown>>;
  /** Renames the client: its name cell and its three sheets; resolves to the sheets' new names by phase. */
  renameClient(clientId: ClientId, name: string): Promise<AppResult<Readonly<Record<string, string>>>>;
  goTo(target: GoToTarget): Promise<AppResult<unknown>>;
  /** Shows the client's working agreement (where missed commitments send the user). */
  goToAgreement(clientId: ClientId): Promise<AppResult<unknown>>;
  /** Adds or refreshes the client's report sheet (nothing confidential in it) and shows it. */
  shareReport(clientId: ClientId): Promise<AppResult<ReportOutcome>>;
  /** What Nuevo año would do now; changes nothing. */
  previewYearEnd(): Promise<AppResult<YearEndOutcome>>;
  /** Closes `fromYear` (the year the confirmation showed) and opens the next one, in this workbook. */
  closeYear(fromYear: number, onProgress?: ProgressListener): Promise<AppResult<YearEndOutcome>>;
  /** Calls `onChange` after every workbook change (anyone's); resolves to the way to stop. */
  subscribe(onChange: () => void): Promise<Unsubscribe>;
}
