/**
 * Quick score entry from the pane: writes knowledge and/or trust into the client's score cells, found
 * through their names. `null` clears a score (not scored yet); an absent score is left as it is. 2 syncs.
 */
import type { ClientId, Score } from "../domain/plan";
import { validateClientFields } from "../domain/validation";
import { identifierKey } from "../layout/read-names";
import type { CellValue } from "../layout/spec";
import { clientCellName } from "../layout/workbook-names";
import type { NamedCellWrite } from "../layout/workbook-changes";
import { ChangeBatch } from "./change-batch";
import { CLIENT_NOT_FOUND, findClient } from "./client-lookup";
import { identityLostIssue } from "./identity-loss";
import { fail, succeed, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import { workbookContext } from "./workbook-context";

/** New scores; each whole 0–10, `null` to clear, absent to keep. */
export interface ScoreEntry {
  readonly knowledge?: Score | null;
  readonly trust?: Score | null;
}

function scoreValue(score: Score | null): CellValue {
  return score === null ? { kind: "empty" } : { kind: "number", value: score };
}

/** Writes a client's knowledge and trust scores. */
export async function setScores(
  session: PlanSession,
  id: ClientId,
  scores: ScoreEntry,
): Promise<AppResult<ScoreEntry>> {
  const checked = validateClientFields({
    id,
    name: "-",
    knowledge: scores.knowledge ?? null,
    trust: scores.trust ?? null,
  });
  if (!checked.ok) return fail(...checked.issues);
  return withWorkbook(async () => {
    const context = workbookContext(await session.gateway.inspect());
    const found = findClient(context, id);
    if (found === null) return fail(CLIENT_NOT_FOUND);
    // The score cells are on Ver: when that sheet was deleted, say so rather than "use Repair".
    const lost = identityLostIssue(found);
    if (lost !== null) return fail(lost);
    const cells: NamedCellWrite[] = [];
    for (const kind of ["knowledge", "trust"] as const) {
      const score = scores[kind];
      if (score === undefined) continue;
      const name = clientCellName(kind, id);
      if (context.index.names.get(identifierKey(name))?.sheetName === undefined) {
        return fail({ code: "app.cellMissing", params: { what: name } });
      }
      cells.push({ name, value: scoreValue(score) });
    }
    if (cells.length > 0)
      await session.gateway.apply(new ChangeBatch().add({ kind: "writeNamedCells", cells }).toChangeSet());
    return succeed(scores);
  });
}
