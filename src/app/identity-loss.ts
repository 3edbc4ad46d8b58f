/**
 * A client whose Ver sheet was deleted by hand. Its identity (name, owner, sector, direction, kind, state),
 * its scores and Ver's tables lived only there (docs/WORKBOOK.md); Cartera's row holds only formulas over
 * them, which Excel recalculates to #REF! once the sheet is gone, and Ajustar and Medir show the name through
 * formulas too. So nothing left says what the client was called: a repair that rebuilt Ver would blank the
 * name or invent one. Such a client stays listed (Ajustar and Medir still count), reported by one finding,
 * `structure.identityLost`, instead of a finding per lost name and table; Repair and the use cases that write
 * through Ver's names refuse with `app.identityLost`; Rename, given the name by the person, builds Ver again.
 */
import type { ClientId, ClientPhase } from "../domain/plan";
import { parseScaffoldSheetName } from "../layout/read-leftovers";
import type { ClientReadingStructure, PlanReading, StructureFinding } from "../layout/read-plan";
import { CLIENT_TABLES } from "../layout/table-columns";
import { CLIENT_CELL_PHASE, CLIENT_PHASES, phaseAnchorName, type ClientCellKind } from "../layout/workbook-names";
import type { FoundClient } from "./client-lookup";
import type { AppIssue } from "./result";

/** Whether a finding is about a part of Ver: one of its names, its tables, the sheet itself. */
function aboutVer(finding: StructureFinding, id: ClientId): boolean {
  if (finding.code === "structure.sheetMissing") return finding.what === phaseAnchorName("ver", id);
  if (finding.table !== undefined && finding.table !== "portfolio") return CLIENT_TABLES[finding.table].phase === "ver";
  const phase = CLIENT_CELL_PHASE[finding.field as ClientCellKind] as ClientPhase | undefined;
  return phase === "ver";
}

/**
 * Whether the client's Ver sheet is gone with its name: its name cell names nothing, and no Ver stands where
 * the name could be pointed at again — no sheet at all, or only the scaffold of a rebuild that stopped before
 * its names (a repair would build it again from a blank name).
 */
export function identityLost(structure: ClientReadingStructure): boolean {
  const ver = structure.sheetNames.ver;
  const halfBuilt =
    ver !== null && parseScaffoldSheetName(ver) !== null && structure.names.missing.includes("anchorVer");
  return structure.names.missing.includes("name") && (ver === null || halfBuilt);
}

/** The client's sheets that are left, as the finding and the issue name them (its id when none is). */
export function sheetsLeft(structure: ClientReadingStructure): string {
  // A scaffold a stopped rebuild left is no sheet the person knows.
  const names = CLIENT_PHASES.flatMap((phase) => structure.sheetNames[phase] ?? []).filter(
    (name) => parseScaffoldSheetName(name) === null,
  );
  return names.length === 0 ? structure.id : names.join(", ");
}

/** The issue a use case returns for a client whose identity went with its Ver sheet, else null. */
export function identityLostIssue(found: FoundClient): AppIssue | null {
  return identityLost(found.structure)
    ? { code: "app.identityLost", params: { sheets: sheetsLeft(found.structure) } }
    : null;
}

/** The ids of the clients of `reading` whose identity is lost. */
export function identityLostIds(reading: PlanReading): Set<ClientId> {
  return new Set(reading.clients.filter(identityLost).map((structure) => structure.id));
}

/**
 * The reading's findings with, for each client whose identity is lost, one `structure.identityLost` (naming
 * the sheets left) in place of the findings about Ver's names, tables and sheet, which Repair cannot act on.
 */
export function findingsWithIdentityLoss(reading: PlanReading): StructureFinding[] {
  const lost = new Map(reading.clients.filter(identityLost).map((s) => [s.id, s]));
  const reported = new Set<ClientId>();
  return reading.structure.flatMap((finding): StructureFinding[] => {
    const id = finding.clientId;
    const structure = id === undefined ? undefined : lost.get(id);
    if (id === undefined || structure === undefined || !aboutVer(finding, id)) return [finding];
    if (reported.has(id)) return [];
    reported.add(id);
    return [{ code: "structure.identityLost", clientId: id, what: sheetsLeft(structure) }];
  });
}
