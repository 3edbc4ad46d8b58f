/**
 * The LibreOffice oracle's checks on the client sheets and on Cartera's side blocks: what LibreOffice shows
 * against what src/domain computes — Medir's summary, signal and overdue-by-owner table; Ajustar's pyramid
 * and warning; Ver's trust trend and suggested trust; Historial's deltas; Cartera's per-direction block and
 * overdue-by-client-owner table.
 */
import { DIRECTIONS } from "../../src/domain/directions";
import { overdueActionsOfClientOwner, overdueActionsOfOwner } from "../../src/domain/owners";
import type { Client, IsoDate, Plan, PlanLanguage } from "../../src/domain/plan";
import { portfolioFigures, type ClientFigures } from "../../src/domain/portfolio";
import { snapshotDeltas } from "../../src/domain/scores";
import { MEDIR_DIRECTION_TEXT } from "../../src/i18n/direction-text";
import { PORTFOLIO_TEXT } from "../../src/i18n/workbook-text";
import { clientFigureFormulas } from "../../src/layout/client-formulas";
import type { CellValue, SheetSpec, TableSpec, WorkbookSpec } from "../../src/layout/spec";
import { PORTFOLIO_OWNER_TABLE, clientOwnerTableName, clientTableName } from "../../src/layout/workbook-names";
import { cellAt, compare, sheetSpec, type Comparison, type Sheets } from "./oracle-checks";

/** Where a formula cell of a sheet spec is: the one whose formula is exactly `=expression`. */
function cellWithFormula(sheet: SheetSpec, expression: string): { row: number; column: number } {
  const cell = sheet.cells.find((c) => c.value.kind === "formula" && c.value.formula === `=${expression}`);
  if (cell === undefined) throw new Error(`${sheet.key} has no cell =${expression.slice(0, 60)}…`);
  return cell;
}

/** The cell whose formula starts with `prefix`. */
function cellStartingWith(sheet: SheetSpec, prefix: string): { row: number; column: number } {
  const cell = sheet.cells.find((c) => c.value.kind === "formula" && c.value.formula.startsWith(prefix));
  if (cell === undefined) throw new Error(`${sheet.key} has no cell ${prefix.slice(0, 60)}…`);
  return cell;
}

function tableOf(sheet: SheetSpec, name: string): TableSpec {
  const table = sheet.tables.find((t) => t.name === name);
  if (table === undefined) throw new Error(`${sheet.key} has no table ${name}`);
  return table;
}

function textOf(value: CellValue | undefined): string {
  return value?.kind === "text" ? value.text : "";
}

/** One client, its figures, and the plan language. */
interface ClientCase {
  readonly client: Client;
  readonly figures: ClientFigures;
  readonly language: PlanLanguage;
}

/** Shows what LibreOffice shows at a spec position of `sheet`. */
function shownOn(sheets: Sheets, sheet: SheetSpec) {
  return (at: { row: number; column: number }): string => cellAt(sheets, sheet.name, at.row, at.column);
}

/** Each row of an overdue-by-owner table: the owner typed in it and the count shown beside it. */
function ownerRows(sheets: Sheets, sheet: SheetSpec, table: TableSpec): { owner: string; shown: string }[] {
  return table.rows.map((values, index) => ({
    owner: textOf(values[0]),
    shown: cellAt(sheets, sheet.name, table.row + 1 + index, table.column + 1),
  }));
}

/** Medir: summary, last feedback, miss streak signal (worded for the direction) and overdue by owner. */
function medirMismatches(
  sheets: Sheets,
  spec: WorkbookSpec,
  { client, figures, language }: ClientCase,
  today: IsoDate,
): Comparison[] {
  const formulas = clientFigureFormulas(client.id, language);
  const medir = sheetSpec(spec, `medir:${client.id}`);
  const shown = shownOn(sheets, medir);
  const keys = [
    "totalActions",
    "doneActions",
    "overdueActions",
    "percentDone",
    "openDisappointments",
    "trustTrend",
    "clientMissStreak",
  ] as const;
  const signals = { amber: MEDIR_DIRECTION_TEXT.streakAmber, red: MEDIR_DIRECTION_TEXT.streakRed } as const;
  const expectedSignal =
    figures.commitmentSignal === "none" ? "" : signals[figures.commitmentSignal][client.direction][language];
  const owners = tableOf(medir, clientOwnerTableName(client.id));
  return [
    ...keys.flatMap((key) =>
      compare(`${client.id} Medir ${key}`, shown(cellWithFormula(medir, formulas[key])), figures[key], "number"),
    ),
    ...compare(
      `${client.id} Medir lastFeedback`,
      shown(cellWithFormula(medir, formulas.lastFeedback)),
      figures.lastFeedback,
      "date",
    ),
    ...compare(
      `${client.id} commitment signal`,
      shown(cellStartingWith(medir, `=IF(${formulas.clientMissStreak}>=3`)),
      expectedSignal,
      "text",
    ),
    ...ownerRows(sheets, medir, owners).flatMap(({ owner, shown: count }) =>
      compare(`${client.id} Medir overdue of ${owner}`, count, overdueActionsOfOwner(client, owner, today), "number"),
    ),
  ];
}

