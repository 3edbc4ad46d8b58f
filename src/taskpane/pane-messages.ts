/**
 * The pane's view of the one message catalogue: every area the pane can show. Left out, because the pane
 * never shows them and they would only add bytes to its bundle (60 KB gzip budget): the command line's
 * messages (`cli.*`). The reader's structure findings (`structure.*`) are shown in Revisión del plan, with
 * Repair; the roll-forward's validation (`rollover.*`) can stop Nuevo año. Same codes, same texts:
 * test/taskpane/pane-messages.test.ts checks it is exactly the catalogue minus those areas, so a new area
 * must be added here or left out on purpose.
 */
import type { PlanLanguage } from "../domain/plan";
import { translate, type MessageParams, type MessageSet } from "../i18n/catalogue";
import { APP_MESSAGES } from "../i18n/messages/app";
import { DECEMBER_MESSAGES } from "../i18n/messages/december";
import { EXCEL_MESSAGES } from "../i18n/messages/excel";
import { IMPORT_MESSAGES } from "../i18n/messages/import";
import { SHELL_MESSAGES } from "../i18n/messages/shell";
import { STRUCTURE_MESSAGES } from "../i18n/messages/structure";
import { UI_MESSAGES } from "../i18n/messages/ui";
import { HEALTH_MESSAGES, VALIDATION_MESSAGES } from "../i18n/messages/validation";
import { ROLLOVER_MESSAGES } from "../i18n/messages/year-end";

/** Every message the pane shows, by code. */
export const PANE_MESSAGES: MessageSet = {
  ...VALIDATION_MESSAGES,
  ...HEALTH_MESSAGES,
  ...IMPORT_MESSAGES,
  ...SHELL_MESSAGES,
  ...STRUCTURE_MESSAGES,
  ...UI_MESSAGES,
  ...EXCEL_MESSAGES,
  ...APP_MESSAGES,
  ...ROLLOVER_MESSAGES,
  ...DECEMBER_MESSAGES,
};

/** Whether the pane's catalogue has a message for `code`. */
export function hasMessage(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(PANE_MESSAGES, code);
}

/** The message `code` in `language`, with its parameters filled in; an unknown code is misuse and throws. */
export function t(code: string, language: PlanLanguage, params?: MessageParams): string {
  return translate(PANE_MESSAGES, code, language, params);
}
