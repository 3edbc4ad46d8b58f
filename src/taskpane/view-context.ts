/** What every view gets from the controller, and what it hands back. */
import type { AppResult } from "../app/result";
import type { IsoDate, PlanLanguage } from "../domain/plan";
import type { PaneData, PaneServices, ProgressListener } from "./pane-services";
import type { Route } from "./route";

/** How `run` treats an operation. */
export interface RunOptions {
  /** Re-read the workbook after a success (default true; navigation changes nothing the pane shows). */
  readonly refresh?: boolean;
  /** Show a success's warnings in the alert region (default true; a view that lists them itself says false). */
  readonly showWarnings?: boolean;
}

/** The controller's services to a view. */
export interface ViewContext {
  readonly language: PlanLanguage;
  /** The plan as last read; `null` when the workbook has no plan. */
  readonly data: PaneData | null;
  /** The user's local day, for defaults (plan year, snapshot period). */
  readonly today: IsoDate;
  readonly services: PaneServices;
  /** Opens another view and moves the focus to its heading (the user asked for it). */
  navigate(route: Route): void;
  /**
   * Runs a use case with progress and the busy state; shows its issues or exception as an alert, re-reads the
   * workbook after a success. Resolves to the result, or `null` when it threw or another operation was running.
   */
  run<T>(
    operation: (onProgress: ProgressListener) => Promise<AppResult<T>>,
    options?: RunOptions,
  ): Promise<AppResult<T> | null>;
  /** Says `text` in the status live region (screen readers read it; nothing pops up). */
  announce(text: string): void;
}

/** A mounted view. */
export interface ViewHandle {
  readonly element: HTMLElement;
  /** New data after a workbook change: refresh what the view shows without touching what the user types. */
  update?(data: PaneData | null): void;
}
