/**
 * A client's Ver sheet (DESIGN §3.2): the client's identity and its scores as named cells on the left,
 * then Retos, Expectativas, Decepciones and Historial side by side.
 */
import type { PlanLanguage } from "../domain/plan";
import { TABLE_CAPTIONS, VER_TEXT } from "../i18n/workbook-text";
import { listLabel } from "./closed-lists";
import { clientTableSpec } from "./client-table";
import { clientFigureFormulas } from "./client-formulas";
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
  numberValue,
  textValue,
  type BuiltSheet,
  type ClientSheetInput,
  type FormCell,
  type FormRow,
} from "./sheet-parts";
import type { CellValue } from "./spec";
import { STYLE } from "./styles";
import { tablesOfPhase } from "./table-columns";
import { namedScoreRules } from "./traffic-light";
import { listValidation, scoreValidation } from "./validations";
import { WORKBOOK_NAMES, clientCellName, type ClientCellKind, type ClosedListKind } from "./workbook-names";

/** Widths of the form block's label and value columns, characters. */
const FORM_WIDTHS = [34, 36] as const;

type VerLabel = keyof typeof VER_TEXT;

function label(text: VerLabel, language: PlanLanguage, style: string = STYLE.label): FormCell {
  return { value: textValue(VER_TEXT[text][language]), style };
}

function caption(text: VerLabel, language: PlanLanguage): FormRow {
  return { cells: [label(text, language, STYLE.caption)], span: true };
}

/** A labelled input cell carrying the client's defined name. */
function inputRow(
  input: ClientSheetInput,
  kind: ClientCellKind,
  text: VerLabel,
  value: CellValue,
  extra: Omit<FormCell, "value" | "name"> = {},
): FormRow {
  const cell: FormCell = { value, style: STYLE.input, name: clientCellName(kind, input.client.id), ...extra };
  return { cells: [label(text, input.language), cell] };
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

function identityRows(input: ClientSheetInput): FormRow[] {
  const { client, language } = input;
  return [
    caption("identityCaption", language),
    inputRow(input, "name", "name", textValue(client.name)),
    inputRow(input, "owner", "owner", textValue(client.owner)),
    inputRow(input, "sector", "sector", textValue(client.sector)),
    listInput(input, "direction", "direction", "direction", client.direction),
    listInput(input, "kind", "kind", "clientKind", client.kind),
    listInput(input, "state", "state", "clientState", client.state),
    { cells: [label("planYear", language), { value: formulaValue(WORKBOOK_NAMES.planYear), style: STYLE.figure }] },
    inputRow(input, "profile", "profile", textValue(client.profile)),
  ];
}

function scoreRows(input: ClientSheetInput, kind: "knowledge" | "trust"): FormRow[] {
  const { client, language } = input;
  const figures = clientFigureFormulas(client.id, language);
  const name = clientCellName(kind, client.id);
  const validation = scoreValidation(language);
  const score = { validation, rules: namedScoreRules(name), style: STYLE.inputNumber };
  return [
    inputRow(input, kind, kind, numberValue(client[kind]), score),
    inputRow(
      input,
      kind === "knowledge" ? "knowledgeEvidence" : "trustEvidence",
      "evidence",
      textValue(client[`${kind}Evidence`]),
    ),
    {
      cells: [
        label("gap", language),
        { value: formulaValue(kind === "knowledge" ? figures.knowledgeGap : figures.trustGap), style: STYLE.figure },
      ],
    },
  ];
}

function factorRows(input: ClientSheetInput): FormRow[] {
  const factors = input.client.trustFactors;
  const score = { validation: scoreValidation(input.language), style: STYLE.inputNumber };
  const kinds = ["credibility", "reliability", "intimacy", "selfOrientation"] as const;
  return [
    caption("factorsCaption", input.language),
    ...kinds.map((kind) => inputRow(input, kind, kind, numberValue(factors[kind]), score)),
  ];
}

/** The Ver sheet of one client, with the names of its identity, score and anchor cells. */
export function buildVerSheet(input: ClientSheetInput): BuiltSheet {
  const { client, language } = input;
  const blank: FormRow = { cells: [] };
  const form = layoutForm(clientSheetHead("ver", input).key, HEADER_ROW, FORM_WIDTHS, [
    ...identityRows(input),
    blank,
    caption("scoresCaption", language),
    ...scoreRows(input, "knowledge"),
    ...scoreRows(input, "trust"),
    blank,
    ...factorRows(input),
  ]);
  const tables = layoutTables(
    FORM_WIDTHS.length + 1,
    tablesOfPhase("ver").map((kind) => ({
      table: (column: number) => clientTableSpec(kind, client, language, HEADER_ROW, column),
      caption: TABLE_CAPTIONS[kind][language],
    })),
  );
  const part = joinParts(form, { columnWidths: [{ column: FORM_WIDTHS.length, width: GAP_WIDTH }] }, tables);
  const sheet = assembleSheet(
    clientSheetHead("ver", input),
    clientTitle(input, VER_TEXT.titleSuffix[language]),
    VER_TEXT.prompt[language],
    part,
  );
  return { sheet, names: [anchorName("ver", input), ...part.names] };
}
