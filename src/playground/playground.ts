/**
 * The playground page: the add-in's production task pane in a frame (on the simulated Excel that
 * pane-host.ts creates there), next to a live view of the simulated workbook, with the page's own buttons.
 */
import type { PlanLanguage } from "../domain/plan";
import { translate, type MessageParams } from "../i18n/catalogue";
import { PLAYGROUND_MESSAGES } from "../i18n/messages/playground";
import { h } from "../taskpane/dom";
import type { PlaygroundBridge } from "./pane-host";
import { WorkbookView } from "./workbook-view";

/** How this page load was asked for: the simulated Office's language and theme, and the example plan. */
const params = new URLSearchParams(window.location.search);
const officeLanguage = params.get("lang") === "en-US" ? "en-US" : "es-ES";
const theme = params.get("theme") === "dark" ? "dark" : "light";
const withExample = params.get("example") === "1";
const language: PlanLanguage = officeLanguage === "en-US" ? "en" : "es";

function say(code: string, values?: MessageParams): string {
  return translate(PLAYGROUND_MESSAGES, code, language, values);
}

function byId<E extends HTMLElement>(id: string): E {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`playground page has no #${id}`);
  return element as E;
}

/** Reloads the page: a fresh simulated Excel with these settings (as starting Excel again). */
function reload(lang: string, nextTheme: string, example: boolean): void {
  const query: Record<string, string> = { lang, theme: nextTheme };
  if (example) query["example"] = "1";
  window.location.search = new URLSearchParams(query).toString();
}

/** The bridge of the pane frame, once its document has run pane-host.js. */
function bridgeOf(frame: HTMLIFrameElement): PlaygroundBridge {
  const bridge = (frame.contentWindow as unknown as { __vamPlayground?: PlaygroundBridge } | null)?.__vamPlayground;
  if (bridge === undefined) throw new Error("the pane frame has no playground bridge (pane-host.js did not run)");
  return bridge;
}

function detail(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
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
      status.textContent = say("playground.failed", { detail: detail(e) });
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

/** Saves `bytes` as a file through a temporary blob: URL (nothing leaves the browser). */
function download(bytes: Uint8Array, fileName: string): void {
  // A copy on a plain ArrayBuffer: Blob takes ArrayBuffer-backed views only (TypeScript's DOM types say so).
  const blob = new Blob([new Uint8Array(bytes)], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = h("a", { attrs: { href: url, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function exportWorkbook(frame: HTMLIFrameElement, status: HTMLElement): Promise<void> {
  try {
    const { bytes, omitted } = await bridgeOf(frame).exportXlsx();
    const fileName = "plan-vam.xlsx";
    download(bytes, fileName);
    status.textContent = say("playground.downloaded", { file: fileName });
    // What the .xlsx writer cannot express (e.g. partial borders); listed in full for whoever looks.
    if (omitted.length > 0) console.info(`VAM playground: the .xlsx leaves out ${omitted.length} details`, omitted);
  } catch (e: unknown) {
    status.textContent = say("playground.failed", { detail: detail(e) });
  }
}

/** Once the pane frame has loaded: waits for its workbook, then keeps the view in step with it. */
async function started(frame: HTMLIFrameElement, view: WorkbookView, status: HTMLElement): Promise<void> {
  const bridge = bridgeOf(frame);
  if (withExample) status.textContent = say("playground.loading");
  try {
    await bridge.ready;
    if (withExample) status.textContent = say("playground.loaded");
  } catch (e: unknown) {
    status.textContent = say("playground.failed", { detail: detail(e) });
  }
  watch(bridge, view, status);
}

function select(
  id: string,
  choices: readonly (readonly [string, string])[],
  value: string,
  onChange: (v: string) => void,
) {
  const element = h(
    "select",
    { id, on: { change: (e) => onChange((e.target as HTMLSelectElement).value) } },
    ...choices.map(([v, text]) => h("option", { attrs: { value: v } }, text)),
  );
  element.value = value;
  return element;
}

function toolbar(frame: HTMLIFrameElement, status: HTMLElement): HTMLElement[] {
  const button = (id: string, code: string, onClick: () => void, extra: { primary?: boolean; title?: string } = {}) =>
    h(
      "button",
      {
        id,
        className: extra.primary === true ? "pg-primary" : "",
        attrs: { type: "button", title: extra.title },
        on: { click: onClick },
      },
      say(code),
    );
  const languages = [
    ["es-ES", "Español (es-ES)"],
    ["en-US", "English (en-US)"],
  ] as const;
  const themes = [
    ["light", say("playground.themeLight")],
    ["dark", say("playground.themeDark")],
  ] as const;
  const languageSelect = select("pg-office-language", languages, officeLanguage, (v) => reload(v, theme, false));
  const themeSelect = select("pg-office-theme", themes, theme, (v) => reload(officeLanguage, v, false));
  return [
    button("pg-example", "playground.loadExample", () => reload(officeLanguage, theme, true), {
      primary: true,
      title: say("playground.exampleNote"),
    }),
    button("pg-reset", "playground.reset", () => reload(officeLanguage, theme, false)),
    button("pg-download", "playground.download", () => void exportWorkbook(frame, status)),
    h(
      "div",
      { className: "pg-settings", attrs: { title: say("playground.restartNote") } },
      h("label", { attrs: { for: languageSelect.id } }, say("playground.officeLanguage")),
      languageSelect,
      h("label", { attrs: { for: themeSelect.id } }, say("playground.theme")),
      themeSelect,
    ),
  ];
}

function start(): void {
  document.documentElement.lang = language;
  document.documentElement.dataset.theme = theme;
  document.title = say("playground.title");
  byId("pg-title").textContent = say("playground.title");
  byId("pg-intro").textContent = say("playground.intro");
  byId("pg-legend").textContent = say("playground.legend");
  byId("pg-workbook").setAttribute("aria-label", say("playground.workbookLabel"));
  const status = byId("pg-status");
  const view = new WorkbookView(byId("pg-workbook-view"), language);
  // Created here, with its address set before it enters the page, so its first load is the pane's.
  const frame = h("iframe", { id: "pg-pane", className: "pg-pane", attrs: { title: say("playground.paneLabel") } });
  byId("pg-toolbar").append(...toolbar(frame, status));
  frame.addEventListener("load", () => void started(frame, view, status), { once: true });
  const query: Record<string, string> = { lang: officeLanguage, theme };
  if (withExample) query["example"] = "1";
  frame.src = `pane/taskpane.html?${new URLSearchParams(query).toString()}`;
  byId("pg-pane-slot").replaceWith(frame);
}

start();
