/**
 * The Cartera sheet (DESIGN §3.1): the title with the plan year, the plan settings `vamAnioPlan` and
 * `vamObjetivo`, the status rule, a Knowledge × Trust chart, and the `vamCartera` table with one row per
 * client. A row holds only formulas reading the client's own sheets, plus its id as text
 * (docs/WORKBOOK.md), so a row lost to a co-authoring race can be rebuilt.
 */
import type { ClientId, Plan, PlanLanguage } from "../domain/plan";
import { PORTFOLIO_HEADERS, PORTFOLIO_TEXT, SHEET_NAMES, STATUS_LABELS, STATUS_RULE } from "../i18n/workbook-text";
import { listLabel } from "./closed-lists";
import { clientFigureFormulas } from "./client-formulas";
import { columnRef, quoteText, thisRowRef } from "./formula-text";
import {
  GAP_WIDTH,
  HEADER_ROW,
  assembleSheet,
  formulaValue,
  joinParts,
  layoutForm,
  layoutTables,
  numberValue,
  textValue,
  type BuiltSheet,
  type FormRow,
} from "./sheet-parts";
import type { CellValue, ChartSpec, ConditionalFormatSpec, StyleKey, TableColumnSpec, TableSpec } from "./spec";
import { ARCHIVED_FORMAT, STYLE, TAB_COLORS, TRAFFIC_LIGHT } from "./styles";
import { columnScoreRules, labelRule } from "./traffic-light";
import { targetValidation, yearValidation } from "./validations";
import { PORTFOLIO_TABLE, SHEET_KEYS, WORKBOOK_NAMES, clientCellName, phaseAnchorName } from "./workbook-names";

/** Key of each Cartera column, in order; headers come from PORTFOLIO_HEADERS. */
export type PortfolioColumnKey = keyof typeof PORTFOLIO_HEADERS;

const COLUMNS: readonly { key: PortfolioColumnKey; width: number; style: StyleKey }[] = [
  { key: "name", width: 28, style: STYLE.link },
  { key: "owner", width: 18, style: STYLE.text },
  { key: "direction", width: 13, style: STYLE.text },
  { key: "knowledge", width: 14, style: STYLE.score },
  { key: "trust", width: 12, style: STYLE.score },
  { key: "knowledgeGap", width: 12, style: STYLE.figure },
  { key: "trustGap", width: 12, style: STYLE.figure },
  { key: "openDisappointments", width: 13, style: STYLE.figure },
  { key: "openActions", width: 12, style: STYLE.figure },
  { key: "overdueActions", width: 12, style: STYLE.figure },
  { key: "percentDone", width: 10, style: STYLE.percent },
  { key: "clientMissStreak", width: 16, style: STYLE.figure },
  { key: "lastFeedback", width: 12, style: STYLE.date },
  { key: "trustTrend", width: 12, style: STYLE.decimal },
  { key: "status", width: 12, style: STYLE.text },
  { key: "id", width: 11, style: STYLE.text },
];

/** Widths of the settings block (label, value), characters; the status rule and the chart sit there too. */
const FORM_WIDTHS = [22, 48] as const;

/** The Cartera table's columns in the plan language. */
export function portfolioColumns(language: PlanLanguage): TableColumnSpec[] {
  return COLUMNS.map(({ key, width, style }) => ({ key, header: PORTFOLIO_HEADERS[key][language], width, style }));
}

/** Text of a client's named cell, blank when empty (a bare reference to an empty cell shows 0). */
function textOf(cellName: string): string {
  return `IF(ISBLANK(${cellName}),"",${cellName})`;
}

/** The status of docs/WORKBOOK.md, from the row's own figures and the client's state cell. */
function statusFormula(id: ClientId, language: PlanLanguage): string {
  const col = (key: PortfolioColumnKey): string => thisRowRef(PORTFOLIO_TABLE, PORTFOLIO_HEADERS[key][language]);
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

/** One client's Cartera row: formulas over its sheets, the name linked to its Ver sheet, and its id. */
export function portfolioRow(id: ClientId, language: PlanLanguage): CellValue[] {
  const f = clientFigureFormulas(id, language);
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
    clientMissStreak: formulaValue(f.clientMissStreak),
    lastFeedback: formulaValue(f.lastFeedback),
    trustTrend: formulaValue(f.trustTrend),
    status: formulaValue(statusFormula(id, language)),
    id: textValue(id),
  };
  return COLUMNS.map(({ key }) => cells[key]);
}

