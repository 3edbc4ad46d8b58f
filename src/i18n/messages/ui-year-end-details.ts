/** Task-pane messages of Nuevo año's confirmation and outcome (src/taskpane/year-end-model.ts). */
import type { MessageSet } from "../catalogue";

/**
 * Nuevo año's confirmation and outcome, es/en: a module of their own, so they travel only in the pane's
 * December chunk (src/taskpane/december-chunk.ts) and not in the bytes every pane start loads. Counts come
 * as "label count" pairs, so no count reads as a wrong plural.
 */
export const UI_YEAR_END_DETAILS: MessageSet = {
  "ui.yearEnd.snapshot": {
    es: "Se guarda la instantánea de cierre «{period}» del {date} de cada cliente activo (clientes activos: {snapshots}).",
    en: "The closing snapshot “{period}” of {date} is saved for each active client (active clients: {snapshots}).",
  },
  "ui.yearEnd.carried": {
    es: "Pasan a {next}, con sus personas, servicios, retos, expectativas, historial y acuerdo de trabajo — clientes: {clients} (archivados: {archived}) · acciones abiertas: {actions} · decepciones abiertas: {disappointments} · compromisos sin revisar: {commitments} · reuniones ya previstas: {meetings} · indicadores: {indicators}, con los trimestres en blanco y la última cifra de {year} como línea base.",
    en: "Carried into {next}, with their people, services, challenges, expectations, history and working agreement — clients: {clients} (archived: {archived}) · open actions: {actions} · open disappointments: {disappointments} · unreviewed commitments: {commitments} · meetings already planned: {meetings} · indicators: {indicators}, quarters blank and the latest {year} figure as baseline.",
  },
  "ui.yearEnd.left": {
    es: "Se quedan solo en las hojas de {year} — acciones hechas o canceladas: {actions} · decepciones resueltas: {disappointments} · compromisos revisados: {commitments} · feedback: {feedback} · reuniones: {meetings} · cifras trimestrales: {quarters}.",
    en: "Staying only in the {year} sheets — done or cancelled actions: {actions} · resolved disappointments: {disappointments} · reviewed commitments: {commitments} · feedback: {feedback} · meetings: {meetings} · quarterly figures: {quarters}.",
  },
  "ui.yearEnd.sheets": {
    es: "Nada se borra: las hojas de {year} se ocultan y llevan el año en el nombre (por ejemplo «{example}»). Puedes volver a verlas con Mostrar hoja.",
    en: "Nothing is deleted: the {year} sheets are hidden and carry the year in their names (for example “{example}”). Unhide them to see them again.",
  },
  "ui.yearEnd.portfolio": {
    es: "La Cartera pasa a {next}, con clientes nuevos (hojas, tablas y nombres nuevos) en las hojas de siempre.",
    en: "The Portfolio moves to {next}, with new clients (new sheets, tables and names) under the usual sheet names.",
  },
  "ui.yearEnd.resumed": {
    es: "Un Nuevo año anterior se interrumpió a medias: esto lo termina, sin repetir lo que ya hizo.",
    en: "An earlier New year stopped part-way: this finishes it, without repeating what it did.",
  },
  "ui.yearEnd.confirm": { es: "Cerrar {year} y abrir {next}", en: "Close {year} and open {next}" },
  "ui.yearEnd.done": {
    es: "Plan {next} listo (clientes: {clients}). Las hojas de {year} están ocultas, con el año en el nombre.",
    en: "The {next} plan is ready (clients: {clients}). The {year} sheets are hidden, with the year in their names.",
  },
  "ui.yearEnd.already": {
    es: "El año {year} ya estaba cerrado: no había nada más que hacer.",
    en: "The year {year} was already closed: there was nothing left to do.",
  },
};
