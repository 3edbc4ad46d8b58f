import { isValidSheetName, MAX_SHEET_NAME_LENGTH } from "../../src/domain/sheet-names";
import type { Client, PlanLanguage } from "../../src/domain/plan";
import { shareableReport, type ReportContent } from "../../src/domain/shareable-report";
import { REPORT_CAPTIONS, REPORT_HEADERS, REPORT_TEXT } from "../../src/i18n/report-text";
import {
  buildReportSheet,
  buildReportWorkbook,
  REPORT_COLUMN_WIDTHS,
  REPORT_STYLES,
  reportOrientation,
  reportPageHeader,
  reportSheetName,
} from "../../src/layout/report-sheet";
import type { CellSpec, SheetSpec } from "../../src/layout/spec";
import { aClient, anAction, anIndicator, aPlan, HOSTILE_NAMES, richClient } from "./plan-fixtures";

const TODAY = "2027-03-15";

function contentOf(client: Client): ReportContent {
  return shareableReport(aPlan([client]), client.id, { today: TODAY });
}

function texts(sheet: SheetSpec): string[] {
  return sheet.cells.flatMap((cell) => (cell.value.kind === "text" ? [cell.value.text] : []));
}

function cellAt(sheet: SheetSpec, row: number, column: number): CellSpec | undefined {
  return sheet.cells.find((cell) => cell.row === row && cell.column === column);
}

describe.each<PlanLanguage>(["es", "en"])("buildReportSheet in %s", (language) => {
  const content = contentOf(richClient("rich0001", "Rica"));
  const sheet = buildReportSheet(content, language);

  it("is a visible report sheet of values only: no formula, table, validation, format or chart", () => {
    expect([sheet.kind, sheet.visibility, sheet.key, sheet.clientId]).toEqual([
      "report",
      "visible",
      "report:rich0001",
      "rich0001",
    ]);
    expect(sheet.cells.filter((cell) => cell.value.kind === "formula")).toEqual([]);
    expect(sheet.cells.some((cell) => "linkToName" in cell.value)).toBe(false);
    expect([sheet.tables, sheet.validations, sheet.conditionalFormats, sheet.charts, sheet.merges]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  it("heads the page with the client, the plan year and the date, and repeats those rows on every page", () => {
    expect(cellAt(sheet, 0, 0)?.value).toEqual({ kind: "text", text: `${REPORT_TEXT.titlePrefix[language]}Rica` });
    const subtitle = cellAt(sheet, 1, 0)?.value;
    expect(subtitle?.kind === "text" && subtitle.text).toContain("2027");
    expect(subtitle?.kind === "text" && subtitle.text).toContain(TODAY);
    expect(sheet.print).toMatchObject({ fitToPagesWide: 1, repeatRows: { first: 0, last: 1 } });
  });

  it("shows every section caption and its headers in the plan language", () => {
    const shown = new Set(texts(sheet));
    for (const key of ["scores", "trend", "heard", "commitments", "actions", "indicators", "meeting"] as const) {
      expect([key, shown.has(REPORT_CAPTIONS[key][language])]).toEqual([key, true]);
    }
    for (const key of ["description", "expectation", "commitment", "action", "indicator", "latest"] as const) {
      expect([key, shown.has(REPORT_HEADERS[key][language])]).toEqual([key, true]);
    }
  });

  it("writes every cell inside the column grid, with a style the report defines, one cell per position", () => {
    expect(sheet.cells.every((cell) => cell.column < REPORT_COLUMN_WIDTHS.length)).toBe(true);
    expect(sheet.cells.every((cell) => cell.style !== undefined && REPORT_STYLES[cell.style] !== undefined)).toBe(true);
    const positions = sheet.cells.map((cell) => `${cell.row}:${cell.column}`);
    expect(new Set(positions).size).toBe(positions.length);
  });
});

describe("buildReportSheet, values", () => {
  it("writes dates as dates, scores as numbers and user text as text, even when it looks like a formula", () => {
    const client = aClient("acme0001", "=1+1", {
      knowledge: 6,
      trust: 4,
      indicators: [anIndicator({ indicator: "=SUM(A1)" })],
    });
    const sheet = buildReportSheet(contentOf(client), "es");
    expect(texts(sheet)).toEqual(expect.arrayContaining(["=SUM(A1)", `${REPORT_TEXT.titlePrefix.es}=1+1`]));
    const kinds = new Set(sheet.cells.map((cell) => cell.value.kind));
    expect([...kinds].sort()).toEqual(["date", "empty", "number", "text"]);
    expect(sheet.cells.some((cell) => cell.value.kind === "date" && cell.value.iso === TODAY)).toBe(true);
  });

  it("given an empty client, says 'nothing yet' in every section that has no rows", () => {
    const sheet = buildReportSheet(contentOf(aClient("acme0001", "Acme")), "en");
    // Trend, challenges, expectations, our and their commitments, done and open actions, indicators, meeting.
    expect(texts(sheet).filter((text) => text === REPORT_TEXT.nothingYet.en)).toHaveLength(9);
  });
});

describe("buildReportSheet, print-ready", () => {
  it("puts client, plan year and date in the page header, a literal & doubled, and the page number in the footer", () => {
    const content = contentOf(aClient("acme0001", "Smith & Jones"));
    expect(reportPageHeader(content, "es")).toBe("Smith && Jones · Plan 2027 · 2027-03-15");
    expect(buildReportSheet(content, "en").print).toMatchObject({
      header: "Smith && Jones · Plan 2027 · 2027-03-15",
      footer: "&P / &N",
    });
  });

  it("given a very long client name, keeps the page header within Excel's 255 characters", () => {
    const content = contentOf(aClient("acme0001", "&".repeat(300)));
    expect(reportPageHeader(content, "es").length).toBeLessThanOrEqual(255);
  });

  it("makes a row with a long wrapped text taller than Excel's default 15 points, and leaves short rows alone", () => {
    const long = "Revisar con el equipo del cliente cada una de las incidencias abiertas del trimestre";
    const sheet = buildReportSheet(
      contentOf(aClient("acme0001", "Acme", { actions: [anAction({ action: long })] })),
      "es",
    );
    const row = sheet.cells.find((cell) => cell.value.kind === "text" && cell.value.text === long)?.row;
    const heights = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.height]));
    expect(heights.get(row ?? -1)).toBeGreaterThanOrEqual(45);
    const short = sheet.cells.find(
      (cell) => cell.value.kind === "text" && cell.value.text === REPORT_TEXT.nothingYet.es,
    );
    expect([short?.row, heights.get(short?.row ?? -1)]).toEqual([expect.any(Number), undefined]);
  });
});

