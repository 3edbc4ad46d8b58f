/**
 * A client's Ajustar sheet (DESIGN §3.2): the Influence Pyramid on the left — the six levels, top to
 * bottom, each with its count of actions drawn as a centred bar, and the top-heavy warning — then
 * Personas, Acciones, Servicios and Reuniones para dar side by side.
 */
import type { PlanLanguage, PyramidLevel } from "../domain/plan";
import { PYRAMID_LEVELS } from "../domain/plan";
import { AJUSTAR_PROMPT } from "../i18n/direction-text";
import { AJUSTAR_TEXT } from "../i18n/workbook-text";
import { listLabel } from "./closed-lists";
import { clientFigureFormulas, type ClientFigureFormulas } from "./client-formulas";
import { buildClientPhaseSheet, phaseTables } from "./client-phase-sheet";
import { quoteText } from "./formula-text";
import { formulaValue, textValue, type BuiltSheet, type ClientSheetInput, type FormRow } from "./sheet-parts";
import { STYLE, TRAFFIC_LIGHT } from "./styles";
import { labelRule } from "./traffic-light";

/** Widths of the pyramid block: level label, bar, count; characters. */
const FORM_WIDTHS = [34, 32, 10] as const;
/** Longest bar, in blocks: a bar never spills out of its column. */
const MAX_BAR = 30;
const BAR_BLOCK = "■";

function text(key: keyof typeof AJUSTAR_TEXT, language: PlanLanguage): string {
  return AJUSTAR_TEXT[key][language];
}

/** One level: its label, a bar of one block per action (centred, so the levels stack as a pyramid), the count. */
function levelRow(level: PyramidLevel, figures: ClientFigureFormulas, language: PlanLanguage): FormRow {
  const count = figures.actionsAtLevel[level];
  return {
    cells: [
      { value: textValue(listLabel("pyramidLevel", language, level)), style: STYLE.label },
      { value: formulaValue(`REPT(${quoteText(BAR_BLOCK)},MIN(${MAX_BAR},${count}))`), style: STYLE.pyramidBar },
      { value: formulaValue(count), style: STYLE.figure },
    ],
  };
}

function pyramidRows(input: ClientSheetInput): FormRow[] {
  const { language } = input;
  const figures = clientFigureFormulas(input.client.id, language);
  const topDown = [...PYRAMID_LEVELS].reverse();
  const topHeavy = text("topHeavy", language);
  const warning = formulaValue(`IF(${figures.topHeavy},${quoteText(topHeavy)},"")`);
  return [
    {
      cells: [
        { value: textValue(text("pyramidCaption", language)), style: STYLE.caption },
        undefined,
        { value: textValue(text("count", language)), style: STYLE.caption },
      ],
    },
    ...topDown.map((level) => levelRow(level, figures, language)),
    { cells: [{ value: warning, style: STYLE.warning, rules: [labelRule(topHeavy, TRAFFIC_LIGHT.red)] }], span: true },
    { cells: [{ value: textValue(text("lowerLevels", language)), style: STYLE.note }], span: true },
    { cells: [{ value: textValue(text("levelBelow", language)), style: STYLE.note }], span: true },
  ];
}

/** The Ajustar sheet of one client, with its anchor name. */
export function buildAjustarSheet(input: ClientSheetInput): BuiltSheet {
  return buildClientPhaseSheet("ajustar", input, {
    formWidths: FORM_WIDTHS,
    formRows: pyramidRows(input),
    tables: phaseTables("ajustar", input),
    titleSuffix: text("titleSuffix", input.language),
    prompt: AJUSTAR_PROMPT[input.client.direction][input.language],
  });
}
