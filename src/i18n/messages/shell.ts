/** Messages of the add-in shell: the task pane bootstrap and the support page. */
import type { MessageSet } from "../catalogue";

/** Shell messages, es/en. */
export const SHELL_MESSAGES: MessageSet = {
  "shell.title": { es: "Planificador de cuentas VAM", en: "VAM Account Planner" },
  "shell.greeting": {
    es: "Hola. Planifica el próximo año con tus clientes clave: Ver, Ajustar, Medir.",
    en: "Hello. Plan next year with your key clients: See, Adjust, Measure.",
  },
  "shell.outsideOffice": {
    es: "Abre este panel desde Excel: pestaña Inicio, botón Plan de cuentas.",
    en: "Open this pane from Excel: Home tab, Account plan button.",
  },
};
