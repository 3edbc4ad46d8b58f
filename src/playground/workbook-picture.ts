/**
 * What the playground shows of the simulated workbook, read through the Excel JavaScript API like any other
 * co-author would (its own request context): sheets in tab order, each sheet's used cells with their formula
 * or shown text, the active sheet and the selection. Plain data, so it can cross from the pane's frame.
 */

import type { ExcelRun } from "../excel/excel-run";

/** One cell of the picture. */
export interface PictureCell {
  /** Zero-based row and column in the sheet. */
  readonly row: number;
  readonly column: number;
  /** The formula for a formula cell, else the text Excel shows. */
  readonly text: string;
  readonly kind: "formula" | "number" | "text" | "boolean";
}

/** One sheet of the picture. */
export interface PictureSheet {
  readonly name: string;
  readonly visibility: "Visible" | "Hidden" | "VeryHidden";
  readonly tabColor: string;
  readonly cells: readonly PictureCell[];
  /** Rows and columns spanned by the used range (0 for an empty sheet), from A1. */
  readonly rows: number;
  readonly columns: number;
}

/** The whole picture. */
export interface WorkbookPicture {
  readonly sheets: readonly PictureSheet[];
  readonly activeSheet: string;
  /** The selected range on the active sheet, A1 without the sheet (e.g. `C5`). */
  readonly selection: string;
}

/** The kind of a cell from what Range.formulas and Range.valueTypes report. */
function kindOf(formula: unknown, valueType: string): PictureCell["kind"] {
  if (typeof formula === "string" && formula.startsWith("=")) return "formula";
  if (valueType === "Double") return "number";
  if (valueType === "Boolean") return "boolean";
  return "text";
}

function cellsOf(range: Excel.Range): PictureCell[] {
  const cells: PictureCell[] = [];
  range.formulas.forEach((row, r) =>
    row.forEach((formula: unknown, c) => {
      const kind = kindOf(formula, range.valueTypes[r]?.[c] ?? "Empty");
      const text = kind === "formula" ? String(formula) : (range.text[r]?.[c] ?? "");
      if (text !== "") cells.push({ row: range.rowIndex + r, column: range.columnIndex + c, text, kind });
    }),
  );
  return cells;
}

/** Reads the picture in two round trips (sheets, then every sheet's used range and the selection). */
export async function readWorkbookPicture(run: ExcelRun): Promise<WorkbookPicture> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/visibility,items/tabColor");
    const selection = context.workbook.getSelectedRange().load("address");
    await context.sync();
    const used = sheets.items.map((sheet) =>
      sheet.getUsedRangeOrNullObject().load("formulas,text,valueTypes,rowIndex,columnIndex,rowCount,columnCount"),
    );
    await context.sync();
    const [activeSheet = "", cell = "A1"] = selection.address.split("!");
    return {
      activeSheet: activeSheet.replace(/^'|'$/g, "").replace(/''/g, "'"),
      selection: cell,
      sheets: sheets.items.map((sheet, i) => {
        const range = used[i] as Excel.Range;
        const empty = range.isNullObject;
        return {
          name: sheet.name,
          visibility: sheet.visibility as PictureSheet["visibility"],
          tabColor: sheet.tabColor,
          cells: empty ? [] : cellsOf(range),
          rows: empty ? 0 : range.rowIndex + range.rowCount,
          columns: empty ? 0 : range.columnIndex + range.columnCount,
        };
      }),
    };
  });
}
