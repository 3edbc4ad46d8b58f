/**
 * The pane's state and its one rule about other people's edits: a workbook change only refreshes what the
 * current view shows (debounced). It never navigates, opens anything, announces, or moves the focus; only the
 * user's own actions do.
 */
import type { AppResult } from "../app/result";
import type { IsoDate, PlanLanguage } from "../domain/plan";
import { t } from "./pane-messages";
import { addClientView } from "./add-client-view";
import { clientView } from "./client-view";
import { loadDecember, loadViews } from "./chunks";
import { button } from "./form-fields";
import { h, viewHeading } from "./dom";
import { errorText, issuesText } from "./issue-text";
import type { PaneData, PaneServices, ProgressListener, Unsubscribe } from "./pane-services";
import type { PaneShell } from "./pane-shell";
import { portfolioView } from "./portfolio-view";
import { createRefreshScheduler, type RefreshScheduler, type Timers } from "./refresh-scheduler";
import { navSection, type Route } from "./route";
import type { RunOptions, ViewContext, ViewHandle } from "./view-context";

/** How the pane starts. */
export interface PaneOptions {
  readonly language: PlanLanguage;
  readonly today: IsoDate;
  readonly route: Route;
  readonly timers: Timers;
}

/** Drives the shell and the views from the use cases' results. */
export class PaneController {
  private language: PlanLanguage;
  private route: Route;
  private data: PaneData | null = null;
  private view: ViewHandle | undefined;
  private working = false;
  /** Counts the views shown, so a view that arrives late from its chunk is not mounted over a newer one. */
  private shown = 0;
  private readonly scheduler: RefreshScheduler;
  private unsubscribe: Unsubscribe | undefined;

  constructor(
    private readonly shell: PaneShell,
    private readonly services: PaneServices,
    private readonly options: PaneOptions,
  ) {
    this.language = options.language;
    this.route = options.route;
    this.scheduler = createRefreshScheduler(() => this.refresh(), options.timers);
  }

  /** Reads the plan, shows the first view (set-up when the workbook has none) and starts listening to changes. */
  async start(): Promise<void> {
    this.shell.render(this.language, navSection(this.route));
    this.shell.mount(h("p", { className: "vam-loading" }, t("ui.loading", this.language)), false);
    const loaded = await this.read();
    if (!loaded) return;
    if (this.data === null) this.route = { view: "setup" };
    this.show(false);
    try {
      this.unsubscribe = await this.services.subscribe(() => this.scheduler.request());
    } catch (e: unknown) {
      // Without events the pane still works; it just refreshes after the user's own operations.
      console.warn("VAM: workbook change events unavailable", e instanceof Error ? e.message : e);
    }
  }

  /** Stops listening and refreshing (the pane is closing). */
  async stop(): Promise<void> {
    this.scheduler.dispose();
    await this.unsubscribe?.();
  }

  /** Opens `route`, moving the focus to its heading. */
  navigate(route: Route): void {
    this.route = route;
    this.shell.alert([]);
    this.show(true);
  }

  /** Switches every text of the pane to `language` (the user chose it). */
  switchLanguage(language: PlanLanguage): void {
    this.language = language;
    this.shell.render(language, navSection(this.route));
    this.show(false);
    this.shell.announce(t("ui.language.changed", language));
  }

  /** Reads the plan into `data`; on failure shows what happened with a way to try again. */
  private async read(): Promise<boolean> {
    let result: AppResult<PaneData | null>;
    try {
      result = await this.services.readPlan();
    } catch (e: unknown) {
      this.showReadFailure([errorText(e, this.language)]);
      return false;
    }
    if (!result.ok) {
      this.showReadFailure(issuesText(result.issues, this.language));
      return false;
    }
    this.data = result.value;
    return true;
  }

