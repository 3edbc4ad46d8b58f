/**
 * The shareable report of one client as a sheet (kind "report"), and as a workbook holding only that sheet
 * (the command line's report file). A standalone snapshot: values only, no formula and no defined name, so
 * it reads the same wherever it is sent and points back at nothing in the plan.
 *
 * What it shows (src/domain/shareable-report.ts builds it from an allow-list): the scores against the
 * target; the score trend (snapshots and today's scores, with deltas); what we heard — challenges (what,
 * type, confirmed?, date) and expectations (what, how we meet it, status); commitments both ways (what,
 * owner, dates, kept?); actions done and under way (what, owner, due, status, done on); impact indicators
 * (baseline, target, Q1–Q4, latest, % of target); the next meeting's date and three focus points.
 *
 * What it leaves out, and why:
 * - every row flagged Confidencial = sí, in every table that has the column;
 * - the whole influence map (Personas): attitudes are confidential, and the rest (roles, who influences
 *   whom, relationship scores, next steps) is our relationship strategy;
 * - the working agreement, including what is confidential; disappointments; feedback; services and
 *   opportunities (our whitespace); the client profile; the trust factors;
 * - internal notes: the evidence behind each score ("¿por qué este número?"), the commitments' evidence,
 *   how we know a challenge (its source), snapshot notes, and of actions the pyramid level, purpose,
 *   person and "also involve" (who else on our side) — how we plan, not what we do;
 * - cancelled actions, commitments whose party is blank, rows whose key text is blank; of meetings, all
 *   but the next one, and its attendees and outcome.
 *
 * Print: one page wide, the title rows (client, plan year, date) repeated on every page, the same three in
 * the page header and the page number in the footer; portrait when the columns used fit a portrait page at
 * 90 % or more, else landscape. Rows are as tall as their wrapped text (an .xlsx keeps stored heights).
 */
import { cleanSheetBase, cutAtCharacterBoundary, SHEET_NAME_SEPARATOR, suffixedSheetName } from "../domain/sheet-names";
import type { PlanLanguage } from "../domain/plan";
import type { ReportContent } from "../domain/shareable-report";
import { REPORT_TEXT } from "../i18n/report-text";
import { REPORT_STYLE, reportSections, type ReportCell, type ReportLine } from "./report-sections";
import { estimateRowHeights } from "./row-heights";
import type { CellSpec, CellStyle, PrintSpec, SheetSpec, StyleKey, WorkbookSpec } from "./spec";

export { REPORT_STYLE } from "./report-sections";

const BORDER = "#BFBFBF";
const DATE_FORMAT = "yyyy-mm-dd";

/** The report's styles, by the keys of REPORT_STYLE; a workbook showing the report must include them. */
export const REPORT_STYLES: Readonly<Record<StyleKey, CellStyle>> = {
  [REPORT_STYLE.title]: { bold: true, fontSize: 16, fontColor: "#1F4E79" },
  [REPORT_STYLE.subtitle]: { fontColor: "#404040" },
  [REPORT_STYLE.note]: { italic: true, fontColor: "#595959" },
  [REPORT_STYLE.section]: { bold: true, fontSize: 13, fontColor: "#1F4E79" },
  [REPORT_STYLE.subsection]: { bold: true, fontColor: "#404040" },
  [REPORT_STYLE.header]: { bold: true, fill: "#DDEBF7", border: BORDER, wrap: true, verticalAlignment: "top" },
  [REPORT_STYLE.text]: { border: BORDER, wrap: true, verticalAlignment: "top" },
  [REPORT_STYLE.date]: {
    border: BORDER,
    numberFormat: DATE_FORMAT,
    horizontalAlignment: "center",
    verticalAlignment: "top",
  },
  [REPORT_STYLE.score]: { border: BORDER, numberFormat: "0", horizontalAlignment: "center", verticalAlignment: "top" },
  [REPORT_STYLE.delta]: {
    border: BORDER,
    numberFormat: "+0;-0;0",
    horizontalAlignment: "center",
    verticalAlignment: "top",
  },
  [REPORT_STYLE.number]: {
    border: BORDER,
    numberFormat: "General",
    horizontalAlignment: "right",
    verticalAlignment: "top",
  },
  [REPORT_STYLE.percent]: {
    border: BORDER,
    numberFormat: "0%",
    horizontalAlignment: "center",
    verticalAlignment: "top",
  },
};

/**
 * Widths of the report's column grid, characters: the main text, a second text (or short values), then
 * eight columns wide enough for a `yyyy-mm-dd` date or a one-word header in bold.
 */
export const REPORT_COLUMN_WIDTHS: readonly number[] = [28, 20, 13, 13, 13, 13, 13, 13, 13, 13];

/** Rows repeated on every printed page: the title and the line with plan year, date and owner. */
const TITLE_ROWS = { first: 0, last: 1 } as const;
/** First row of the sections: below the title, subtitle, note and one empty row. */
const FIRST_SECTION_ROW = 4;

/**
 * A column `w` characters wide is ⌊7w⌋ + 5 pixels with the default Calibri 11 (maximum digit width 7 px,
 * 5 px of padding: ECMA-376 §18.3.1.13, col/@width). A4 portrait with Excel's Normal margins (0.7 in each
 * side) prints 6.87 in = 659 px at 96 dpi.
 */
