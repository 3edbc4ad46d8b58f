/**
 * The LibreOffice oracle's Cartera comparisons (DESIGN §6), as reusable helpers: what LibreOffice shows in a
 * recalculated workbook against what src/domain computes for the same plan and `vamHoy`. They are
 * portfolio-oracle.test.ts's checks with `today` as a parameter, so any suite (the rolled-over plan, a
 * plan the use cases built) can run them.
 */
import { serialToIsoDate } from "../../src/domain/dates";
import { portfolioFigures } from "../../src/domain/portfolio";
import type { IsoDate, Plan, PlanLanguage } from "../../src/domain/plan";
import { PORTFOLIO_TEXT, STATUS_LABELS } from "../../src/i18n/workbook-text";
import { listLabel } from "../../src/layout/closed-lists";
import type { SheetSpec, WorkbookSpec } from "../../src/layout/spec";
import { allCellValues } from "../layout/spec-walk";

/** What LibreOffice shows for a formula error: Excel's codes, or its own `Err:nnn`. */
export const FORMULA_ERROR = /^(#NAME\?|#REF!|#VALUE!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+)$/;

/** Sheet name → rows of the values LibreOffice shows. */
export type Sheets = Map<string, string[][]>;

/** A computed value as the domain would show it: blank for null, ISO for dates. */
export type Expected = number | string | null;

/** The value LibreOffice shows at (row, column) of a sheet; `""` outside what it exported. */
export function cellAt(sheets: Sheets, sheetName: string, row: number, column: number): string {
  return sheets.get(sheetName)?.[row]?.[column] ?? "";
}

/** A date as LibreOffice writes it into CSV: ISO, US month/day/year, or a serial number. */
export function isoOf(shown: string): IsoDate | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(shown)) return shown;
  const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(shown);
  if (us !== null) return `${us[3]}-${us[1]}-${us[2]}`;
  return /^\d+$/.test(shown) ? serialToIsoDate(Number(shown)) : null;
}

/** Compares one shown value with the domain's; numbers to 1e-9 (LibreOffice writes 15 significant digits). */
export function agrees(shown: string, expected: Expected, kind: "number" | "date" | "text"): boolean {
  if (expected === null || expected === "") return shown === "";
  if (kind === "date") return isoOf(shown) === expected;
  if (kind === "number") return shown !== "" && Math.abs(Number(shown) - Number(expected)) < 1e-9;
  return shown === expected;
}

/** The sheet of a spec with this key; a missing one is a broken fixture. */
export function sheetSpec(spec: WorkbookSpec, key: string): SheetSpec {
  const sheet = spec.sheets.find((s) => s.key === key);
  if (sheet === undefined) throw new Error(`no sheet ${key}`);
  return sheet;
}

/** One disagreement: what, what LibreOffice shows, what the domain expects. */
export type Comparison = { what: string; shown: string; expected: Expected };

/** `[]` when the shown value agrees with the expected one, else the disagreement. */
export function compare(
  what: string,
  shown: string,
  expected: Expected,
  kind: "number" | "date" | "text",
): Comparison[] {
  return agrees(shown, expected, kind) ? [] : [{ what, shown, expected }];
}

/** What Cartera's working-agreement column shows for a commitment signal: blank, or the pointer. */
export function agreementSignalText(signal: "none" | "amber" | "red", language: PlanLanguage): string | null {
  if (signal === "none") return null;
  return (signal === "red" ? PORTFOLIO_TEXT.signalRed : PORTFOLIO_TEXT.signalAmber)[language];
}

/** The Cartera row of client `index` against the domain's figures. */
export function portfolioRowMismatches(
  plan: Plan,
  spec: WorkbookSpec,
  sheets: Sheets,
  index: number,
  today: IsoDate,
): Comparison[] {
  const portfolio = sheetSpec(spec, "portfolio");
  const table = portfolio.tables[0];
  const client = plan.clients[index];
  const figures = portfolioFigures(plan, today).rows[index]?.figures;
  if (table === undefined || client === undefined || figures === undefined) throw new Error("fixture broken");
  const row = table.row + 1 + index;
  const expected: Record<string, [Expected, "number" | "date" | "text"]> = {
    name: [client.name, "text"],
    owner: [client.owner === "" ? null : client.owner, "text"],
    direction: [listLabel("direction", plan.language, client.direction), "text"],
    knowledge: [figures.knowledge, "number"],
    trust: [figures.trust, "number"],
    knowledgeGap: [figures.knowledgeGap, "number"],
    trustGap: [figures.trustGap, "number"],
    openDisappointments: [figures.openDisappointments, "number"],
    openActions: [figures.openActions, "number"],
    overdueActions: [figures.overdueActions, "number"],
    percentDone: [figures.percentDone, "number"],
    topHeavy: [figures.topHeavy ? listLabel("yesNo", plan.language, "yes") : null, "text"],
    clientMissStreak: [figures.clientMissStreak, "number"],
    agreement: [agreementSignalText(figures.commitmentSignal, plan.language), "text"],
    lastFeedback: [figures.lastFeedback, "date"],
    trustTrend: [figures.trustTrend, "number"],
    status: [STATUS_LABELS[figures.status][plan.language], "text"],
    id: [client.id, "text"],
  };
  return table.columns.flatMap((column, offset) => {
    const want = expected[column.key];
    if (want === undefined) throw new Error(`no expectation for Cartera column ${column.key}`);
    const shown = cellAt(sheets, portfolio.name, row, table.column + offset);
    return compare(`${client.id} Cartera ${column.key}`, shown, want[0], want[1]);
  });
}

/**
 * Cells showing a formula error. A text the spec writes (a client named `#REF!`) may look like one, and
 * formulas copy such names into Cartera; those exact texts are let through — every other plan still
 * checks for real errors.
 */
export function errorCells(sheets: Sheets, spec: WorkbookSpec): string[] {
  const written = new Set(allCellValues(spec).flatMap(({ value }) => (value.kind === "text" ? [value.text] : [])));
  return [...sheets].flatMap(([name, rows]) =>
    rows.flatMap((cells, row) =>
      cells.flatMap((cell, column) =>
        FORMULA_ERROR.test(cell) && !written.has(cell) ? [`${name}!R${row}C${column} ${cell}`] : [],
      ),
    ),
  );
}

/**
 * The spec with every number format dropped. The harness exports what cells show, and a `0%` or `+0.0`
 * format would round the figures; in General format LibreOffice writes the full value (and dates as
 * serials). Formats change how a value looks, never what a formula computes.
 */
export function withoutNumberFormats(spec: WorkbookSpec): WorkbookSpec {
  const styles = Object.fromEntries(
    Object.entries(spec.styles).map(([key, { numberFormat: _dropped, ...style }]) => [key, style]),
  );
  return { ...spec, styles };
}
