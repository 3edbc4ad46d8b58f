/**
 * Task-pane messages of the views loaded on first use (src/taskpane/views-chunk.ts): Import, Revisión del
 * plan and Archived. A module of their own, so they travel only in that chunk.
 */
import type { MessageSet } from "../catalogue";

/** Import from CSV or pasted cells. */
const IMPORT: MessageSet = {
  "ui.import.title": { es: "Importar clientes", en: "Import clients" },
  "ui.import.help": {
    es: "Un archivo CSV (comas o punto y coma, UTF-8 con o sin BOM) o celdas copiadas de Excel, con encabezados: Cliente, Responsable, Sector, Dirección, Tipo, Conocimiento, Confianza.",
    en: "A CSV file (comma or semicolon, UTF-8 with or without BOM) or cells copied from Excel, with headers: Client, Owner, Sector, Direction, Type, Knowledge, Trust.",
  },
  "ui.import.file": { es: "Archivo CSV", en: "CSV file" },
  "ui.import.paste": { es: "O pega aquí las celdas", en: "Or paste the cells here" },
  "ui.import.submit": { es: "Importar", en: "Import" },
  "ui.import.nothing": {
    es: "No hay nada que importar: elige un archivo o pega celdas.",
    en: "Nothing to import: choose a file or paste cells.",
  },
  "ui.import.unreadable": {
    es: "No se pudo leer el archivo «{name}». Vuelve a elegirlo, o ábrelo y pega sus celdas.",
    en: "The file “{name}” could not be read. Choose it again, or open it and paste its cells.",
  },
  "ui.import.result": {
    es: "{added} clientes importados; {rejected} filas rechazadas.",
    en: "{added} clients imported; {rejected} rows rejected.",
  },
  "ui.import.reportCaption": { es: "Filas rechazadas y por qué", en: "Rejected rows and why" },
  "ui.import.col.line": { es: "Línea", en: "Line" },
  "ui.import.col.name": { es: "Nombre", en: "Name" },
  "ui.import.col.reason": { es: "Motivo", en: "Reason" },
  "ui.import.warnings": { es: "Avisos del archivo", en: "File remarks" },
};

/** Revisión del plan. */
const REVIEW: MessageSet = {
  "ui.review.title": { es: "Revisión del plan", en: "Plan review" },
  "ui.review.count": { es: "{count} puntos que revisar", en: "{count} points to review" },
  "ui.review.none": {
    es: "Todo en orden: nada que revisar en los clientes activos.",
    en: "All in order: nothing to review in the active clients.",
  },
  "ui.review.severity.high": { es: "Urgente", en: "Urgent" },
  "ui.review.severity.medium": { es: "Importante", en: "Important" },
  "ui.review.severity.low": { es: "Consejo", en: "Advice" },
  "ui.review.goTo": { es: "Ir a la celda", en: "Go to the cell" },
  "ui.review.agreement": { es: "Ir al acuerdo de trabajo", en: "Go to the working agreement" },
  "ui.review.agreementLabel": {
    es: "Ir al acuerdo de trabajo de {client}",
    en: "Go to the working agreement of {client}",
  },
  "ui.review.owners": { es: "Acciones vencidas por responsable", en: "Overdue actions by owner" },
  "ui.review.owner": { es: "{owner} · vencidas: {count}", en: "{owner} · overdue: {count}" },
  "ui.review.noOwner": { es: "sin responsable", en: "no owner" },
  "ui.review.structure": { es: "Estructura del libro", en: "Workbook structure" },
  "ui.review.structureNone": {
    es: "Las hojas, tablas y nombres del plan están completos.",
    en: "The plan's sheets, tables and names are complete.",
  },
  "ui.review.structureClient": { es: "{client}: {text}", en: "{client}: {text}" },
  "ui.review.incomplete": {
    es: "{client}: sus hojas no se terminaron de crear.",
    en: "{client}: its sheets were not finished.",
  },
  "ui.review.repair": { es: "Reparar", en: "Repair" },
  "ui.review.repairLabel": { es: "Reparar {client}", en: "Repair {client}" },
  "ui.review.repaired": {
    es: "{client}: se ha repuesto lo que faltaba.",
    en: "{client}: whatever was missing is back.",
  },
  "ui.review.unnamed": { es: "(cliente sin nombre)", en: "(unnamed client)" },
};

/** Archived clients: restore and permanent delete. */
const ARCHIVE: MessageSet = {
  "ui.archive.title": { es: "Clientes archivados", en: "Archived clients" },
  "ui.archive.none": { es: "No hay clientes archivados.", en: "There are no archived clients." },
  "ui.archive.restore": { es: "Restaurar", en: "Restore" },
  "ui.archive.restoreLabel": { es: "Restaurar {name}", en: "Restore {name}" },
  "ui.archive.restored": { es: "«{name}» restaurado en la cartera.", en: "“{name}” is back in the portfolio." },
  "ui.archive.delete": { es: "Eliminar definitivamente", en: "Delete permanently" },
  "ui.archive.deleteLabel": { es: "Eliminar definitivamente {name}", en: "Delete permanently {name}" },
  "ui.archive.confirmLabel": {
    es: "Se borrarán «{name}» y sus tres hojas, sin vuelta atrás. Escribe el nombre del cliente para confirmarlo:",
    en: "“{name}” and its three sheets will be deleted for good. Type the client's name to confirm:",
  },
  "ui.archive.confirm": { es: "Eliminar para siempre", en: "Delete for good" },
  "ui.archive.mismatch": {
    es: "El nombre no coincide: escribe «{name}» tal cual para eliminarlo.",
    en: "The name does not match: type “{name}” exactly to delete it.",
  },
  "ui.archive.deleted": { es: "«{name}» eliminado definitivamente.", en: "“{name}” deleted permanently." },
};

/** Messages of the Import, Revisión del plan and Archived views, es/en. */
export const UI_VIEWS_MESSAGES: MessageSet = { ...IMPORT, ...REVIEW, ...ARCHIVE };