  private showReadFailure(lines: readonly string[]): void {
    this.shell.alert([t("ui.error.readFailed", this.language), ...lines]);
    const retry = button(t("ui.retry", this.language), () => void this.retry(), { primary: true });
    this.shell.mount(
      h("section", { className: "vam-view" }, viewHeading(t("shell.title", this.language)), retry),
      false,
    );
  }

  private async retry(): Promise<void> {
    this.shell.alert([]);
    if (await this.read()) this.show(true);
  }

  /** Background refresh: new data into the current view, nothing else. */
  private async refresh(): Promise<void> {
    let result: AppResult<PaneData | null>;
    try {
      result = await this.services.readPlan();
    } catch (e: unknown) {
      console.warn("VAM: refresh failed", e instanceof Error ? e.message : e);
      return;
    }
    if (!result.ok) return;
    this.data = result.value;
    this.shell.showNav(this.data !== null);
    this.view?.update?.(this.data);
  }

  private show(focus: boolean): void {
    this.shell.showNav(this.data !== null);
    this.shell.markCurrent(navSection(this.route));
    const shown = ++this.shown;
    const ctx = this.context();
    const built = this.build(ctx);
    if (!(built instanceof Promise)) {
      this.mountView(built, focus);
      return;
    }
    // A view of a chunk loaded on first use (chunks.ts): a placeholder until it arrives, unless the user
    // has gone elsewhere meanwhile.
    this.view = undefined;
    this.shell.mount(h("p", { className: "vam-loading" }, t("ui.loadingView", this.language)), false);
    built.then(
      (view) => {
        if (shown !== this.shown) return;
        this.mountView(view, focus);
        if (this.data !== ctx.data) view.update?.(this.data);
      },
      (e: unknown) => {
        if (shown === this.shown) this.shell.alert([errorText(e, this.language)]);
      },
    );
  }

  private mountView(view: ViewHandle, focus: boolean): void {
    this.view = view;
    this.shell.mount(view.element, focus);
  }

  private build(ctx: ViewContext): ViewHandle | Promise<ViewHandle> {
    switch (this.route.view) {
      case "setup":
        return loadViews().then((views) => views.setupView(ctx));
      case "portfolio":
        return portfolioView(ctx);
      case "addClient":
        return addClientView(ctx);
      case "import":
        return loadViews().then((views) => views.importView(ctx));
      case "review":
        return loadViews().then((views) => views.reviewView(ctx));
      case "archive":
        return loadViews().then((views) => views.archiveView(ctx));
      case "yearEnd":
        return loadDecember().then((december) => december.yearEndView(ctx));
      case "client":
        return clientView(ctx, this.route.clientId);
    }
  }

  private context(): ViewContext {
    return {
      language: this.language,
      data: this.data,
      today: this.options.today,
      services: this.services,
      navigate: (route) => this.navigate(route),
      run: (operation, options) => this.run(operation, options),
      announce: (text) => this.shell.announce(text),
    };
  }

  /** One user operation at a time, with progress; issues and exceptions end up in the alert region. */
  private async run<T>(
    operation: (onProgress: ProgressListener) => Promise<AppResult<T>>,
    options: RunOptions = {},
  ): Promise<AppResult<T> | null> {
    if (this.working) {
      this.shell.announce(t("ui.busy", this.language));
      return null;
    }
    this.working = true;
    this.shell.alert([]);
    this.shell.busy(true);
    let result: AppResult<T>;
    try {
      result = await operation((done, total) => this.shell.progressed(done, total));
    } catch (e: unknown) {
      this.shell.alert([errorText(e, this.language)]);
      return null;
    } finally {
      this.working = false;
      this.shell.busy(false);
    }
    if (!result.ok) {
      this.shell.alert(issuesText(result.issues, this.language));
      return result;
    }
    if (options.showWarnings !== false && result.warnings.length > 0) {
      this.shell.alert(issuesText(result.warnings, this.language), "warning");
    }
    if (options.refresh !== false) await this.scheduler.flush();
    return result;
  }
}
