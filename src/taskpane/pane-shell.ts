/**
 * The pane's frame around the views (taskpane.html): title, language switch, navigation, the alert and
 * status regions, the progress bar and the main area. It only shows things; the controller decides.
 */
import type { PlanLanguage } from "../domain/plan";
import { t } from "./pane-messages";
import { h, replaceChildren } from "./dom";
import type { Route } from "./route";

/** The navigation sections, in order. */
export const NAV_SECTIONS = ["portfolio", "review", "import", "archive", "setup"] as const;
/** One navigation section. */
export type NavSection = (typeof NAV_SECTIONS)[number];

/** What the shell calls back. */
export interface ShellHandlers {
  navigate(route: Route): void;
  switchLanguage(language: PlanLanguage): void;
}

function required<E extends HTMLElement>(doc: Document, id: string): E {
  const element = doc.getElementById(id);
  if (element === null) throw new Error(`taskpane.html has no #${id}`);
  return element as E;
}

/** The frame of taskpane.html, filled in and driven by the controller. */
export class PaneShell {
  private readonly title: HTMLElement;
  private readonly languageSelect: HTMLSelectElement;
  private readonly languageLabel: HTMLElement;
  private readonly nav: HTMLElement;
  private readonly alertRegion: HTMLElement;
  private readonly status: HTMLElement;
  private readonly progress: HTMLElement;
  private readonly progressBar: HTMLProgressElement;
  private readonly progressText: HTMLElement;
  private readonly main: HTMLElement;
  private language: PlanLanguage = "es";

  constructor(
    private readonly doc: Document,
    private readonly handlers: ShellHandlers,
  ) {
    this.title = required(doc, "vam-title");
    this.languageSelect = required(doc, "vam-language");
    this.languageLabel = required(doc, "vam-language-label");
    this.nav = required(doc, "vam-nav");
    this.alertRegion = required(doc, "vam-alert");
    this.status = required(doc, "vam-status");
    this.progress = required(doc, "vam-progress");
    this.progressBar = required(doc, "vam-progress-bar");
    this.progressText = required(doc, "vam-progress-text");
    this.main = required(doc, "vam-main");
    this.languageSelect.addEventListener("change", () => {
      this.handlers.switchLanguage(this.languageSelect.value === "en" ? "en" : "es");
    });
  }

  /** Writes every text of the frame in `language` and marks `current` in the navigation. */
  render(language: PlanLanguage, current: NavSection | null): void {
    this.language = language;
    this.doc.documentElement.lang = language;
    this.doc.title = t("shell.title", language);
    this.title.textContent = t("shell.title", language);
    this.languageLabel.textContent = t("ui.language.label", language);
    replaceChildren(
      this.languageSelect,
      ...(["es", "en"] as const).map((code) =>
        h("option", { attrs: { value: code, lang: code } }, t(`ui.language.${code}`, language)),
      ),
    );
    this.languageSelect.value = language;
    this.nav.setAttribute("aria-label", t("ui.nav.label", language));
    const buttons = NAV_SECTIONS.map((section) =>
      h(
        "button",
        {
          className: "vam-nav-item",
          attrs: { type: "button", "aria-current": section === current ? "page" : undefined, "data-section": section },
          on: { click: () => this.handlers.navigate({ view: section }) },
        },
        t(`ui.nav.${section}`, language),
      ),
    );
    replaceChildren(this.nav, h("div", { className: "vam-nav-list" }, ...buttons));
    this.progressBar.setAttribute("aria-label", t("ui.progress.label", language));
  }

  /** Shows or hides the navigation (hidden while there is no plan, so set-up is the one thing to do). */
  showNav(visible: boolean): void {
    this.nav.hidden = !visible;
  }

  /** Marks `current` in the navigation without redrawing it. */
  markCurrent(current: NavSection | null): void {
    for (const item of this.nav.querySelectorAll<HTMLElement>("[data-section]")) {
      if (item.dataset.section === current) item.setAttribute("aria-current", "page");
      else item.removeAttribute("aria-current");
    }
  }

  /** Replaces the view; `focus` moves the focus to the view's heading (only when the user navigated). */
  mount(view: HTMLElement, focus: boolean): void {
    replaceChildren(this.main, view);
    if (focus) view.querySelector<HTMLElement>(".vam-view-title")?.focus();
  }

  /** Shows `lines` as an alert (screen readers announce it at once); an empty list hides it. */
  alert(lines: readonly string[], tone: "error" | "warning" = "error"): void {
    replaceChildren(this.alertRegion, ...lines.map((line) => h("p", {}, line)));
    this.alertRegion.hidden = lines.length === 0;
    this.alertRegion.classList.toggle("vam-alert-warning", tone === "warning");
  }

  /** Says `text` in the polite status region; the same text twice is announced twice. */
  announce(text: string): void {
    this.status.textContent = "";
    // Screen readers announce a live region's change; clearing first makes a repeated message a change.
    requestAnimationFrame(() => {
      this.status.textContent = text;
    });
  }

  /** Busy state: the progress bar (indeterminate until `done`/`total` arrive) and aria-busy on the view. */
  busy(on: boolean): void {
    this.progress.hidden = !on;
    this.main.setAttribute("aria-busy", on ? "true" : "false");
    if (on) {
      this.progressBar.removeAttribute("value");
      this.progressText.textContent = "";
    }
  }

  /** Progress of a long operation, steps done out of the total. */
  progressed(done: number, total: number): void {
    if (total <= 0) return;
    this.progressBar.max = total;
    this.progressBar.value = Math.min(done, total);
    this.progressText.textContent = t("ui.progress.writing", this.language, { done, total });
  }
}
