/**
 * A PrintSpec as the Office.js calls on a sheet's `PageLayout` (ExcelApi 1.9: orientation, zoom,
 * setPrintTitleRows, setPrintArea, headersFooters), as data: queue-step.ts makes exactly these calls and
 * step-size.ts counts exactly these, as the .xlsx writer writes the same setup (src/xlsx/write-sheet-setup.ts).
 */
import type { PrintSpec } from "../layout/spec";
import { columnsAddress, rowsAddress } from "./a1";

/**
 * One property set or method call, on the sheet's page layout or its every-page header and footer (`part`,
 * the object path under the sheet); `setPrintArea` takes the blocks of `worksheet.getRanges(areas)`.
 */
export type PageLayoutCall =
  | { readonly part: "pageLayout"; readonly op: "orientation"; readonly value: "Landscape" | "Portrait" }
  | { readonly part: "pageLayout"; readonly op: "zoom"; readonly value: Excel.PageLayoutZoomOptions }
  | { readonly part: "pageLayout"; readonly op: "setPrintTitleRows"; readonly value: string }
  | { readonly part: "pageLayout"; readonly op: "setPrintArea"; readonly areas: string }
  | {
      readonly part: "pageLayout.headersFooters.defaultForAllPages";
      readonly op: "centerHeader" | "centerFooter";
      readonly value: string;
    };

/**
 * The print blocks as one address for `Worksheet.getRanges` (`"A:E, G:X"`; its docs: comma-separated
 * addresses). Whole columns, so rows a table grows into still print; each block prints from a new page.
 */
export function printAreaAddress(areas: NonNullable<PrintSpec["areas"]>): string {
  return areas.map((area) => columnsAddress(area.first, area.last)).join(", ");
}

/** The calls that give a sheet this page setup. */
export function pageLayoutCalls(print: PrintSpec): PageLayoutCall[] {
  const calls: PageLayoutCall[] = [
    { part: "pageLayout", op: "orientation", value: print.orientation === "landscape" ? "Landscape" : "Portrait" },
    // zoom must be set as one object (PageLayout docs); 0 pages tall means "as many as needed".
    { part: "pageLayout", op: "zoom", value: { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 } },
  ];
  if (print.repeatRows !== undefined) {
    const rows = rowsAddress(print.repeatRows.first, print.repeatRows.last);
    calls.push({ part: "pageLayout", op: "setPrintTitleRows", value: rows });
  }
  if (print.areas !== undefined && print.areas.length > 0) {
    calls.push({ part: "pageLayout", op: "setPrintArea", areas: printAreaAddress(print.areas) });
  }
  const footers = "pageLayout.headersFooters.defaultForAllPages" as const;
  // Excel header codes (`&A` sheet name, `&P` page, `&N` pages) go through as they are.
  if (print.header !== undefined) calls.push({ part: footers, op: "centerHeader", value: print.header });
  if (print.footer !== undefined) calls.push({ part: footers, op: "centerFooter", value: print.footer });
  return calls;
}

/** Queues the calls on `sheet`. */
export function queuePageLayout(sheet: Excel.Worksheet, print: PrintSpec): void {
  const layout = sheet.pageLayout;
  for (const call of pageLayoutCalls(print)) {
    switch (call.op) {
      case "orientation":
        layout.orientation = call.value;
        break;
      case "zoom":
        layout.zoom = call.value;
        break;
      case "setPrintTitleRows":
        layout.setPrintTitleRows(call.value);
        break;
      case "setPrintArea":
        layout.setPrintArea(sheet.getRanges(call.areas));
        break;
      case "centerHeader":
        layout.headersFooters.defaultForAllPages.centerHeader = call.value;
        break;
      case "centerFooter":
        layout.headersFooters.defaultForAllPages.centerFooter = call.value;
        break;
    }
  }
}
