/**
 * The shared style table every sheet refers to by key, plus the colours of tabs and of the traffic-light
 * rules. One palette, so both writers (Office.js, .xlsx) paint the same workbook.
 */
import type { ClientPhase } from "../domain/plan";
import type { CellStyle, ConditionalFormatStyle, StyleKey } from "./spec";

/** Keys of `STYLES`, so sheets cannot name a style that does not exist. */
export const STYLE = {
  title: "title",
  prompt: "prompt",
  caption: "caption",
  label: "label",
  note: "note",
  input: "input",
  inputNumber: "inputNumber",
  figure: "figure",
  decimal: "decimal",
  percent: "percent",
  date: "date",
  text: "text",
  score: "score",
  warning: "warning",
  link: "link",
  pyramidBar: "pyramidBar",
  listItem: "listItem",
  oneDecimal: "oneDecimal",
  term: "term",
  captionFigure: "captionFigure",
  flag: "flag",
  headerPortfolio: "headerPortfolio",
  headerVer: "headerVer",
  headerAjustar: "headerAjustar",
  headerMedir: "headerMedir",
} as const satisfies Record<string, StyleKey>;

const INPUT_FILL = "#FFF2CC";
const INPUT_BORDER = "#BFBFBF";
/**
 * Every value sits at the top of its cell: a row is as tall as its longest wrapped text (a label, or a
 * table cell beside it), and top-aligned figures stay on the line of the text they belong to.
 */
const TOP = { verticalAlignment: "top" } as const;
/** ISO dates read the same in Spanish and English Excel; the code is invariant (en-US) form. */
const DATE_FORMAT = "yyyy-mm-dd";

/**
 * A table header in the phase colour, wrapped in the taller header row. Painted explicitly, not left to the
 * table style alone, so readers that do not draw table styles (LibreOffice) show the same header.
 */
function headerStyle(fill: string): CellStyle {
  return { bold: true, fontColor: "#FFFFFF", fill, wrap: true, verticalAlignment: "center" };
}

/** Every style of the workbook, by key. */
export const STYLES: Readonly<Record<StyleKey, CellStyle>> = {
  [STYLE.title]: { bold: true, fontSize: 16, fontColor: "#1F4E79", wrap: true, verticalAlignment: "top" },
  [STYLE.prompt]: { italic: true, fontColor: "#595959", wrap: true, verticalAlignment: "top" },
  [STYLE.caption]: { bold: true, fontColor: "#1F4E79", wrap: true, verticalAlignment: "bottom" },
  [STYLE.label]: { wrap: true, verticalAlignment: "top" },
  [STYLE.note]: { italic: true, fontColor: "#595959", wrap: true, verticalAlignment: "top" },
  [STYLE.input]: { fill: INPUT_FILL, border: INPUT_BORDER, wrap: true, verticalAlignment: "top" },
  [STYLE.inputNumber]: {
    ...TOP,
    fill: INPUT_FILL,
    border: INPUT_BORDER,
    numberFormat: "0",
    horizontalAlignment: "center",
  },
  [STYLE.figure]: { ...TOP, numberFormat: "0", horizontalAlignment: "center" },
  [STYLE.decimal]: { ...TOP, numberFormat: "+0.0;-0.0;0", horizontalAlignment: "center" },
  [STYLE.percent]: { ...TOP, numberFormat: "0%", horizontalAlignment: "center" },
  [STYLE.date]: { ...TOP, numberFormat: DATE_FORMAT, horizontalAlignment: "center" },
  [STYLE.text]: { wrap: true, verticalAlignment: "top" },
  [STYLE.score]: { ...TOP, numberFormat: "0", horizontalAlignment: "center" },
  [STYLE.warning]: { bold: true, fontColor: "#C00000", wrap: true, verticalAlignment: "top" },
  [STYLE.link]: { ...TOP, fontColor: "#0563C1" },
  [STYLE.pyramidBar]: { ...TOP, fontColor: "#2E75B6", horizontalAlignment: "center" },
  [STYLE.listItem]: {},
  [STYLE.term]: { bold: true, fontColor: "#1F4E79", wrap: true, verticalAlignment: "top" },
  [STYLE.captionFigure]: {
    bold: true,
    fontColor: "#1F4E79",
    horizontalAlignment: "center",
    verticalAlignment: "bottom",
  },
  [STYLE.oneDecimal]: { ...TOP, numberFormat: "0.0", horizontalAlignment: "center" },
  [STYLE.flag]: { ...TOP, bold: true, fontColor: "#C00000", horizontalAlignment: "center" },
  [STYLE.headerPortfolio]: headerStyle("#1F4E79"),
  [STYLE.headerVer]: headerStyle("#2E75B6"),
  [STYLE.headerAjustar]: headerStyle("#C55A11"),
  [STYLE.headerMedir]: headerStyle("#548235"),
};

/** Tab colour of each client phase, and of the portfolio. */
export const TAB_COLORS: Readonly<Record<ClientPhase | "portfolio", string>> = {
  portfolio: "#1F4E79",
  ver: "#2E75B6",
  ajustar: "#C55A11",
  medir: "#548235",
};

/** Traffic-light formats of the colour rules (red < 5, amber, green ≥ target) and status labels. */
export const TRAFFIC_LIGHT: Readonly<Record<"red" | "amber" | "green", ConditionalFormatStyle>> = {
  red: { fill: "#F8CBAD", fontColor: "#9C0006" },
  amber: { fill: "#FFE699", fontColor: "#7F6000" },
  green: { fill: "#C6EFCE", fontColor: "#006100" },
};

/** Greyed-out format for archived clients in the portfolio. */
export const ARCHIVED_FORMAT: ConditionalFormatStyle = { fontColor: "#808080" };

/** Colour of data bars (relationship scores, ratings). */
export const DATA_BAR_COLOR = "#5B9BD5";

/** Header style of the tables of each phase, and of the portfolio's tables. */
export const HEADER_STYLES: Readonly<Record<ClientPhase | "portfolio", StyleKey>> = {
  portfolio: STYLE.headerPortfolio,
  ver: STYLE.headerVer,
  ajustar: STYLE.headerAjustar,
  medir: STYLE.headerMedir,
};
