/**
 * The part of Office a page outside Office lacks, for the playground's pane frame. Office's real office.js
 * is loaded first (served from node_modules, nothing from the network); outside an Office client its
 * `onReady` resolves with no host. This shim then answers as Excel on the web would: host Excel, and the
 * display language and theme chosen in the playground (`Excel.run` on the simulated workbook is pane-host's).
 * The pane's production bundle runs unchanged on top of it.
 */

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

/**
 * Puts `context` in place of `Office.context`: replaces the property when office.js left it configurable,
 * else overrides the members on office.js's own context object.
 */
function defineContext(office: OfficeLike, context: Record<string, unknown>): void {
  const current = Object.getOwnPropertyDescriptor(office, "context");
  if (current === undefined || current.configurable === true) {
    Object.defineProperty(office, "context", { configurable: true, enumerable: true, value: context });
    return;
  }
  const target = office.context as Record<string, unknown>;
  for (const [key, value] of Object.entries(context)) {
    Object.defineProperty(target, key, { configurable: true, enumerable: true, value });
  }
}

/**
 * Installs the shim on `win` (the pane frame's window), after office.js and before the pane's bundle.
 * `ready` holds Office's ready state back until the simulated workbook is prepared, as Office does not
 * start an add-in before its document is open.
 */
export function installOfficeShim(win: Window, settings: ShimSettings, ready: Promise<void>): void {
  const holder = win as unknown as { Office?: OfficeLike };
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
    Promise.all([realOnReady(), ready]).then(() => {
      // office.js sets its own (empty) context while it initialises, so ours goes in once it is done.
      defineContext(office, context);
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return info;
    });
}

/** The Office settings the playground put in the pane frame's address (`?lang=es-ES&theme=dark`). */
export function shimSettingsFrom(search: string): ShimSettings {
  const params = new URLSearchParams(search);
  return { displayLanguage: params.get("lang") ?? "es-ES", dark: params.get("theme") === "dark" };
}
