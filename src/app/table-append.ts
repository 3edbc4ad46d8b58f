/**
 * Appending a domain row to one of a client's tables as it is now: cells follow the table's actual headers
 * (a co-author may have moved or added columns; an unknown column gets nothing), and an empty table's
 * one blank row is filled instead of a row added under it. The overdue-by-owner tables get a row for an
 * owner they do not list yet, so "overdue by owner" never silently misses someone.
 */
import { ownersBeyond } from "../domain/owners";
import type { Client, ClientId, PlanLanguage } from "../domain/plan";
import { clientTableColumns, clientTableRows } from "../layout/client-table";
import { foldLabel } from "../i18n/vocabulary";
import type { ClientReadingStructure } from "../layout/read-plan";
import {
  clientOwnerColumns,
  ownerColumnOf,
  ownerRowCells,
  portfolioOwnerColumns,
  readOwnerRows,
} from "../layout/owner-tables";
import { isBlankCell } from "../layout/read-cells";
import { identifierKey, type StateIndex } from "../layout/read-names";
import type { CellValue, TableColumnSpec } from "../layout/spec";
import type { WorkbookChange } from "../layout/workbook-changes";
import type { ClientTableKind } from "../layout/workbook-names";
import { PORTFOLIO_OWNER_TABLE, clientOwnerTableName, clientTableName } from "../layout/workbook-names";
import type { TableState } from "../layout/workbook-state";

const EMPTY: CellValue = { kind: "empty" };

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

/**
 * The change appending a row to an overdue-by-owner table for each of `owners` it does not list yet, or
 * `null` when it lists them all. An owner is listed when a row's owner text equals it as the count's
 * criterion compares (whole text, case ignored: `sameOwner`), so every owner added gets a row that counts
 * their actions. Cells follow the table's headers as read; without an owner column (a co-author renamed
 * it) nothing is appended. A table holding only its blank row has that row filled.
 */
export function appendOwnerRows(
  table: TableState,
  ownerColumns: readonly TableColumnSpec[],
  owners: readonly string[],
): WorkbookChange | null {
  const listed = readOwnerRows(table);
  if (listed === null) return null;
  const missing = ownersBeyond(owners, listed);
  if (missing.length === 0) return null;
  const byHeader = new Map(ownerColumns.map((column, index) => [foldLabel(column.header), index]));
  const rows = missing.map((owner) => {
    const cells = ownerRowCells(ownerColumns, owner);
    return table.headers.map((header): CellValue => cells[byHeader.get(foldLabel(String(header))) ?? -1] ?? EMPTY);
  });
  const [only, ...others] = table.rows;
  const blank = only !== undefined && others.length === 0 && isBlankCell(only[ownerColumnOf(table)]);
  return { kind: "appendRows", table: table.name, rows, intoBlankRow: blank };
}

/** The row changes `owners` need in the owner table `name`: none when it lists them all, or when it is gone. */
function ownerTableChanges(
  index: StateIndex,
  name: string,
  ownerColumns: readonly TableColumnSpec[],
  owners: readonly string[],
): WorkbookChange[] {
  const table = index.tables.get(identifierKey(name));
  const change = table === undefined ? null : appendOwnerRows(table, ownerColumns, owners);
  return change === null ? [] : [change];
}

/** The row Medir's overdue-by-owner table of client `id` needs for an action's `owner`, if any. */
export function clientOwnerRowChanges(
  index: StateIndex,
  id: ClientId,
  language: PlanLanguage,
  owner: string,
): WorkbookChange[] {
  return ownerTableChanges(index, clientOwnerTableName(id), clientOwnerColumns(id, language), [owner]);
}

/** The rows Cartera's overdue-by-owner table needs for the owners of clients being added, if any. */
export function portfolioOwnerRowChanges(
  index: StateIndex,
  language: PlanLanguage,
  owners: readonly string[],
): WorkbookChange[] {
  return ownerTableChanges(index, PORTFOLIO_OWNER_TABLE, portfolioOwnerColumns(language), owners);
}
