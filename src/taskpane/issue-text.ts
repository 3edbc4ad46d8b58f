/** Turns what went wrong (a result's issues, or an exception at the Excel boundary) into sentences. */
import type { AppIssue } from "../app/result";
import type { PlanLanguage } from "../domain/plan";
import { hasMessage, t } from "./pane-messages";

/** The sentence of one issue; a code the catalogue lacks still says what happened and what to do. */
export function issueText(issue: Pick<AppIssue, "code" | "params">, language: PlanLanguage): string {
  return hasMessage(issue.code)
    ? t(issue.code, language, issue.params)
    : t("ui.error.unknownIssue", language, { code: issue.code });
}

/** The sentences of several issues, one per distinct sentence, in order. */
export function issuesText(issues: readonly Pick<AppIssue, "code" | "params">[], language: PlanLanguage): string[] {
  return [...new Set(issues.map((issue) => issueText(issue, language)))];
}

/** Something thrown that carries a catalogue area code, as `WorkbookError` does (`excel.<code>`). */
function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** The sentence for an exception: `excel.<code>` when the catalogue knows it, else a generic one with the detail. */
export function errorText(error: unknown, language: PlanLanguage): string {
  const code = errorCode(error);
  if (code !== undefined && hasMessage(`excel.${code}`)) return t(`excel.${code}`, language);
  const detail = error instanceof Error ? error.message : String(error);
  return t("ui.error.unexpected", language, { detail: detail.slice(0, 200) });
}
