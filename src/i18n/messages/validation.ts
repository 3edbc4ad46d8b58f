/** Messages of plan and client validation (src/domain/validation.ts) and of the plan health check (src/domain/health-check.ts). */
import type { MessageSet } from "../catalogue";

/** Validation messages, es/en: what is wrong, then what to do. */
export const VALIDATION_MESSAGES: MessageSet = {
  "validation.yearRange": {
    es: "El año del plan debe ser un número entero entre {min} y {max} (hay «{value}»).",
    en: "The plan year must be a whole number from {min} to {max} (found “{value}”).",
  },
  "validation.targetRange": {
    es: "El objetivo debe ser un número entero entre {min} y {max}; el habitual es 9.",
    en: "The target must be a whole number from {min} to {max}; 9 is usual.",
  },
  "validation.scoreRange": {
    es: "Escribe una puntuación entera entre {min} y {max}, o deja la celda vacía (hay «{value}»).",
    en: "Enter a whole-number score from {min} to {max}, or leave the cell empty (found “{value}”).",
  },
  "validation.levelRange": {
    es: "Elige un nivel de la pirámide del 1 al 6 (hay «{value}»).",
    en: "Choose a pyramid level from 1 to 6 (found “{value}”).",
  },
  "validation.dateInvalid": {
    es: "Escribe una fecha real, del año 1900 en adelante (hay «{value}»).",
    en: "Enter a real date, from 1900 on (found “{value}”).",
  },
  "validation.dateRequired": {
    es: "Falta la fecha: escríbela.",
    en: "The date is missing: enter it.",
  },
  "validation.numberInvalid": {
    es: "Escribe un número, o deja la celda vacía (hay «{value}»).",
    en: "Enter a number, or leave the cell empty (found “{value}”).",
  },
  "validation.unknownValue": {
    es: "«{value}» no está en la lista: elige un valor de la lista desplegable.",
    en: "“{value}” is not in the list: pick a value from the drop-down.",
  },
  "validation.textTooLong": {
    es: "El texto supera los {max} caracteres que caben en una celda de Excel: acórtalo.",
    en: "The text is longer than the {max} characters an Excel cell holds: shorten it.",
  },
  "validation.clientIdInvalid": {
    es: "El identificador interno del cliente («{value}») está dañado: usa «Reparar» para regenerar sus hojas.",
    en: "The client's internal id (“{value}”) is damaged: use Repair to rebuild its sheets.",
  },
  "validation.clientIdDuplicate": {
    es: "Dos clientes comparten el identificador «{value}»: usa «Reparar» para separarlos.",
    en: "Two clients share the id “{value}”: use Repair to tell them apart.",
  },
  "validation.nameRequired": {
    es: "Escribe el nombre del cliente.",
    en: "Enter the client's name.",
  },
  "validation.nameDuplicate": {
    es: "Ya hay un cliente llamado «{name}»: usa otro nombre (mayúsculas y espacios no cuentan).",
    en: "There is already a client called “{name}”: use another name (case and spaces do not count).",
  },
};

/** Health-check (*Revisión del plan*) messages, es/en: the finding, then the next step. */
export const HEALTH_MESSAGES: MessageSet = {
  "health.actionOverdue": {
    es: "{client}: la acción «{action}» venció el {due}. Hazla, cámbiale la fecha o cancélala.",
    en: "{client}: the action “{action}” was due on {due}. Do it, move its date or cancel it.",
  },
  "health.actionWithoutOwner": {
    es: "{client}: la acción «{action}» no tiene responsable. Asigna a alguien.",
    en: "{client}: the action “{action}” has no owner. Assign someone.",
  },
  "health.actionWithoutDue": {
    es: "{client}: la acción «{action}» no tiene fecha. Ponle una fecha límite.",
    en: "{client}: the action “{action}” has no due date. Give it one.",
  },
  "health.missingKnowledge": {
    es: "{client}: falta la puntuación de conocimiento (0–10). ¿Cuánto sabes de sus retos?",
    en: "{client}: the knowledge score (0–10) is missing. How much do you know of their challenges?",
  },
  "health.missingTrust": {
    es: "{client}: falta la puntuación de confianza (0–10). ¿Cuánto confían en ti?",
    en: "{client}: the trust score (0–10) is missing. How much do they trust you?",
  },
  "health.topHeavy": {
    es: "{client}: hay {top} acciones en los niveles 5–6 y {bottom} en los niveles 1–4. Refuerza los niveles de abajo: relación, escucha.",
    en: "{client}: {top} actions sit at levels 5–6 and {bottom} at levels 1–4. Strengthen the lower levels: relationships, listening.",
  },
  "health.notTalkedThrough": {
    es: "{client}: la decepción «{what}» sigue abierta y no se ha hablado con el cliente. Habladla.",
    en: "{client}: the disappointment “{what}” is still open and has not been talked through with the client. Talk it through.",
  },
  "health.commitmentsMissed": {
    es: "{client}: el cliente ha incumplido {streak} compromisos seguidos. Volved al acuerdo de trabajo.",
    en: "{client}: the client has missed {streak} commitments in a row. Go back to the working agreement.",
  },
};
