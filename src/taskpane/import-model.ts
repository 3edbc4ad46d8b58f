/** The import report as data: one line per rejected row and reason, in the pane's language. */
import type { ImportIssue, RejectedClientRow } from "../domain/client-csv";
import type { PlanLanguage } from "../domain/plan";
import { t } from "./pane-messages";

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

/**
 * The text of a chosen CSV file: by BOM for UTF-16 (Excel's "Unicode text"), else UTF-8 (BOM dropped), else
 * windows-1252 (Excel's plain "CSV" on Spanish and English Windows), which browsers' TextDecoder maps fully.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (e: unknown) {
    // TextDecoder with fatal: true throws a TypeError on malformed UTF-8 (checked by name: it may come from
    // another realm); anything else is a real bug.
    if (!(typeof e === "object" && e !== null && "name" in e && e.name === "TypeError")) throw e;
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
