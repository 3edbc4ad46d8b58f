/**
 * A small spec whose formulas LibreOffice recalculates: a table with calculated columns, structured
 * references, defined names (range and formula names), the *IFS family, IFERROR, INDEX/MATCH, DATE.
 * `EXPECTED_SUMMARY` holds the figures worked out by hand from the rows below.
 */
import type { SheetSpec, WorkbookSpec } from "../../src/layout/spec";
import { HOSTILE_TEXTS } from "./hostile-texts";
import { cell, column, date, formula, num, sheet, table, text } from "./spec-builders";

const T = "vamAcciones_t1";

/** The actions: action, pyramid level, status, due date, amount. */
const ACTIONS = [
  ["Llamar", 1, "pendiente", "2027-03-01", 100],
  ["Comer", 4, "hecha", "2027-02-01", 250],
  ["Informe", 5, "en curso", "2027-04-01", 50],
  ["Revisar", 5, "pendiente", "2027-03-10", 0],
  ["Visita", 2, "cancelada", "2027-01-15", 75],
] as const;

/** Name of the sheet holding the actions table (apostrophe and `·`: quoting and CSV file names). */
export const ACTIONS_SHEET = "O'Brien · Acciones";

const actionsSheet: SheetSpec = sheet("actions", ACTIONS_SHEET, {
  tables: [
    {
      ...table(
        T,
        { row: 0, column: 0 },
        [
          column("Acción"),
          column("Nivel"),
          column("Estado"),
          column("Vence", { style: "iso" }),
          column("Importe"),
          column("Vencida", { formula: '=AND([@Estado]<>"hecha",[@Vence]<vamHoy)' }),
          column("Doble", { formula: "=[@Importe]*2" }),
        ],
        ACTIONS.map(([action, level, status, due, amount]) => [
          text(action),
          num(level),
          text(status),
          date(due),
          num(amount),
          { kind: "empty" },
          { kind: "empty" },
        ]),
      ),
      style: "TableStyleLight9",
    },
  ],
});

/** Summary rows: label, formula, the value LibreOffice must compute (as its CSV shows it). */
export const EXPECTED_SUMMARY: readonly (readonly [string, string, string])[] = [
  ["Abiertas", `=COUNTIFS(${T}[Estado],"<>hecha",${T}[Estado],"<>cancelada")`, "3"],
  ["Vencidas", `=COUNTIFS(${T}[Vencida],TRUE)`, "3"],
  ["Importe hecho", `=SUMIFS(${T}[Importe],${T}[Estado],"hecha")`, "250"],
  ["Media nivel 5", `=AVERAGEIFS(${T}[Importe],${T}[Nivel],5)`, "25"],
  ["Máximo pendiente", `=MAXIFS(${T}[Importe],${T}[Estado],"pendiente")`, "100"],
  ["Mínimo nivel ≥ 2", `=MINIFS(${T}[Importe],${T}[Nivel],">=2")`, "0"],
  ["Sin datos", `=IFERROR(AVERAGEIFS(${T}[Importe],${T}[Nivel],6),"sin datos")`, "sin datos"],
  ["Índice", `=INDEX(${T}[Acción],MATCH(250,${T}[Importe],0))`, "Comer"],
  ["Días al cierre", "=DATE(2027,12,31)-vamHoy", "291"],
  ["Hoy", "=vamHoy", "2027-03-15"],
  ["Umbral", "=vamUmbral", "8"],
  ["Suma del doble", `=SUM(${T}[Doble])`, "950"],
  ["Referencia citada", "='O''Brien · Acciones'!E2+1", "101"],
  ["IFS", '=IFS(vamObjetivo>=9,"alto",TRUE,"bajo")', "alto"],
  ["Proporción hecha", `=COUNTIFS(${T}[Estado],"hecha")/ROWS(${T}[Estado])`, "0.2"],
];

/** The calculated columns as LibreOffice must compute them, row by row: Vencida, Doble. */
export const EXPECTED_CALCULATED = [
  ["TRUE", "200"],
  ["FALSE", "500"],
  ["FALSE", "100"],
  ["TRUE", "0"],
  ["TRUE", "150"],
] as const;

const summarySheet: SheetSpec = sheet("summary", "Resumen", {
  cells: [
    cell(0, 0, text("Objetivo")),
    cell(0, 1, num(9)),
    ...EXPECTED_SUMMARY.flatMap(([label, f], i) => [
      cell(i + 1, 0, text(label)),
      cell(i + 1, 1, formula(f), label === "Hoy" ? "iso" : undefined),
    ]),
  ],
});

/** The hostile texts in column A and, again, in a one-column table at C1. */
export function hostileTextSheet(): SheetSpec {
  return sheet("texts", "Textos", {
    cells: HOSTILE_TEXTS.map(([, value], i) => cell(i, 0, text(value))),
    tables: [
      table(
        "vamTextos",
        { row: 0, column: 2 },
        [column("Texto")],
        HOSTILE_TEXTS.map(([, value]) => [text(value)]),
      ),
    ],
  });
}

/** The whole spec for the LibreOffice test. */
export function recalculationSpec(): WorkbookSpec {
  return {
    sheets: [summarySheet, actionsSheet, hostileTextSheet()],
    styles: { iso: { numberFormat: "yyyy-mm-dd" } },
    names: [
      { kind: "formula", name: "vamHoy", formula: "=DATE(2027,3,15)" },
      { kind: "range", name: "vamObjetivo", sheetKey: "summary", range: { row: 0, column: 1 } },
      { kind: "formula", name: "vamUmbral", formula: "=vamObjetivo-1" },
    ],
  };
}
