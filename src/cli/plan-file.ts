/**
 * A plan workbook (.xlsx) read the way the add-in reads a live workbook (readWorkbookState + readPlan), with
 * what the reader noticed reported on stderr.
 */
import type { PlanLanguage } from "../domain/plan";
import { t } from "../i18n/messages";
import { readPlan, type PlanReading, type StructureFinding } from "../layout/read-plan";
import { clientTableName } from "../layout/workbook-names";
import { readWorkbookState } from "../xlsx/read-workbook";
import { readInput } from "./cli-files";
import type { CliIo } from "./cli-io";
import { defaultPlanYear } from "./plan-dates";

/** Most findings listed one by one; the rest are counted, so a damaged workbook does not flood stderr. */
export const MAX_FINDINGS_SHOWN = 40;

/** Findings whose cell or column content the reader could not turn into a value: it is not carried over. */
const VALUE_NOT_READ = new Set<StructureFinding["code"]>([
  "structure.labelUnknown",
  "structure.scoreInvalid",
  "structure.numberInvalid",
  "structure.dateInvalid",
  "structure.columnUnknown",
  "structure.headersUnknown",
  "structure.identityMissing",
]);

/** Where a finding is: the client's name, the table's name and the table row (1-based), as known. */
function findingPlace(finding: StructureFinding, reading: PlanReading, language: PlanLanguage): string {
  const client = reading.plan.clients.find((c) => c.id === finding.clientId);
  const parts: string[] = [];
  if (client !== undefined) parts.push(t("cli.findingClient", language, { name: client.name || client.id }));
  if (finding.clientId !== undefined && finding.table !== undefined && finding.table !== "portfolio") {
    parts.push(clientTableName(finding.table, finding.clientId));
  }
  if (finding.row !== undefined) parts.push(t("cli.findingRow", language, { row: finding.row + 1 }));
  return parts.join(", ");
}

/** One line per finding (up to MAX_FINDINGS_SHOWN); returns whether any value could not be read. */
export function reportFindings(reading: PlanReading, io: CliIo, language: PlanLanguage): boolean {
  const findings = reading.structure;
  for (const finding of findings.slice(0, MAX_FINDINGS_SHOWN)) {
    const text = t(finding.code, language, { what: finding.what ?? "", value: finding.value ?? "" });
    const where = findingPlace(finding, reading, language);
    io.stderr(`${where === "" ? t("cli.warning", language, { text }) : t("cli.finding", language, { where, text })}\n`);
  }
  if (findings.length > MAX_FINDINGS_SHOWN) {
    io.stderr(`${t("cli.moreFindings", language, { count: findings.length - MAX_FINDINGS_SHOWN })}\n`);
  }
  return findings.some((finding) => VALUE_NOT_READ.has(finding.code));
}

/** The plan of an .xlsx file and whether some value could not be read; `undefined` when it is unusable. */
export async function readPlanFile(
  path: string,
  io: CliIo,
  language: PlanLanguage,
): Promise<{ readonly reading: PlanReading; readonly unreadValues: boolean } | undefined> {
  const bytes = await readInput(path, io, language);
  if (bytes === undefined) return undefined;
  let reading: PlanReading;
  try {
    reading = readPlan(await readWorkbookState(bytes), { defaultYear: defaultPlanYear(io.now()) });
  } catch (e: unknown) {
    // JSZip and ExcelJS reject bytes that are not an .xlsx package with an Error; readPlan itself never throws.
    if (!(e instanceof Error)) throw e;
    io.stderr(`${t("cli.notXlsx", language, { path, reason: e.message })}\n`);
    return undefined;
  }
  if (reading.structure.some((finding) => finding.code === "structure.notAPlan")) {
    io.stderr(`${t("cli.notAPlan", language, { path })}\n`);
    return undefined;
  }
  return { reading, unreadValues: reportFindings(reading, io, language) };
}
