/**
 * Messages of the December use cases run from the task pane (src/app/roll-forward-plan.ts,
 * src/app/share-report.ts): what to know about what they did, and what to do. The roll-forward's own
 * validation messages are `rollover.*` (year-end.ts).
 */
import type { MessageSet } from "../catalogue";

/** December use-case messages, es/en. */
export const DECEMBER_MESSAGES: MessageSet = {
  "december.rollForward.tablesUnread": {
    es: "Algunas tablas de {clients} no se pudieron leer: sus filas siguen solo en las hojas del año pasado (ocultas). Para pasarlas también al año nuevo, copia esas filas en las hojas nuevas.",
    en: "Some tables of {clients} could not be read: their rows remain only in last year's (hidden) sheets. To carry them into the new year too, copy those rows into the new sheets.",
  },
  "december.rollForward.yearChanged": {
    es: "El plan ya no es de {year}, sino de {found} (quizá otra persona lo cambió). No se ha cambiado nada: revisa el año del plan y vuelve a abrir Nuevo año.",
    en: "The plan is no longer for {year} but for {found} (someone may have changed it). Nothing was changed: check the plan year and open New year again.",
  },
};
