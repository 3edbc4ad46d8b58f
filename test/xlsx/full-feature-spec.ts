/** A hand-built workbook spec that uses every feature the .xlsx writer supports. */
import type { CellStyle, ValidationSpec, WorkbookSpec } from "../../src/layout/spec";
import { EMPTY, cell, column, date, formula, num, sheet, table, text } from "./spec-builders";

/** The styles the spec refers to: a title, a table-like header, two number formats and an input fill. */
export const STYLES: Readonly<Record<string, CellStyle>> = {
  title: { bold: true, fontSize: 16, fontColor: "#1F3864" },
  header: {
    bold: true,
    fill: "#D9E1F2",
    border: "#8EA9DB",
    horizontalAlignment: "center",
    verticalAlignment: "center",
    wrap: true,
  },
  dmy: { numberFormat: "dd/mm/yyyy" },
  percent: { numberFormat: "0%", italic: true },
  input: { fill: "#FFF2CC" },
};

const SCORE: ValidationSpec = {
  rule: { kind: "wholeNumber", min: 0, max: 10 },
  prompt: { title: "Conocimiento", message: "Un número entero de 0 a 10." },
  error: { title: "Valor no válido", message: "Escribe un número entero entre 0 y 10." },
};
const TRUST: ValidationSpec = {
  rule: { kind: "wholeNumber", min: 0, max: 10 },
  error: { title: "Confianza", message: "De 0 a 10." },
};
const STATUS: ValidationSpec = {
  rule: { kind: "list", listName: "vamListaEstado" },
  error: { title: "Estado", message: "Elige un valor de la lista." },
};
const SHARE: ValidationSpec = {
  rule: { kind: "decimal", min: 0, max: 1 },
  error: { title: "Avance", message: "Entre 0 % y 100 %." },
};
const REVIEW: ValidationSpec = { rule: { kind: "date" }, error: { title: "Fecha", message: "Una fecha." } };

/** The formula of the calculated column `Brecha` (gap to target; blank when the score is blank). */
export const GAP_FORMULA = '=IF([@Conocimiento]="","",MAX(0,vamObjetivo-[@Conocimiento]))';
/** The formula of the calculated column `Vencida` on the actions table. */
export const OVERDUE_FORMULA = '=AND([@Estado]<>"hecha",[@Vence]<>"",[@Vence]<vamHoy)';

const portfolio = sheet("portfolio", "Cartera", {
  tabColor: "#1F4E78",
  freeze: { rows: 7, columns: 1 },
  columnWidths: [
    { column: 0, width: 32 },
    { column: 4, width: 12.5 },
  ],
  cells: [
    cell(0, 0, text("Cartera 2027"), "title"),
    cell(1, 0, text("¿Dónde está cada cliente?")),
    cell(2, 0, text("Año del plan")),
    cell(2, 1, num(2027), "input"),
    cell(3, 0, text("Objetivo")),
    cell(3, 1, num(9), "input"),
    cell(4, 0, text("Ir a Acme", "vamVer_acme01")),
    cell(2, 3, text("Hoy"), "header"),
    cell(2, 4, formula("=vamHoy"), "dmy"),
    cell(3, 4, date("2027-03-15")),
    cell(4, 4, date("2027-12-31"), "dmy"),
    cell(5, 4, formula('=MAXIFS(vamCartera[Conocimiento],vamCartera[Estado],"verde")')),
  ],
  merges: [{ row: 0, column: 0, columns: 4 }],
  tables: [
    table(
      "vamCartera",
      { row: 6, column: 0 },
      [
        column("Cliente", { key: "client", width: 30 }),
        column("Conocimiento", { validation: SCORE }),
        column("Confianza", { validation: TRUST }),
        column("Brecha", { formula: GAP_FORMULA }),
        column("Estado", { validation: STATUS }),
        column("Avance", { style: "percent", validation: SHARE }),
        column("Revisión", { key: "review", style: "dmy", validation: REVIEW, width: 14 }),
      ],
      [
        [text("Acme", "vamVer_acme01"), num(7), num(4), EMPTY, text("verde"), num(0.5), date("2027-01-10")],
        [text("O'Brien & Hijos"), num(9), num(9), EMPTY, text("rojo"), num(1), EMPTY],
      ],
    ),
  ],
  validations: [{ range: { row: 3, column: 1 }, validation: SCORE }],
  conditionalFormats: [
    {
      target: { kind: "tableColumn", table: "vamCartera", columnKey: "conocimiento" },
      rule: {
        kind: "cellValue",
        operator: "lessThan",
        formula1: "5",
        style: { fill: "#F8CBAD", fontColor: "#9C0006" },
      },
    },
    {
      target: { kind: "tableColumn", table: "vamCartera", columnKey: "confianza" },
      rule: {
        kind: "cellValue",
        operator: "between",
        formula1: "5",
        formula2: "=vamObjetivo-1",
        style: { fill: "#FFEB9C" },
      },
    },
    {
      target: { kind: "tableColumn", table: "vamCartera", columnKey: "confianza" },
      rule: { kind: "cellValue", operator: "greaterThanOrEqual", formula1: "=vamObjetivo", style: { bold: true } },
    },
    {
      target: { kind: "range", range: { row: 3, column: 1 } },
      rule: { kind: "expression", formula: "=AND($B$4>=9,IFS($B$4=10,TRUE,TRUE,FALSE))", style: { fill: "#C6EFCE" } },
    },
    {
      target: { kind: "tableColumn", table: "vamCartera", columnKey: "avance" },
      rule: { kind: "dataBar", color: "#638EC6" },
    },
  ],
  print: { orientation: "landscape", fitToPagesWide: 1, repeatRows: { first: 6, last: 6 } },
});

