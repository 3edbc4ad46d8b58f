/**
 * `Excel.PageLayout` (ExcelApi 1.9): orientation, fit-to-page zoom, repeated title rows, the print area (one
 * or several blocks) and the page header and footer. Kept per sheet, so they follow renames and go with the
 * sheet. Excel keeps the print area as the sheet-scoped name `Print_Area`; sheet-scoped names are not
 * simulated, so it does not show among the workbook's names here.
 */
import { MAX_COLUMNS, type Rect } from "./address";
import { fail } from "./errors";
import type { Exec } from "./exec";
import type { Mirror } from "./excel-types";
import { SimHeaderFooterGroup } from "./header-footer";
import { SimObject, type Scalars } from "./proxy";
import { SimRange, type RangeKey } from "./range";
import { areasOnSheet, SimRangeAreas, type RangeAreasKey } from "./range-areas";
import { sheetById, type SheetModel } from "./workbook-model";
import { rectOf } from "./worksheet-parts";

type PageLayoutMembers =
  | "orientation"
  | "zoom"
  | "headersFooters"
  | "setPrintTitleRows"
  | "getPrintTitleRowsOrNullObject"
  | "setPrintArea"
  | "getPrintArea"
  | "getPrintAreaOrNullObject";

/** The blocks of a print area given as a Range, a RangeAreas or an address (`"A:E, G:K"`), on `sheet`. */
function printAreaRects(exec: Exec, sheet: SheetModel, target: unknown): Rect[] {
  if (target instanceof SimRangeAreas) {
    const key = target._resolve(exec);
    if (key.sheetId !== sheet.id) throw fail("InvalidArgument", "the print area is on another sheet");
    return [...key.rects];
  }
  if (typeof target === "string") return areasOnSheet(exec, sheet, target);
  return [rectOf(exec, sheet, target)];
}

/** Page setup of a sheet. */
export class SimPageLayout extends SimObject<string> implements Mirror<Excel.PageLayout, PageLayoutMembers> {
  protected readonly typeName = "PageLayout";
  protected scalars(): Scalars<string> {
    return {
      orientation: (e, id) => sheetById(e.workbook, id).pageLayout.orientation,
      zoom: (e, id) => sheetById(e.workbook, id).pageLayout.zoom,
    };
  }
  protected override navigations(): readonly string[] {
    return ["headersFooters"];
  }
  get orientation(): Excel.PageLayout["orientation"] {
    return this.read("orientation");
  }
  set orientation(value: Excel.PageLayout["orientation"]) {
    this.setProperty("orientation", value, (e, id) => {
      if (value !== "Portrait" && value !== "Landscape") throw fail("InvalidArgument", `orientation ${String(value)}`);
      sheetById(e.workbook, id).pageLayout.orientation = value;
    });
  }
  /** Set as one object (the docs: `zoom` cannot be set through its sub-properties). */
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read("zoom");
  }
  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    this.setProperty("zoom", zoom, (e, id) => {
      const { scale, horizontalFitToPages, verticalFitToPages } = zoom ?? {};
      const pages = [horizontalFitToPages, verticalFitToPages].filter((v) => v !== undefined);
      if (scale !== undefined && (typeof scale !== "number" || scale < 10 || scale > 400))
        throw fail("InvalidArgument", "zoom scale is 10–400");
      if (pages.some((v) => typeof v !== "number" || v < 0 || !Number.isInteger(v)))
        throw fail("InvalidArgument", "fit-to pages are whole numbers ≥ 0");
      sheetById(e.workbook, id).pageLayout.zoom = { ...zoom };
    });
  }
  /** The page header and footer (ExcelApi 1.9). */
  get headersFooters(): SimHeaderFooterGroup {
    return this.nav(
      "headersFooters",
      () => new SimHeaderFooterGroup(this.context, `${this._path}.headersFooters`, (exec) => this._resolve(exec)),
    );
  }
  /** Rows repeated on every printed page; must be whole rows (`$1:$3` or a Range of entire rows). */
  setPrintTitleRows(printTitleRows: SimRange | string): void {
    this.queue("setPrintTitleRows", [printTitleRows], (exec, id) => {
      const sheet = sheetById(exec.workbook, id);
      const rect = rectOf(exec, sheet, printTitleRows);
      if (rect.columns !== MAX_COLUMNS) throw fail("InvalidArgument", "print title rows must be entire rows");
      sheet.pageLayout.printTitleRows = { first: rect.row, last: rect.row + rect.rows - 1 };
    });
  }
  getPrintTitleRowsOrNullObject(): SimRange {
    const range = new SimRange(
      this.context,
      `${this._path}.getPrintTitleRowsOrNullObject()`,
      (exec): RangeKey | null => {
        const sheet = sheetById(exec.workbook, this._resolve(exec));
        const rows = sheet.pageLayout.printTitleRows;
        return rows
          ? {
              sheetId: sheet.id,
              rect: { row: rows.first, column: 0, rows: rows.last - rows.first + 1, columns: MAX_COLUMNS },
            }
          : null;
      },
    );
    range._resolveOnSync();
    return range;
  }
  /**
   * The print area: a Range, a RangeAreas (several blocks, each printed from a new page) or an address of
   * this sheet (`"A:E, G:K"`, comma- or semicolon-separated as `getRanges` takes it).
   */
  setPrintArea(printArea: SimRange | SimRangeAreas | string): void {
    this.queue("setPrintArea", [printArea], (exec, id) => {
      const sheet = sheetById(exec.workbook, id);
      sheet.pageLayout.printArea = printAreaRects(exec, sheet, printArea);
    });
  }
  private printArea(op: string, missing: () => null): SimRangeAreas {
    return new SimRangeAreas(this.context, `${this._path}.${op}()`, (exec): RangeAreasKey | null => {
      const sheet = sheetById(exec.workbook, this._resolve(exec));
      const rects = sheet.pageLayout.printArea;
      return rects ? { sheetId: sheet.id, rects } : missing();
    });
  }
  /** The print area; ItemNotFound when the sheet has none (the docs). */
  getPrintArea(): SimRangeAreas {
    return this.printArea("getPrintArea", () => {
      throw fail("ItemNotFound", "the sheet has no print area");
    });
  }
  /** The print area, or a null object when the sheet has none. */
  getPrintAreaOrNullObject(): SimRangeAreas {
    const areas = this.printArea("getPrintAreaOrNullObject", () => null);
    areas._resolveOnSync();
    return areas;
  }
}
