/**
 * Upgrade plan: brings a workbook up to this version of the layout — recreates missing workbook-level parts
 * (lists, meta, Cartera and its table, `vamHoy`), repairs every client, draws each client's missing
 * score-history chart (history-charts.ts), and records the layout version. Additive and idempotent; nothing
 * a user typed is touched. At most 3 syncs (both inspections read the charts' names with everything else).
 */
import { LAYOUT_SCHEMA_VERSION } from "../layout/meta-sheet";
import { portfolioRow } from "../layout/portfolio-sheet";
import { identifierKey } from "../layout/read-names";
import { PORTFOLIO_TABLE, WORKBOOK_NAMES } from "../layout/workbook-names";
import { ChangeBatch } from "./change-batch";
import { findClient } from "./client-lookup";
import { planClientRepair, sheetsNeedingCells } from "./client-repair";
import { planHistoryCharts } from "./history-charts";
import { identityLostIssue } from "./identity-loss";
import { fail, succeed, type AppIssue, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import { planWorkbookParts } from "./workbook-parts";
import { portfolioBlankRow, sheetNamesOf, workbookContext, type WorkbookContext } from "./workbook-context";

/** What an upgrade did. */
export interface UpgradeOutcome {
  readonly changes: number;
  /** Layout version the workbook had (0 when it recorded none). */
  readonly fromVersion: number;
}

function recordedVersion(context: WorkbookContext): number {
  const value = context.index.names.get(identifierKey(WORKBOOK_NAMES.schemaVersion))?.values?.[0]?.[0];
  return typeof value === "number" ? value : 0;
}

function clientsNeedingCells(context: WorkbookContext): string[] {
  return context.reading.plan.clients.flatMap((client) => {
    const found = findClient(context, client.id);
    return found === null || identityLostIssue(found) !== null ? [] : sheetsNeedingCells(found);
  });
}

/** Upgrades (and repairs) the whole plan. */
export async function upgradePlan(session: PlanSession): Promise<AppResult<UpgradeOutcome>> {
  return withWorkbook(async () => {
    let context = workbookContext(await session.gateway.inspect({ charts: true }));
    if (context.reading.structure.some((f) => f.code === "structure.notAPlan"))
      return fail({ code: "app.planMissing" });
    const sheetCells = clientsNeedingCells(context);
    if (sheetCells.length > 0) context = workbookContext(await session.gateway.inspect({ sheetCells, charts: true }));
    const { plan } = context.reading;
    const batch = new ChangeBatch();
    planWorkbookParts(
      batch,
      context,
      plan,
      plan.clients.map((client) => portfolioRow(client.id, plan.language)),
    );
    const rebuiltPortfolio = !context.index.tables.has(identifierKey(PORTFOLIO_TABLE));
    const build = {
      language: plan.language,
      takenSheetNames: sheetNamesOf(context),
      // A rebuilt Cartera table already lists every client.
      portfolioBlankRow: portfolioBlankRow(context),
    };
    const issues: AppIssue[] = [];
    for (const client of plan.clients) {
      const found = findClient(context, client.id);
      if (found === null) continue;
      // Its name went with its Ver sheet: left as it is, and said (identity-loss.ts).
      const lost = identityLostIssue(found);
      if (lost !== null) {
        issues.push(lost);
        continue;
      }
      const scanned = rebuiltPortfolio ? { ...found, scan: { ...found.scan, portfolioRows: [0] } } : found;
      issues.push(...planClientRepair(batch, context, scanned, build));
    }
    planHistoryCharts(batch, context);
    const fromVersion = recordedVersion(context);
    if (fromVersion < LAYOUT_SCHEMA_VERSION && context.index.names.has(identifierKey(WORKBOOK_NAMES.schemaVersion))) {
      batch.add({
        kind: "writeNamedCells",
        cells: [{ name: WORKBOOK_NAMES.schemaVersion, value: { kind: "number", value: LAYOUT_SCHEMA_VERSION } }],
      });
    }
    if (batch.size > 0) await session.gateway.apply(batch.toChangeSet());
    return succeed({ changes: batch.size, fromVersion }, issues);
  });
}
