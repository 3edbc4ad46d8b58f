/**
 * The LibreOffice oracle (DESIGN §6): each fixture plan is built with a fixed `vamHoy`, written to .xlsx,
 * recalculated by headless LibreOffice, and every figure the workbook computes — the Cartera row, the
 * Medir summary, the pyramid and its warning — must equal what src/domain/portfolio.ts computes for the
 * same plan. No cell may show a formula error, and hostile names must read back unchanged.
 */
import { writeFileSync } from "node:fs";
import { serialToIsoDate } from "../../src/domain/dates";
import { portfolioFigures, type ClientFigures } from "../../src/domain/portfolio";
import type { IsoDate, Plan } from "../../src/domain/plan";
import { MEDIR_TEXT, SHEET_NAMES, STATUS_LABELS } from "../../src/i18n/workbook-text";
import { listLabel } from "../../src/layout/closed-lists";
import { clientFigureFormulas } from "../../src/layout/client-formulas";
import type { SheetSpec, WorkbookSpec } from "../../src/layout/spec";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { describeWithLibreOffice, recalculate } from "../support/libreoffice";
import { testOutputPath } from "../support/test-output-path";
import { allCellValues } from "../layout/spec-walk";
import { ORACLE_PLANS, ORACLE_TODAY } from "./oracle-plans";

/** What LibreOffice shows for a formula error: Excel's codes, or its own `Err:nnn`. */
const FORMULA_ERROR = /^(#NAME\?|#REF!|#VALUE!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+)$/;

type Sheets = Map<string, string[][]>;

/** What the Medir signal cell shows for each commitment signal of the domain. */
const SIGNAL_TEXT = { none: { es: "", en: "" }, amber: MEDIR_TEXT.streakAmber, red: MEDIR_TEXT.streakRed } as const;

/** A computed value as the domain would show it: blank for null, ISO for dates. */
type Expected = number | string | null;

function cellAt(sheets: Sheets, sheetName: string, row: number, column: number): string {
  return sheets.get(sheetName)?.[row]?.[column] ?? "";
}

/** A date as LibreOffice writes it into CSV: ISO, US month/day/year, or a serial number. */
function isoOf(shown: string): IsoDate | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(shown)) return shown;
  const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(shown);
  if (us !== null) return `${us[3]}-${us[1]}-${us[2]}`;
  return /^\d+$/.test(shown) ? serialToIsoDate(Number(shown)) : null;
}

/** Compares one shown value with the domain's; numbers to 1e-9 (LibreOffice writes 15 significant digits). */
function agrees(shown: string, expected: Expected, kind: "number" | "date" | "text"): boolean {
  if (expected === null || expected === "") return shown === "";
  if (kind === "date") return isoOf(shown) === expected;
  if (kind === "number") return shown !== "" && Math.abs(Number(shown) - Number(expected)) < 1e-9;
  return shown === expected;
}

/** Formula cell of a sheet spec whose formula is exactly `=expression`. */
function cellWithFormula(sheet: SheetSpec, expression: string): { row: number; column: number } {
  const cell = sheet.cells.find((c) => c.value.kind === "formula" && c.value.formula === `=${expression}`);
  if (cell === undefined) throw new Error(`${sheet.key} has no cell =${expression.slice(0, 60)}…`);
  return cell;
}

function sheetSpec(spec: WorkbookSpec, key: string): SheetSpec {
  const sheet = spec.sheets.find((s) => s.key === key);
  if (sheet === undefined) throw new Error(`no sheet ${key}`);
  return sheet;
}

type Comparison = { what: string; shown: string; expected: Expected };

function compare(what: string, shown: string, expected: Expected, kind: "number" | "date" | "text"): Comparison[] {
  return agrees(shown, expected, kind) ? [] : [{ what, shown, expected }];
}

