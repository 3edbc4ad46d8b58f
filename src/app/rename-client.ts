/**
 * Rename client: its three sheets get names from the new name (Excel's rules, shortened, numbered on a
 * collision) and its name cell the new name. Sheets are found through their anchor names when the change
 * is applied, so a co-author's rename meanwhile does not break it. 2 syncs.
 */
import { assignClientSheetNames } from "../domain/sheet-names";
import type { ClientId } from "../domain/plan";
import { validateClientFields } from "../domain/validation";
import { PHASE_LABELS, PORTFOLIO_HEADERS } from "../i18n/workbook-text";
import { identifierKey } from "../layout/read-names";
import { CLIENT_PHASES, clientCellName, phaseAnchorName } from "../layout/workbook-names";
import { ChangeBatch } from "./change-batch";
import { CLIENT_NOT_FOUND, findClient } from "./client-lookup";
import { fail, succeed, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import { completeClientNames, sheetNamesOf, workbookContext } from "./workbook-context";

/** Renames a client: sheets and name cell. */
export async function renameClient(
  session: PlanSession,
  id: ClientId,
  newName: string,
): Promise<AppResult<Readonly<Record<string, string>>>> {
  return withWorkbook(async () => {
    const context = workbookContext(await session.gateway.inspect());
    const found = findClient(context, id);
    if (found === null) return fail(CLIENT_NOT_FOUND);
    const name = newName.trim();
    const checked = validateClientFields({ id, name }, completeClientNames(context, id));
    if (!checked.ok) return fail(...checked.issues);
    // A name whose sheet was deleted refers to #REF!: Excel refuses a write through it (InvalidReference), and
    // the sheets renamed before it in the same request would stay renamed.
    const nameCell = clientCellName("name", id);
    if (context.index.names.get(identifierKey(nameCell))?.sheetName === undefined) {
      return fail({ code: "app.cellMissing", params: { what: nameCell } });
    }
    const language = context.reading.plan.language;
    const own = new Set(CLIENT_PHASES.map((p) => identifierKey(found.structure.sheetNames[p] ?? "")));
    const taken = sheetNamesOf(context).filter((sheet) => !own.has(identifierKey(sheet)));
    const names = assignClientSheetNames(name, PHASE_LABELS[language], taken, PORTFOLIO_HEADERS.name[language]);
    const batch = new ChangeBatch();
    for (const phase of CLIENT_PHASES) {
      const from = found.structure.sheetNames[phase];
      if (from !== null && from !== names[phase]) {
        batch.add({ kind: "renameSheet", from, to: names[phase], anchorName: phaseAnchorName(phase, id) });
      }
    }
    batch.add({
      kind: "writeNamedCells",
      cells: [{ name: nameCell, value: { kind: "text", text: name } }],
    });
    await session.gateway.apply(batch.toChangeSet());
    return succeed(names);
  });
}
