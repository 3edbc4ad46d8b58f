/**
 * Everything ONE client adds to a workbook: its Ver, Ajustar and Medir sheets, the defined names over their
 * cells, and its Cartera row. Used to build a whole plan, and to add one client to an existing workbook.
 */
import type { Client, PlanLanguage } from "../domain/plan";
import { assignClientSheetNames } from "../domain/sheet-names";
import { PHASE_LABELS, PORTFOLIO_HEADERS } from "../i18n/workbook-text";
import { buildAjustarSheet } from "./ajustar-sheet";
import { buildMedirSheet } from "./medir-sheet";
import { portfolioRow } from "./portfolio-sheet";
import type { BuiltSheet, ClientSheetInput } from "./sheet-parts";
import type { CellValue, WorkbookSpec } from "./spec";
import { STYLES } from "./styles";
import { buildVerSheet } from "./ver-sheet";
import type { ClientPhase } from "./workbook-names";

/** One client's part of the workbook; `portfolioRow` is appended to the `vamCartera` table. */
export interface ClientSheetsSpec extends WorkbookSpec {
  /** The client's Cartera row, one value per column of the portfolio table. */
  readonly portfolioRow: readonly CellValue[];
}

/** What building one client needs from the workbook it goes into. */
export interface ClientSheetsOptions {
  readonly language: PlanLanguage;
  /** Sheet names already in the workbook; the client's names avoid them (case-insensitively). */
  readonly takenSheetNames: readonly string[];
}

const BUILDERS: Readonly<Record<ClientPhase, (input: ClientSheetInput) => BuiltSheet>> = {
  ver: buildVerSheet,
  ajustar: buildAjustarSheet,
  medir: buildMedirSheet,
};

/** The sheets, names and Cartera row of one client; sheets in phase order Ver, Ajustar, Medir. */
export function buildClientSheets(client: Client, options: ClientSheetsOptions): ClientSheetsSpec {
  const { language } = options;
  const sheetNames = assignClientSheetNames(
    client.name,
    PHASE_LABELS[language],
    options.takenSheetNames,
    PORTFOLIO_HEADERS.name[language],
  );
  const built = (["ver", "ajustar", "medir"] as const).map((phase) =>
    BUILDERS[phase]({ client, language, sheetName: sheetNames[phase] }),
  );
  return {
    sheets: built.map((b) => b.sheet),
    names: built.flatMap((b) => b.names),
    styles: STYLES,
    portfolioRow: portfolioRow(client.id, language),
  };
}