/** The Cartera row of client `index` against the domain's figures. */
function portfolioRowMismatches(plan: Plan, spec: WorkbookSpec, sheets: Sheets, index: number): Comparison[] {
  const portfolio = sheetSpec(spec, "portfolio");
  const table = portfolio.tables[0];
  const client = plan.clients[index];
  const figures = portfolioFigures(plan, ORACLE_TODAY).rows[index]?.figures;
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
    clientMissStreak: [figures.clientMissStreak, "number"],
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

/** The Medir summary, the pyramid counts and the two warnings of one client against the domain. */
function clientSheetMismatches(plan: Plan, spec: WorkbookSpec, sheets: Sheets, index: number): Comparison[] {
  const client = plan.clients[index];
  const figures: ClientFigures | undefined = portfolioFigures(plan, ORACLE_TODAY).rows[index]?.figures;
  if (client === undefined || figures === undefined) throw new Error("fixture broken");
  const formulas = clientFigureFormulas(client.id, plan.language);
  const medir = sheetSpec(spec, `medir:${client.id}`);
  const ajustar = sheetSpec(spec, `ajustar:${client.id}`);
  const shownIn = (sheet: SheetSpec, expression: string): string => {
    const at = cellWithFormula(sheet, expression);
    return cellAt(sheets, sheet.name, at.row, at.column);
  };
  const summary = (
    [
      "totalActions",
      "doneActions",
      "overdueActions",
      "percentDone",
      "openDisappointments",
      "trustTrend",
      "clientMissStreak",
    ] as const
  ).flatMap((key) => compare(`${client.id} Medir ${key}`, shownIn(medir, formulas[key]), figures[key], "number"));
  const levels = ([1, 2, 3, 4, 5, 6] as const).flatMap((level) =>
    compare(
      `${client.id} level ${level}`,
      shownIn(ajustar, formulas.actionsAtLevel[level]),
      figures.actionsPerLevel[level],
      "number",
    ),
  );
  const warning = ajustar.cells.find(
    (c) => c.value.kind === "formula" && c.value.formula.startsWith(`=IF(${formulas.topHeavy},`),
  );
  const signal = medir.cells.find(
    (c) => c.value.kind === "formula" && c.value.formula.startsWith(`=IF(${formulas.clientMissStreak}>=3`),
  );
  if (warning === undefined || signal === undefined) throw new Error("warning cells missing");
  const warningShown = cellAt(sheets, ajustar.name, warning.row, warning.column) !== "";
  const signalShown = cellAt(sheets, medir.name, signal.row, signal.column);
  return [
    ...summary,
    ...compare(`${client.id} Medir lastFeedback`, shownIn(medir, formulas.lastFeedback), figures.lastFeedback, "date"),
    ...levels,
    ...compare(`${client.id} top-heavy warning`, String(warningShown), String(figures.topHeavy), "text"),
    ...compare(
      `${client.id} commitment signal`,
      signalShown,
      SIGNAL_TEXT[figures.commitmentSignal][plan.language],
      "text",
    ),
  ];
}

/**
 * Cells showing a formula error. A text the spec writes (a client named `#REF!`) may look like one, and
 * formulas copy such names into Cartera; those exact texts are let through — every other plan still
 * checks for real errors.
 */
function errorCells(sheets: Sheets, spec: WorkbookSpec): string[] {
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
function withoutNumberFormats(spec: WorkbookSpec): WorkbookSpec {
  const styles = Object.fromEntries(
    Object.entries(spec.styles).map(([key, { numberFormat: _dropped, ...style }]) => [key, style]),
  );
  return { ...spec, styles };
}

describeWithLibreOffice("the portfolio oracle: LibreOffice recalculates the workbook, the domain agrees", () => {
  describe.each(ORACLE_PLANS)("plan $title", ({ title, plan }) => {
    const spec = buildWorkbookSpec(plan, { today: ORACLE_TODAY });
    let sheets: Sheets = new Map();

    beforeAll(async () => {
      const path = testOutputPath("oracle", `${title}.xlsx`);
      writeFileSync(path, await writeWorkbook(withoutNumberFormats(spec)));
      sheets = await recalculate(path);
    });

    it("shows no formula error in any cell of any sheet", () => {
      expect(sheets.size).toBe(spec.sheets.length);
      expect(errorCells(sheets, spec)).toEqual([]);
    });

    it("computes every Cartera figure exactly as portfolioFigures does", () => {
      expect(plan.clients.flatMap((_, index) => portfolioRowMismatches(plan, spec, sheets, index))).toEqual([]);
      expect(sheets.get(SHEET_NAMES.portfolio[plan.language])).toBeDefined();
    });

    it("computes the Medir summary, the pyramid and both warnings as the domain does", () => {
      expect(plan.clients.flatMap((_, index) => clientSheetMismatches(plan, spec, sheets, index))).toEqual([]);
    });

    it("reads every client name back unchanged from its Ver sheet", () => {
      for (const client of plan.clients) {
        const ver = sheetSpec(spec, `ver:${client.id}`);
        const nameCell = ver.cells.find((c) => c.value.kind === "text" && c.value.text === client.name);
        if (nameCell === undefined) throw new Error(`no name cell for ${client.id}`);
        expect(cellAt(sheets, ver.name, nameCell.row, nameCell.column)).toBe(client.name);
      }
    });
  });
});
