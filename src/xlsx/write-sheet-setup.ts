/** Sheet-level setup: visibility, tab colour, frozen panes, column widths, row heights, page setup. */
import type { Worksheet } from "exceljs";
import type { PrintSpec, SheetSpec } from "../layout/spec";
import { cellAddress } from "./a1";
import { argbColour } from "./cell-style";

/** Excel's widest column, characters of the default font. */
export const MAX_COLUMN_WIDTH = 255;

function writeFreeze(sheet: Worksheet, freeze: SheetSpec["freeze"]): void {
  if (freeze === undefined || (freeze.rows === 0 && freeze.columns === 0)) {
    return;
  }
  sheet.views = [
    {
      state: "frozen",
      xSplit: freeze.columns,
      ySplit: freeze.rows,
      topLeftCell: cellAddress(freeze.rows, freeze.columns),
    },
  ];
}

/** Sets a column's width, characters; the same unit the file stores (`<col width>`). */
export function setColumnWidth(sheet: Worksheet, column: number, width: number): void {
  if (!Number.isFinite(width) || width < 0 || width > MAX_COLUMN_WIDTH) {
    throw new Error(`column width ${width} is outside 0–${MAX_COLUMN_WIDTH} characters`);
  }
  sheet.getColumn(column + 1).width = width;
}

/** Excel's tallest row, points. */
export const MAX_ROW_HEIGHT = 409;

/**
 * Orientation and fit-to-width; fitToHeight 0 means "as many pages tall as needed". Header and footer go
 * in their centre section (`&C`); `&A`, `&P`, `&N` are Excel's codes for sheet name, page and pages.
 */
function writePrint(sheet: Worksheet, print: PrintSpec): void {
  if (!Number.isInteger(print.fitToPagesWide) || print.fitToPagesWide < 1) {
    throw new Error(`fitToPagesWide must be a whole number ≥ 1, got ${print.fitToPagesWide}`);
  }
  sheet.pageSetup.orientation = print.orientation;
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = print.fitToPagesWide;
  sheet.pageSetup.fitToHeight = 0;
  if (print.header !== undefined) sheet.headerFooter.oddHeader = `&C${print.header}`;
  if (print.footer !== undefined) sheet.headerFooter.oddFooter = `&C${print.footer}`;
}

function writeRowHeights(sheet: Worksheet, heights: SheetSpec["rowHeights"]): void {
  for (const { row, height } of heights ?? []) {
    if (!Number.isFinite(height) || height <= 0 || height > MAX_ROW_HEIGHT) {
      throw new Error(`row height ${height} is outside 0–${MAX_ROW_HEIGHT} points`);
    }
    sheet.getRow(row + 1).height = height;
  }
}

/**
 * Applies a sheet's setup. Repeated print rows are a defined name (`_xlnm.Print_Titles`) and are written
 * with the other names (write-names.ts), because ExcelJS does not double apostrophes in sheet names there.
 */
export function writeSheetSetup(sheet: Worksheet, spec: SheetSpec): void {
  sheet.state = spec.visibility;
  if (spec.tabColor !== undefined) {
    sheet.properties.tabColor = argbColour(spec.tabColor);
  }
  writeFreeze(sheet, spec.freeze);
  for (const { column, width } of spec.columnWidths) {
    setColumnWidth(sheet, column, width);
  }
  writeRowHeights(sheet, spec.rowHeights);
  writePrint(sheet, spec.print);
}
