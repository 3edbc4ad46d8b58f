/**
 * The Cartera sheet (DESIGN §3.1): the title with the plan year, the settings block (portfolio-form.ts), a
 * Knowledge × Trust chart, the `vamCartera` table with one row per client, and the overdue actions per
 * client owner. A row holds only formulas reading the client's own sheets, plus its id as text
 * (docs/WORKBOOK.md), so a row lost to a co-authoring race can be rebuilt. The table's filter buttons filter
 * by direction; the settings block sums it up per direction.
 */
import type { ClientId, Plan, PlanLanguage } from "../domain/plan";
import { PORTFOLIO_HEADERS, PORTFOLIO_TEXT, SHEET_NAMES, STATUS_LABELS } from "../i18n/workbook-text";
import { listLabel } from "./closed-lists";
import { clientFigureFormulas } from "./client-formulas";
import { columnRef, quoteText, thisRowRef } from "./formula-text";
import {
  CAPTION_ROW,
  GAP_WIDTH,
  HEADER_ROW,
  assembleSheet,
  formulaValue,
  joinParts,
  layoutForm,
  layoutTables,
  textValue,
  type BuiltSheet,
} from "./sheet-parts";
import { portfolioOwnerTable } from "./owner-tables";
import { PORTFOLIO_FORM_WIDTHS, portfolioFormRows } from "./portfolio-form";
import type { CellValue, ChartSpec, ConditionalFormatSpec, StyleKey, TableColumnSpec, TableSpec } from "./spec";
import { ARCHIVED_FORMAT, HEADER_STYLES, STYLE, TAB_COLORS, TRAFFIC_LIGHT } from "./styles";
import { columnScoreRules, labelRule, streakRules } from "./traffic-light";
import {
  PORTFOLIO_CHART,
  PORTFOLIO_OWNER_ANCHOR,
  PORTFOLIO_OWNER_TABLE,
  PORTFOLIO_TABLE,
  SHEET_KEYS,
  WORKBOOK_NAMES,
  clientCellName,
  phaseAnchorName,
} from "./workbook-names";

/** Key of each Cartera column, in order; headers come from PORTFOLIO_HEADERS. */
export type PortfolioColumnKey = keyof typeof PORTFOLIO_HEADERS;

/** Widths fit each header's longest word; longer headers wrap in the taller header row. */
const COLUMNS: readonly { key: PortfolioColumnKey; width: number; style: StyleKey }[] = [
  { key: "name", width: 32, style: STYLE.link },
  { key: "owner", width: 16, style: STYLE.text },
  { key: "direction", width: 12, style: STYLE.text },
  { key: "knowledge", width: 14, style: STYLE.score },
  { key: "trust", width: 11, style: STYLE.score },
  { key: "knowledgeGap", width: 14, style: STYLE.figure },
  { key: "trustGap", width: 11, style: STYLE.figure },
  { key: "openDisappointments", width: 13, style: STYLE.figure },
  { key: "openActions", width: 10, style: STYLE.figure },
  { key: "overdueActions", width: 10, style: STYLE.figure },
  { key: "percentDone", width: 8, style: STYLE.percent },
  { key: "topHeavy", width: 11, style: STYLE.flag },
  { key: "clientMissStreak", width: 16, style: STYLE.figure },
  { key: "agreement", width: 13, style: STYLE.link },
  { key: "lastFeedback", width: 11, style: STYLE.date },
  { key: "trustTrend", width: 11, style: STYLE.decimal },
  { key: "status", width: 11, style: STYLE.text },
  { key: "id", width: 10, style: STYLE.text },
];

/** The Cartera table's columns in the plan language. */
export function portfolioColumns(language: PlanLanguage): TableColumnSpec[] {
  return COLUMNS.map(({ key, width, style }) => ({ key, header: PORTFOLIO_HEADERS[key][language], width, style }));
}

/** Text of a client's named cell, blank when empty (a bare reference to an empty cell shows 0). */
function textOf(cellName: string): string {
  return `IF(ISBLANK(${cellName}),"",${cellName})`;
}

