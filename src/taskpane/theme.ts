/** Which of the pane's two Fluent 2 themes follows the Office theme. */

/** The pane's colour themes (taskpane.css: `[data-theme]`). */
export type PaneTheme = "light" | "dark";

/** The part of `Office.context.officeTheme` the pane reads; hosts may leave any of it out. */
export interface OfficeThemeColors {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance of a `#rrggbb` colour, 0–1 (WCAG 2 definition); `null` when not such a colour. */
export function relativeLuminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(hex.trim());
  if (match === null) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => {
    const c = parseInt(part ?? "0", 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The theme for Office's `officeTheme`: `isDarkTheme` when the host reports it, else a dark body
 * background (luminance below one half), else the browser's preference (`prefersDark`).
 */
export function paneTheme(office: OfficeThemeColors | undefined, prefersDark: boolean): PaneTheme {
  if (typeof office?.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
  const luminance = office?.bodyBackgroundColor === undefined ? null : relativeLuminance(office.bodyBackgroundColor);
  if (luminance !== null) return luminance < 0.5 ? "dark" : "light";
  return prefersDark ? "dark" : "light";
}
