/**
 * The pane's less frequent views, in a chunk of their own that the pane loads the first time one of them is
 * opened (chunks.ts): Revisión del plan (with the workbook-structure findings and their messages), Archived
 * (with permanent deletion) and Import (with the CSV reader and the import use case and messages). They stay
 * out of the bytes every pane start loads (docs/ARCHITECTURE.md: 60 KB gzip budget of what taskpane.html
 * loads); the portfolio, client, add-client and set-up views start the pane and stay in it.
 */
import type { MessageSet } from "../i18n/catalogue";
import { IMPORT_MESSAGES } from "../i18n/messages/import";
import { STRUCTURE_MESSAGES } from "../i18n/messages/structure";
import { UI_VIEWS_MESSAGES } from "../i18n/messages/ui-views";

export { deleteClientPermanently } from "../app/delete-client";
export { importClients } from "../app/import-clients";
export { archiveView } from "./archive-view";
export { importView } from "./import-view";
export { reviewView } from "./review-view";

/** The messages only these views and use cases show. */
export const VIEWS_PANE_MESSAGES: MessageSet = { ...UI_VIEWS_MESSAGES, ...STRUCTURE_MESSAGES, ...IMPORT_MESSAGES };
