/**
 * A client's Medir sheet (DESIGN §3.2): on the left the summary formulas, the client's commitment streak
 * with its signal and a link to the working agreement, and the working agreement itself as named cells;
 * then Indicadores, Compromisos and Feedback side by side.
 */
import type { PlanLanguage, WorkingAgreement } from "../domain/plan";
import { MEDIR_TEXT, TABLE_CAPTIONS } from "../i18n/workbook-text";
import { clientFigureFormulas } from "./client-formulas";
import { clientTableSpec } from "./client-table";
import { quoteText } from "./formula-text";
import {
  GAP_WIDTH,
  HEADER_ROW,
  anchorName,
  assembleSheet,
  clientSheetHead,
  clientTitle,
  formulaValue,
  joinParts,
  layoutForm,
  layoutTables,
  textValue,
  type BuiltSheet,
  type ClientSheetInput,
  type FormRow,
} from "./sheet-parts";
import type { StyleKey } from "./spec";
import { STYLE, TRAFFIC_LIGHT } from "./styles";
import { tablesOfPhase } from "./table-columns";
import { labelRule } from "./traffic-light";
import { clientCellName } from "./workbook-names";

/** Widths of the form block's label and value columns, characters. */
const FORM_WIDTHS = [40, 40] as const;

type MedirText = keyof typeof MEDIR_TEXT;

function text(key: MedirText, language: PlanLanguage): string {
  return MEDIR_TEXT[key][language];
}

function caption(key: MedirText, language: PlanLanguage): FormRow {
  return { cells: [{ value: textValue(text(key, language)), style: STYLE.caption }], span: true };
}

function figureRow(key: MedirText, expression: string, style: StyleKey, language: PlanLanguage): FormRow {
  return {
    cells: [
      { value: textValue(text(key, language)), style: STYLE.label },
      { value: formulaValue(expression), style },
    ],
  };
}

function summaryRows(input: ClientSheetInput): FormRow[] {
  const { client, language } = input;
  const f = clientFigureFormulas(client.id, language);
  const red = text("streakRed", language);
  const amber = text("streakAmber", language);
  const signal = `IF(${f.clientMissStreak}>=3,${quoteText(red)},IF(${f.clientMissStreak}=2,${quoteText(amber)},""))`;
  return [
    caption("summaryCaption", language),
    figureRow("actionsTotal", f.totalActions, STYLE.figure, language),
    figureRow("actionsDone", f.doneActions, STYLE.figure, language),
    figureRow("actionsOverdue", f.overdueActions, STYLE.figure, language),
    figureRow("percentDone", f.percentDone, STYLE.percent, language),
    figureRow("openDisappointments", f.openDisappointments, STYLE.figure, language),
    figureRow("lastFeedback", f.lastFeedback, STYLE.date, language),
    figureRow("trustTrend", f.trustTrend, STYLE.decimal, language),
    figureRow("clientMisses", f.clientMissStreak, STYLE.figure, language),
    {
      cells: [
        {
          value: formulaValue(signal),
          style: STYLE.warning,
          rules: [labelRule(red, TRAFFIC_LIGHT.red), labelRule(amber, TRAFFIC_LIGHT.amber)],
        },
      ],
      span: true,
    },
    {
      cells: [
        {
          value: {
            kind: "text",
            text: text("agreementLink", language),
            linkToName: clientCellName("reviewCadence", client.id),
          },
          style: STYLE.link,
        },
      ],
    },
  ];
}

const AGREEMENT: readonly (keyof WorkingAgreement)[] = [
  "reviewCadence",
  "sponsorReceives",
  "teamReceives",
  "confidentialMatters",
];

function agreementRows(input: ClientSheetInput): FormRow[] {
  const { client, language } = input;
  return [
    caption("agreementCaption", language),
    ...AGREEMENT.map((kind) => ({
      cells: [
        { value: textValue(text(kind, language)), style: STYLE.label },
        { value: textValue(client.agreement[kind]), style: STYLE.input, name: clientCellName(kind, client.id) },
      ],
    })),
  ];
}

/** The Medir sheet of one client, with the names of its working-agreement and anchor cells. */
export function buildMedirSheet(input: ClientSheetInput): BuiltSheet {
  const { client, language } = input;
  const head = clientSheetHead("medir", input);
  const form = layoutForm(head.key, HEADER_ROW, FORM_WIDTHS, [
    ...summaryRows(input),
    { cells: [] },
    ...agreementRows(input),
  ]);
  const tables = layoutTables(
    FORM_WIDTHS.length + 1,
    tablesOfPhase("medir").map((kind) => ({
      table: (column: number) => clientTableSpec(kind, client, language, HEADER_ROW, column),
      caption: TABLE_CAPTIONS[kind][language],
    })),
  );
  const part = joinParts(form, { columnWidths: [{ column: FORM_WIDTHS.length, width: GAP_WIDTH }] }, tables);
  const sheet = assembleSheet(head, clientTitle(input, text("titleSuffix", language)), text("prompt", language), part);
  return { sheet, names: [anchorName("medir", input), ...part.names] };
}
