/**
 * The upgrade's chart part: each current client whose Ver sheet has no score-history chart (built before the
 * chart existed, or a co-author deleted it) gets one, where the layout puts it (src/layout/ver-sheet.ts). A
 * chart is found by its name, `vamGraficoHistorial_<id>`, among the charts the inspection read, so asking
 * again adds nothing. Last year's clients (closed by Nuevo año) are not in the plan and keep their sheets as
 * they are.
 *
 * A chart is drawn only over a Historial table that is on the Ver sheet with the layout's columns as they are
 * now: Excel fails the whole request when a table or column a series names does not exist (TableColumnCollection
 * .getItem), and a chart cannot take its data from another sheet. A client whose table is missing or changed
 * gets its chart on the next upgrade, after repair has rebuilt the table.
 */
import { parseColumnReference } from "../excel/chart-reference";
import { identifierKey } from "../layout/read-names";
import type { ChartSpec } from "../layout/spec";
import { verHistoryChart } from "../layout/ver-sheet";
import { clientHistoryChartName, clientTableName, phaseAnchorName } from "../layout/workbook-names";
import type { ChangeBatch } from "./change-batch";
import type { FoundClient } from "./client-lookup";
import { findClient } from "./client-lookup";
import type { WorkbookContext } from "./workbook-context";

/** Whether every column a series of `chart` names is a column of its table, on sheet `sheetName`. */
function columnsThere(context: WorkbookContext, chart: ChartSpec, sheetName: string): boolean {
  return chart.series
    .flatMap((series) => [series.xValues, series.yValues])
    .map(parseColumnReference)
    .every(({ table, column }) => {
      const found = context.index.tables.get(identifierKey(table));
      return (
        found !== undefined &&
        identifierKey(found.sheetName) === identifierKey(sheetName) &&
        found.headers.includes(column)
      );
    });
}

/** The chart to add for one client, or `null` when it has one or cannot take one now. */
function missingChart(context: WorkbookContext, found: FoundClient): ChartSpec | null {
  const sheetName = found.structure.sheetNames.ver;
  if (sheetName === null) return null;
  const sheet = context.state.sheets.find((s) => identifierKey(s.name) === identifierKey(sheetName));
  const name = clientHistoryChartName(found.client.id);
  // Without the chart names (an inspection that did not ask for them) nothing is known to be missing.
  if (sheet?.charts === undefined || sheet.charts.includes(name)) return null;
  if (!context.index.tables.has(identifierKey(clientTableName("scoreHistory", found.client.id)))) return null;
  const chart = verHistoryChart({ client: found.client, language: context.reading.plan.language, sheetName });
  return columnsThere(context, chart, sheetName) ? chart : null;
}

/** Adds the missing score-history charts of the plan's clients to `batch`; returns how many. */
export function planHistoryCharts(batch: ChangeBatch, context: WorkbookContext): number {
  let added = 0;
  for (const client of context.reading.plan.clients) {
    const found = findClient(context, client.id);
    const chart = found === null ? null : missingChart(context, found);
    if (found === null || chart === null) continue;
    const sheetName = found.structure.sheetNames.ver ?? "";
    // Through the Ver anchor when it works, so a co-author renaming the sheet meanwhile does not break it.
    const anchor = found.scan.sheets.ver?.anchored === true ? { anchorName: phaseAnchorName("ver", client.id) } : {};
    batch.add({ kind: "addChart", sheetName, chart, ...anchor });
    added += 1;
  }
  return added;
}
