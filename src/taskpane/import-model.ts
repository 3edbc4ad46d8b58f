/** The import report as data: one line per rejected row and reason, in the pane's language. */
import type { ImportIssue, RejectedClientRow } from "../domain/client-csv";
import type { PlanLanguage } from "../domain/plan";
import { t } from "../i18n/messages";

/** One row of the report table. */
export interface ImportReportRow {
  /** Physical line of the file, 1-based. */
  readonly line: number;
  readonly name: string;
  readonly reason: string;
}

/** One report row per reason of each rejected row, in line order. */
export function importReportRows(rejected: readonly RejectedClientRow[], language: PlanLanguage): ImportReportRow[] {
  return [...rejected]
    .sort((a, b) => a.line - b.line)
    .flatMap((row) =>
      row.issues.map((issue) => ({ line: row.line, name: row.name, reason: t(issue.code, language, issue.params) })),
    );
}

/** File-level remarks (unknown columns...) as sentences. */
export function importWarnings(warnings: readonly ImportIssue[], language: PlanLanguage): string[] {
  return warnings.map((warning) => t(warning.code, language, warning.params));
}
