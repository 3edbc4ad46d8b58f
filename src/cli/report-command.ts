/**
 * `vam-plan report` (Informe para compartir): one client of a plan file → a workbook with only its report
 * sheet, without anything confidential (src/layout/report-sheet.ts says what is left out). The plan file is
 * only read.
 */
import { clientNameKey } from "../domain/client-name";
import { isoDateOfLocalDay } from "../domain/dates";
import type { Client, Plan, PlanLanguage } from "../domain/plan";
import { confidentialRowCount, shareableReport } from "../domain/shareable-report";
import { t } from "../i18n/messages";
import { buildReportWorkbook } from "../layout/report-sheet";
import { writeWorkbook } from "../xlsx/write-workbook";
import type { ReportRequest } from "./command-requests";
import { writeOutput } from "./cli-files";
import { EXIT, type CliIo } from "./cli-io";
import { readPlanFile } from "./plan-file";
import { isSameFile } from "./rollover-command";
import { formatSize } from "./summary";

/** The plan's client called `name` (trimmed, ignoring case), or the message saying why there is none. */
export function clientNamed(
  plan: Plan,
  name: string,
  language: PlanLanguage,
): { readonly client: Client } | { readonly problem: string } {
  const key = clientNameKey(name);
  const matches = plan.clients.filter((client) => clientNameKey(client.name) === key);
  const [first] = matches;
  if (matches.length === 1 && first !== undefined) return { client: first };
  if (matches.length > 1) {
    return { problem: t("cli.report.ambiguousClient", language, { count: matches.length, name: name.trim() }) };
  }
  const clients = plan.clients.map((client) => `  ${client.name}`).join("\n");
  return { problem: t("cli.report.unknownClient", language, { name: name.trim(), clients }) };
}

/** Runs a report and returns the process exit code. */
export async function runReport(request: ReportRequest, io: CliIo): Promise<number> {
  const { language } = request;
  if (isSameFile(request.inPath, request.outPath, io)) {
    io.stderr(`${t("cli.sameInOut", language, { path: request.inPath })}\n`);
    return EXIT.usage;
  }
  const file = await readPlanFile(request.inPath, io, language);
  if (file === undefined) return EXIT.failure;
  const { plan } = file.reading;
  if (plan.clients.length === 0) {
    io.stderr(`${t("cli.report.noClients", language, { path: request.inPath })}\n`);
    return EXIT.failure;
  }
  const found = clientNamed(plan, request.clientName, language);
  if ("problem" in found) {
    io.stderr(`${found.problem}\n`);
    return EXIT.failure;
  }
  const today = request.date ?? isoDateOfLocalDay(io.now());
  const content = shareableReport(plan, found.client.id, { today });
  const bytes = await writeWorkbook(buildReportWorkbook(content, request.reportLanguage ?? plan.language));
  if (!(await writeOutput(request.outPath, bytes, io, language))) return EXIT.failure;
  const built = t("cli.report.built", language, {
    client: found.client.name,
    year: plan.year,
    date: today,
    path: io.absolutePath(request.outPath),
    size: formatSize(bytes.length, language),
  });
  const withheld = t("cli.report.withheld", language, {
    rows: confidentialRowCount(found.client),
    people: found.client.people.length,
  });
  io.stdout(`${built}\n${withheld}\n`);
  return EXIT.ok;
}