const DIGIT_PX = 7;
const PADDING_PX = 5;
const PORTRAIT_PRINTABLE_PX = 659;
/** Below this scale, fitting one page wide shrinks text too much: print landscape instead. */
const MIN_PORTRAIT_SCALE = 0.9;

/** Portrait when the first `columns` grid columns fit a portrait page at ≥ 90 %, else landscape. */
export function reportOrientation(columns: number): PrintSpec["orientation"] {
  const pixels = REPORT_COLUMN_WIDTHS.slice(0, columns).reduce(
    (sum, w) => sum + Math.floor(DIGIT_PX * w) + PADDING_PX,
    0,
  );
  return pixels * MIN_PORTRAIT_SCALE <= PORTRAIT_PRINTABLE_PX ? "portrait" : "landscape";
}

/**
 * The report sheet's name: `<client> · Informe`, shortened with `…` to Excel's 31 characters, numbered
 * ` (2)`, ` (3)`… when a name in `taken` is equal ignoring case.
 */
export function reportSheetName(clientName: string, language: PlanLanguage, taken: readonly string[] = []): string {
  const suffix = `${SHEET_NAME_SEPARATOR}${REPORT_TEXT.sheetLabel[language]}`;
  return suffixedSheetName(cleanSheetBase(clientName) || REPORT_TEXT.sheetLabel[language], suffix, taken);
}

/** Longest client name the page header repeats, UTF-16 units: Excel caps a header at 255 characters. */
const HEADER_NAME_LENGTH = 80;

/**
 * The page header: client, plan year and date. In header text `&` starts a code (`&P` page, `&12` font
 * size), so a literal ampersand is written `&&`.
 */
export function reportPageHeader(content: ReportContent, language: PlanLanguage): string {
  const name = cutAtCharacterBoundary(content.clientName, HEADER_NAME_LENGTH);
  const text = `${name} · ${REPORT_TEXT.plan[language]} ${content.planYear} · ${content.date}`;
  return text.replace(/&/g, "&&");
}

function subtitle(content: ReportContent, language: PlanLanguage): string {
  const parts = [
    `${REPORT_TEXT.plan[language]} ${content.planYear}`,
    `${REPORT_TEXT.date[language]}: ${content.date}`,
    ...(content.owner === "" ? [] : [`${REPORT_TEXT.owner[language]}: ${content.owner}`]),
  ];
  return parts.join(" · ");
}

function placed(line: ReportLine, row: number): CellSpec[] {
  return line.map((cell: ReportCell) => ({ row, column: cell.column, value: cell.value, style: cell.style }));
}

/** The lines above the sections: the title (client), the subtitle (plan year, date, owner) and the note. */
function headLines(content: ReportContent, language: PlanLanguage): ReportLine[] {
  return [
    [
      {
        column: 0,
        value: { kind: "text", text: `${REPORT_TEXT.titlePrefix[language]}${content.clientName}` },
        style: REPORT_STYLE.title,
      },
    ],
    [{ column: 0, value: { kind: "text", text: subtitle(content, language) }, style: REPORT_STYLE.subtitle }],
    [{ column: 0, value: { kind: "text", text: REPORT_TEXT.note[language] }, style: REPORT_STYLE.note }],
  ];
}

/** One page wide, title rows repeated, client · year · date on top and the page number below. */
function reportPrint(content: ReportContent, language: PlanLanguage, columns: number): PrintSpec {
  return {
    orientation: reportOrientation(columns),
    fitToPagesWide: 1,
    repeatRows: TITLE_ROWS,
    header: reportPageHeader(content, language),
    footer: "&P / &N",
  };
}

/** Options of `buildReportSheet`. */
export interface ReportSheetOptions {
  /** Sheet names already in the workbook the report goes into. */
  readonly takenSheetNames?: readonly string[];
}

/** The report sheet of `content`, in `language`. */
export function buildReportSheet(
  content: ReportContent,
  language: PlanLanguage,
  options: ReportSheetOptions = {},
): SheetSpec {
  const head = headLines(content, language);
  const sections = reportSections(content, language);
  const cells = [
    ...head.flatMap((line, row) => placed(line, row)),
    ...sections.flatMap((line, index) => placed(line, FIRST_SECTION_ROW + index)),
  ];
  const columns = Math.max(...sections.map((line) => line.length));
  const sheet: SheetSpec = {
    key: `report:${content.clientId}`,
    kind: "report",
    clientId: content.clientId,
    name: reportSheetName(content.clientName, language, options.takenSheetNames),
    visibility: "visible",
    columnWidths: REPORT_COLUMN_WIDTHS.map((width, column) => ({ column, width })),
    cells,
    merges: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    print: reportPrint(content, language, columns),
  };
  return { ...sheet, rowHeights: estimateRowHeights(sheet, REPORT_STYLES) };
}

/** A workbook with only the report sheet: no lists, no meta, no hidden sheet, no defined name. */
export function buildReportWorkbook(content: ReportContent, language: PlanLanguage): WorkbookSpec {
  return { sheets: [buildReportSheet(content, language)], names: [], styles: REPORT_STYLES };
}
