/**
 * Informe para compartir inside the workbook: a values-only report sheet for one client (built by
 * src/layout/report-sheet.ts from src/domain/shareable-report.ts's allow-list, so nothing confidential is in
 * it), named `Acme · Informe`, then shown. Asking again refreshes it: the client's previous report sheet —
 * found through its anchor name `vamInforme_<id>`, whatever it is called now — is replaced. That is the one
 * sheet the add-in deletes without asking: it holds only values the add-in wrote from the plan, and any
 * change typed on it would be lost from a report anyway at the next refresh (say so in the pane).
 *
 * Order, so a failure anywhere leaves nothing half-done that a retry cannot finish: the new sheet is built
 * under a scaffold name (`vam_<id>_informe`, deleted by a retry), the previous report and its anchor go, the
 * anchor is set on the new sheet, which then takes its real name and is shown. 2 syncs.
 */
import type { ClientId } from "../domain/plan";
import { confidentialRowCount, shareableReport } from "../domain/shareable-report";
import { identifierKey } from "../layout/read-names";
import { buildReportSheet, REPORT_STYLES } from "../layout/report-sheet";
import { STYLES } from "../layout/styles";
import { reportAnchorName } from "../layout/workbook-names";
import { ChangeBatch } from "./change-batch";
import { CLIENT_NOT_FOUND, findClient } from "./client-lookup";
import { fail, succeed, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import { reportScaffoldName, reportSheetOf, sheetExists } from "./report-sheet-lookup";
import { sheetNamesOf, workbookContext } from "./workbook-context";

/** What making the report did. */
export interface SharedReport {
  /** The report sheet's name. */
  readonly sheetName: string;
  /** Rows flagged confidential that the report leaves out. */
  readonly confidentialRows: number;
  /** People of the influence map, all left out. */
  readonly people: number;
}

/** Report sheet lookups, also used by the Nuevo año use case. */
export { reportScaffoldName, reportSheetOf };

/** Adds (or refreshes) client `id`'s report sheet and shows it. */
export async function shareReport(session: PlanSession, id: ClientId): Promise<AppResult<SharedReport>> {
  return withWorkbook(async () => {
    const context = workbookContext(await session.gateway.inspect());
    const found = findClient(context, id);
    if (found === null) return fail(CLIENT_NOT_FOUND);
    const { plan } = context.reading;
    const content = shareableReport(plan, id, { today: session.today() });
    const scaffold = reportScaffoldName(id);
    const previous = reportSheetOf(context, id);
    const mine = new Set([identifierKey(scaffold), identifierKey(previous ?? scaffold)]);
    const taken = sheetNamesOf(context).filter((name) => !mine.has(identifierKey(name)));
    const sheet = buildReportSheet(content, plan.language, { takenSheetNames: taken });
    const anchor = reportAnchorName(id);
    const batch = new ChangeBatch();
    // A scaffold left by a failed run goes first, even when the anchor already points at it.
    const previousIsScaffold = identifierKey(previous ?? "") === identifierKey(scaffold);
    if (sheetExists(context, scaffold)) batch.add({ kind: "deleteSheet", sheetName: scaffold });
    batch.nameSheet(sheet.key, scaffold).add({ kind: "addSheet", sheet: { ...sheet, name: scaffold } });
    if (previous !== null && !previousIsScaffold)
      batch.add({ kind: "deleteSheet", sheetName: previous, anchorName: anchor });
    if (context.index.names.has(identifierKey(anchor))) batch.add({ kind: "deleteName", name: anchor });
    batch.add(
      { kind: "addNames", names: [{ kind: "range", name: anchor, sheetKey: sheet.key, range: { row: 0, column: 0 } }] },
      { kind: "renameSheet", from: scaffold, to: sheet.name, anchorName: anchor },
      { kind: "selectNamedCell", name: anchor },
    );
    await session.gateway.apply(batch.toChangeSet({ ...STYLES, ...REPORT_STYLES }));
    return succeed({
      sheetName: sheet.name,
      confidentialRows: confidentialRowCount(found.client),
      people: found.client.people.length,
    });
  });
}
