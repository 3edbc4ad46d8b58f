/**
 * The December part of the pane, in a chunk of its own that the pane loads the first time it is needed
 * (chunks.ts): Nuevo año and the report to share are used a few times a year, so their code — the
 * roll-forward, the report's layout, Nuevo año's view — and their messages are not in the bytes every pane
 * start loads
 * (docs/ARCHITECTURE.md: the 60 KB gzip budget of what taskpane.html loads).
 */
import type { MessageSet } from "../i18n/catalogue";
import { DECEMBER_MESSAGES } from "../i18n/messages/december";
import { UI_YEAR_END_DETAILS } from "../i18n/messages/ui-year-end-details";
import { ROLLOVER_MESSAGES } from "../i18n/messages/year-end";

export { previewRollForward, rollForwardPlan } from "../app/roll-forward-plan";
export { shareReport } from "../app/share-report";
export { yearEndView } from "./year-end-view";

/** The messages only this chunk's use cases and views show. */
export const DECEMBER_PANE_MESSAGES: MessageSet = {
  ...UI_YEAR_END_DETAILS,
  ...ROLLOVER_MESSAGES,
  ...DECEMBER_MESSAGES,
};
