/**
 * A client's Medir sheet (DESIGN §3.2): on the left the summary formulas, the client's commitment streak
 * (amber at 2, red from 3) with its signal and a link to the working agreement, and the working agreement
 * itself as named cells; then the overdue actions per owner, Indicadores, Compromisos and Feedback side by
 * side. Whose misses and whose feedback the sheet speaks of follows the client's direction.
 */
import type { PlanLanguage, WorkingAgreement } from "../domain/plan";
import { MEDIR_DIRECTION_TEXT } from "../i18n/direction-text";
import { MEDIR_TEXT } from "../i18n/workbook-text";
import { clientFigureFormulas } from "./client-formulas";
import { buildClientPhaseSheet, phaseTables } from "./client-phase-sheet";
import { quoteText } from "./formula-text";
import {
  HEADER_ROW,
  formulaValue,
  textValue,
  type BuiltSheet,
  type ClientSheetInput,
  type FormCell,
  type FormRow,
} from "./sheet-parts";
import type { StyleKey } from "./spec";
import { STYLE, TRAFFIC_LIGHT } from "./styles";
import { clientOwnerTable } from "./owner-tables";
import { labelRule, streakRules } from "./traffic-light";
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

function figureRow(
  key: MedirText | { readonly shown: string },
  expression: string,
  style: StyleKey,
  language: PlanLanguage,
  rules: FormCell["rules"] = [],
): FormRow {
  const shown = typeof key === "string" ? text(key, language) : key.shown;
  return {
    cells: [
      { value: textValue(shown), style: STYLE.label },
      { value: formulaValue(expression), style, rules },
    ],
  };
}

function summaryRows(input: ClientSheetInput): FormRow[] {
  const { client, language } = input;
  const f = clientFigureFormulas(client.id, language);
  const words = (key: keyof typeof MEDIR_DIRECTION_TEXT): string =>
    MEDIR_DIRECTION_TEXT[key][client.direction][language];
  const [red, amber] = [words("streakRed"), words("streakAmber")];
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
    figureRow({ shown: words("clientMisses") }, f.clientMissStreak, STYLE.figure, language, streakRules()),
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
    agreementLinkRow(input),
  ];
}

/** A link down to the working agreement's first cell. */
function agreementLinkRow({ client, language }: ClientSheetInput): FormRow {
  const link = clientCellName("reviewCadence", client.id);
  return {
    cells: [{ value: { kind: "text", text: text("agreementLink", language), linkToName: link }, style: STYLE.link }],
  };
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
  const owners = {
    table: (column: number) => clientOwnerTable(client, language, HEADER_ROW, column),
    caption: text("ownersCaption", language),
  };
  return buildClientPhaseSheet("medir", input, {
    formWidths: FORM_WIDTHS,
    formRows: [...summaryRows(input), { cells: [] }, ...agreementRows(input)],
    tables: [owners, ...phaseTables("medir", input)],
    titleSuffix: text("titleSuffix", language),
    prompt: MEDIR_DIRECTION_TEXT.prompt[client.direction][language],
  });
}
