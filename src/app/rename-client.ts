/**
 * Rename client: its three sheets get names from the new name (Excel's rules, shortened, numbered on a
 * collision) and its name cell the new name. Sheets are found through their anchor names when the change
 * is applied, so a co-author's rename meanwhile does not break it. 2 syncs.
 */
import { assignClientSheetNames } from "../domain/sheet-names";
import { newClient, type ClientId, type ClientPhase } from "../domain/plan";
import { validateClientFields } from "../domain/validation";
import { PHASE_LABELS, PORTFOLIO_HEADERS } from "../i18n/workbook-text";
import { identifierKey } from "../layout/read-names";
import { CLIENT_PHASES, clientCellName } from "../layout/workbook-names";
import { ChangeBatch } from "./change-batch";
import type { ClientSheetNames } from "./client-build";
import { CLIENT_NOT_FOUND, findClient, phaseSheetRef, type FoundClient } from "./client-lookup";
import { planClientFinish } from "./client-repair";
import { identityLost } from "./identity-loss";
import { fail, succeed, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import {
  completeClientNames,
  portfolioBlankRow,
  sheetNamesOf,
  workbookContext,
  type WorkbookContext,
} from "./workbook-context";

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
    const language = context.reading.plan.language;
    const own = new Set(CLIENT_PHASES.map((p) => identifierKey(found.structure.sheetNames[p] ?? "")));
    const taken = sheetNamesOf(context).filter((sheet) => !own.has(identifierKey(sheet)));
    const names = assignClientSheetNames(name, PHASE_LABELS[language], taken, PORTFOLIO_HEADERS.name[language]);
    if (identityLost(found.structure)) return restoreIdentity(session, context, found, names, name);
    // A name whose sheet was deleted refers to #REF!: Excel refuses a write through it (InvalidReference), and
    // the sheets renamed before it in the same request would stay renamed.
    const nameCell = clientCellName("name", id);
    if (context.index.names.get(identifierKey(nameCell))?.sheetName === undefined) {
      return fail({ code: "app.cellMissing", params: { what: nameCell } });
    }
    const batch = new ChangeBatch();
    planSheetRenames(batch, found, CLIENT_PHASES, names);
    batch.add({
      kind: "writeNamedCells",
      cells: [{ name: nameCell, value: { kind: "text", text: name } }],
    });
    await session.gateway.apply(batch.toChangeSet());
    return succeed(names);
  });
}

/** Renames the client's sheets of `phases` that should be called `names` (through their anchors when they work). */
function planSheetRenames(
  batch: ChangeBatch,
  found: FoundClient,
  phases: readonly ClientPhase[],
  names: ClientSheetNames,
): void {
  for (const phase of phases) {
    const sheet = phaseSheetRef(found, phase);
    if (sheet !== null && sheet.sheetName !== names[phase]) {
      const { sheetName: from, ...anchor } = sheet;
      batch.add({ kind: "renameSheet", from, to: names[phase], ...anchor });
    }
  }
}

/**
 * Rename of a client whose Ver sheet was deleted with its name (identity-loss.ts): the person gives the name,
 * so Ver is built again, empty but for it, as a repair builds a missing sheet (Ajustar and Medir keep all they
 * hold; their tables a person deleted are left to Repair), and the other sheets take names from it. 2 syncs.
 */
async function restoreIdentity(
  session: PlanSession,
  context: WorkbookContext,
  found: FoundClient,
  names: ClientSheetNames,
  name: string,
): Promise<AppResult<Readonly<Record<string, string>>>> {
  const batch = new ChangeBatch();
  const build = {
    language: context.reading.plan.language,
    takenSheetNames: sheetNamesOf(context),
    portfolioBlankRow: portfolioBlankRow(context),
  };
  planClientFinish(batch, context, found, newClient({ id: found.client.id, name }), build);
  // Ver is built under its name from `name`; the sheets left take theirs from it.
  planSheetRenames(batch, found, ["ajustar", "medir"], names);
  await session.gateway.apply(batch.toChangeSet());
  return succeed(names, [{ code: "app.identityRestored", params: { name } }]);
}
