/**
 * Names of last year's sheets once an in-place Nuevo año archives them: the client's base, the phase and the
 * closed year — `Acme · Ver 2026`, `Acme · Ajustar 2026`, `Acme · Medir 2026`, and `Acme · Informe 2026` for
 * its report sheet — within Excel's 31 characters, numbered on a collision like every client sheet name.
 */
import type { ClientPhase, PlanLanguage } from "../domain/plan";
import { assignClientSheetNames, cleanSheetBase, SHEET_NAME_SEPARATOR, suffixedSheetName } from "../domain/sheet-names";
import { REPORT_TEXT } from "../i18n/report-text";
import { PHASE_LABELS, PORTFOLIO_HEADERS } from "../i18n/workbook-text";

/** The three sheet names of a client's archived year (`taken`: names they must not equal, any case). */
export function yearSheetNames(
  clientName: string,
  year: number,
  language: PlanLanguage,
  taken: readonly string[],
): Readonly<Record<ClientPhase, string>> {
  const labels = PHASE_LABELS[language];
  const withYear = {
    ver: `${labels.ver} ${year}`,
    ajustar: `${labels.ajustar} ${year}`,
    medir: `${labels.medir} ${year}`,
  };
  return assignClientSheetNames(clientName, withYear, taken, PORTFOLIO_HEADERS.name[language]);
}

/** The name of a client's archived report sheet, `<client> · Informe <year>`, free in `taken`. */
export function yearReportSheetName(
  clientName: string,
  year: number,
  language: PlanLanguage,
  taken: readonly string[],
): string {
  const suffix = `${SHEET_NAME_SEPARATOR}${REPORT_TEXT.sheetLabel[language]} ${year}`;
  return suffixedSheetName(cleanSheetBase(clientName) || PORTFOLIO_HEADERS.name[language], suffix, taken);
}
