/**
 * A client's Ver sheet (DESIGN §3.2): the client's identity and its scores as named cells on the left — with
 * the trust trend since the last snapshot and the trust the sub-scores suggest — and under them the line chart
 * of the score history; then Retos, Expectativas, Decepciones and Historial side by side. Questions and
 * captions name whom the plan is for (the direction).
 */
import type { PlanLanguage } from "../domain/plan";
import { VER_DIRECTION_TEXT } from "../i18n/direction-text";
import { VER_TEXT } from "../i18n/workbook-text";
import { listLabel } from "./closed-lists";
import { buildClientPhaseSheet, phaseTables } from "./client-phase-sheet";
import { clientTableColumns } from "./client-table";
import { clientFigureFormulas } from "./client-formulas";
import { columnRef } from "./formula-text";
import {
  HEADER_ROW,
  formulaValue,
  numberValue,
  textValue,
  type BuiltSheet,
  type ClientSheetInput,
  type FormCell,
  type FormRow,
} from "./sheet-parts";
import type { CellValue, ChartSpec } from "./spec";
import { STYLE } from "./styles";
import { namedScoreRules } from "./traffic-light";
import { listValidation, namedScoreValidation, scoreValidation } from "./validations";
import {
  WORKBOOK_NAMES,
  clientCellName,
  clientClosedName,
  clientHistoryChartName,
  clientTableName,
  type ClientCellKind,
  type ClosedListKind,
} from "./workbook-names";

/** Widths of the form block's label and value columns, characters. */
const FORM_WIDTHS = [40, 36] as const;

/** Rows the score-history chart spans under the form block (about 270 pt at Excel's default row height). */
const CHART_ROWS = 18;

type VerLabel = keyof typeof VER_TEXT;
type DirectionLabel = keyof typeof VER_DIRECTION_TEXT;

/** A label: one of VER_TEXT, or a text already in the plan's words. */
function label(text: VerLabel | { readonly shown: string }, language: PlanLanguage, style: string = STYLE.label) {
  const shown = typeof text === "string" ? VER_TEXT[text][language] : text.shown;
  return { value: textValue(shown), style } satisfies FormCell;
}

/** A label worded for the client's direction (this client, my manager, my peers, my team). */
function directed(key: DirectionLabel, input: ClientSheetInput): { readonly shown: string } {
  return { shown: VER_DIRECTION_TEXT[key][input.client.direction][input.language] };
}

function caption(text: VerLabel | { readonly shown: string }, language: PlanLanguage): FormRow {
  return { cells: [label(text, language, STYLE.caption)], span: true };
}

/** A labelled input cell carrying the client's defined name. */
function inputRow(
  input: ClientSheetInput,
  kind: ClientCellKind,
  text: VerLabel | { readonly shown: string },
  value: CellValue,
  extra: Omit<FormCell, "value" | "name"> = {},
): FormRow {
  const cell: FormCell = { value, style: STYLE.input, name: clientCellName(kind, input.client.id), ...extra };
  return { cells: [label(text, input.language), cell] };
}

/** A labelled figure: a formula the user does not type into. */
function figureRow(text: VerLabel, expression: string, style: string, language: PlanLanguage): FormRow {
  return { cells: [label(text, language), { value: formulaValue(expression), style }] };
}

function listInput(
  input: ClientSheetInput,
  kind: ClientCellKind,
  text: VerLabel,
  list: ClosedListKind,
  code: string,
): FormRow {
  const value = textValue(listLabel(list, input.language, code));
  return inputRow(input, kind, text, value, { validation: listValidation(list, input.language) });
}

/**
 * The plan year the sheet belongs to: the year an in-place Nuevo año closed, once it has marked the client
 * with `vamAnioCerrado_<id>`, else the plan year. A current client has no such name: the reference is Excel's
 * `#NAME?`, which IFERROR catches (as LibreOffice does, test/app/archived-year-oracle.test.ts).
 */
function planYearFormula(id: string): string {
  return `IFERROR(${clientClosedName(id)},${WORKBOOK_NAMES.planYear})`;
}

