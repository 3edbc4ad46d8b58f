/**
 * The one message catalogue: every area's messages merged. Codes are unique across areas
 * (prefix them with the area, e.g. `validation.scoreRange`, `import.blankName`).
 */
import type { PlanLanguage } from "../../domain/plan";
import { translate, type MessageParams, type MessageSet } from "../catalogue";
import { APP_MESSAGES } from "./app";
import { CLI_MESSAGES } from "./cli";
import { DECEMBER_MESSAGES } from "./december";
import { EXCEL_MESSAGES } from "./excel";
import { IMPORT_MESSAGES } from "./import";
import { SHELL_MESSAGES } from "./shell";
import { STRUCTURE_MESSAGES } from "./structure";
import { UI_MESSAGES } from "./ui";
import { UI_VIEWS_MESSAGES } from "./ui-views";
import { UI_YEAR_END_DETAILS } from "./ui-year-end-details";
import { HEALTH_MESSAGES, VALIDATION_MESSAGES } from "./validation";
import { YEAR_END_MESSAGES } from "./year-end";

/** Every message of the add-in, by code. */
export const MESSAGES: MessageSet = {
  ...VALIDATION_MESSAGES,
  ...HEALTH_MESSAGES,
  ...IMPORT_MESSAGES,
  ...CLI_MESSAGES,
  ...SHELL_MESSAGES,
  ...STRUCTURE_MESSAGES,
  ...UI_MESSAGES,
  ...UI_YEAR_END_DETAILS,
  ...UI_VIEWS_MESSAGES,
  ...EXCEL_MESSAGES,
  ...APP_MESSAGES,
  ...YEAR_END_MESSAGES,
  ...DECEMBER_MESSAGES,
};

/** The message `code` in `language`, with its parameters filled in. */
export function t(code: string, language: PlanLanguage, params?: MessageParams): string {
  return translate(MESSAGES, code, language, params);
}
