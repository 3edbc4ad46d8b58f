/** Task-pane messages of Nuevo año's confirmation and outcome (src/taskpane/year-end-model.ts). */
import type { MessageSet } from "../catalogue";

/**
 * Nuevo año's confirmation and outcome, es/en: a module of their own, so they travel only in the pane's
 * December chunk (src/taskpane/december-chunk.ts) and not in the bytes every pane start loads.
 */
export const UI_YEAR_END_DETAILS: MessageSet = {
  "ui.yearEnd.snapshot": {
    es: "Se guarda la instantánea de cierre «{period}» ({date}) de {snapshots} clientes activos.",
    en: "The closing snapshot “{period}” ({date}) of {snapshots} active clients is saved.",
  },
  "ui.yearEnd.carried": {
    es: "Pasan a {next}: {clients} clientes ({archived} archivados) con sus personas, servicios, retos, expectativas, historial y acuerdo de trabajo; {actions} acciones abiertas, {disappointments} decepciones abiertas, {commitments} compromisos sin revisar, {meetings} reuniones ya previstas y {indicators} indicadores, con los trimestres en blanco y la última cifra de {year} como línea base.",
    en: "Carried into {next}: {clients} clients ({archived} archived) with their people, services, challenges, expectations, history and working agreement; {actions} open actions, {disappointments} open disappointments, {commitments} unreviewed commitments, {meetings} meetings already planned and {indicators} indicators, quarters blank and the latest {year} figure as baseline.",
  },
  "ui.yearEnd.left": {
    es: "Se quedan en las hojas de {year}: {actions} acciones hechas o canceladas, {disappointments} decepciones resueltas, {commitments} compromisos revisados, {feedback} comentarios de feedback, {meetings} reuniones y {quarters} cifras trimestrales.",
    en: "Staying in the {year} sheets: {actions} done or cancelled actions, {disappointments} resolved disappointments, {commitments} reviewed commitments, {feedback} feedback entries, {meetings} meetings and {quarters} quarterly figures.",
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
    es: "Plan {next} listo con {clients} clientes. Las hojas de {year} están ocultas, con el año en el nombre.",
    en: "The {next} plan is ready with {clients} clients. The {year} sheets are hidden, with the year in their names.",
  },
  "ui.yearEnd.already": {
    es: "El año {year} ya estaba cerrado: no había nada más que hacer.",
    en: "The year {year} was already closed: there was nothing left to do.",
  },
};
