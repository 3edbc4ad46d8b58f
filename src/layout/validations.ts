/** The data validations of the workbook, with input messages and error alerts in the plan language. */
import type { Direction, PlanLanguage } from "../domain/plan";
import { SCORE_PROMPT_TEXT } from "../i18n/direction-text";
import { VALIDATION_TEXT as T } from "../i18n/workbook-text";
import type { ValidationSpec } from "./spec";
import { LIST_NAMES, type ClosedListKind } from "./workbook-names";

/** A whole-number score, 0–10 (knowledge, trust, trust factors, relationships, ratings). */
export function scoreValidation(language: PlanLanguage): ValidationSpec {
  return {
    rule: { kind: "wholeNumber", min: 0, max: 10 },
    prompt: { title: T.scorePromptTitle[language], message: T.scorePrompt[language] },
    error: { title: T.scoreErrorTitle[language], message: T.scoreError[language] },
  };
}

/**
 * Knowledge or trust on Ver, 0–10, its input message asking the question about whom the plan is for
 * (this client, my manager, my peers, my team).
 */
export function namedScoreValidation(
  kind: "knowledge" | "trust",
  direction: Direction,
  language: PlanLanguage,
): ValidationSpec {
  const title = kind === "knowledge" ? T.knowledgePromptTitle : T.trustPromptTitle;
  return {
    ...scoreValidation(language),
    prompt: { title: title[language], message: SCORE_PROMPT_TEXT[kind][direction][language] },
  };
}

/** The target score, 0–10. */
export function targetValidation(language: PlanLanguage): ValidationSpec {
  return {
    ...scoreValidation(language),
    prompt: { title: T.scorePromptTitle[language], message: T.targetPrompt[language] },
  };
}

/** The plan year, 2000–2100 (the domain's rule for a plan year). */
export function yearValidation(language: PlanLanguage): ValidationSpec {
  return {
    rule: { kind: "wholeNumber", min: 2000, max: 2100 },
    prompt: { title: T.yearPromptTitle[language], message: T.yearPrompt[language] },
    error: { title: T.yearErrorTitle[language], message: T.yearError[language] },
  };
}

/** Any date. */
export function dateValidation(language: PlanLanguage): ValidationSpec {
  return { rule: { kind: "date" }, error: { title: T.dateErrorTitle[language], message: T.dateError[language] } };
}

/** Any number. */
export function numberValidation(language: PlanLanguage): ValidationSpec {
  return {
    rule: { kind: "decimal" },
    error: { title: T.numberErrorTitle[language], message: T.numberError[language] },
  };
}

/** One of the labels of a closed list, drawn from its workbook name (never an inline comma list). */
export function listValidation(kind: ClosedListKind, language: PlanLanguage): ValidationSpec {
  return {
    rule: { kind: "list", listName: LIST_NAMES[kind] },
    error: { title: T.listErrorTitle[language], message: T.listError[language] },
  };
}
