/**
 * The pane's view of the one message catalogue: every area the pane can show. Left out, because the pane
 * never shows them and they would only add bytes to its bundle (60 KB gzip budget): the command line's
 * messages (`cli.*`). The messages of the parts loaded on first use — the December workflows (Nuevo año's
 * confirmation, `rollover.*`, `december.*`), and the less frequent views: Revisión del plan's structure
 * findings (`structure.*`) and the import (`import.*`) — come with their chunks (chunks.ts) and are added
 * when those load. Same codes, same texts:
 * test/taskpane/pane-messages.test.ts checks the two are exactly the catalogue minus those areas, so a new
 * area must be added here or left out on purpose.
 */
import type { PlanLanguage } from "../domain/plan";
import { translate, type Message, type MessageParams, type MessageSet } from "../i18n/catalogue";
import { APP_MESSAGES } from "../i18n/messages/app";
import { EXCEL_MESSAGES } from "../i18n/messages/excel";
import { SHELL_MESSAGES } from "../i18n/messages/shell";
import { UI_MESSAGES } from "../i18n/messages/ui";
import { HEALTH_MESSAGES, VALIDATION_MESSAGES } from "../i18n/messages/validation";

/** Every message the pane shows, by code. */
export const PANE_MESSAGES: MessageSet = {
  ...VALIDATION_MESSAGES,
  ...HEALTH_MESSAGES,
  ...SHELL_MESSAGES,
  ...UI_MESSAGES,
  ...EXCEL_MESSAGES,
  ...APP_MESSAGES,
};

/** Messages added by the chunks loaded on first use. */
const added: Record<string, Message> = {};

/** Adds a loaded chunk's messages to the pane's catalogue. */
export function addPaneMessages(messages: MessageSet): void {
  Object.assign(added, messages);
}

function messageSet(code: string): MessageSet {
  return Object.prototype.hasOwnProperty.call(PANE_MESSAGES, code) ? PANE_MESSAGES : added;
}

/** Whether the pane's catalogue has a message for `code`. */
export function hasMessage(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(messageSet(code), code);
}

/** The message `code` in `language`, with its parameters filled in; an unknown code is misuse and throws. */
export function t(code: string, language: PlanLanguage, params?: MessageParams): string {
  return translate(messageSet(code), code, language, params);
}
