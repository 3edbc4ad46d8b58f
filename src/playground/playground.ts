/**
 * The playground page: the add-in's production task pane in a frame (on the simulated Excel that
 * pane-host.ts installs there), next to a live view of the simulated workbook, with the page's own buttons.
 */
import type { PlanLanguage } from "../domain/plan";
import { translate, type MessageParams } from "../i18n/catalogue";
import { PLAYGROUND_MESSAGES } from "../i18n/messages/playground";
import { h } from "../taskpane/dom";
import type { PlaygroundBridge } from "./pane-host";
import { WorkbookView } from "./workbook-view";

const params = new URLSearchParams(window.location.search);
/** The simulated Office's display language and theme (changing them reloads the page: a fresh Excel). */
const officeLanguage = params.get("lang") === "en-US" ? "en-US" : "es-ES";
const theme = params.get("theme") === "dark" ? "dark" : "light";
const language: PlanLanguage = officeLanguage === "en-US" ? "en" : "es";

function say(code: string, values?: MessageParams): string {
  return translate(PLAYGROUND_MESSAGES, code, language, values);
}

function byId<E extends HTMLElement>(id: string): E {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`playground page has no #${id}`);
  return element as E;
}

/** The bridge of the pane frame, once its document has run pane-host.js. */
function bridgeOf(frame: HTMLIFrameElement): PlaygroundBridge {
  const bridge = (frame.contentWindow as unknown as { __vamPlayground?: PlaygroundBridge } | null)?.__vamPlayground;
  if (bridge === undefined) throw new Error("the pane frame has no playground bridge (pane-host.js did not run)");
  return bridge;
}

/** Re-reads the workbook shortly after changes, one read at a time. */
function watch(bridge: PlaygroundBridge, view: WorkbookView, status: HTMLElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reading = false;
  let again = false;
  const read = async (): Promise<void> => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    try {
      view.show(await bridge.readWorkbook());
    } catch (e: unknown) {
      status.textContent = say("playground.failed", { detail: e instanceof Error ? e.message : String(e) });
    } finally {
      reading = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void read(), 150);
  };
  bridge.onChange(schedule);
  void read();
}

function settingsBar(): HTMLElement {
  const reload = (lang: string, nextTheme: string): void => {
    window.location.search = new URLSearchParams({ lang, theme: nextTheme }).toString();
  };
  const languageSelect = h(
    "select",
    { id: "pg-office-language", on: { change: (e) => reload((e.target as HTMLSelectElement).value, theme) } },
    h("option", { attrs: { value: "es-ES" } }, "Español (es-ES)"),
    h("option", { attrs: { value: "en-US" } }, "English (en-US)"),
  );
  languageSelect.value = officeLanguage;
  const themeSelect = h(
    "select",
    { id: "pg-office-theme", on: { change: (e) => reload(officeLanguage, (e.target as HTMLSelectElement).value) } },
    h("option", { attrs: { value: "light" } }, say("playground.themeLight")),
    h("option", { attrs: { value: "dark" } }, say("playground.themeDark")),
  );
  themeSelect.value = theme;
  return h(
    "div",
    { className: "pg-settings", attrs: { title: say("playground.restartNote") } },
    h("label", { attrs: { for: languageSelect.id } }, say("playground.officeLanguage")),
    languageSelect,
    h("label", { attrs: { for: themeSelect.id } }, say("playground.theme")),
    themeSelect,
  );
}

function start(): void {
  document.documentElement.lang = language;
  document.documentElement.dataset.theme = theme;
  document.title = say("playground.title");
  byId("pg-title").textContent = say("playground.title");
  byId("pg-intro").textContent = say("playground.intro");
  byId("pg-legend").textContent = say("playground.legend");
  const status = byId("pg-status");
  // Created here, with its address set before it enters the page, so its first load is the pane's.
  const frame = h("iframe", { id: "pg-pane", className: "pg-pane", attrs: { title: say("playground.paneLabel") } });
  byId("pg-workbook").setAttribute("aria-label", say("playground.workbookLabel"));
  const view = new WorkbookView(byId("pg-workbook-view"), language);
  const reset = h(
    "button",
    { id: "pg-reset", attrs: { type: "button" }, on: { click: () => window.location.reload() } },
    say("playground.reset"),
  );
  byId("pg-toolbar").append(reset, settingsBar());
  frame.addEventListener("load", () => watch(bridgeOf(frame), view, status), { once: true });
  frame.src = `pane/taskpane.html?${new URLSearchParams({ lang: officeLanguage, theme }).toString()}`;
  byId("pg-pane-slot").replaceWith(frame);
}

start();
