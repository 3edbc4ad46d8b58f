/**
 * Task pane bootstrap, the one file of the pane that touches Office's globals: waits for Office, picks the
 * language (Office's display language) and the theme (Office's theme), wires the use cases to `Excel.run`
 * and starts the controller on the view the ribbon asked for (`?view=`).
 */
import { isoDateOfLocalDay } from "../domain/dates";
import type { PlanLanguage } from "../domain/plan";
import { languageFromTag } from "../i18n/catalogue";
import { t } from "./pane-messages";
import { createPaneServices } from "./app-services";
import { PaneController } from "./pane-controller";
import { PaneShell } from "./pane-shell";
import { initialRoute } from "./route";
import { paneTheme, type OfficeThemeColors } from "./theme";

/** The Office theme when the host has one (Excel on the web and desktop do; a plain browser does not). */
function officeTheme(): OfficeThemeColors | undefined {
  try {
    return Office.context.officeTheme ?? undefined;
  } catch (e: unknown) {
    // Some hosts throw instead of returning undefined when the theme API is unavailable.
    console.warn("VAM: no Office theme", e instanceof Error ? e.message : e);
    return undefined;
  }
}

/** Sets html[data-theme]; without an Office theme it follows the system preference as it changes. */
function applyTheme(doc: Document): void {
  const office = officeTheme();
  const query = window.matchMedia("(prefers-color-scheme: dark)");
  const set = (): void => {
    doc.documentElement.dataset.theme = paneTheme(office, query.matches);
  };
  set();
  if (office === undefined) query.addEventListener("change", set);
}

/** Outside Office there is no workbook: say where to open the pane from. */
function showOutsideOffice(doc: Document, language: PlanLanguage): void {
  const main = doc.getElementById("vam-main");
  if (main === null) return;
  const note = doc.createElement("p");
  note.className = "vam-empty";
  note.textContent = t("shell.outsideOffice", language);
  main.replaceChildren(note);
  doc.title = t("shell.title", language);
  const title = doc.getElementById("vam-title");
  if (title !== null) title.textContent = t("shell.title", language);
}

async function start(): Promise<void> {
  const info = await Office.onReady();
  // Office.onReady resolves with host null when the page is not running inside an Office application.
  const insideOffice = info.host !== null;
  const language = languageFromTag(insideOffice ? Office.context.displayLanguage : navigator.language);
  applyTheme(document);
  if (!insideOffice) {
    showOutsideOffice(document, language);
    return;
  }
  const services = createPaneServices((batch) => Excel.run(batch), language);
  // The shell's buttons only fire after start(), once `controller` exists.
  const shell = new PaneShell(document, {
    navigate: (route) => controller.navigate(route),
    switchLanguage: (next) => controller.switchLanguage(next),
  });
  const controller = new PaneController(shell, services, {
    language,
    today: isoDateOfLocalDay(new Date()),
    route: initialRoute(window.location.search),
    timers: {
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
  });
  window.addEventListener("pagehide", () => {
    controller.stop().catch((e: unknown) => console.warn("VAM: stop failed", e instanceof Error ? e.message : e));
  });
  await controller.start();
}

start().catch((e: unknown) => {
  console.error("VAM task pane failed to start", e instanceof Error ? e.message : e);
});
