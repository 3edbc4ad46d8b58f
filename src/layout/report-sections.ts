/**
 * The sections of the shareable report as lines of cells on a fixed column grid (report-sheet.ts places them
 * one under the other). Values only: text, numbers and dates, never a formula.
 */
import type { PlanLanguage } from "../domain/plan";
import type { ReportContent, SharedAction, SharedCommitment, TrendRow } from "../domain/shareable-report";
import { REPORT_CAPTIONS, REPORT_HEADERS, REPORT_TEXT } from "../i18n/report-text";
import { listLabel } from "./closed-lists";
import type { CellValue, StyleKey } from "./spec";
import type { ClosedListKind } from "./workbook-names";

/** Style keys of the report (the styles are REPORT_STYLES in report-sheet.ts). */
export const REPORT_STYLE = {
  title: "reportTitle",
  subtitle: "reportSubtitle",
  note: "reportNote",
  section: "reportSection",
  subsection: "reportSubsection",
  header: "reportHeader",
  text: "reportText",
  date: "reportDate",
  score: "reportScore",
  delta: "reportDelta",
  number: "reportNumber",
  percent: "reportPercent",
} as const satisfies Readonly<Record<string, StyleKey>>;

/** A cell of one report line, zero-based column. */
export interface ReportCell {
  readonly column: number;
  readonly value: CellValue;
  readonly style: StyleKey;
}

/** One printed line of the report; an empty line separates sections. */
export type ReportLine = readonly ReportCell[];

type Header = keyof typeof REPORT_HEADERS;

/** A value cell of a data row: its value and the style it is shown with. */
type Field = readonly [CellValue, StyleKey];

const EMPTY: CellValue = { kind: "empty" };

function text(value: string): Field {
  return [value === "" ? EMPTY : { kind: "text", text: value }, REPORT_STYLE.text];
}

function date(iso: string | null): Field {
  return [iso === null || iso === "" ? EMPTY : { kind: "date", iso }, REPORT_STYLE.date];
}

function num(value: number | null, style: StyleKey = REPORT_STYLE.number): Field {
  return [value === null ? EMPTY : { kind: "number", value }, style];
}

function label(list: ClosedListKind, code: string | number | null, language: PlanLanguage): Field {
  return text(code === null ? "" : listLabel(list, language, code));
}

function yesNo(answer: boolean | null, language: PlanLanguage): Field {
  return label("yesNo", answer === null ? null : answer ? "yes" : "no", language);
}

/** Builds the lines of one section in one language. */
class SectionLines {
  readonly lines: ReportLine[] = [];

  constructor(private readonly language: PlanLanguage) {}

  caption(key: keyof typeof REPORT_CAPTIONS, style: StyleKey = REPORT_STYLE.section): this {
    this.lines.push([{ column: 0, value: { kind: "text", text: REPORT_CAPTIONS[key][this.language] }, style }]);
    return this;
  }

  /** A header line; `null` is a blank header cell. */
  header(keys: readonly (Header | null)[]): this {
    this.lines.push(
      keys.map((key, column) => ({
        column,
        value: key === null ? EMPTY : { kind: "text", text: REPORT_HEADERS[key][this.language] },
        style: REPORT_STYLE.header,
      })),
    );
    return this;
  }

  /** The "nothing yet" note of an empty section. */
  nothing(): this {
    const value: CellValue = { kind: "text", text: REPORT_TEXT.nothingYet[this.language] };
    this.lines.push([{ column: 0, value, style: REPORT_STYLE.note }]);
    return this;
  }

  row(fields: readonly Field[]): this {
    this.lines.push(fields.map(([value, style], column) => ({ column, value, style })));
    return this;
  }

  /** A header and its rows, or the "nothing yet" note when there are none. */
  table<R>(keys: readonly Header[], rows: readonly R[], fields: (row: R) => readonly Field[]): this {
    if (rows.length === 0) return this.nothing();
    this.header(keys);
    for (const row of rows) this.row(fields(row));
    return this;
  }
}

function scoresSection(content: ReportContent, language: PlanLanguage): ReportLine[] {
  const { scores } = content;
  const line = (key: Header, score: number | null, gap: number | null): Field[] => [
    text(REPORT_HEADERS[key][language]),
    num(score, REPORT_STYLE.score),
    num(scores.target, REPORT_STYLE.score),
    num(gap, REPORT_STYLE.score),
  ];
  return new SectionLines(language)
    .caption("scores")
    .header([null, "score", "target", "gap"])
    .row(line("knowledge", scores.knowledge, scores.knowledgeGap))
    .row(line("trust", scores.trust, scores.trustGap)).lines;
}

