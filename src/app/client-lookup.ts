/** Finding one client of the plan by its id (never by sheet name or position). */
import type { Client, ClientId, ClientPhase } from "../domain/plan";
import { phaseAnchorName } from "../layout/workbook-names";
import type { ClientReadingStructure } from "../layout/read-plan";
import type { ClientScan } from "./client-scan";
import type { AppIssue } from "./result";
import type { WorkbookContext } from "./workbook-context";

/** A client as read, what exists of it, and its scan. */
export interface FoundClient {
  readonly client: Client;
  readonly structure: ClientReadingStructure;
  readonly scan: ClientScan;
}

/** The issue when a client id is not in the workbook. */
export const CLIENT_NOT_FOUND: AppIssue = { code: "app.clientNotFound" };

/** The client with this id, or `null` when the workbook has no client (identity names) with it. */
export function findClient(context: WorkbookContext, id: ClientId): FoundClient | null {
  const index = context.reading.plan.clients.findIndex((client) => client.id === id);
  const client = context.reading.plan.clients[index];
  const structure = context.reading.clients[index];
  const scan = context.scans.get(id);
  if (client === undefined || structure === undefined || scan === undefined) return null;
  return { client, structure, scan };
}

/** How a change finds one of the client's sheets when it is applied, or null when the sheet cannot be found. */
export interface PhaseSheetRef {
  readonly sheetName: string;
  /** The anchor, when it works: the sheet is found through it, so a co-author's rename meanwhile does not matter. */
  readonly anchorName?: string;
}

/** One of the client's sheets as a change targets it: through its anchor, or by name when a person deleted the anchor. */
export function phaseSheetRef(found: FoundClient, phase: ClientPhase): PhaseSheetRef | null {
  const sheetName = found.structure.sheetNames[phase];
  if (sheetName === null) return null;
  // An anchor that does not exist fails the whole request when applied (ItemNotFound).
  const anchored = found.scan.sheets[phase]?.anchored === true;
  return anchored ? { sheetName, anchorName: phaseAnchorName(phase, found.client.id) } : { sheetName };
}
