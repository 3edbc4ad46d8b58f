/**
 * Who is behind (DESIGN §2 Medir): the overdue-by-owner tables. On Medir, one row per owner of the client's
 * actions; on Cartera, one row per client owner, summing the Cartera table's overdue column. Owners are
 * listed when the workbook is built; the owner column is plain text, so a user adds an owner by typing a
 * row, and the count column, a calculated column, follows. Counts are formulas (docs/WORKBOOK.md,
 * "overdue by owner"), so co-authors without the add-in see them.
 */
import { actionOwners, clientOwners } from "../domain/owners";
import type { Client, Plan, PlanLanguage } from "../domain/plan";
import { OWNER_TABLE_HEADERS } from "../i18n/table-headers";
import { PORTFOLIO_HEADERS } from "../i18n/workbook-text";
import { listLabel } from "./closed-lists";
import { exactCriterion, overdueActionsOfOwner } from "./client-formulas";
import { columnRef, quoteText, thisRowRef } from "./formula-text";
import { textValue } from "./sheet-parts";
import type { CellValue, TableColumnSpec, TableSpec } from "./spec";
import { HEADER_STYLES, STYLE } from "./styles";
import { PORTFOLIO_OWNER_TABLE, PORTFOLIO_TABLE, clientOwnerTableName } from "./workbook-names";

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

/** One row per owner, or the one blank row of an empty table; the count cell holds the column formula. */
function ownerRows(owners: readonly string[], countFormula: string): CellValue[][] {
  const count: CellValue = { kind: "formula", formula: countFormula };
  return owners.length === 0 ? [[{ kind: "empty" }, count]] : owners.map((owner) => [textValue(owner), count]);
}

/** Medir's table of the client's overdue actions per action owner, its header row at (row, column). */
export function clientOwnerTable(client: Client, language: PlanLanguage, row: number, column: number): TableSpec {
  const name = clientOwnerTableName(client.id);
  const owner = thisRowRef(name, OWNER_TABLE_HEADERS.owner[language]);
  const formula = `=IF(${owner}="","",${overdueActionsOfOwner(client.id, language, owner)})`;
  return {
    name,
    row,
    column,
    columns: columns(language, formula),
    rows: ownerRows(actionOwners(client), formula),
    style: "TableStyleMedium7",
    headerStyle: HEADER_STYLES.medir,
  };
}

/** Cartera's table of overdue actions per client owner, active clients only, its header row at (row, column). */
export function portfolioOwnerTable(plan: Plan, row: number, column: number): TableSpec {
  const { language } = plan;
  const owner = thisRowRef(PORTFOLIO_OWNER_TABLE, OWNER_TABLE_HEADERS.owner[language]);
  const cartera = (key: keyof typeof PORTFOLIO_HEADERS): string =>
    columnRef(PORTFOLIO_TABLE, PORTFOLIO_HEADERS[key][language]);
  const archived = quoteText(`<>${listLabel("clientState", language, "archived")}`);
  const sum = `SUMIFS(${cartera("overdueActions")},${cartera("owner")},${exactCriterion(owner)},${cartera("status")},${archived})`;
  const formula = `=IF(${owner}="","",${sum})`;
  return {
    name: PORTFOLIO_OWNER_TABLE,
    row,
    column,
    columns: columns(language, formula),
    rows: ownerRows(clientOwners(plan), formula),
    style: "TableStyleMedium2",
    headerStyle: HEADER_STYLES.portfolio,
  };
}