function identityRows(input: ClientSheetInput): FormRow[] {
  const { client, language } = input;
  const nameLabel = { shown: listLabel("direction", language, client.direction) };
  return [
    caption(directed("identityCaption", input), language),
    inputRow(input, "name", nameLabel, textValue(client.name)),
    inputRow(input, "owner", "owner", textValue(client.owner)),
    inputRow(input, "sector", "sector", textValue(client.sector)),
    listInput(input, "direction", "direction", "direction", client.direction),
    listInput(input, "kind", "kind", "clientKind", client.kind),
    listInput(input, "state", "state", "clientState", client.state),
    figureRow("planYear", planYearFormula(client.id), STYLE.figure, language),
    inputRow(input, "profile", directed("profile", input), textValue(client.profile)),
  ];
}

function scoreRows(input: ClientSheetInput, kind: "knowledge" | "trust"): FormRow[] {
  const { client, language } = input;
  const figures = clientFigureFormulas(client.id, language);
  const name = clientCellName(kind, client.id);
  const validation = namedScoreValidation(kind, client.direction, language);
  const score = { validation, rules: namedScoreRules(name), style: STYLE.inputNumber };
  const rows: FormRow[] = [
    inputRow(input, kind, directed(kind, input), numberValue(client[kind]), score),
    inputRow(
      input,
      kind === "knowledge" ? "knowledgeEvidence" : "trustEvidence",
      "evidence",
      textValue(client[`${kind}Evidence`]),
    ),
    figureRow("gap", kind === "knowledge" ? figures.knowledgeGap : figures.trustGap, STYLE.figure, language),
  ];
  // docs/WORKBOOK.md "trust trend": the same figure as Cartera's and Medir's.
  return kind === "trust" ? [...rows, figureRow("trustTrend", figures.trustTrend, STYLE.decimal, language)] : rows;
}

function factorRows(input: ClientSheetInput): FormRow[] {
  const factors = input.client.trustFactors;
  const score = { validation: scoreValidation(input.language), style: STYLE.inputNumber };
  const kinds = ["credibility", "reliability", "intimacy", "selfOrientation"] as const;
  const figures = clientFigureFormulas(input.client.id, input.language);
  return [
    caption("factorsCaption", input.language),
    ...kinds.map((kind) => inputRow(input, kind, kind, numberValue(factors[kind]), score)),
    figureRow("suggestedTrust", figures.suggestedTrust, STYLE.oneDecimal, input.language),
    { cells: [label("suggestedTrustNote", input.language, STYLE.note)], span: true },
  ];
}

function formRows(input: ClientSheetInput): FormRow[] {
  const blank: FormRow = { cells: [] };
  return [
    ...identityRows(input),
    blank,
    caption("scoresCaption", input.language),
    ...scoreRows(input, "knowledge"),
    ...scoreRows(input, "trust"),
    blank,
    ...factorRows(input),
  ];
}

/**
 * The line chart of the client's score history, one row under the form block (nothing goes below a table):
 * the Historial dates as categories, knowledge and trust as series, each bound to its table column.
 */
export function verHistoryChart(input: ClientSheetInput): ChartSpec {
  const { client, language } = input;
  const table = clientTableName("scoreHistory", client.id);
  const columns = clientTableColumns("scoreHistory", client.id, language);
  const header = (key: string): string => {
    const column = columns.find((c) => c.key === key);
    if (column === undefined) throw new Error(`the score history has no column ${key}`);
    return column.header;
  };
  const series = (key: "knowledge" | "trust") => ({
    name: header(key),
    xValues: columnRef(table, header("date")),
    yValues: columnRef(table, header(key)),
  });
  return {
    kind: "line",
    name: clientHistoryChartName(client.id),
    title: VER_TEXT.historyChart[language],
    anchor: { row: HEADER_ROW + formRows(input).length + 1, column: 0, rows: CHART_ROWS, columns: FORM_WIDTHS.length },
    series: [series("knowledge"), series("trust")],
  };
}

/** The Ver sheet of one client, with the names of its identity, score and anchor cells. */
export function buildVerSheet(input: ClientSheetInput): BuiltSheet {
  const { client, language } = input;
  const built = buildClientPhaseSheet("ver", input, {
    formWidths: FORM_WIDTHS,
    formRows: formRows(input),
    tables: phaseTables("ver", input),
    titleSuffix: VER_TEXT.titleSuffix[language],
    prompt: VER_DIRECTION_TEXT.prompt[client.direction][language],
  });
  return { ...built, sheet: { ...built.sheet, charts: [verHistoryChart(input)] } };
}
