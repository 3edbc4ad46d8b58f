/**
 * Messages of the playground page (src/playground): kept out of the one catalogue on purpose, so the task
 * pane's bundle does not carry them; the playground reads them with `translate`.
 */
import type { MessageSet } from "../catalogue";

/** Playground messages, es/en. */
export const PLAYGROUND_MESSAGES: MessageSet = {
  "playground.title": { es: "Planificador VAM: área de pruebas", en: "VAM planner: playground" },
  "playground.intro": {
    es: "El panel de la izquierda es el complemento real, tal cual se publica, sobre un Excel simulado en esta página. A la derecha, el libro: celdas con su valor y fórmulas con su texto.",
    en: "The pane on the left is the real add-in, as published, on an Excel simulated in this page. On the right, the workbook: cells with their values, formulas with their text.",
  },
  "playground.loadExample": { es: "Cargar plan de ejemplo", en: "Load example plan" },
  "playground.exampleNote": {
    es: "Empieza un libro nuevo con el plan de ejemplo.",
    en: "Starts a new workbook with the example plan.",
  },
  "playground.reset": { es: "Reiniciar", en: "Reset" },
  "playground.download": { es: "Descargar .xlsx", en: "Download .xlsx" },
  "playground.officeLanguage": { es: "Idioma de Office", en: "Office language" },
  "playground.theme": { es: "Tema de Office", en: "Office theme" },
  "playground.themeLight": { es: "Claro", en: "Light" },
  "playground.themeDark": { es: "Oscuro", en: "Dark" },
  "playground.restartNote": {
    es: "Cambiar el idioma o el tema de Office reinicia el libro, como abrir Excel de nuevo.",
    en: "Changing Office's language or theme resets the workbook, like starting Excel again.",
  },
  "playground.paneLabel": { es: "Panel del complemento", en: "Add-in pane" },
  "playground.workbookLabel": { es: "Libro simulado", en: "Simulated workbook" },
  "playground.sheets": { es: "Hojas", en: "Sheets" },
  "playground.hidden": { es: "{name} (oculta)", en: "{name} (hidden)" },
  "playground.veryHidden": { es: "{name} (muy oculta)", en: "{name} (very hidden)" },
  "playground.emptySheet": { es: "Hoja vacía.", en: "Empty sheet." },
  "playground.truncated": {
    es: "Se muestran {rows} filas y {columns} columnas de {allRows} × {allColumns}.",
    en: "Showing {rows} rows and {columns} columns of {allRows} × {allColumns}.",
  },
  "playground.legend": {
    es: "Las celdas con fórmula muestran la fórmula (en cursiva, fondo tintado); el simulador no calcula: al descargar el .xlsx, Excel o LibreOffice las calculan.",
    en: "Formula cells show their formula (italic, tinted); the simulator does not calculate: download the .xlsx and Excel or LibreOffice compute them.",
  },
  "playground.loading": { es: "Cargando el plan de ejemplo…", en: "Loading the example plan…" },
  "playground.loaded": {
    es: "Plan de ejemplo cargado: diez clientes, con acciones vencidas y avisos que revisar.",
    en: "Example plan loaded: ten clients, with overdue actions and warnings to review.",
  },
  "playground.failed": {
    es: "No se pudo completar: {detail}. Pulsa Reiniciar y vuelve a intentarlo.",
    en: "Could not finish: {detail}. Select Reset and try again.",
  },
  "playground.downloaded": { es: "Libro descargado: {file}.", en: "Workbook downloaded: {file}." },
};
