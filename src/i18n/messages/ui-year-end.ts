/** Task-pane messages of the December workflows: the client's report and rename, the snapshot of all, Nuevo año. */
import type { MessageSet } from "../catalogue";

/** Client view: rename, and the report to share. */
export const UI_CLIENT_TOOLS: MessageSet = {
  "ui.client.rename": { es: "Cambiar el nombre", en: "Rename" },
  "ui.client.newName": { es: "Nuevo nombre", en: "New name" },
  "ui.client.renameSubmit": { es: "Cambiar el nombre", en: "Rename" },
  "ui.client.renamed": {
    es: "Ahora se llama «{name}»; sus hojas son «{sheet}» y las otras dos fases.",
    en: "It is now called “{name}”; its sheets are “{sheet}” and the other two phases.",
  },
  "ui.report.title": { es: "Informe para compartir", en: "Shareable report" },
  "ui.report.help": {
    es: "Crea la hoja «{name} · Informe» para el cliente o el patrocinador: puntuaciones y su evolución, lo que hemos escuchado, compromisos, acciones, indicadores y la próxima reunión, sin nada confidencial. Si ya existe, se sustituye por una nueva: no escribas en ella.",
    en: "Creates the sheet “{name} · Report” for the client or the sponsor: scores and their trend, what we heard, commitments, actions, indicators and the next meeting, with nothing confidential. If it exists, it is replaced by a new one: do not type in it.",
  },
  "ui.report.submit": { es: "Crear el informe", en: "Create the report" },
  "ui.report.done": {
    es: "Informe listo en la hoja «{sheet}». Fuera del informe: filas marcadas como confidenciales {rows} · personas del mapa de influencia {people} · el acuerdo de trabajo y las notas internas.",
    en: "Report ready on the sheet “{sheet}”. Left out: rows flagged confidential {rows} · people of the influence map {people} · the working agreement and internal notes.",
  },
};

/** Plan view: a snapshot of every client, and Nuevo año. */
export const UI_YEAR_END: MessageSet = {
  "ui.snapshotAll.title": { es: "Instantánea de todos los clientes", en: "Snapshot of every client" },
  "ui.snapshotAll.help": {
    es: "Guarda hoy el conocimiento y la confianza de cada cliente activo en su historial.",
    en: "Saves today's knowledge and trust of every active client in its history.",
  },
  "ui.snapshotAll.submit": { es: "Guardar la instantánea de todos", en: "Save the snapshot of all" },
  "ui.snapshotAll.done": {
    es: "Instantánea «{period}» guardada en el historial de cada cliente activo (clientes: {count}).",
    en: "Snapshot “{period}” saved in the history of each active client (clients: {count}).",
  },
  "ui.yearEnd.card": { es: "Nuevo año", en: "New year" },
  "ui.yearEnd.cardHelp": {
    es: "Cierra el plan {year} y abre el {next} en este mismo libro. Antes verás qué pasa al año nuevo y qué se queda.",
    en: "Closes the {year} plan and opens {next} in this same workbook. You will first see what moves into the new year and what stays.",
  },
  "ui.yearEnd.open": { es: "Preparar Nuevo año…", en: "Prepare New year…" },
  "ui.yearEnd.title": { es: "Nuevo año: de {year} a {next}", en: "New year: from {year} to {next}" },
  "ui.yearEnd.loading": { es: "Calculando qué pasa al año nuevo…", en: "Working out what moves into the new year…" },
};
