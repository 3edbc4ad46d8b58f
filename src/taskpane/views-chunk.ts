/**
 * The pane's less frequent views, in a chunk of their own that the pane loads the first time one of them is
 * opened (chunks.ts): Revisión del plan (with the workbook-structure findings and their messages), Archived
 * (with permanent deletion), Import (with the CSV reader and the import use case and messages), and the Plan
 * view (set-up once per workbook, then its year tools; with the set-up use case). They stay out of the bytes
 * every pane start loads (docs/ARCHITECTURE.md: 60 KB gzip budget of what taskpane.html loads, with 1 KB kept
 * free, docs/PERFORMANCE.md); the portfolio, client and add-client views start the pane and stay in it.
 */
import type { MessageSet } from "../i18n/catalogue";
import { IMPORT_MESSAGES } from "../i18n/messages/import";
import { STRUCTURE_MESSAGES } from "../i18n/messages/structure";
import { UI_VIEWS_MESSAGES } from "../i18n/messages/ui-views";

export { deleteClientPermanently } from "../app/delete-client";
export { importClients } from "../app/import-clients";
export { setUpPlan } from "../app/set-up-plan";
export { archiveView } from "./archive-view";
export { importView } from "./import-view";
export { reviewView } from "./review-view";
export { setupView } from "./setup-view";

/** The messages only these views and use cases show. */
export const VIEWS_PANE_MESSAGES: MessageSet = { ...UI_VIEWS_MESSAGES, ...STRUCTURE_MESSAGES, ...IMPORT_MESSAGES };
