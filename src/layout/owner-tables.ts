/**
 * Who is behind (DESIGN §2 Medir): the overdue-by-owner tables. On Medir, one row per owner of the client's
 * actions; on Cartera, one row per client owner, summing the Cartera table's overdue column. Each lists the
 * owners the plan knows (alphabetical) and then the extra owners it carries (rows a user typed, or owners
 * whose actions closed last year), in their order. The owner column is plain text, so a user adds an owner
 * by typing a row, and the count column, a calculated column, follows; the add-in appends an owner it adds
 * an action or a client for (src/app/table-append.ts). Counts are formulas (docs/WORKBOOK.md, "overdue by
 * owner"), so co-authors without the add-in see them.
 */
import { listedActionOwners, listedClientOwners, isListedOwner } from "../domain/owners";
import type { Client, ClientId, Plan, PlanLanguage } from "../domain/plan";
import { OWNER_TABLE_HEADERS } from "../i18n/table-headers";
import { foldLabel } from "../i18n/vocabulary";
import { PORTFOLIO_HEADERS } from "../i18n/workbook-text";
import { listLabel } from "./closed-lists";
import { exactCriterion, overdueActionsOfOwner } from "./client-formulas";
import { columnRef, quoteText, thisRowRef } from "./formula-text";
import { readText } from "./read-cells";
import { textValue } from "./sheet-parts";
import type { CellValue, TableColumnSpec, TableSpec } from "./spec";
import { HEADER_STYLES, STYLE } from "./styles";
import { PORTFOLIO_OWNER_TABLE, PORTFOLIO_TABLE, clientOwnerTableName } from "./workbook-names";
import type { TableState } from "./workbook-state";

/** Width of the owner column, characters. */
const OWNER_WIDTH = 22;
/** Width of the count column, characters. */
const COUNT_WIDTH = 11;

function columns(language: PlanLanguage, countFormula: string): TableColumnSpec[] {
  return [
    { key: "owner", header: OWNER_TABLE_HEADERS.owner[language], style: STYLE.text, width: OWNER_WIDTH },
    {
      key: "overdue",
      header: OWNER_TABLE_HEADERS.overdue[language],
      style: STYLE.figure,
      width: COUNT_WIDTH,
      formula: countFormula,
    },
  ];
}

/** The cells of one owner's row under `columns`: the owner as text, each calculated column its formula. */
export function ownerRowCells(ownerColumns: readonly TableColumnSpec[], owner: string): CellValue[] {
  return ownerColumns.map((column) =>
    column.formula === undefined ? textValue(owner) : { kind: "formula", formula: column.formula },
  );
}

/** One row per owner, or the one blank row of an empty table; the count cell holds the column formula. */
function ownerRows(owners: readonly string[], ownerColumns: readonly TableColumnSpec[]): CellValue[][] {
  return owners.length === 0 ? [ownerRowCells(ownerColumns, "")] : owners.map((o) => ownerRowCells(ownerColumns, o));
}

/** The columns of Medir's owner table of client `id`: the owner, then its overdue actions (a formula). */
export function clientOwnerColumns(id: ClientId, language: PlanLanguage): TableColumnSpec[] {
  const owner = thisRowRef(clientOwnerTableName(id), OWNER_TABLE_HEADERS.owner[language]);
  return columns(language, `=IF(${owner}="","",${overdueActionsOfOwner(id, language, owner)})`);
}

/** The columns of Cartera's owner table: the client owner, then the overdue actions of their active clients. */
export function portfolioOwnerColumns(language: PlanLanguage): TableColumnSpec[] {
  const owner = thisRowRef(PORTFOLIO_OWNER_TABLE, OWNER_TABLE_HEADERS.owner[language]);
  const cartera = (key: keyof typeof PORTFOLIO_HEADERS): string =>
    columnRef(PORTFOLIO_TABLE, PORTFOLIO_HEADERS[key][language]);
  const archived = quoteText(`<>${listLabel("clientState", language, "archived")}`);
  const sum = `SUMIFS(${cartera("overdueActions")},${cartera("owner")},${exactCriterion(owner)},${cartera("status")},${archived})`;
  return columns(language, `=IF(${owner}="","",${sum})`);
}

/** Medir's table of the client's overdue actions per action owner, its header row at (row, column). */
export function clientOwnerTable(client: Client, language: PlanLanguage, row: number, column: number): TableSpec {
  const ownerColumns = clientOwnerColumns(client.id, language);
  return {
    name: clientOwnerTableName(client.id),
    row,
    column,
    columns: ownerColumns,
    rows: ownerRows(listedActionOwners(client), ownerColumns),
    style: "TableStyleMedium7",
    headerStyle: HEADER_STYLES.medir,
  };
}

/** Cartera's table of overdue actions per client owner, active clients only, its header row at (row, column). */
export function portfolioOwnerTable(plan: Plan, row: number, column: number): TableSpec {
  const ownerColumns = portfolioOwnerColumns(plan.language);
  return {
    name: PORTFOLIO_OWNER_TABLE,
    row,
    column,
    columns: ownerColumns,
    rows: ownerRows(listedClientOwners(plan), ownerColumns),
    style: "TableStyleMedium2",
    headerStyle: HEADER_STYLES.portfolio,
  };
}

const OWNER_HEADERS = new Set([foldLabel(OWNER_TABLE_HEADERS.owner.es), foldLabel(OWNER_TABLE_HEADERS.owner.en)]);

/** Position of an owner table's owner column, found by its header in either language; -1 when none. */
export function ownerColumnOf(table: TableState): number {
  return table.headers.findIndex((header) => OWNER_HEADERS.has(foldLabel(String(header))));
}

/**
 * The owners an owner table lists, as typed (untrimmed: the criterion compares the whole text), in row
 * order, blank and whitespace-only rows left out; `null` when the table has no owner column.
 */
export function readOwnerRows(table: TableState): string[] | null {
  const column = ownerColumnOf(table);
  if (column < 0) return null;
  return table.rows.map((cells) => readText(cells[column])).filter(isListedOwner);
}
