/** Messages of client import from CSV or pasted cells (src/domain/client-csv.ts): what is wrong, what to do. */
import type { MessageSet } from "../catalogue";

/** Import messages, es/en. */
export const IMPORT_MESSAGES: MessageSet = {
  "import.empty": {
    es: "El archivo está vacío. Guarda en él la tabla de clientes, con una fila de encabezados (Cliente, Responsable…).",
    en: "The file is empty. Save the client table in it, with a header row (Client, Owner…).",
  },
  "import.binary": {
    es: "El archivo no es texto (¿es un .xlsx?). En Excel, usa Guardar como › CSV UTF-8 (delimitado por comas) e impórtalo.",
    en: "The file is not text (is it an .xlsx?). In Excel, use Save As › CSV UTF-8 (Comma delimited) and import that.",
  },
  "import.noClientColumn": {
    es: "No hay columna Cliente. La primera fila debe ser de encabezados e incluir «Cliente» (o «Client»); se encontró: {columns}.",
    en: "There is no Client column. The first row must be headers and include “Client” (or “Cliente”); found: {columns}.",
  },
  "import.noRows": {
    es: "El archivo solo tiene encabezados. Añade una fila por cliente debajo de ellos.",
    en: "The file has headers only. Add one row per client below them.",
  },
  "import.unknownColumn": {
    es: "Se ignora la columna «{column}»: no es Cliente, Responsable, Sector, Dirección, Tipo, Conocimiento ni Confianza.",
    en: "Column “{column}” is ignored: it is not Client, Owner, Sector, Direction, Type, Knowledge or Trust.",
  },
  "import.repeatedColumn": {
    es: "La columna «{column}» aparece más de una vez; se usa la primera. Borra o renombra la repetida.",
    en: "Column “{column}” appears more than once; the first is used. Delete or rename the repeated one.",
  },
  "import.blankName": {
    es: "Falta el nombre del cliente. Escríbelo en la columna Cliente o borra la fila.",
    en: "The client name is missing. Type it in the Client column or delete the row.",
  },
  "import.duplicateName": {
    es: "«{name}» ya aparece en la línea {line} (sin distinguir mayúsculas). Deja una sola fila por cliente.",
    en: "“{name}” already appears on line {line} (ignoring case). Keep one row per client.",
  },
  "import.nameExists": {
    es: "«{name}» ya está en el plan. Cambia el nombre o quita la fila.",
    en: "“{name}” is already in the plan. Change the name or remove the row.",
  },
  "import.scoreNotWhole": {
    es: "{column} «{value}» no es un número entero. Escribe un entero de 0 a 10 (por ejemplo 7), o déjalo en blanco si aún no lo has puntuado.",
    en: "{column} “{value}” is not a whole number. Type a whole number from 0 to 10 (for example 7), or leave it blank if not scored yet.",
  },
  "import.scoreOutOfRange": {
    es: "{column} «{value}» está fuera de la escala. Escribe un entero de 0 a 10.",
    en: "{column} “{value}” is off the scale. Type a whole number from 0 to 10.",
  },
  "import.unknownDirection": {
    es: "Dirección «{value}» desconocida. Usa Cliente, Manager, Compañeros o Equipo.",
    en: "Unknown direction “{value}”. Use Client, Manager, Peers or Team.",
  },
  "import.unknownKind": {
    es: "Tipo «{value}» desconocido. Usa externo o interno.",
    en: "Unknown type “{value}”. Use external or internal.",
  },
  "import.badQuotes": {
    es: 'Hay comillas sin cerrar o mal puestas en esta fila; puede haber absorbido las filas siguientes. Cierra las comillas ("" dentro de un campo entre comillas).',
    en: 'This row has an unclosed or misplaced quote; it may have swallowed the rows after it. Close the quotes ("" inside a quoted field).',
  },
  "import.tooLong": {
    es: "La columna «{column}» tiene más de {max} caracteres, el máximo de una celda de Excel. Acórtala.",
    en: "Column “{column}” has more than {max} characters, the most an Excel cell holds. Shorten it.",
  },
};
