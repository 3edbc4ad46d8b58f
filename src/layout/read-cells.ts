/**
 * One cell's value (as `Range.values` reports it) → one domain field, with the problem noticed, if any.
 * The rules follow what the workbook's own formulas see, because the domain figures must equal them:
 * a score is a number cell (text "7" is not scored), a closed-list label counts only in the plan
 * language (case-insensitively, like COUNTIFS and `=`), a date is a serial number.
 */
import { isExcelDate, parseLenientDate, serialToIsoDate } from "../domain/dates";
import type { IsoDate, PlanLanguage, Score } from "../domain/plan";
import { SCORE_RANGE } from "../domain/validation";
import { codeOf } from "../i18n/vocabulary";
import { CLOSED_LISTS } from "./closed-lists";
import { shownValue, type StructureCode } from "./read-findings";
import type { StateValue } from "./workbook-state";
import type { ClosedListKind } from "./workbook-names";

/** A problem with one cell: a finding code and the cell's content as shown. */
export interface CellProblem {
  readonly code: StructureCode;
  readonly value: string;
}

/** A field read from a cell, and what was wrong with the cell, if anything. */
export interface CellReading<V> {
  readonly value: V;
  readonly problem?: CellProblem;
}

/** A cell absent from a short row, or holding nothing. Spaces are content: COUNTIFS(range,"<>") counts them. */
export function isBlankCell(value: StateValue | undefined): value is undefined | "" {
  return value === undefined || value === "";
}

function problem<V>(value: V, code: StructureCode, cell: StateValue): CellReading<V> {
  return { value, problem: { code, value: shownValue(cell) } };
}

/** Text as typed; a number or a boolean a user typed into a text column becomes the text Excel shows for it. */
export function readText(cell: StateValue | undefined): string {
  if (isBlankCell(cell)) return "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/** A whole-number score 0–10; anything else (text, decimals, out of range) is not scored. */
export function readScore(cell: StateValue | undefined): CellReading<Score | null> {
  if (isBlankCell(cell)) return { value: null };
  const whole = typeof cell === "number" && Number.isInteger(cell);
  if (whole && cell >= SCORE_RANGE.min && cell <= SCORE_RANGE.max) return { value: cell };
  return problem(null, "structure.scoreInvalid", cell);
}

/** A finite number; text, even numeric text, is what formulas skip, so it reads as empty. */
export function readNumber(cell: StateValue | undefined): CellReading<number | null> {
  if (isBlankCell(cell)) return { value: null };
  if (typeof cell === "number" && Number.isFinite(cell)) return { value: cell };
  return problem(null, "structure.numberInvalid", cell);
}

/** A date from its serial (1900 date system); a date typed as text is read but reported. */
export function readDate(cell: StateValue | undefined): CellReading<IsoDate | null> {
  if (isBlankCell(cell)) return { value: null };
  if (typeof cell === "number") {
    const iso = serialToIsoDate(cell);
    return iso === null ? problem(null, "structure.dateInvalid", cell) : { value: iso };
  }
  if (typeof cell === "string") {
    // Text may name a day Excel cannot hold (before 1900); only a day a date cell could hold is read.
    const iso = parseLenientDate(cell);
    return iso === null || !isExcelDate(iso)
      ? problem(null, "structure.dateInvalid", cell)
      : problem(iso, "structure.dateAsText", cell);
  }
  return problem(null, "structure.dateInvalid", cell);
}

/** Excel compares text case-insensitively (COUNTIFS criteria, `=`), without trimming or folding accents. */
function sameForExcel(a: string, b: string): boolean {
  return a.toLocaleLowerCase("en") === b.toLocaleLowerCase("en");
}

/**
 * The code of a closed-list cell. The plan language's label in any case is clean; another language's label,
 * an accent-less or padded form, or a code name is understood but reported, since formulas will not count it.
 */
export function readLabel(
  cell: StateValue | undefined,
  list: ClosedListKind,
  language: PlanLanguage,
): CellReading<string | number | null> {
  if (isBlankCell(cell)) return { value: null };
  const vocabulary = CLOSED_LISTS[list];
  if (typeof cell === "string") {
    const labels = vocabulary[language] as Readonly<Record<string, string>>;
    const exact = Object.keys(labels).find((key) => sameForExcel(labels[key] as string, cell));
    if (exact !== undefined) return { value: /^\d+$/.test(exact) ? Number(exact) : exact };
  }
  const code = typeof cell === "boolean" ? undefined : codeOf(vocabulary, String(cell));
  return code === undefined
    ? problem(null, "structure.labelUnknown", cell)
    : problem(code, "structure.labelNotInList", cell);
}

/** A yes/no label as a boolean; a TRUE/FALSE cell is understood but reported (formulas look for the label). */
export function readYesNo(cell: StateValue | undefined, language: PlanLanguage): CellReading<boolean | null> {
  if (typeof cell === "boolean") return problem(cell, "structure.labelNotInList", cell);
  const label = readLabel(cell, "yesNo", language);
  const value = label.value === null ? null : label.value === "yes";
  return label.problem === undefined ? { value } : { value, problem: label.problem };
}
