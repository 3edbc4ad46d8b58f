/**
 * Appending a domain row to one of a client's tables as it is now: cells follow the table's actual headers
 * (a co-author may have moved or added columns; an unknown column gets nothing), and an empty table's
 * one blank row is filled instead of a row added under it.
 */
import type { Client, ClientId, PlanLanguage } from "../domain/plan";
import { clientTableColumns, clientTableRows } from "../layout/client-table";
import { foldLabel } from "../i18n/vocabulary";
import type { ClientReadingStructure } from "../layout/read-plan";
import type { CellValue } from "../layout/spec";
import type { WorkbookChange } from "../layout/workbook-changes";
import type { ClientTableKind } from "../layout/workbook-names";
import { clientTableName } from "../layout/workbook-names";
import type { TableState } from "../layout/workbook-state";

/** The cells of `client`'s only row of table `kind`, in the order of `headers`. */
export function cellsForHeaders(
  kind: ClientTableKind,
  client: Client,
  language: PlanLanguage,
  headers: readonly string[],
): CellValue[] {
  const columns = clientTableColumns(kind, client.id, language);
  const [row] = clientTableRows(kind, client, language);
  const byHeader = new Map(columns.map((column, index) => [foldLabel(column.header), row?.[index]]));
  return headers.map((header) => byHeader.get(foldLabel(header)) ?? { kind: "empty" });
}

/** Whether the table holds only the blank row of an empty table (no domain row was read from it). */
export function onlyBlankRow(table: TableState, structure: ClientReadingStructure, kind: ClientTableKind): boolean {
  return table.rows.length === 1 && (structure.tableRowOffsets[kind]?.length ?? 0) === 0;
}

/** The change appending `client`'s one row of `kind` (a client value holding just that row) to its table. */
export function appendClientRow(
  kind: ClientTableKind,
  client: Client,
  id: ClientId,
  language: PlanLanguage,
  table: TableState,
  structure: ClientReadingStructure,
): WorkbookChange {
  return {
    kind: "appendRows",
    table: clientTableName(kind, id),
    rows: [cellsForHeaders(kind, client, language, table.headers)],
    intoBlankRow: onlyBlankRow(table, structure, kind),
  };
}
