/**
 * The part of Office a page outside Office lacks, for the playground's pane frame. Office's real office.js
 * is loaded first (served from node_modules, nothing from the network); outside an Office client its
 * `onReady` resolves with no host. This shim then answers as Excel on the web would: host Excel, the display
 * language and theme chosen in the playground, and `Excel.run` on the simulated workbook. The pane's
 * production bundle runs unchanged on top of it.
 */
import type { ExcelRun } from "../excel/excel-run";

/** What the simulated Office reports. */
export interface ShimSettings {
  /** `Office.context.displayLanguage`, e.g. `es-ES`. */
  readonly displayLanguage: string;
  readonly dark: boolean;
}

/** Fluent's body colours of Office's light (White) and dark (Black) themes. */
const THEMES = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#242424",
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#292929",
    controlForegroundColor: "#FFFFFF",
  },
} as const;

type OfficeLike = { onReady: (callback?: (info: unknown) => unknown) => Promise<unknown>; context?: unknown };

/** Installs the shim on `win` (the pane frame's window), after office.js and before the pane's bundle. */
export function installOfficeShim(win: Window, settings: ShimSettings, run: ExcelRun): void {
  const holder = win as unknown as { Office?: OfficeLike; Excel?: unknown };
  const office = holder.Office;
  if (office === undefined) throw new Error("office.js must load before the playground's shim");
  const realOnReady = office.onReady.bind(office);
  const context = {
    displayLanguage: settings.displayLanguage,
    officeTheme: { ...(settings.dark ? THEMES.dark : THEMES.light), isDarkTheme: settings.dark },
    // The simulator implements the ExcelApi 1.13 surface the manifest requires.
    requirements: {
      isSetSupported: (name: string, version?: string) => name === "ExcelApi" && Number(version ?? "1.1") <= 1.13,
    },
  };
  office.onReady = (callback) =>
    realOnReady().then(() => {
      // office.js sets its own (empty) context while it initialises, so ours goes in once it is done.
      Object.defineProperty(office, "context", { configurable: true, enumerable: true, value: context });
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return info;
    });
  holder.Excel = { run };
}
