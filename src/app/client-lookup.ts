/** Finding one client of the plan by its id (never by sheet name or position). */
import type { Client, ClientId } from "../domain/plan";
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
