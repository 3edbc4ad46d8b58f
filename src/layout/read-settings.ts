/**
 * The plan settings from their named cells: `vamAnioPlan`, `vamObjetivo` (Cartera) and `vamIdioma` (meta).
 * A missing or unusable setting falls back to a default and leaves a finding, so the task pane can ask.
 */
import { DEFAULT_TARGET_SCORE, type PlanLanguage } from "../domain/plan";
import { PLAN_YEAR_RANGE, SCORE_RANGE } from "../domain/validation";
import { PORTFOLIO_HEADERS } from "../i18n/workbook-text";
import { foldLabel } from "../i18n/vocabulary";
import { shownValue, type StructureFinding } from "./read-findings";
import { identifierKey, namedCell, type StateIndex } from "./read-names";
import { PORTFOLIO_TABLE, WORKBOOK_NAMES } from "./workbook-names";
import type { StateValue } from "./workbook-state";

/** The plan settings and what was wrong with them. */
export interface SettingsReading {
  readonly year: number;
  readonly targetScore: number;
  readonly language: PlanLanguage;
  readonly findings: readonly StructureFinding[];
}

/** Year used when `vamAnioPlan` is unusable and the caller gave none: the first year a plan may have. */
export const FALLBACK_PLAN_YEAR = PLAN_YEAR_RANGE.min;

function wholeIn(value: StateValue, range: { readonly min: number; readonly max: number }): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= range.min && value <= range.max;
}

/** The setting's value if `accept` takes it; else the fallback and a finding. */
function readSetting<T>(
  index: StateIndex,
  name: string,
  accept: (value: StateValue) => T | undefined,
  fallback: T,
  findings: StructureFinding[],
): T {
  const cell = namedCell(index, name);
  if (cell.kind !== "cell") {
    findings.push({ code: cell.kind === "missing" ? "structure.settingMissing" : "structure.nameBroken", what: name });
    return fallback;
  }
  const value = accept(cell.value);
  if (value !== undefined) return value;
  findings.push({ code: "structure.settingInvalid", what: name, value: shownValue(cell.value) });
  return fallback;
}

function languageCode(value: StateValue): PlanLanguage | undefined {
  const folded = typeof value === "string" ? foldLabel(value) : "";
  return folded === "es" || folded === "en" ? folded : undefined;
}

/** The language the Cartera headers are written in, when `vamIdioma` cannot say; Spanish by default. */
function headerLanguage(index: StateIndex): PlanLanguage {
  const table = index.tables.get(identifierKey(PORTFOLIO_TABLE));
  const headers = new Set((table?.headers ?? []).map((header) => foldLabel(String(header))));
  const count = (language: PlanLanguage) =>
    Object.values(PORTFOLIO_HEADERS).filter((header) => headers.has(foldLabel(header[language]))).length;
  return count("en") > count("es") ? "en" : "es";
}

/** Reads the three settings; `defaultYear` stands in for an unusable plan year. */
export function readSettings(index: StateIndex, defaultYear: number = FALLBACK_PLAN_YEAR): SettingsReading {
  const findings: StructureFinding[] = [];
  const year = readSetting(
    index,
    WORKBOOK_NAMES.planYear,
    (value) => (wholeIn(value, PLAN_YEAR_RANGE) ? value : undefined),
    defaultYear,
    findings,
  );
  const targetScore = readSetting(
    index,
    WORKBOOK_NAMES.target,
    (value) => (wholeIn(value, SCORE_RANGE) ? value : undefined),
    DEFAULT_TARGET_SCORE,
    findings,
  );
  const language = readSetting(index, WORKBOOK_NAMES.language, languageCode, headerLanguage(index), findings);
  return { year, targetScore, language, findings };
}