function trendSection(trend: readonly TrendRow[], language: PlanLanguage): ReportLine[] {
  return new SectionLines(language)
    .caption("trend")
    .table(["period", "date", "knowledgeShort", "delta", "trust", "delta"], trend, (row) => [
      text(row.current ? REPORT_HEADERS.current[language] : row.period),
      date(row.date),
      num(row.knowledge, REPORT_STYLE.score),
      num(row.knowledgeDelta, REPORT_STYLE.delta),
      num(row.trust, REPORT_STYLE.score),
      num(row.trustDelta, REPORT_STYLE.delta),
    ]).lines;
}

function heardSection(content: ReportContent, language: PlanLanguage): ReportLine[] {
  return new SectionLines(language)
    .caption("heard")
    .caption("challenges", REPORT_STYLE.subsection)
    .table(["description", "kind", "confirmed", "date"], content.challenges, (c) => [
      text(c.description),
      label("challengeKind", c.kind, language),
      yesNo(c.confirmed, language),
      date(c.date),
    ])
    .caption("expectations", REPORT_STYLE.subsection)
    .table(["expectation", "howWeMeetIt", "status"], content.expectations, (e) => [
      text(e.expectation),
      text(e.howWeMeetIt),
      label("expectationStatus", e.status, language),
    ]).lines;
}

function commitmentsSection(content: ReportContent, language: PlanLanguage): ReportLine[] {
  const keys: readonly Header[] = ["commitment", "owner", "date", "due", "kept"];
  const fields = (c: SharedCommitment): Field[] => [
    text(c.commitment),
    text(c.owner),
    date(c.date),
    date(c.due),
    label("commitmentKept", c.kept, language),
  ];
  return new SectionLines(language)
    .caption("commitments")
    .caption("ours", REPORT_STYLE.subsection)
    .table(keys, content.commitments.ours, fields)
    .caption("theirs", REPORT_STYLE.subsection)
    .table(keys, content.commitments.theirs, fields).lines;
}

function actionsSection(content: ReportContent, language: PlanLanguage): ReportLine[] {
  const keys: readonly Header[] = ["action", "owner", "due", "status", "doneDate"];
  const fields = (a: SharedAction): Field[] => [
    text(a.action),
    text(a.owner),
    date(a.due),
    label("actionStatus", a.status, language),
    date(a.doneDate),
  ];
  return new SectionLines(language)
    .caption("actions")
    .caption("done", REPORT_STYLE.subsection)
    .table(keys, content.actions.done, fields)
    .caption("open", REPORT_STYLE.subsection)
    .table(keys, content.actions.open, fields).lines;
}

function indicatorsSection(content: ReportContent, language: PlanLanguage): ReportLine[] {
  const keys: readonly Header[] = [
    "indicator",
    "side",
    "baseline",
    "indicatorTarget",
    "q1",
    "q2",
    "q3",
    "q4",
    "latest",
    "percentOfTarget",
  ];
  return new SectionLines(language)
    .caption("indicators")
    .table(keys, content.indicators, (i) => [
      text(i.indicator),
      label("impactSide", i.side, language),
      num(i.baseline),
      num(i.target),
      ...i.quarters.map((q) => num(q)),
      num(i.latest),
      num(i.percentOfTarget, REPORT_STYLE.percent),
    ]).lines;
}

function meetingSection(content: ReportContent, language: PlanLanguage): ReportLine[] {
  const meeting = content.nextMeeting;
  const lines = new SectionLines(language).caption("meeting");
  if (meeting === null) return lines.nothing().lines;
  const points = ["needsNextYear", "fitWithServices", "experiencesAndProposal"] as const;
  lines.row([text(REPORT_HEADERS.date[language]), date(meeting.date)]);
  for (const point of points) lines.row([text(REPORT_HEADERS[point][language]), text(meeting[point])]);
  return lines.lines;
}

/** Every section of the report, in reading order, one empty line between sections. */
export function reportSections(content: ReportContent, language: PlanLanguage): ReportLine[] {
  const sections = [
    scoresSection(content, language),
    trendSection(content.trend, language),
    heardSection(content, language),
    commitmentsSection(content, language),
    actionsSection(content, language),
    indicatorsSection(content, language),
    meetingSection(content, language),
  ];
  return sections.flatMap((lines, index) => (index === 0 ? lines : [[], ...lines]));
}
