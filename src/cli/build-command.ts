/**
 * `vam-plan build`: clients CSV (+ optional detail JSON) → plan → workbook spec → .xlsx file.
 * Bad rows are reported and skipped; the build fails only when the input cannot be read or no
 * client could be built.
 */
import {
  parseClientsCsv,
  type ClientLabelReaders,
  type ImportedClient,
  type RejectedClientRow,
} from "../domain/client-csv";
import { clientNameKey } from "../domain/client-name";
import { newClientId } from "../domain/client-id";
import { newClient, type Client, type Plan, type PlanLanguage } from "../domain/plan";
import { t } from "../i18n/messages";
import { CLIENT_KIND, DIRECTION, codeOf } from "../i18n/vocabulary";
import { buildWorkbookSpec } from "../layout/workbook";
import { writeWorkbook } from "../xlsx/write-workbook";
import type { BuildRequest } from "./arguments";
import { readInput, writeOutput } from "./cli-files";
import { EXIT, type CliIo } from "./cli-io";
import { decodeText } from "./decode-text";
import { applyDetail, parseDetailFile, type ClientDetail } from "./detail-file";
import { isoDateOfLocalDay } from "../domain/dates";
import { defaultPlanYear } from "./plan-dates";
import { actionFigures, summaryText } from "./summary";

/** Directions and types are read in either language (src/i18n/vocabulary.ts). */
const CLIENT_LABELS: ClientLabelReaders = {
  direction: (word) => codeOf(DIRECTION, word),
  kind: (word) => codeOf(CLIENT_KIND, word),
};

/** Runs a build and returns the process exit code. */
export async function runBuild(request: BuildRequest, io: CliIo): Promise<number> {
  const language = request.language;
  const year = request.year ?? defaultPlanYear(io.now());
  const rows = await readClientRows(request, io);
  if (rows === undefined) return EXIT.failure;
  const details =
    request.detailPath === undefined
      ? new Map<string, ClientDetail>()
      : await readDetails(request.detailPath, year, io, language);
  if (details === undefined) return EXIT.failure;
  if (rows.accepted.length === 0) {
    io.stderr(`${t("cli.nothingBuilt", language)}\n`);
    return EXIT.failure;
  }
  const clients = rows.accepted.map((row) => clientOf(row, details, io));
  reportUnusedDetails(details, rows.accepted, io, language);
  const plan: Plan = { year, targetScore: request.target, language, clients };
  const bytes = await writeWorkbook(buildWorkbookSpec(plan));
  const written = await writeOutput(request.outPath, bytes, io, language);
  if (!written) return EXIT.failure;
  const today = isoDateOfLocalDay(io.now());
  const figures = { ...actionFigures(plan, today), year, today, clients: clients.length };
  io.stdout(
    summaryText(
      { ...figures, rejectedRows: rows.rejected.length, bytes: bytes.length, path: io.absolutePath(request.outPath) },
      language,
    ),
  );
  return EXIT.ok;
}

/** The CSV's good and bad rows, with the bad ones and file warnings already reported on stderr. */
async function readClientRows(
  request: BuildRequest,
  io: CliIo,
): Promise<{ accepted: readonly ImportedClient[]; rejected: readonly RejectedClientRow[] } | undefined> {
  const language = request.language;
  const bytes = await readInput(request.clientsPath, io, language);
  if (bytes === undefined) return undefined;
  const decoded = decodeText(bytes);
  if (decoded.encoding === "windows-1252")
    io.stderr(`${t("cli.legacyEncoding", language, { path: request.clientsPath })}\n`);
  const result = parseClientsCsv(decoded.text, { labels: CLIENT_LABELS });
  if (!result.ok) {
    for (const issue of result.issues)
      io.stderr(
        `${t("cli.csvUnreadable", language, { path: request.clientsPath, reason: t(issue.code, language, issue.params) })}\n`,
      );
    return undefined;
  }
  for (const warning of result.warnings)
    io.stderr(`${t("cli.warning", language, { text: t(warning.code, language, warning.params) })}\n`);
  for (const row of result.rejected) io.stderr(`${rejectedRowText(row, language)}\n`);
  if (result.rejected.length > 0) io.stderr(`${t("cli.rejectedCount", language, { count: result.rejected.length })}\n`);
  return result;
}

/** One line per problem of a rejected row: line, name and reason. */
function rejectedRowText(row: RejectedClientRow, language: PlanLanguage): string {
  const code = row.name === "" ? "cli.rejectedRowNoName" : "cli.rejectedRow";
  return row.issues
    .map((issue) =>
      t(code, language, { line: row.line, name: row.name, reason: t(issue.code, language, issue.params) }),
    )
    .join("\n");
}

/** The detail file's clients, with its bad items reported; `undefined` when the file cannot be used. */
async function readDetails(
  path: string,
  year: number,
  io: CliIo,
  language: PlanLanguage,
): Promise<ReadonlyMap<string, ClientDetail> | undefined> {
  const bytes = await readInput(path, io, language);
  if (bytes === undefined) return undefined;
  const result = parseDetailFile(decodeText(bytes).text, year, language);
  for (const issue of result.issues) {
    const reason = t(issue.code, language, issue.params);
    io.stderr(
      `${t(result.ok ? "cli.detailIssue" : "cli.detailUnreadable", language, { path, at: issue.path, reason })}\n`,
    );
  }
  return result.ok ? result.clients : undefined;
}

/** A new client with a fresh random id and, when the detail file has one, its detail. */
function clientOf(row: ImportedClient, details: ReadonlyMap<string, ClientDetail>, io: CliIo): Client {
  const { line: _line, ...fields } = row;
  const client = newClient({ id: newClientId(io.randomBytes), ...fields });
  const detail = details.get(clientNameKey(row.name));
  return detail === undefined ? client : applyDetail(client, detail);
}

/** Warns about detail entries that match no built client (a typo, or a row that was rejected). */
function reportUnusedDetails(
  details: ReadonlyMap<string, ClientDetail>,
  accepted: readonly ImportedClient[],
  io: CliIo,
  language: PlanLanguage,
): void {
  const built = new Set(accepted.map((row) => clientNameKey(row.name)));
  for (const [key, detail] of details) {
    if (!built.has(key))
      io.stderr(`${t("cli.warning", language, { text: t("cli.detailUnmatched", language, { name: detail.name }) })}\n`);
  }
}
