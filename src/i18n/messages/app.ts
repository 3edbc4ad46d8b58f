/** Messages of the use cases (src/app): what stopped an operation, or what to know about it, and what to do. */
import type { MessageSet } from "../catalogue";

/** Use-case messages, es/en. */
export const APP_MESSAGES: MessageSet = {
  "app.planMissing": {
    es: "Este libro todavía no tiene un plan. Usa «Configurar plan» primero.",
    en: "This workbook has no plan yet. Use “Set up plan” first.",
  },
  "app.clientNotFound": {
    es: "No se encuentra el cliente en el libro (quizá otra persona lo borró). Actualiza la vista.",
    en: "The client cannot be found in the workbook (someone may have deleted it). Refresh the view.",
  },
  "app.clientIdInUse": {
    es: "Ya hay otro cliente con el identificador «{id}». Cierra el formulario y vuelve a abrirlo para añadir el cliente.",
    en: "Another client already has the id “{id}”. Close the form and open it again to add the client.",
  },
  "app.clientIncomplete": {
    es: "«{name}» quedó a medio crear. Usa «Reparar» (o vuelve a añadirlo) para completarlo.",
    en: "“{name}” was left half-built. Use “Repair” (or add it again) to complete it.",
  },
  "app.confirmationMismatch": {
    es: "Para borrar el cliente para siempre, escribe su nombre exacto: «{name}». No se ha borrado nada.",
    en: "To delete the client for good, type its exact name: “{name}”. Nothing was deleted.",
  },
  "app.nameBlank": {
    es: "El nombre no puede quedar vacío. Escribe el nombre del cliente.",
    en: "The name cannot be blank. Type the client's name.",
  },
  "app.languageFixed": {
    es: "El idioma del plan ya está fijado ({language}): las etiquetas del libro están en ese idioma. Se han guardado el año y el objetivo.",
    en: "The plan language is already set ({language}): the workbook's labels are in it. The year and target were saved.",
  },
  "app.repairBlocked": {
    es: "No se recreó la tabla {what} en «{sheet}»: hay datos escritos en {cell}, donde iría. Mueve esos datos y vuelve a usar «Reparar».",
    en: "Table {what} was not recreated on “{sheet}”: there is data in {cell}, where it would go. Move that data and use “Repair” again.",
  },
  "app.noClientsSelected": {
    es: "No hay clientes activos que guardar. Elige al menos un cliente.",
    en: "There are no active clients to save. Choose at least one client.",
  },
  "app.periodBlank": {
    es: "Escribe el periodo de la foto de puntuaciones (por ejemplo «2027-T1»).",
    en: "Type the period of the score snapshot (for example “2027-Q1”).",
  },
  "app.sheetMissing": {
    es: "No se encuentra la hoja {phase} del cliente. Usa «Reparar» para volver a crearla.",
    en: "The client's {phase} sheet cannot be found. Use “Repair” to recreate it.",
  },
  "app.cellMissing": {
    es: "No se encuentra en el libro la celda {what}. Usa «Reparar» para volver a crearla.",
    en: "Cell {what} cannot be found in the workbook. Use “Repair” to recreate it.",
  },
  "app.tableMissing": {
    es: "No se encuentra la tabla {what}. Usa «Reparar» para volver a crearla.",
    en: "Table {what} cannot be found. Use “Repair” to recreate it.",
  },
  "app.identityLost": {
    es: "Este cliente perdió su hoja Ver (quedan {sheets}) y con ella su nombre, responsable y puntuaciones, así que no se puede hacer esto ni repararlo sin inventarlos; no se ha cambiado nada. Recupera la hoja desde el historial de versiones del archivo, o usa «Cambiar el nombre» con el nombre del cliente para crear una hoja Ver vacía: Ajustar y Medir conservan todo.",
    en: "This client lost its Ver sheet ({sheets} are left), and with it its name, owner and scores, so this cannot be done, nor the client repaired, without making them up; nothing was changed. Restore the sheet from the file's version history, or use “Rename” with the client's name to create an empty Ver sheet: Ajustar and Medir keep everything.",
  },
  "app.identityRestored": {
    es: "Se creó de nuevo la hoja Ver de «{name}», vacía: vuelve a escribir su responsable, dirección, tipo y puntuaciones. Ajustar y Medir conservan todo.",
    en: "The Ver sheet of “{name}” was created again, empty: type its owner, direction, kind and scores again. Ajustar and Medir keep everything.",
  },
  "app.actionBlank": {
    es: "Escribe la acción.",
    en: "Type the action.",
  },
};