const acmeVer = sheet("ver:acme01", "Acme · Ver", {
  kind: "ver",
  clientId: "acme01",
  tabColor: "#70AD47",
  freeze: { rows: 2, columns: 0 },
  cells: [cell(0, 0, text("Acme · Ver"), "title"), cell(2, 0, text("Conocimiento")), cell(2, 1, num(7), "input")],
  print: { orientation: "portrait", fitToPagesWide: 2 },
});

const obrienAjustar = sheet("ajustar:obrien01", "O'Brien · Ajustar", {
  kind: "ajustar",
  clientId: "obrien01",
  cells: [cell(0, 0, text("O'Brien · Ajustar"), "title")],
  tables: [
    table(
      "vamAcciones_obrien01",
      { row: 2, column: 0 },
      [
        column("Acción", { key: "action" }),
        column("Estado"),
        column("Vence", { style: "dmy" }),
        column("Vencida", { formula: OVERDUE_FORMULA }),
      ],
      [],
    ),
  ],
  print: { orientation: "landscape", fitToPagesWide: 1, repeatRows: { first: 0, last: 2 } },
});

const lists = sheet("lists", "Listas", {
  kind: "lists",
  visibility: "hidden",
  cells: [cell(0, 0, text("verde")), cell(1, 0, text("ámbar")), cell(2, 0, text("rojo"))],
});

const meta = sheet("meta", "Meta", {
  kind: "meta",
  visibility: "veryHidden",
  cells: [cell(0, 0, num(1)), cell(1, 0, text("es"))],
});

/** Every feature: five sheets (visible, hidden, very hidden), tables, names, validations, formats, links. */
export function fullFeatureSpec(): WorkbookSpec {
  return {
    sheets: [portfolio, acmeVer, obrienAjustar, lists, meta],
    styles: STYLES,
    names: [
      { kind: "range", name: "vamAnioPlan", sheetKey: "portfolio", range: { row: 2, column: 1 } },
      {
        kind: "range",
        name: "vamObjetivo",
        sheetKey: "portfolio",
        range: { row: 3, column: 1 },
        comment: "Puntuación objetivo, 0–10",
      },
      { kind: "formula", name: "vamHoy", formula: "=DATE(2027,3,15)" },
      { kind: "formula", name: "vamHoyReal", formula: "=TODAY()" },
      { kind: "range", name: "vamListaEstado", sheetKey: "lists", range: { row: 0, column: 0, rows: 3 } },
      { kind: "range", name: "vamVer_acme01", sheetKey: "ver:acme01", range: { row: 0, column: 0 } },
      { kind: "range", name: "vamConocimiento_acme01", sheetKey: "ver:acme01", range: { row: 2, column: 1 } },
      { kind: "range", name: "vamAjustar_obrien01", sheetKey: "ajustar:obrien01", range: { row: 0, column: 0 } },
      { kind: "range", name: "vamVersion", sheetKey: "meta", range: { row: 0, column: 0 } },
      { kind: "range", name: "vamIdioma", sheetKey: "meta", range: { row: 1, column: 0 } },
    ],
  };
}