/** A reference to this row's cell of a Cartera column. */
function rowCell(key: PortfolioColumnKey, language: PlanLanguage): string {
  return thisRowRef(PORTFOLIO_TABLE, PORTFOLIO_HEADERS[key][language]);
}

/** The status of docs/WORKBOOK.md, from the row's own figures and the client's state cell. */
function statusFormula(id: ClientId, language: PlanLanguage): string {
  const col = (key: PortfolioColumnKey): string => rowCell(key, language);
  const label = (status: keyof typeof STATUS_LABELS): string => quoteText(STATUS_LABELS[status][language]);
  const [k, t, streak] = [col("knowledge"), col("trust"), col("clientMissStreak")];
  const target = WORKBOOK_NAMES.target;
  const archived = `${clientCellName("state", id)}=${quoteText(listLabel("clientState", language, "archived"))}`;
  const green = `AND(${k}>=${target},${t}>=${target},${col("overdueActions")}=0,${col("openDisappointments")}=0,${streak}<2)`;
  return (
    `IF(${archived},${label("archived")},IF(OR(${k}="",${t}=""),${label("unscored")},` +
    `IF(OR(${k}<5,${t}<5,${streak}>=3),${label("red")},IF(${green},${label("green")},${label("amber")}))))`
  );
}

/** The pointer to the working agreement: red from 3 misses in a row, amber at 2 (docs/WORKBOOK.md). */
function agreementSignal(language: PlanLanguage): string {
  const streak = rowCell("clientMissStreak", language);
  const [red, amber] = [PORTFOLIO_TEXT.signalRed[language], PORTFOLIO_TEXT.signalAmber[language]];
  return `IF(${streak}>=3,${quoteText(red)},IF(${streak}=2,${quoteText(amber)},""))`;
}

/** One client's Cartera row: formulas over its sheets, the name linked to its Ver sheet, and its id. */
export function portfolioRow(id: ClientId, language: PlanLanguage): CellValue[] {
  const f = clientFigureFormulas(id, language);
  const yes = quoteText(listLabel("yesNo", language, "yes"));
  const cells: Readonly<Record<PortfolioColumnKey, CellValue>> = {
    name: formulaValue(textOf(clientCellName("name", id)), phaseAnchorName("ver", id)),
    owner: formulaValue(textOf(clientCellName("owner", id))),
    direction: formulaValue(textOf(clientCellName("direction", id))),
    knowledge: formulaValue(f.knowledge),
    trust: formulaValue(f.trust),
    knowledgeGap: formulaValue(f.knowledgeGap),
    trustGap: formulaValue(f.trustGap),
    openDisappointments: formulaValue(f.openDisappointments),
    openActions: formulaValue(f.openActions),
    overdueActions: formulaValue(f.overdueActions),
    percentDone: formulaValue(f.percentDone),
    topHeavy: formulaValue(`IF(${f.topHeavy},${yes},"")`),
    clientMissStreak: formulaValue(f.clientMissStreak),
    agreement: formulaValue(agreementSignal(language), clientCellName("reviewCadence", id)),
    lastFeedback: formulaValue(f.lastFeedback),
    trustTrend: formulaValue(f.trustTrend),
    status: formulaValue(statusFormula(id, language)),
    id: textValue(id),
  };
  return COLUMNS.map(({ key }) => cells[key]);
}

/** Traffic lights on the scores, the miss streak, the agreement pointer, the top-heavy flag and the status. */
function portfolioFormats(language: PlanLanguage): ConditionalFormatSpec[] {
  const column = (key: PortfolioColumnKey) =>
    ({ kind: "tableColumn", table: PORTFOLIO_TABLE, columnKey: key }) as const;
  const scores = (["knowledge", "trust"] as const).flatMap((key) =>
    columnScoreRules().map((rule) => ({ target: column(key), rule })),
  );
  const streak = streakRules().map((rule) => ({ target: column("clientMissStreak"), rule }));
  const agreement = [
    labelRule(PORTFOLIO_TEXT.signalRed[language], TRAFFIC_LIGHT.red),
    labelRule(PORTFOLIO_TEXT.signalAmber[language], TRAFFIC_LIGHT.amber),
  ].map((rule) => ({ target: column("agreement"), rule }));
  const topHeavy = [labelRule(listLabel("yesNo", language, "yes"), TRAFFIC_LIGHT.red)].map((rule) => ({
    target: column("topHeavy"),
    rule,
  }));
  const statuses = [
    labelRule(STATUS_LABELS.red[language], TRAFFIC_LIGHT.red),
    labelRule(STATUS_LABELS.amber[language], TRAFFIC_LIGHT.amber),
    labelRule(STATUS_LABELS.green[language], TRAFFIC_LIGHT.green),
    labelRule(STATUS_LABELS.archived[language], ARCHIVED_FORMAT),
  ].map((rule) => ({ target: column("status"), rule }));
  return [...scores, ...streak, ...agreement, ...topHeavy, ...statuses];
}

