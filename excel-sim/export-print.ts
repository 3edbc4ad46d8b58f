/**
 * A simulated sheet's page setup and row heights as the spec's `PrintSpec` and `rowHeights`. The spec prints
 * whole-column blocks and centre header and footer sections only; anything else is reported in `omitted`.
 */
import { formatRect, MAX_ROWS } from "./address";
import type * as Spec from "../src/layout/spec";
import type { SheetModel } from "./workbook-model";

function printAreas(sheet: SheetModel, omitted: string[]): Spec.PrintSpec["areas"] {
  const rects = sheet.pageLayout.printArea;
  if (rects === null) return undefined;
  const areas = rects.flatMap((rect) => {
    if (rect.row === 0 && rect.rows === MAX_ROWS) return [{ first: rect.column, last: rect.column + rect.columns - 1 }];
    omitted.push(`${sheet.name}: print area ${formatRect(rect)} (not whole columns)`);
    return [];
  });
  return areas.length > 0 ? areas : undefined;
}

function headerFooter(sheet: SheetModel, omitted: string[]): Pick<Spec.PrintSpec, "header" | "footer"> {
  const sections = sheet.pageLayout.headersFooters;
  for (const side of ["leftHeader", "rightHeader", "leftFooter", "rightFooter"] as const) {
    if (sections[side] !== "") omitted.push(`${sheet.name}: ${side} ${JSON.stringify(sections[side])}`);
  }
  return {
    ...(sections.centerHeader !== "" ? { header: sections.centerHeader } : {}),
    ...(sections.centerFooter !== "" ? { footer: sections.centerFooter } : {}),
  };
}

/** The sheet's page setup as a PrintSpec. */
export function printSpec(sheet: SheetModel, omitted: string[]): Spec.PrintSpec {
  const { horizontalFitToPages: fit, scale } = sheet.pageLayout.zoom;
  // PrintSpec always fits to a width; only a scale someone chose is lost by that.
  if ((fit === undefined || fit < 1) && scale !== undefined && scale !== 100)
    omitted.push(`${sheet.name}: page scale ${scale}%`);
  const titles = sheet.pageLayout.printTitleRows;
  const areas = printAreas(sheet, omitted);
  return {
    orientation: sheet.pageLayout.orientation === "Landscape" ? "landscape" : "portrait",
    fitToPagesWide: fit !== undefined && fit >= 1 ? fit : 1,
    ...(titles ? { repeatRows: { first: titles.first, last: titles.last } } : {}),
    ...(areas ? { areas } : {}),
    ...headerFooter(sheet, omitted),
  };
}

/** Stored row heights, points, by row; a hidden row (height 0) is not a spec height and is reported. */
export function rowHeightsSpec(sheet: SheetModel, omitted: string[]): Spec.SheetSpec["rowHeights"] {
  const heights = [...sheet.rowHeights]
    .sort((a, b) => a[0] - b[0])
    .flatMap(([row, height]) => {
      if (height > 0) return [{ row, height }];
      omitted.push(`${sheet.name}: row ${row + 1} hidden (height 0)`);
      return [];
    });
  return heights.length > 0 ? heights : undefined;
}
