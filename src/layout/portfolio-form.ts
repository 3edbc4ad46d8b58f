/**
 * The block left of the Cartera table: the plan settings (`vamAnioPlan`, `vamObjetivo`, today), the status
 * rule one line per status, the portfolio by direction (active clients, red ones, overdue actions — formulas
 * over the Cartera table, docs/WORKBOOK.md "by direction"), and a link to the overdue-by-owner table.
 */
import type { Plan, PlanLanguage } from "../domain/plan";
import { DIRECTIONS } from "../domain/directions";
import { PORTFOLIO_HEADERS, PORTFOLIO_TEXT, STATUS_LABELS, STATUS_RULE, type Bilingual } from "../i18n/workbook-text";
import { listLabel } from "./closed-lists";
import { columnRef, quoteText } from "./formula-text";
import { formulaValue, numberValue, textValue, type FormCell, type FormRow } from "./sheet-parts";
import type { StyleKey } from "./spec";
import { STYLE } from "./styles";
import { targetValidation, yearValidation } from "./validations";
import { PORTFOLIO_OWNER_ANCHOR, PORTFOLIO_TABLE, WORKBOOK_NAMES } from "./workbook-names";

/** Widths of the block's columns, characters: labels, three figure columns, and room for the rule's texts. */
export const PORTFOLIO_FORM_WIDTHS = [16, 10, 10, 10, 30] as const;

function label(text: Bilingual, language: PlanLanguage, style: StyleKey = STYLE.label): FormCell {
  return { value: textValue(text[language]), style };
}

function settingsRows(plan: Plan): FormRow[] {
  const { language } = plan;
  const input = (value: number, name: string, validation: FormCell["validation"]): FormCell => ({
    value: numberValue(value),
    style: STYLE.inputNumber,
    name,
    ...(validation === undefined ? {} : { validation }),
  });
  return [
    { cells: [label(PORTFOLIO_TEXT.settingsCaption, language, STYLE.caption)], span: true },
    {
      cells: [
        label(PORTFOLIO_TEXT.planYear, language),
        input(plan.year, WORKBOOK_NAMES.planYear, yearValidation(language)),
      ],
    },
    {
      cells: [
        label(PORTFOLIO_TEXT.target, language),
        input(plan.targetScore, WORKBOOK_NAMES.target, targetValidation(language)),
      ],
    },
    {
      cells: [label(PORTFOLIO_TEXT.today, language), { value: formulaValue(WORKBOOK_NAMES.today), style: STYLE.date }],
    },
  ];
}

/** The status rule, next to the table it explains: each label, then its rule across the rest of the block. */
function statusRuleRows(language: PlanLanguage): FormRow[] {
  const rule = (status: keyof typeof STATUS_RULE): FormRow => ({
    cells: [label(STATUS_LABELS[status], language, STYLE.term), label(STATUS_RULE[status], language, STYLE.note)],
    spanFrom: 1,
  });
  return [
    { cells: [label(PORTFOLIO_TEXT.statusCaption, language, STYLE.caption)], span: true },
    ...(["archived", "unscored", "red", "green", "amber"] as const).map(rule),
  ];
}

/** Active clients, red ones and overdue actions of each direction, counted over the Cartera table. */
function directionRows(language: PlanLanguage): FormRow[] {
  const column = (key: keyof typeof PORTFOLIO_HEADERS): string =>
    columnRef(PORTFOLIO_TABLE, PORTFOLIO_HEADERS[key][language]);
  const active = `${column("status")},${quoteText(`<>${listLabel("clientState", language, "archived")}`)}`;
  const red = `${column("status")},${quoteText(STATUS_LABELS.red[language])}`;
  const figure = (expression: string): FormCell => ({ value: formulaValue(expression), style: STYLE.figure });
  const row = (direction: (typeof DIRECTIONS)[number]): FormRow => {
    const of = `${column("direction")},${quoteText(listLabel("direction", language, direction))}`;
    return {
      cells: [
        { value: textValue(listLabel("direction", language, direction)), style: STYLE.label },
        figure(`COUNTIFS(${of},${active})`),
        figure(`COUNTIFS(${of},${red})`),
        figure(`SUMIFS(${column("overdueActions")},${of},${active})`),
      ],
    };
  };
  const heading = (text: Bilingual): FormCell => label(text, language, STYLE.captionFigure);
  return [
    {
      cells: [
        label(PORTFOLIO_TEXT.directionCaption, language, STYLE.caption),
        heading(PORTFOLIO_TEXT.directionClients),
        heading(PORTFOLIO_TEXT.directionRed),
        heading(PORTFOLIO_TEXT.directionOverdue),
      ],
    },
    ...DIRECTIONS.map(row),
  ];
}

/** Every row of the block, in order; blank rows between its parts. */
export function portfolioFormRows(plan: Plan): FormRow[] {
  const { language } = plan;
  const link: FormCell = {
    value: { kind: "text", text: PORTFOLIO_TEXT.ownersLink[language], linkToName: PORTFOLIO_OWNER_ANCHOR },
    style: STYLE.link,
  };
  const blank: FormRow = { cells: [] };
  return [
    ...settingsRows(plan),
    blank,
    ...statusRuleRows(language),
    blank,
    ...directionRows(language),
    blank,
    { cells: [link], span: true },
  ];
}
