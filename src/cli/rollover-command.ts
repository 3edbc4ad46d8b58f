/**
 * `vam-plan rollover` (Nuevo año): last year's plan file → the new year's plan in a new file. The input is
 * only read, so last year stays readable exactly as it was; the rules of what moves are in
 * src/domain/roll-forward.ts.
 */
import { isoDateOfLocalDay } from "../domain/dates";
import type { PlanLanguage } from "../domain/plan";
import { rollForward, validateRollForward, type RollForwardSummary } from "../domain/roll-forward";
import { t } from "../i18n/messages";
import { closingPeriod } from "../i18n/report-text";
import { buildWorkbookSpec } from "../layout/workbook";
import { writeWorkbook } from "../xlsx/write-workbook";
import type { RolloverRequest } from "./command-requests";
import { writeOutput } from "./cli-files";
import { EXIT, type CliIo } from "./cli-io";
import { readPlanFile } from "./plan-file";
import { formatSize } from "./summary";

/**
 * Whether two paths name the same file as far as we can tell without touching the disk: equal absolute
 * paths ignoring case (Windows and macOS file systems ignore case; on Linux this refuses a little more).
 */
export function isSameFile(a: string, b: string, io: CliIo): boolean {
  return io.absolutePath(a).toLocaleLowerCase("en") === io.absolutePath(b).toLocaleLowerCase("en");
}

/** What the rollover produced, for the summary. */
interface RolloverOutcome {
  readonly summary: RollForwardSummary;
  readonly input: string;
  readonly path: string;
  /** Size of the written file, bytes. */
  readonly bytes: number;
}

/** The summary printed on stdout: the file, the clients and snapshots, what moved and what stayed. */
export function rolloverSummaryText(outcome: RolloverOutcome, language: PlanLanguage): string {
  const { summary } = outcome;
  const { carried, left } = summary;
  const years = { year: summary.toYear, fromYear: summary.fromYear };
  const lines = [
    t("cli.rollover.built", language, {
      ...years,
      input: outcome.input,
      path: outcome.path,
      size: formatSize(outcome.bytes, language),
    }),
    t("cli.rollover.clients", language, {
      clients: summary.clients.length,
      archived: summary.clients.filter((c) => c.state === "archived").length,
      period: summary.period,
      date: summary.closingDate,
      snapshots: summary.snapshots,
    }),
    t("cli.rollover.carried", language, {
      ...years,
      actions: carried.actions,
      disappointments: carried.disappointments,
      commitments: carried.commitments,
      people: carried.people,
      meetings: carried.meetings,
      indicators: carried.indicators,
    }),
    t("cli.rollover.left", language, {
      ...years,
      actions: left.actions,
      disappointments: left.disappointments,
      commitments: left.commitments,
      feedback: left.feedback,
      meetings: left.meetings,
      quarters: summary.quarterFigures,
    }),
  ];
  return `${lines.join("\n")}\n`;
}

/** Runs a rollover and returns the process exit code. */
export async function runRollover(request: RolloverRequest, io: CliIo): Promise<number> {
  const { language } = request;
  if (isSameFile(request.inPath, request.outPath, io)) {
    io.stderr(`${t("cli.sameInOut", language, { path: request.inPath })}\n`);
    return EXIT.usage;
  }
  const file = await readPlanFile(request.inPath, io, language);
  if (file === undefined) return EXIT.failure;
  const old = file.reading.plan;
  const options = {
    closingDate: request.closingDate ?? isoDateOfLocalDay(io.now()),
    newYear: request.year ?? old.year + 1,
    period: closingPeriod(old.year, old.language),
  };
  const validation = validateRollForward(old, options);
  if (!validation.ok) {
    for (const issue of validation.issues) {
      io.stderr(`${t("cli.rollover.refused", language, { reason: t(issue.code, language, issue.params) })}\n`);
    }
    return EXIT.failure;
  }
  const rolled = rollForward(old, options);
  const bytes = await writeWorkbook(buildWorkbookSpec(rolled.plan));
  if (!(await writeOutput(request.outPath, bytes, io, language))) return EXIT.failure;
  if (file.unreadValues) io.stderr(`${t("cli.valuesNotRead", language, { path: request.inPath })}\n`);
  const outcome = {
    summary: rolled.carried,
    input: request.inPath,
    path: io.absolutePath(request.outPath),
    bytes: bytes.length,
  };
  io.stdout(rolloverSummaryText(outcome, language));
  return EXIT.ok;
}
