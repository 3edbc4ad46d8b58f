/** Helpers for the client CSV import specifications: parse as callers do, build files, unwrap results. */
import {
  parseClientsCsv,
  type ClientImportOptions,
  type ClientImportResult,
  type ImportIssue,
  type ImportedClient,
  type RejectedClientRow,
} from "../../src/domain/client-csv";
import { CLIENT_KIND, DIRECTION, codeOf } from "../../src/i18n/vocabulary";

/** The label readers every caller passes: the closed lists of src/i18n/vocabulary.ts. */
const LABELS: ClientImportOptions["labels"] = {
  direction: (word) => codeOf(DIRECTION, word),
  kind: (word) => codeOf(CLIENT_KIND, word),
};

/** The file parsed as the pane and the CLI parse it, with `existingNames` already in the plan. */
export function parse(text: string, existingNames?: readonly string[]): ClientImportResult {
  return parseClientsCsv(text, { labels: LABELS, existingNames });
}

/** Joins records into a file the way a given program saves it. */
export function file(lines: readonly string[], options: { eol?: string; bom?: boolean } = {}): string {
  return (options.bom === true ? "\uFEFF" : "") + lines.join(options.eol ?? "\n");
}

/** The clients a readable file yields; fails the test when the file was unreadable. */
export function accepted(result: ClientImportResult): readonly ImportedClient[] {
  if (!result.ok) throw new Error(`expected a readable file, got ${JSON.stringify(result.issues)}`);
  return result.accepted;
}

/** The rows a readable file rejects; fails the test when the file was unreadable. */
export function rejected(result: ClientImportResult): readonly RejectedClientRow[] {
  if (!result.ok) throw new Error(`expected a readable file, got ${JSON.stringify(result.issues)}`);
  return result.rejected;
}

/** Just the codes of `issues`, in order. */
export function codes(issues: readonly ImportIssue[]): string[] {
  return issues.map((i) => i.code);
}
