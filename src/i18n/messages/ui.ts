/**
 * Messages of the task pane (src/taskpane) and the ribbon's function file: labels, results, errors. Those of
 * the views loaded on first use are in ui-views.ts and ui-year-end-details.ts.
 */
import type { MessageSet } from "../catalogue";
import { UI_CLIENT_TOOLS, UI_YEAR_END } from "./ui-year-end";

/** Navigation, language switch, progress and the pane-wide states. */
const SHELL: MessageSet = {
  "ui.nav.label": { es: "Secciones del planificador", en: "Planner sections" },
  "ui.nav.portfolio": { es: "Cartera", en: "Portfolio" },
  "ui.nav.review": { es: "Revisión del plan", en: "Plan review" },
  "ui.nav.import": { es: "Importar", en: "Import" },
  "ui.nav.archive": { es: "Archivados", en: "Archived" },
  "ui.nav.setup": { es: "Plan", en: "Plan" },
  "ui.language.label": { es: "Idioma del panel", en: "Pane language" },
  "ui.language.es": { es: "Español", en: "Español" },
  "ui.language.en": { es: "English", en: "English" },
  "ui.language.changed": { es: "El panel está ahora en español.", en: "The pane is now in English." },
  "ui.loading": { es: "Leyendo el libro…", en: "Reading the workbook…" },
  "ui.loadingView": { es: "Abriendo…", en: "Opening…" },
  "ui.progress.label": { es: "Progreso", en: "Progress" },
  "ui.progress.writing": {
    es: "Escribiendo en el libro: {done} de {total}",
    en: "Writing to the workbook: {done} of {total}",
  },
  "ui.busy": { es: "Espera a que termine la operación en curso.", en: "Wait for the current operation to finish." },
  "ui.cancel": { es: "Cancelar", en: "Cancel" },
  "ui.retry": { es: "Reintentar", en: "Try again" },
};

/** Set up plan. */
const SETUP: MessageSet = {
  "ui.setup.title": { es: "Configurar el plan", en: "Set up the plan" },
  "ui.setup.intro": {
    es: "Crea en este libro la hoja Cartera y los ajustes del plan. Después añade tus clientes clave.",
    en: "Creates the Portfolio sheet and the plan settings in this workbook. Then add your key clients.",
  },
  "ui.setup.current": {
    es: "Este libro ya tiene un plan {year} con objetivo {target}. Volver a aplicarlo solo repone lo que falte.",
    en: "This workbook already has a {year} plan with target {target}. Applying it again only restores what is missing.",
  },
  "ui.setup.year": { es: "Año del plan", en: "Plan year" },
  "ui.setup.target": { es: "Puntuación objetivo (0–10)", en: "Target score (0–10)" },
  "ui.setup.language": { es: "Idioma del libro", en: "Workbook language" },
  "ui.setup.submit": { es: "Crear el plan", en: "Create the plan" },
  "ui.setup.done": {
    es: "Plan {year} listo en el libro. Añade tu primer cliente clave.",
    en: "The {year} plan is ready in the workbook. Add your first key client.",
  },
};