/** The scatter chart of knowledge against trust, under the settings block. */
function portfolioChart(language: PlanLanguage, firstRow: number): ChartSpec {
  const header = (key: PortfolioColumnKey): string => columnRef(PORTFOLIO_TABLE, PORTFOLIO_HEADERS[key][language]);
  return {
    kind: "scatter",
    name: PORTFOLIO_CHART,
    title: PORTFOLIO_TEXT.chartTitle[language],
    anchor: { row: firstRow, column: 0, rows: 18, columns: PORTFOLIO_FORM_WIDTHS.length },
    series: [{ name: PORTFOLIO_TEXT.chartTitle[language], xValues: header("knowledge"), yValues: header("trust") }],
  };
}

/** The name the settings block's link goes to: the caption cell of the owner table. */
function ownerAnchor(tables: readonly TableSpec[]): BuiltSheet["names"] {
  const owners = tables.find((t) => t.name === PORTFOLIO_OWNER_TABLE);
  if (owners === undefined) return [];
  const range = { row: CAPTION_ROW, column: owners.column };
  return [{ kind: "range", name: PORTFOLIO_OWNER_ANCHOR, sheetKey: SHEET_KEYS.portfolio, range }];
}

/** The Cartera sheet with the given client rows (one blank row when there are none) and its names. */
export function buildPortfolioSheet(plan: Plan, rows: readonly (readonly CellValue[])[]): BuiltSheet {
  const { language } = plan;
  const formRows = portfolioFormRows(plan);
  const form = layoutForm(SHEET_KEYS.portfolio, HEADER_ROW, PORTFOLIO_FORM_WIDTHS, formRows);
  const blankRow = COLUMNS.map((): CellValue => ({ kind: "empty" }));
  const table = (column: number): TableSpec => ({
    name: PORTFOLIO_TABLE,
    row: HEADER_ROW,
    column,
    columns: portfolioColumns(language),
    rows: rows.length === 0 ? [blankRow] : rows,
    style: "TableStyleMedium2",
    headerStyle: HEADER_STYLES.portfolio,
  });
  const tables = layoutTables(PORTFOLIO_FORM_WIDTHS.length + 1, [
    { table, caption: PORTFOLIO_TEXT.tableCaption[language] },
    {
      table: (column) => portfolioOwnerTable(plan, HEADER_ROW, column),
      caption: PORTFOLIO_TEXT.ownersCaption[language],
    },
  ]);
  const gap = { columnWidths: [{ column: PORTFOLIO_FORM_WIDTHS.length, width: GAP_WIDTH }] };
  const part = joinParts(form, gap, tables, { conditionalFormats: portfolioFormats(language) });
  const head = {
    key: SHEET_KEYS.portfolio,
    kind: "portfolio",
    name: SHEET_NAMES.portfolio[language],
    visibility: "visible",
    tabColor: TAB_COLORS.portfolio,
  } as const;
  const prefix = PORTFOLIO_TEXT.titlePrefix[language];
  const title = formulaValue(`${quoteText(prefix)}&${WORKBOOK_NAMES.planYear}`);
  const sheet = assembleSheet(head, title, PORTFOLIO_TEXT.prompt[language], part, {
    titleText: `${prefix}${plan.year}`,
  });
  const chart = portfolioChart(language, HEADER_ROW + formRows.length + 1);
  return { sheet: { ...sheet, charts: [chart] }, names: [...part.names, ...ownerAnchor(part.tables)] };
}
