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
} as const satisfies Record<string, StyleKey>;

const INPUT_FILL = "#FFF2CC";
const INPUT_BORDER = "#BFBFBF";
/** ISO dates read the same in Spanish and English Excel; the code is invariant (en-US) form. */
const DATE_FORMAT = "yyyy-mm-dd";

/** Every style of the workbook, by key. */
export const STYLES: Readonly<Record<StyleKey, CellStyle>> = {
  [STYLE.title]: { bold: true, fontSize: 16, fontColor: "#1F4E79" },
  [STYLE.prompt]: { italic: true, fontColor: "#595959" },
  [STYLE.caption]: { bold: true, fontColor: "#1F4E79" },
  [STYLE.label]: { wrap: true, verticalAlignment: "top" },
  [STYLE.note]: { italic: true, fontColor: "#595959", wrap: true, verticalAlignment: "top" },
  [STYLE.input]: { fill: INPUT_FILL, border: INPUT_BORDER, wrap: true, verticalAlignment: "top" },
  [STYLE.inputNumber]: { fill: INPUT_FILL, border: INPUT_BORDER, numberFormat: "0", horizontalAlignment: "center" },
  [STYLE.figure]: { numberFormat: "0", horizontalAlignment: "center" },
  [STYLE.decimal]: { numberFormat: "+0.0;-0.0;0", horizontalAlignment: "center" },
  [STYLE.percent]: { numberFormat: "0%", horizontalAlignment: "center" },
  [STYLE.date]: { numberFormat: DATE_FORMAT, horizontalAlignment: "center" },
  [STYLE.text]: { wrap: true, verticalAlignment: "top" },
  [STYLE.score]: { numberFormat: "0", horizontalAlignment: "center" },
  [STYLE.warning]: { bold: true, fontColor: "#C00000", wrap: true, verticalAlignment: "top" },
  [STYLE.link]: { fontColor: "#0563C1" },
  [STYLE.pyramidBar]: { fontColor: "#2E75B6", horizontalAlignment: "center" },
  [STYLE.listItem]: {},
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