/** Ajustar: the count at each level and whether the top-heavy warning shows. */
function ajustarMismatches(
  sheets: Sheets,
  spec: WorkbookSpec,
  { client, figures, language }: ClientCase,
): Comparison[] {
  const formulas = clientFigureFormulas(client.id, language);
  const ajustar = sheetSpec(spec, `ajustar:${client.id}`);
  const shown = shownOn(sheets, ajustar);
  const warning = shown(cellStartingWith(ajustar, `=IF(${formulas.topHeavy},`)) !== "";
  return [
    ...([1, 2, 3, 4, 5, 6] as const).flatMap((level) =>
      compare(
        `${client.id} level ${level}`,
        shown(cellWithFormula(ajustar, formulas.actionsAtLevel[level])),
        figures.actionsPerLevel[level],
        "number",
      ),
    ),
    ...compare(`${client.id} top-heavy warning`, String(warning), String(figures.topHeavy), "text"),
  ];
}

/** Ver: trust trend, suggested trust, and each Historial row's deltas. */
function verMismatches(sheets: Sheets, spec: WorkbookSpec, { client, figures, language }: ClientCase): Comparison[] {
  const formulas = clientFigureFormulas(client.id, language);
  const ver = sheetSpec(spec, `ver:${client.id}`);
  const shown = shownOn(sheets, ver);
  const history = tableOf(ver, clientTableName("scoreHistory", client.id));
  const column = (key: string): number => history.column + history.columns.findIndex((c) => c.key === key);
  const deltas = snapshotDeltas(client.scoreHistory).flatMap((delta, index) =>
    (["knowledge", "trust"] as const).flatMap((score) =>
      compare(
        `${client.id} Historial row ${index} ${score} delta`,
        cellAt(sheets, ver.name, history.row + 1 + index, column(`${score}Delta`)),
        delta[score],
        "number",
      ),
    ),
  );
  return [
    ...compare(
      `${client.id} Ver trustTrend`,
      shown(cellWithFormula(ver, formulas.trustTrend)),
      figures.trustTrend,
      "number",
    ),
    ...compare(
      `${client.id} Ver suggestedTrust`,
      shown(cellWithFormula(ver, formulas.suggestedTrust)),
      figures.suggestedTrust,
      "number",
    ),
    ...deltas,
  ];
}

/** Every client sheet figure of client `index` against the domain. */
export function clientSheetMismatches(
  plan: Plan,
  spec: WorkbookSpec,
  sheets: Sheets,
  index: number,
  today: IsoDate,
): Comparison[] {
  const client = plan.clients[index];
  const figures = portfolioFigures(plan, today).rows[index]?.figures;
  if (client === undefined || figures === undefined) throw new Error("fixture broken");
  const one: ClientCase = { client, figures, language: plan.language };
  return [
    ...medirMismatches(sheets, spec, one, today),
    ...ajustarMismatches(sheets, spec, one),
    ...verMismatches(sheets, spec, one),
  ];
}

/** Cartera's per-direction block and its overdue-by-client-owner table against the domain. */
export function portfolioBlockMismatches(plan: Plan, spec: WorkbookSpec, sheets: Sheets, today: IsoDate): Comparison[] {
  const portfolio = sheetSpec(spec, "portfolio");
  const figures = portfolioFigures(plan, today);
  const caption = portfolio.cells.find(
    (c) => c.value.kind === "text" && c.value.text === PORTFOLIO_TEXT.directionCaption[plan.language],
  );
  if (caption === undefined) throw new Error("no direction block");
  const directions = DIRECTIONS.flatMap((direction, offset) => {
    const row = caption.row + 1 + offset;
    const want = figures.byDirection[direction];
    return (["clients", "red", "overdueActions"] as const).flatMap((key, column) =>
      compare(`Cartera ${direction} ${key}`, cellAt(sheets, portfolio.name, row, column + 1), want[key], "number"),
    );
  });
  const owners = ownerRows(sheets, portfolio, tableOf(portfolio, PORTFOLIO_OWNER_TABLE)).flatMap(({ owner, shown }) =>
    compare(`Cartera overdue of ${owner}`, shown, overdueActionsOfClientOwner(plan, owner, today), "number"),
  );
  return [...directions, ...owners];
}
