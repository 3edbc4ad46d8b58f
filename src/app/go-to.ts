/**
 * Go to: shows a client's phase sheet, or the cell a finding is about (a table cell, or a named score
 * cell). Sheets, tables and cells are found by their ids when the change is applied, so a renamed or moved
 * sheet is still found. 2 syncs (inspect to map a finding's row to the table's row, then select).
 */
import type { HealthFinding } from "../domain/health-check";
import type { ClientId, ClientPhase } from "../domain/plan";
import { foldLabel } from "../i18n/vocabulary";
import { identifierKey } from "../layout/read-names";
import { columnHeader } from "../layout/table-columns";
import type { WorkbookChange } from "../layout/workbook-changes";
import { clientCellName, clientTableName, phaseAnchorName, type ClientCellKind } from "../layout/workbook-names";
import { ChangeBatch } from "./change-batch";
import { CLIENT_NOT_FOUND, findClient, type FoundClient } from "./client-lookup";
import { fail, succeed, type AppIssue, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import { workbookContext, type WorkbookContext } from "./workbook-context";

/** Where to take the user. */
export type GoToTarget =
  | { readonly kind: "phase"; readonly clientId: ClientId; readonly phase: ClientPhase }
  | { readonly kind: "finding"; readonly finding: HealthFinding };

const NAMED_FIELDS: readonly string[] = ["knowledge", "trust"];

function findingChange(
  context: WorkbookContext,
  found: FoundClient,
  finding: HealthFinding,
): WorkbookChange | AppIssue {
  const id = found.client.id;
  if (finding.field !== undefined && NAMED_FIELDS.includes(finding.field)) {
    return { kind: "selectNamedCell", name: clientCellName(finding.field as ClientCellKind, id) };
  }
  if (finding.table === undefined) return { kind: "selectNamedCell", name: phaseAnchorName("ver", id) };
  const name = clientTableName(finding.table, id);
  const table = context.index.tables.get(identifierKey(name));
  if (table === undefined) return { code: "app.tableMissing", params: { what: name } };
  const offsets = found.structure.tableRowOffsets[finding.table] ?? [];
  const row = finding.row === undefined ? 0 : (offsets[finding.row] ?? 0);
  const header =
    finding.field === undefined
      ? undefined
      : foldLabel(columnHeader(finding.table, finding.field, context.reading.plan.language));
  const column = Math.max(
    0,
    table.headers.findIndex((h) => foldLabel(h) === header),
  );
  return { kind: "selectTableCell", table: table.name, row, column };
}

/** Shows the sheet or cell of `target`. */
export async function goTo(session: PlanSession, target: GoToTarget): Promise<AppResult<ClientId>> {
  return withWorkbook(async () => {
    const id = target.kind === "phase" ? target.clientId : target.finding.clientId;
    const context = workbookContext(await session.gateway.inspect());
    const found = findClient(context, id);
    if (found === null) return fail(CLIENT_NOT_FOUND);
    const change: WorkbookChange | AppIssue =
      target.kind === "phase"
        ? found.structure.sheetNames[target.phase] === null
          ? { code: "app.sheetMissing", params: { phase: target.phase } }
          : { kind: "selectNamedCell", name: phaseAnchorName(target.phase, id) }
        : findingChange(context, found, target.finding);
    if ("code" in change) return fail(change);
    await session.gateway.apply(new ChangeBatch().add(change).toChangeSet());
    return succeed(id);
  });
}