function settingsRows(plan: Plan): FormRow[] {
  const { language } = plan;
  const label = (text: { readonly es: string; readonly en: string }, style: StyleKey = STYLE.label) => ({
    value: textValue(text[language]),
    style,
  });
  const rule = (status: keyof typeof STATUS_RULE): FormRow => ({
    cells: [
      label(STATUS_LABELS[status], STYLE.caption),
      { value: textValue(STATUS_RULE[status][language]), style: STYLE.note },
    ],
  });
  return [
    { cells: [label(PORTFOLIO_TEXT.settingsCaption, STYLE.caption)], span: true },
    {
      cells: [
        label(PORTFOLIO_TEXT.planYear),
        {
          value: numberValue(plan.year),
          style: STYLE.inputNumber,
          name: WORKBOOK_NAMES.planYear,
          validation: yearValidation(language),
        },
      ],
    },
    {
      cells: [
        label(PORTFOLIO_TEXT.target),
        {
          value: numberValue(plan.targetScore),
          style: STYLE.inputNumber,
          name: WORKBOOK_NAMES.target,
          validation: targetValidation(language),
        },
      ],
    },
    { cells: [label(PORTFOLIO_TEXT.today), { value: formulaValue(WORKBOOK_NAMES.today), style: STYLE.date }] },
    { cells: [] },
    { cells: [label(PORTFOLIO_TEXT.statusCaption, STYLE.caption)], span: true },
    ...(["archived", "unscored", "red", "green", "amber"] as const).map(rule),
  ];
}

/** Traffic lights on the score columns and the status column (labels in the plan language). */
function portfolioFormats(language: PlanLanguage): ConditionalFormatSpec[] {
  const column = (key: PortfolioColumnKey) =>
    ({ kind: "tableColumn", table: PORTFOLIO_TABLE, columnKey: key }) as const;
  const scores = (["knowledge", "trust"] as const).flatMap((key) =>
    columnScoreRules().map((rule) => ({ target: column(key), rule })),
  );
  const statuses = [
    labelRule(STATUS_LABELS.red[language], TRAFFIC_LIGHT.red),
    labelRule(STATUS_LABELS.amber[language], TRAFFIC_LIGHT.amber),
    labelRule(STATUS_LABELS.green[language], TRAFFIC_LIGHT.green),
    labelRule(STATUS_LABELS.archived[language], ARCHIVED_FORMAT),
  ].map((rule) => ({ target: column("status"), rule }));
  return [...scores, ...statuses];
}

/** The scatter chart of knowledge against trust, under the settings block. */
function portfolioChart(language: PlanLanguage, firstRow: number): ChartSpec {
  const header = (key: PortfolioColumnKey): string => columnRef(PORTFOLIO_TABLE, PORTFOLIO_HEADERS[key][language]);
  return {
    kind: "scatter",
    title: PORTFOLIO_TEXT.chartTitle[language],
    anchor: { row: firstRow, column: 0, rows: 18, columns: FORM_WIDTHS.length },
    series: [{ name: PORTFOLIO_TEXT.chartTitle[language], xValues: header("knowledge"), yValues: header("trust") }],
  };
}

/** The Cartera sheet with the given client rows (one blank row when there are none) and its names. */
export function buildPortfolioSheet(plan: Plan, rows: readonly (readonly CellValue[])[]): BuiltSheet {
  const { language } = plan;
  const settings = settingsRows(plan);
  const form = layoutForm(SHEET_KEYS.portfolio, HEADER_ROW, FORM_WIDTHS, settings);
  const blankRow = COLUMNS.map((): CellValue => ({ kind: "empty" }));
  const table = (column: number): TableSpec => ({
    name: PORTFOLIO_TABLE,
    row: HEADER_ROW,
    column,
    columns: portfolioColumns(language),
    rows: rows.length === 0 ? [blankRow] : rows,
    style: "TableStyleMedium2",
  });
  const tables = layoutTables(FORM_WIDTHS.length + 1, [{ table, caption: PORTFOLIO_TEXT.tableCaption[language] }]);
  const part = joinParts(form, { columnWidths: [{ column: FORM_WIDTHS.length, width: GAP_WIDTH }] }, tables, {
    conditionalFormats: portfolioFormats(language),
  });
  const head = {
    key: SHEET_KEYS.portfolio,
    kind: "portfolio",
    name: SHEET_NAMES.portfolio[language],
    visibility: "visible",
    tabColor: TAB_COLORS.portfolio,
  } as const;
  const title = formulaValue(`${quoteText(PORTFOLIO_TEXT.titlePrefix[language])}&${WORKBOOK_NAMES.planYear}`);
  const sheet = assembleSheet(head, title, PORTFOLIO_TEXT.prompt[language], part);
  const chart = portfolioChart(language, HEADER_ROW + settings.length + 1);
  return { sheet: { ...sheet, charts: [chart] }, names: part.names };
}
