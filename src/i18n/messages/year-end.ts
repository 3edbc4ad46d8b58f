/**
 * Messages of the December workflows, es/en: the roll-forward's validation (`rollover.*`) and the
 * `vam-plan rollover` and `vam-plan report` commands (`cli.*` codes they add).
 */
import type { MessageSet } from "../catalogue";

/** Roll-forward validation messages (src/domain/roll-forward.ts); the task pane shows them too. */
export const ROLLOVER_MESSAGES: MessageSet = {
  "rollover.yearOutOfRange": {
    es: "El año {year} no es válido: escribe un año de {min} a {max}.",
    en: "The year {year} is not valid: type a year from {min} to {max}.",
  },
  "rollover.yearNotAfter": {
    es: "El plan es de {planYear}; el año nuevo debe ser posterior ({year} no lo es). Indica otro año.",
    en: "The plan is for {planYear}; the new year must come after it ({year} does not). Give another year.",
  },
  "rollover.closingDateInvalid": {
    es: "«{date}» no es una fecha de cierre válida: usa AAAA-MM-DD.",
    en: "“{date}” is not a valid closing date: use YYYY-MM-DD.",
  },
  "rollover.periodBlank": {
    es: "Falta el nombre del periodo de la instantánea de cierre.",
    en: "The closing snapshot needs a period name.",
  },
};

/** Usage and file messages the newer commands add. */
const COMMAND_MESSAGES: MessageSet = {
  "cli.unknownOptionOf": {
    es: "Opción desconocida {option} para {command}. Sus opciones son {options}.",
    en: "Unknown option {option} for {command}. Its options are {options}.",
  },
  "cli.missingOptionOf": {
    es: "Falta {option}, que es obligatoria para {command}.",
    en: "{option} is required for {command}.",
  },
  "cli.badDate": {
    es: "{option} «{value}» no es una fecha válida: usa AAAA-MM-DD.",
    en: "{option} “{value}” is not a valid date: use YYYY-MM-DD.",
  },
  "cli.blankClient": {
    es: "--client está vacío: escribe el nombre del cliente.",
    en: "--client is blank: type the client's name.",
  },
  "cli.sameInOut": {
    es: "--out es el mismo archivo que --in («{path}»): el plan de partida no se toca. Elige otro nombre para --out.",
    en: "--out is the same file as --in (“{path}”): the plan you start from is never changed. Choose another name for --out.",
  },
  "cli.notXlsx": {
    es: "No se puede leer «{path}» como libro de Excel (.xlsx): {reason}. Ábrelo en Excel y guárdalo como «Libro de Excel».",
    en: "“{path}” cannot be read as an Excel workbook (.xlsx): {reason}. Open it in Excel and save it as “Excel Workbook”.",
  },
  "cli.notAPlan": {
    es: "«{path}» no contiene un plan V.A.M. (ningún ajuste, tabla o cliente del complemento). Indica el libro del plan.",
    en: "“{path}” holds no V.A.M. plan (no setting, table or client of the add-in). Give the plan's workbook.",
  },
  "cli.finding": { es: "Aviso ({where}): {text}", en: "Warning ({where}): {text}" },
  "cli.findingClient": { es: "cliente «{name}»", en: "client “{name}”" },
  "cli.findingRow": { es: "fila {row}", en: "row {row}" },
  "cli.moreFindings": {
    es: "… y {count} aviso(s) más sobre el contenido del libro.",
    en: "… and {count} more warning(s) about the workbook's content.",
  },
  "cli.valuesNotRead": {
    es: "Los valores que no se pudieron leer no pasan al libro nuevo; siguen en «{path}».",
    en: "Values that could not be read are not carried into the new workbook; they remain in “{path}”.",
  },
};

/** `vam-plan rollover` and `vam-plan report`: outcomes and summaries. */
const OUTCOME_MESSAGES: MessageSet = {
  "cli.rollover.refused": {
    es: "No se ha creado el plan nuevo: {reason}",
    en: "No new plan was built: {reason}",
  },
  "cli.rollover.built": {
    es: "Plan {year} creado a partir del plan {fromYear} ({input}): {path} ({size})",
    en: "Plan {year} built from the {fromYear} plan ({input}): {path} ({size})",
  },
  "cli.rollover.clients": {
    es: "  Clientes: {clients} (archivados: {archived}) · instantánea «{period}» del {date}: {snapshots}",
    en: "  Clients: {clients} (archived: {archived}) · “{period}” snapshot of {date}: {snapshots}",
  },
  "cli.rollover.carried": {
    es: "  Pasan a {year}: acciones abiertas {actions} · decepciones abiertas {disappointments} · compromisos sin revisar {commitments} · personas {people} · reuniones ya previstas {meetings} · indicadores {indicators} (línea base: la última cifra de {fromYear})",
    en: "  Carried into {year}: open actions {actions} · open disappointments {disappointments} · unreviewed commitments {commitments} · people {people} · meetings already planned {meetings} · indicators {indicators} (baseline: the latest figure of {fromYear})",
  },
  "cli.rollover.left": {
    es: "  Se quedan en el plan {fromYear}: acciones hechas o canceladas {actions} · decepciones resueltas {disappointments} · compromisos revisados {commitments} · feedback {feedback} · reuniones {meetings} · cifras trimestrales {quarters}",
    en: "  Left in the {fromYear} plan: done or cancelled actions {actions} · resolved disappointments {disappointments} · reviewed commitments {commitments} · feedback {feedback} · meetings {meetings} · quarterly figures {quarters}",
  },
  "cli.report.noClients": {
    es: "El plan de «{path}» no tiene clientes: no hay de quién hacer el informe.",
    en: "The plan in “{path}” has no clients: there is no one to report on.",
  },
  "cli.report.unknownClient": {
    es: "El plan no tiene ningún cliente «{name}». Usa uno de estos nombres en --client:\n{clients}",
    en: "The plan has no client “{name}”. Give one of these names to --client:\n{clients}",
  },
  "cli.report.ambiguousClient": {
    es: "Hay {count} clientes que se llaman «{name}» (sin distinguir mayúsculas). Cambia el nombre de uno en su hoja Ver y vuelve a intentarlo.",
    en: "{count} clients are called “{name}” (ignoring case). Rename one on its See sheet and try again.",
  },
  "cli.report.built": {
    es: "Informe de «{client}» (plan {year}, {date}) creado: {path} ({size})",
    en: "Report on “{client}” (plan {year}, {date}) built: {path} ({size})",
  },
  "cli.report.withheld": {
    es: "  Fuera del informe: filas marcadas como confidenciales {rows} · personas del mapa de influencia {people} · el acuerdo de trabajo y las notas internas",
    en: "  Left out of the report: rows flagged confidential {rows} · people of the influence map {people} · the working agreement and internal notes",
  },
};

/** Every December-workflow message, es/en. */
export const YEAR_END_MESSAGES: MessageSet = { ...ROLLOVER_MESSAGES, ...COMMAND_MESSAGES, ...OUTCOME_MESSAGES };
