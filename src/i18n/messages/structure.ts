/**
 * Messages of the workbook reader's findings (src/layout/read-findings.ts): what the add-in found in the
 * workbook, then what to do. `{what}` is the defined name, table or header concerned; `{value}` the cell content.
 */
import type { MessageSet } from "../catalogue";

/** Structure messages, es/en. */
export const STRUCTURE_MESSAGES: MessageSet = {
  "structure.notAPlan": {
    es: "Este libro no tiene un plan V.A.M. Usa «Configurar plan» para crearlo; no se borrará nada de lo que ya hay.",
    en: "This workbook has no V.A.M. plan. Use “Set up plan” to create one; nothing already in it will be deleted.",
  },
  "structure.settingMissing": {
    es: "Falta el ajuste «{what}»; se usa el valor por defecto. Revisa los ajustes del plan y usa «Reparar».",
    en: "The “{what}” setting is missing; the default is used. Check the plan settings and use “Repair”.",
  },
  "structure.settingInvalid": {
    es: "El ajuste «{what}» tiene «{value}», que no sirve; se usa el valor por defecto. Corrígelo en la hoja Cartera.",
    en: "The “{what}” setting holds “{value}”, which cannot be used; the default is used. Fix it on the Portfolio sheet.",
  },
  "structure.portfolioMissing": {
    es: "No se encuentra la tabla de la cartera ({what}). Usa «Reparar» para volver a crearla a partir de las hojas de cada cliente.",
    en: "The portfolio table ({what}) cannot be found. Use “Repair” to rebuild it from each client's sheets.",
  },
  "structure.portfolioRowOrphan": {
    es: "Una fila de la cartera lleva el id «{what}», pero ningún cliente tiene ese id. Bórrala o usa «Reparar».",
    en: "A portfolio row carries the id “{what}”, but no client has that id. Delete it or use “Repair”.",
  },
  "structure.portfolioRowMissing": {
    es: "Un cliente no aparece en la tabla de la cartera. Usa «Reparar» para añadir su fila.",
    en: "A client is missing from the portfolio table. Use “Repair” to add its row.",
  },
  "structure.portfolioRowDuplicate": {
    es: "El id «{what}» aparece en más de una fila de la cartera; cuenta la primera. Borra las repetidas.",
    en: "The id “{what}” appears in more than one portfolio row; the first one counts. Delete the repeated ones.",
  },
  "structure.identityMissing": {
    es: "Hay tablas o nombres de un cliente sin su nombre ({what}), así que no se puede leer. Usa «Reparar» o recupera una versión anterior.",
    en: "There are tables or names of a client without its name ({what}), so it cannot be read. Use “Repair” or restore an earlier version.",
  },
  "structure.leftover": {
    es: "Quedan restos de un cliente que no se terminó de añadir o de borrar ({what}); no guardan nada escrito. Usa «Reparar» para quitarlos.",
    en: "Leftovers remain of a client that was never fully added or deleted ({what}); they hold nothing typed. Use “Repair” to remove them.",
  },
  "structure.identityLost": {
    es: "Se borró la hoja Ver de un cliente (quedan sus hojas {what}) y con ella su nombre, responsable, puntuaciones y las tablas de Ver: «Reparar» no puede recuperarlos sin inventarlos. Recupera la hoja desde el historial de versiones del archivo, o abre el cliente y usa «Cambiar el nombre» con su nombre: se crea una hoja Ver vacía y Ajustar y Medir conservan todo (si ya no lo necesitas, luego puedes archivarlo y borrarlo).",
    en: "A client's Ver sheet was deleted (its sheets {what} are left), and with it its name, owner, scores and Ver's tables: “Repair” cannot recover them without making them up. Restore the sheet from the file's version history, or open the client and use “Rename” with its name: an empty Ver sheet is created, and Ajustar and Medir keep everything (if you no longer need it, you can then archive and delete it).",
  },
  "structure.sheetMissing": {
    es: "No se encuentra una de las hojas del cliente ({what}). Usa «Reparar» para volver a crearla.",
    en: "One of the client's sheets ({what}) cannot be found. Use “Repair” to create it again.",
  },
  "structure.nameMissing": {
    es: "Falta el nombre definido «{what}». Usa «Reparar» para volver a crearlo.",
    en: "The defined name “{what}” is missing. Use “Repair” to create it again.",
  },
  "structure.nameBroken": {
    es: "El nombre definido «{what}» ya no apunta a ninguna celda (#¡REF!). Usa «Reparar» para volver a crearlo.",
    en: "The defined name “{what}” no longer points to a cell (#REF!). Use “Repair” to create it again.",
  },
  "structure.tableMissing": {
    es: "Falta la tabla «{what}». Usa «Reparar» para volver a crearla vacía.",
    en: "The table “{what}” is missing. Use “Repair” to create it again, empty.",
  },
  "structure.headersUnknown": {
    es: "Ningún encabezado de la tabla «{what}» es reconocible, así que no se puede leer. Devuelve sus encabezados originales.",
    en: "None of the headers of the table “{what}” is recognisable, so it cannot be read. Restore its original headers.",
  },
  "structure.columnMissing": {
    es: "Falta la columna «{what}» en una tabla; se lee vacía. Vuelve a añadirla con ese encabezado.",
    en: "The column “{what}” is missing from a table; it reads as empty. Add it back with that header.",
  },
  "structure.columnUnknown": {
    es: "Se ignora la columna «{what}»: no es de la plantilla. Puedes dejarla; el complemento no la usa.",
    en: "The column “{what}” is ignored: it is not part of the template. You may keep it; the add-in does not use it.",
  },
  "structure.columnDuplicate": {
    es: "La columna «{what}» repite otra de la misma tabla; cuenta la primera. Borra o renombra la repetida.",
    en: "The column “{what}” repeats another one of the same table; the first one counts. Delete or rename the repeated one.",
  },
  "structure.labelNotInList": {
    es: "«{value}» no es un valor de la lista, así que las fórmulas del libro no lo cuentan. Elige el valor en la lista desplegable.",
    en: "“{value}” is not a value of the list, so the workbook's formulas do not count it. Pick the value from the drop-down.",
  },
  "structure.labelUnknown": {
    es: "«{value}» no corresponde a ningún valor de la lista; se lee vacío. Elige un valor en la lista desplegable.",
    en: "“{value}” matches no value of the list; it reads as empty. Pick a value from the drop-down.",
  },
  "structure.valueMissing": {
    es: "La celda «{what}» está vacía; se usa el valor por defecto. Elige un valor en la lista desplegable.",
    en: "The cell “{what}” is empty; the default is used. Pick a value from the drop-down.",
  },
  "structure.scoreInvalid": {
    es: "«{value}» no es una puntuación entera de 0 a 10; se lee sin puntuar. Escribe un número entero de 0 a 10.",
    en: "“{value}” is not a whole-number score from 0 to 10; it reads as not scored. Type a whole number from 0 to 10.",
  },
  "structure.numberInvalid": {
    es: "«{value}» no es un número; se lee vacío. Escribe un número sin texto.",
    en: "“{value}” is not a number; it reads as empty. Type a number without text.",
  },
  "structure.dateAsText": {
    es: "La fecha «{value}» está escrita como texto, así que las fórmulas del libro no la ven. Vuelve a escribirla como fecha.",
    en: "The date “{value}” is stored as text, so the workbook's formulas do not see it. Type it again as a date.",
  },
  "structure.dateInvalid": {
    es: "«{value}» no es una fecha; se lee vacía. Escribe una fecha válida.",
    en: "“{value}” is not a date; it reads as empty. Type a valid date.",
  },
};
