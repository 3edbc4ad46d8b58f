/** Number formats and direct formatting of cells, grouped by style into exact runs (one call per run). */
import type { CellStyle, StyleKey, WorkbookSpec } from "../layout/spec";
import { exactRuns } from "./cell-blocks";
import { DATE_NUMBER_FORMAT } from "./cell-input";
import type { SheetRef, Step } from "./steps";

/** The style of a key; an unknown key is misuse of the spec. */
export function styleOf(styles: WorkbookSpec["styles"], key: StyleKey | undefined): CellStyle | undefined {
  if (key === undefined) return undefined;
  const style = styles[key];
  if (style === undefined) throw new Error(`unknown style ${key}`);
  return style;
}

/** Whether a style sets anything besides its number format. */
export function hasDirectFormat(style: CellStyle): boolean {
  return Object.entries(style).some(([key, value]) => key !== "numberFormat" && value !== undefined);
}

/** Format steps for cells grouped by style: number format and direct formatting, over exact runs. */
export function formatSteps(
  sheet: SheetRef,
  cells: readonly {
    readonly row: number;
    readonly column: number;
    readonly style?: StyleKey;
    readonly date: boolean;
  }[],
  styles: WorkbookSpec["styles"],
): Step[] {
  const byFormat = new Map<string, { row: number; column: number }[]>();
  const byStyle = new Map<StyleKey, { row: number; column: number }[]>();
  for (const cell of cells) {
    const style = styleOf(styles, cell.style);
    const format = style?.numberFormat ?? (cell.date ? DATE_NUMBER_FORMAT : undefined);
    if (format !== undefined) byFormat.set(format, [...(byFormat.get(format) ?? []), cell]);
    if (cell.style !== undefined && style !== undefined && hasDirectFormat(style)) {
      byStyle.set(cell.style, [...(byStyle.get(cell.style) ?? []), cell]);
    }
  }
  const steps: Step[] = [];
  for (const [format, positions] of byFormat) {
    for (const range of exactRuns(positions)) steps.push({ kind: "numberFormat", sheet, range, format });
  }
  for (const [key, positions] of byStyle) {
    const style = styleOf(styles, key) ?? {};
    for (const range of exactRuns(positions)) steps.push({ kind: "style", sheet, range, style });
  }
  return steps;
}
