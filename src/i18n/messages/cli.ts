/** Messages of the `vam-plan` command line (src/cli), es/en: what happened and what to do. */
import type { MessageSet } from "../catalogue";

const HELP_ES = `vam-plan {version}: crea el libro de planificación V.A.M. (Ver, Ajustar, Medir) a partir de un CSV de clientes,
lo pasa al año siguiente y prepara informes para compartir.

Uso:
  vam-plan build --clients <clientes.csv> --out <plan.xlsx> [opciones]
  vam-plan rollover --in <plan.xlsx> --out <plan-nuevo.xlsx> [--year <año>] [--closing-date <AAAA-MM-DD>]
  vam-plan report --in <plan.xlsx> --client <nombre> --out <informe.xlsx> [--date <AAAA-MM-DD>] [--lang es|en]
  vam-plan --help | --version

Opciones de build:
  --clients <archivo.csv>   una fila por cliente clave; encabezados Cliente (obligatorio), Responsable, Sector,
                            Dirección, Tipo, Conocimiento, Confianza. Separador ; , o tabulador; UTF-8 con o sin BOM.
  --out <archivo.xlsx>      libro que se crea (si existe, se reemplaza)
  --detail <archivo.json>   personas, acciones, decepciones, compromisos, feedback e historial por cliente
                            (formato en examples/README.md)
  --year <año>              año del plan; por defecto el próximo desde octubre, si no el actual
  --lang es|en              idioma del libro y de los mensajes (por defecto es)
  --target <0-10>           puntuación objetivo (por defecto 9)

Las filas con errores se indican en la salida de errores con su número de línea y no se crean; el resto, sí.

rollover (Nuevo año) crea el plan del año siguiente en otro archivo: instantánea de cierre de las puntuaciones,
acciones, decepciones y compromisos abiertos, personas, servicios, acuerdo de trabajo e indicadores (la última
cifra del año pasa a ser la línea base). --in no se modifica: sigue siendo el plan del año pasado.
  --year <año>              año del plan nuevo; por defecto, el del plan + 1
  --closing-date <fecha>    fecha de la instantánea de cierre; por defecto, hoy

report (Informe para compartir) crea un libro con una sola hoja imprimible para el cliente o el patrocinador,
sin nada confidencial (actitudes, filas marcadas como confidenciales, notas internas).
  --client <nombre>         el cliente, sin distinguir mayúsculas ni espacios al principio o al final
  --date <fecha>            fecha del informe; por defecto, hoy
  --lang es|en              idioma del informe y de los mensajes; por defecto, el informe va en el idioma del plan

Código de salida: 0 libro creado; 1 la entrada no se pudo leer o no permite crear el libro (por ejemplo, un
cliente que no está en el plan); 2 uso incorrecto.`;

const HELP_EN = `vam-plan {version}: builds the V.A.M. (See, Adjust, Measure) planning workbook from a CSV of clients,
rolls it into the next year and prepares shareable reports.

Usage:
  vam-plan build --clients <clients.csv> --out <plan.xlsx> [options]
  vam-plan rollover --in <plan.xlsx> --out <next-plan.xlsx> [--year <year>] [--closing-date <YYYY-MM-DD>]
  vam-plan report --in <plan.xlsx> --client <name> --out <report.xlsx> [--date <YYYY-MM-DD>] [--lang es|en]
  vam-plan --help | --version

Build options:
  --clients <file.csv>      one row per key client; headers Client (required), Owner, Sector, Direction, Type,
                            Knowledge, Trust (Spanish headers work too). Separator ; , or tab; UTF-8 with or without BOM.
  --out <file.xlsx>         workbook to create (replaced if it exists)
  --detail <file.json>      people, actions, disappointments, commitments, feedback and score history per client
                            (format in examples/README.md)
  --year <year>             plan year; default next year from October on, else this year
  --lang es|en              language of the workbook and of the messages (default es)
  --target <0-10>           target score (default 9)

Rows with errors are listed on stderr with their line number and skipped; every other row is built.

rollover (New year) builds next year's plan in another file: a closing snapshot of the scores, open actions,
disappointments and commitments, people, services, the working agreement and the indicators (the year's latest
figure becomes the baseline). --in is not changed: it stays last year's plan.
  --year <year>             the new plan's year; default the plan's year + 1
  --closing-date <date>     date of the closing snapshot; default today

report (Shareable report) builds a workbook with one printable sheet for the client or the sponsor, without
anything confidential (attitudes, rows flagged confidential, internal notes).
  --client <name>           the client, ignoring case and spaces at either end
  --date <date>             the report's date; default today
  --lang es|en              language of the report and of the messages; by default the report is in the plan's language

Exit code: 0 workbook built; 1 input unreadable or not usable to build the workbook (e.g. a client the plan does
not have); 2 wrong usage.`;