/** The Cartera view. */
const PORTFOLIO: MessageSet = {
  "ui.portfolio.title": { es: "Cartera {year}", en: "Portfolio {year}" },
  "ui.portfolio.summary": {
    es: "{clients} clientes activos · {open} acciones abiertas · {overdue} vencidas",
    en: "{clients} active clients · {open} open actions · {overdue} overdue",
  },
  "ui.portfolio.empty": {
    es: "Aún no hay clientes clave. Añade uno o impórtalos desde un CSV.",
    en: "No key clients yet. Add one, or import them from a CSV.",
  },
  "ui.portfolio.noMatch": { es: "Ningún cliente coincide con el filtro.", en: "No client matches the filter." },
  "ui.portfolio.filter": { es: "Dirección", en: "Direction" },
  "ui.portfolio.filterAll": { es: "Todas", en: "All" },
  "ui.portfolio.search": { es: "Buscar cliente", en: "Find client" },
  "ui.portfolio.group": { es: "{direction} ({count})", en: "{direction} ({count})" },
  "ui.portfolio.col.knowledge": { es: "Conocimiento", en: "Knowledge" },
  "ui.portfolio.col.trust": { es: "Confianza", en: "Trust" },
  "ui.portfolio.col.gap": { es: "Brecha", en: "Gap" },
  "ui.portfolio.col.open": { es: "Abiertas", en: "Open" },
  "ui.portfolio.col.overdue": { es: "Vencidas", en: "Overdue" },
  "ui.portfolio.addClient": { es: "Añadir cliente", en: "Add client" },
  "ui.portfolio.openClient": { es: "Abrir {name}", en: "Open {name}" },
  "ui.portfolio.gap": { es: "brecha {gap}", en: "gap {gap}" },
};

/** Add client form. */
const ADD_CLIENT: MessageSet = {
  "ui.addClient.title": { es: "Nuevo cliente clave", en: "New key client" },
  "ui.addClient.name": { es: "Nombre del cliente", en: "Client name" },
  "ui.addClient.name.manager": { es: "Nombre de tu manager", en: "Your manager's name" },
  "ui.addClient.name.peers": { es: "Tus compañeros (nombre del grupo)", en: "Your peers (name of the group)" },
  "ui.addClient.name.team": { es: "Tu equipo (nombre)", en: "Your team (name)" },
  "ui.addClient.owner": { es: "Responsable", en: "Owner" },
  "ui.addClient.sector": { es: "Sector", en: "Sector" },
  "ui.addClient.direction": { es: "Dirección", en: "Direction" },
  "ui.addClient.kind": { es: "Tipo", en: "Type" },
  "ui.addClient.knowledge": { es: "Conocimiento (0–10, opcional)", en: "Knowledge (0–10, optional)" },
  "ui.addClient.trust": { es: "Confianza (0–10, opcional)", en: "Trust (0–10, optional)" },
  "ui.addClient.submit": { es: "Añadir cliente", en: "Add client" },
  "ui.addClient.added": {
    es: "«{name}» añadido con sus hojas Ver, Ajustar y Medir.",
    en: "“{name}” added with its See, Adjust and Measure sheets.",
  },
  "ui.form.fix": { es: "Revisa los campos marcados.", en: "Check the marked fields." },
};

