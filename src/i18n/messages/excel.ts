/** Messages for failures talking to Excel (src/excel WorkbookError codes): what happened, then what to do. */
import type { MessageSet } from "../catalogue";

/** Excel messages, es/en; `excel.<WorkbookErrorCode>`. */
export const EXCEL_MESSAGES: MessageSet = {
  "excel.cellEditMode": {
    es: "Excel está editando una celda: pulsa Intro o Esc y vuelve a intentarlo. No se ha cambiado nada.",
    en: "Excel is editing a cell: press Enter or Esc and try again. Nothing was changed.",
  },
  "excel.payloadTooLarge": {
    es: "Excel no envía ni recibe más de 5 MB de una vez. Si estabas importando, importa menos clientes cada vez (por ejemplo, la mitad). Si el libro tiene más de mil clientes, repártelos en dos libros.",
    en: "Excel does not send or receive more than 5 MB at once. If you were importing, import fewer clients at a time (for example, half). If the workbook holds over a thousand clients, split them between two workbooks.",
  },
  "excel.alreadyExists": {
    es: "Ya existe en el libro una hoja, tabla o nombre igual (quizá otra persona lo acaba de crear). Vuelve a intentarlo: se completará lo que falte.",
    en: "A sheet, table or name with the same name already exists (someone may have just created it). Try again: what is missing will be completed.",
  },
  "excel.notFound": {
    es: "No se encontró en el libro algo que el plan necesita (quizá otra persona lo borró o renombró). Actualiza la vista y vuelve a intentarlo, o usa «Reparar».",
    en: "Something the plan needs was not found in the workbook (someone may have deleted or renamed it). Refresh the view and try again, or use “Repair”.",
  },
  "excel.invalidArgument": {
    es: "Excel rechazó un cambio en el libro (¿hay celdas combinadas o protegidas donde va el plan?). Revisa la hoja y vuelve a intentarlo; si sigue fallando, usa «Reparar».",
    en: "Excel rejected a change to the workbook (are there merged or protected cells where the plan goes?). Check the sheet and try again; if it keeps failing, use “Repair”.",
  },
  "excel.busy": {
    es: "Excel está ocupado o el libro se está sincronizando con otras personas. Espera unos segundos y vuelve a intentarlo.",
    en: "Excel is busy or the workbook is syncing with other people. Wait a few seconds and try again.",
  },
  "excel.unknown": {
    es: "Excel no pudo completar la operación. Vuelve a intentarlo; lo que ya se hizo se conserva y se completará lo que falte.",
    en: "Excel could not complete the operation. Try again; what was already done is kept and what is missing will be completed.",
  },
};
