/**
 * A clients CSV full of names that break naive sheet naming, formula writing and HTML rendering, plus one
 * row for every reason a row is rejected. Shared by the in-process and the child-process CLI tests.
 */
import { spanishExcelCsv } from "./cli-fixtures";

const HEADER = ["Cliente", "Responsable", "Dirección", "Tipo", "Conocimiento", "Confianza"];

/** Names that must be built, each exactly as typed (the multi-line one spans two physical lines). */
export const HOSTILE_GOOD_NAMES: readonly string[] = [
  "Corporación Internacional de Servicios Financieros del Atlántico",
  "Corporación Internacional de Seguros Generales",
  "Acme: Norte",
  "Acme \\ Sur",
  "Acme / Este",
  "¿Acme? Oeste",
  "Acme* Centro",
  "[Acme] Islas",
  "'Comillas'",
  "History",
  "Duplicado SA",
  "Café ☕ 🚀",
  "شركة الأفق للتجارة",
  "<script>alert(1)</script>",
  "=1+1",
  "+34 600 000 000",
  "Varias\nlíneas",
];

/** Rejected rows: physical line, name as written, and the message code of the reason. */
export const HOSTILE_BAD_ROWS: readonly { line: number; name: string; code: string }[] = [
  { line: 13, name: "DUPLICADO sa", code: "import.duplicateName" },
  { line: 21, name: "", code: "import.blankName" },
  { line: 22, name: "Puntuación decimal", code: "import.scoreNotWhole" },
  { line: 23, name: "Once", code: "import.scoreOutOfRange" },
  { line: 24, name: "Siete", code: "import.scoreNotWhole" },
  { line: 25, name: "Dirección rara", code: "import.unknownDirection" },
  { line: 26, name: "Tipo raro", code: "import.unknownKind" },
  { line: 27, name: "Negativo", code: "import.scoreOutOfRange" },
];

/** The file, as Spanish Excel would save it. */
export function hostileClientsCsv(): string {
  const good = HOSTILE_GOOD_NAMES.map((name, i) => [name, "Ana", "", "", i % 3 === 0 ? "" : String(i % 11), "7"]);
  return spanishExcelCsv([
    HEADER,
    ...good.slice(0, 11), // lines 2–12
    ["DUPLICADO sa", "", "", "", "", ""], // line 13
    ...good.slice(11), // lines 14–19, the last spanning 19–20
    ["", "Sin nombre", "", "", "", ""],
    ["Puntuación decimal", "", "", "", "7,5", ""],
    ["Once", "", "", "", "11", ""],
    ["Siete", "", "", "", "siete", ""],
    ["Dirección rara", "", "Proveedor", "", "", ""],
    ["Tipo raro", "", "", "mixto", "", ""],
    ["Negativo", "", "", "", "", "-1"],
  ]);
}