/** Client view: navigation, scores, snapshot, quick action, archive. */
const CLIENT: MessageSet = {
  "ui.client.back": { es: "Volver a la cartera", en: "Back to the portfolio" },
  "ui.client.sheets": { es: "Ir a la hoja", en: "Go to sheet" },
  "ui.client.goTo": { es: "{phase}", en: "{phase}" },
  "ui.client.goToLabel": { es: "Ir a la hoja {phase} de {name}", en: "Go to the {phase} sheet of {name}" },
  "ui.client.details": { es: "{direction} · {owner}", en: "{direction} · {owner}" },
  "ui.client.noOwner": { es: "sin responsable", en: "no owner" },
  "ui.client.scores": { es: "Puntuaciones (0–10)", en: "Scores (0–10)" },
  "ui.client.knowledge": { es: "Conocimiento", en: "Knowledge" },
  "ui.client.trust": { es: "Confianza", en: "Trust" },
  "ui.client.saveScores": { es: "Guardar puntuaciones", en: "Save scores" },
  "ui.client.scoresSaved": { es: "Puntuaciones de «{name}» guardadas.", en: "Scores of “{name}” saved." },
  "ui.client.snapshot": { es: "Instantánea de puntuaciones", en: "Score snapshot" },
  "ui.client.period": { es: "Periodo", en: "Period" },
  "ui.client.note": { es: "Nota (opcional)", en: "Note (optional)" },
  "ui.client.saveSnapshot": { es: "Guardar instantánea", en: "Save snapshot" },
  "ui.client.periodRequired": {
    es: "Escribe el periodo, por ejemplo {example}.",
    en: "Enter the period, e.g. {example}.",
  },
  "ui.client.snapshotSaved": {
    es: "Instantánea «{period}» guardada en el historial de «{name}».",
    en: "Snapshot “{period}” saved in the history of “{name}”.",
  },
  "ui.client.action": { es: "Añadir acción", en: "Add action" },
  "ui.client.actionText": { es: "Acción", en: "Action" },
  "ui.client.level": { es: "Nivel de la pirámide", en: "Pyramid level" },
  "ui.client.actionOwner": { es: "Responsable", en: "Owner" },
  "ui.client.due": { es: "Fecha límite", en: "Due date" },
  "ui.client.addAction": { es: "Añadir acción", en: "Add action" },
  "ui.client.actionRequired": { es: "Describe la acción.", en: "Describe the action." },
  "ui.client.levelRequired": { es: "Elige un nivel de la pirámide.", en: "Choose a pyramid level." },
  "ui.client.actionAdded": { es: "Acción añadida al plan de «{name}».", en: "Action added to the plan of “{name}”." },
  "ui.client.figures": {
    es: "{open} acciones abiertas, {overdue} vencidas",
    en: "{open} open actions, {overdue} overdue",
  },
  "ui.client.archive": { es: "Archivar cliente", en: "Archive client" },
  "ui.client.archived": {
    es: "«{name}» archivado: sus hojas quedan ocultas. Puedes restaurarlo desde Archivados.",
    en: "“{name}” archived: its sheets are hidden. You can restore it from Archived.",
  },
  "ui.client.missing": {
    es: "Este cliente ya no está en el libro (quizá otra persona lo ha eliminado). Vuelve a la cartera.",
    en: "This client is no longer in the workbook (someone else may have deleted it). Go back to the portfolio.",
  },
  "ui.client.repair": { es: "Reparar hojas", en: "Repair sheets" },
  "ui.client.incomplete": {
    es: "Las hojas de este cliente no se terminaron de crear (se interrumpió la operación). Pulsa Reparar hojas para completarlas.",
    en: "This client's sheets were not finished (the operation was interrupted). Select Repair sheets to complete them.",
  },
  "ui.client.unnamed": {
    es: "Cliente sin nombre (falta su hoja Ver)",
    en: "Client without a name (its Ver sheet is missing)",
  },
  "ui.client.repaired": {
    es: "Hojas de «{name}» revisadas: se ha repuesto lo que faltaba.",
    en: "Sheets of “{name}” checked: whatever was missing is back.",
  },
};

/** Errors the pane reports itself (the use cases' own issues carry their own codes). */
const ERRORS: MessageSet = {
  "ui.error.unexpected": {
    es: "Algo ha fallado al hablar con Excel ({detail}). Vuelve a intentarlo; si se repite, cierra y abre el panel.",
    en: "Something failed while talking to Excel ({detail}). Try again; if it happens again, close and reopen the pane.",
  },
  "ui.error.unknownIssue": {
    es: "La operación no se completó ({code}). Vuelve a intentarlo; si se repite, cierra y abre el panel.",
    en: "The operation did not complete ({code}). Try again; if it happens again, close and reopen the pane.",
  },
  "ui.error.readFailed": {
    es: "No se pudo leer el plan del libro. Pulsa Reintentar; si Excel está editando una celda, pulsa Intro o Esc antes.",
    en: "The plan could not be read from the workbook. Select Try again; if Excel is editing a cell, press Enter or Esc first.",
  },
};

/** Task pane messages, es/en. */
export const UI_MESSAGES: MessageSet = {
  ...SHELL,
  ...SETUP,
  ...PORTFOLIO,
  ...ADD_CLIENT,
  ...CLIENT,
  ...UI_CLIENT_TOOLS,
  ...UI_YEAR_END,
  ...ERRORS,
};