/** Command-line messages, es/en. */
export const CLI_MESSAGES: MessageSet = {
  "cli.help": { es: HELP_ES, en: HELP_EN },
  "cli.seeHelp": { es: "Escribe vam-plan --help para ver el uso.", en: "Run vam-plan --help for usage." },
  "cli.internalError": {
    es: "vam-plan: error interno; por favor, informa de él con este detalle:\n{detail}",
    en: "vam-plan: internal error; please report it with this detail:\n{detail}",
  },
  "cli.noCommand": {
    es: "Falta la orden: escribe vam-plan build …, vam-plan rollover … o vam-plan report ….",
    en: "The command is missing: type vam-plan build …, vam-plan rollover … or vam-plan report ….",
  },
  "cli.unknownCommand": {
    es: "Orden desconocida «{command}». Las órdenes son build, rollover y report.",
    en: "Unknown command “{command}”. The commands are build, rollover and report.",
  },
  "cli.unexpectedArgument": {
    es: "Argumento de más «{argument}». Si es un nombre de archivo, ponlo tras --clients, --out o --detail.",
    en: "Extra argument “{argument}”. If it is a file name, put it after --clients, --out or --detail.",
  },
  "cli.unknownOption": {
    es: "Opción desconocida {option}. Las opciones son --clients, --out, --detail, --year, --lang, --target, --help y --version.",
    en: "Unknown option {option}. The options are --clients, --out, --detail, --year, --lang, --target, --help and --version.",
  },
  "cli.missingValue": { es: "Falta el valor de {option}.", en: "{option} needs a value." },
  "cli.unexpectedValue": { es: "{option} no lleva valor.", en: "{option} takes no value." },
  "cli.missingOption": { es: "Falta {option}, que es obligatoria para build.", en: "{option} is required for build." },
  "cli.outNotXlsx": {
    es: "«{path}» no termina en .xlsx; Excel no abriría el libro. Usa un nombre acabado en .xlsx.",
    en: "“{path}” does not end in .xlsx; Excel would not open it. Use a name ending in .xlsx.",
  },
  "cli.badLang": { es: "Idioma «{value}» no válido: usa es o en.", en: "Invalid language “{value}”: use es or en." },
  "cli.badYear": {
    es: "Año «{value}» no válido: escribe un año de {min} a {max}.",
    en: "Invalid year “{value}”: type a year from {min} to {max}.",
  },
  "cli.badTarget": {
    es: "Objetivo «{value}» no válido: escribe un número entero de {min} a {max}.",
    en: "Invalid target “{value}”: type a whole number from {min} to {max}.",
  },
  "cli.cannotRead": { es: "No se puede leer «{path}»: {reason}", en: "Cannot read “{path}”: {reason}" },
  "cli.cannotWrite": { es: "No se puede escribir «{path}»: {reason}", en: "Cannot write “{path}”: {reason}" },
  "cli.file.ENOENT": {
    es: "no existe. Revisa la ruta y el nombre.",
    en: "it does not exist. Check the path and the name.",
  },
  "cli.file.EACCES": { es: "no tienes permiso. Revisa los permisos.", en: "permission denied. Check the permissions." },
  "cli.file.EPERM": { es: "no tienes permiso. Revisa los permisos.", en: "permission denied. Check the permissions." },
  "cli.file.EISDIR": { es: "es una carpeta. Indica un archivo.", en: "it is a folder. Give a file." },
  "cli.file.EBUSY": {
    es: "está en uso (¿abierto en Excel?). Ciérralo y vuelve a intentarlo.",
    en: "it is in use (open in Excel?). Close it and try again.",
  },
  "cli.file.ENOSPC": { es: "no queda espacio en el disco.", en: "the disk is full." },
  "cli.file.EROFS": { es: "el disco es de solo lectura.", en: "the disk is read-only." },
  "cli.file.other": { es: "error del sistema {code}.", en: "system error {code}." },
  "cli.legacyEncoding": {
    es: "Aviso: «{path}» no está en UTF-8; se lee como Windows-1252 (el «CSV» clásico de Excel). Si ves letras raras, guárdalo como «CSV UTF-8».",
    en: "Warning: “{path}” is not UTF-8; it is read as Windows-1252 (Excel's classic “CSV”). If letters look wrong, save it as “CSV UTF-8”.",
  },
  "cli.csvUnreadable": { es: "No se puede usar «{path}»: {reason}", en: "Cannot use “{path}”: {reason}" },
  "cli.warning": { es: "Aviso: {text}", en: "Warning: {text}" },
  "cli.rejectedRow": { es: "Línea {line} «{name}»: {reason}", en: "Line {line} “{name}”: {reason}" },
  "cli.rejectedRowNoName": { es: "Línea {line}: {reason}", en: "Line {line}: {reason}" },
  "cli.rejectedCount": {
    es: "{count} fila(s) no se importaron; corrígelas y vuelve a crear el libro para incluirlas.",
    en: "{count} row(s) were not imported; fix them and build the workbook again to include them.",
  },
  "cli.nothingBuilt": {
    es: "No se ha creado el libro: no hay ninguna fila de cliente válida. Corrige las filas indicadas.",
    en: "No workbook was built: there is no valid client row. Fix the rows listed above.",
  },
  "cli.detailUnreadable": {
    es: "No se puede usar «{path}» ({at}): {reason}",
    en: "Cannot use “{path}” ({at}): {reason}",
  },
  "cli.detailIssue": {
    es: "Aviso: {path}, {at}: {reason} Se omite ese elemento.",
    en: "Warning: {path}, {at}: {reason} That item is left out.",
  },
  "cli.detailUnmatched": {
    es: "el detalle de «{name}» no corresponde a ningún cliente creado (¿nombre distinto en el CSV, o fila rechazada?).",
    en: "the detail for “{name}” matches no client built (a different name in the CSV, or a rejected row?).",
  },
  "cli.detail.notJson": {
    es: "no es JSON válido ({reason}). Revisa comas, comillas y llaves.",
    en: "not valid JSON ({reason}). Check commas, quotes and braces.",
  },
  "cli.detail.notObject": {
    es: 'debe ser un objeto JSON { "version": 1, "clients": { … } }.',
    en: 'must be a JSON object { "version": 1, "clients": { … } }.',
  },
  "cli.detail.badVersion": {
    es: 'versión {value} no admitida; escribe "version": {expected}.',
    en: 'version {value} is not supported; write "version": {expected}.',
  },
  "cli.detail.expectedObject": { es: "debe ser un objeto { … }.", en: "must be an object { … }." },
  "cli.detail.expectedList": { es: "debe ser una lista [ … ].", en: "must be a list [ … ]." },
  "cli.detail.expectedText": {
    es: "«{value}» debe ser un texto entre comillas.",
    en: "“{value}” must be text in quotes.",
  },
  "cli.detail.missing": { es: "falta este dato, que es obligatorio.", en: "this value is required." },
  "cli.detail.expectedScore": {
    es: "«{value}» debe ser un número entero de 0 a 10.",
    en: "“{value}” must be a whole number from 0 to 10.",
  },
  "cli.detail.expectedNumber": { es: "«{value}» debe ser un número.", en: "“{value}” must be a number." },
  "cli.detail.badDate": {
    es: "«{value}» no es una fecha: usa AAAA-MM-DD o {Y}-MM-DD (Y = año del plan, también {Y-1}, {Y+1}).",
    en: "“{value}” is not a date: use YYYY-MM-DD or {Y}-MM-DD (Y = plan year; also {Y-1}, {Y+1}).",
  },
  "cli.detail.unknownChoice": {
    es: "«{value}» no es un valor de la lista: {allowed}.",
    en: "“{value}” is not one of: {allowed}.",
  },
  "cli.detail.expectedYesNo": { es: "«{value}» debe ser sí o no.", en: "“{value}” must be yes or no." },
  "cli.detail.expectedBoolean": { es: "«{value}» debe ser true o false.", en: "“{value}” must be true or false." },
  "cli.detail.unknownField": {
    es: "el campo «{field}» no existe (¿una errata?).",
    en: "there is no field “{field}” (a typo?).",
  },
  "cli.detail.duplicateClient": {
    es: "«{name}» ya tiene detalle antes (sin distinguir mayúsculas); se usa el primero.",
    en: "“{name}” already has a detail above (ignoring case); the first is used.",
  },
  "cli.summary.built": {
    es: "Plan {year} creado: {path} ({size})",
    en: "Plan {year} built: {path} ({size})",
  },
  "cli.summary.clients": {
    es: "  Clientes: {clients} · filas rechazadas: {rejected}",
    en: "  Clients: {clients} · rows rejected: {rejected}",
  },
  "cli.summary.actions": {
    es: "  Acciones: {actions} · vencidas a {today}: {overdue}",
    en: "  Actions: {actions} · overdue as of {today}: {overdue}",
  },
};
