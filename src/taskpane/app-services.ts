/**
 * The pane's port (pane-services.ts) over the real use cases of src/app, on a gateway to `Excel.run`. The
 * same wiring runs in Office and, in the playground and the browser tests, on excel-sim.
 */
import { addAction } from "../app/add-action";
import { archiveClient, restoreClient } from "../app/archive-client";
import { goTo } from "../app/go-to";
import { readPlan } from "../app/read-plan";
import { goToClientCell } from "../app/go-to-cell";
import { succeed, type AppResult } from "../app/result";
import { saveScoreSnapshot } from "../app/save-score-snapshot";
import type { PlanSession } from "../app/session";
import { setScores } from "../app/set-scores";
import { newClientId } from "../domain/client-id";
import { isoDateOfLocalDay } from "../domain/dates";
import type { PlanLanguage } from "../domain/plan";
import { subscribeToChanges } from "../excel/change-events";
import type { ExcelRun } from "../excel/excel-run";
import { OfficeWorkbookGateway } from "../excel/office-gateway";
import { loadBuild, loadDecember, loadViews } from "./chunks";
import type { PaneData, PaneServices } from "./pane-services";

/** Random bytes from the browser's CSPRNG, for client ids. */
function randomBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}

/** The pane's view of the plan: `null` when the workbook holds none. */
async function paneData(session: PlanSession): Promise<AppResult<PaneData | null>> {
  const result = await readPlan(session);
  if (!result.ok) return result;
  const view = result.value;
  if (!view.hasPlan) return succeed(null, result.warnings);
  const data: PaneData = {
    plan: view.plan,
    figures: view.figures,
    findings: view.findings.health,
    today: view.today,
    incomplete: view.incomplete,
    structure: view.findings.structure,
  };
  return succeed(data, result.warnings);
}

/** The pane's services on `run`; `language` is the user's, for a workbook without a plan yet. */
export function createPaneServices(run: ExcelRun, language?: PlanLanguage): PaneServices {
  const session: PlanSession = {
    gateway: new OfficeWorkbookGateway(run),
    today: () => isoDateOfLocalDay(new Date()),
    randomBytes,
    ...(language === undefined ? {} : { language }),
  };
  return {
    readPlan: () => paneData(session),
    setUpPlan: async (settings, onProgress) => (await loadViews()).setUpPlan(session, settings, onProgress),
    addClient: async (draft, onProgress) =>
      (await loadBuild()).addClient(session, { ...draft, id: newClientId(randomBytes) }, onProgress),
    importClients: async (text, onProgress) => {
      const result = await (await loadViews()).importClients(session, text, onProgress);
      if (!result.ok) return result;
      const { added, rejected, warnings } = result.value;
      return succeed({ added: added.length, rejected, warnings }, result.warnings);
    },
    setScores: (clientId, scores) => setScores(session, clientId, scores),
    saveScoreSnapshot: (request) => saveScoreSnapshot(session, request),
    addAction: (clientId, action) => addAction(session, clientId, action),
    archiveClient: (clientId) => archiveClient(session, clientId),
    restoreClient: (clientId) => restoreClient(session, clientId),
    deleteClientPermanently: async (clientId, confirmation) =>
      (await loadViews()).deleteClientPermanently(session, clientId, confirmation),
    repairClient: async (clientId) => (await loadBuild()).repairClient(session, clientId),
    renameClient: async (clientId, name) => (await loadBuild()).renameClient(session, clientId, name),
    goTo: (target) => goTo(session, target),
    goToAgreement: (clientId) => goToClientCell(session, clientId, "reviewCadence"),
    // The December use cases, like the import, come with their chunk, loaded on first use (chunks.ts).
    shareReport: async (clientId) => (await loadDecember()).shareReport(session, clientId),
    previewYearEnd: async () => (await loadDecember()).previewRollForward(session),
    closeYear: async (fromYear, onProgress) =>
      (await loadDecember()).rollForwardPlan(session, { fromYear }, onProgress),
    subscribe: (onChange) => subscribeToChanges(run, onChange),
  };
}