describe("report print orientation", () => {
  it("prints portrait when the columns used fit a portrait page at 90 % or more, landscape otherwise", () => {
    expect(reportOrientation(6)).toBe("portrait");
    expect(reportOrientation(REPORT_COLUMN_WIDTHS.length)).toBe("landscape");
  });

  it("given indicators (ten columns), prints landscape; without them, portrait", () => {
    const withIndicators = aClient("acme0001", "Acme", { indicators: [anIndicator()] });
    expect(buildReportSheet(contentOf(withIndicators), "es").print.orientation).toBe("landscape");
    expect(buildReportSheet(contentOf(aClient("acme0001", "Acme")), "es").print.orientation).toBe("portrait");
  });
});

describe("reportSheetName", () => {
  it("names the sheet after the client and the report", () => {
    expect(reportSheetName("Acme", "es")).toBe("Acme · Informe");
    expect(reportSheetName("Acme", "en")).toBe("Acme · Report");
  });

  it("shortens a long name with … to Excel's 31 characters and numbers a taken one", () => {
    const long = "Über Straße & Söhne — División Ibérica de Servicios";
    const name = reportSheetName(long, "es");
    expect([name.length <= MAX_SHEET_NAME_LENGTH, name.endsWith("… · Informe")]).toEqual([true, true]);
    expect(reportSheetName("Acme", "es", ["ACME · INFORME"])).toBe("Acme (2) · Informe");
  });

  it.each(HOSTILE_NAMES)("given the hostile name %p, gives a name Excel accepts", (hostile) => {
    expect(isValidSheetName(reportSheetName(hostile, "es"))).toBe(true);
  });
});

describe("buildReportWorkbook", () => {
  it("holds only the report sheet: no lists, no meta, no hidden sheet, no defined name", () => {
    const workbook = buildReportWorkbook(contentOf(richClient("rich0001", "Rica")), "es");
    expect(workbook.sheets.map((sheet) => [sheet.kind, sheet.visibility])).toEqual([["report", "visible"]]);
    expect(workbook.names).toEqual([]);
    expect(workbook.styles).toBe(REPORT_STYLES);
  });
});
