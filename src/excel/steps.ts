/**
 * The adapter's own plan of work: a change set lowered to small steps, each a handful of Office.js calls on
 * one target. Plain data, so lowering, size estimates and packing into requests are pure and testable; only
 * queue-step.ts turns a step into `Excel.*` calls. Ranges are zero-based here; A1 is made when queuing.
 */
import type { CellRange, CellStyle, ChartSpec, ConditionalRule, PrintSpec, ValidationSpec } from "../layout/spec";

/** How a step finds its sheet: by current name, or through a defined name on it (follows renames at apply time). */
export type SheetRef =
  { readonly by: "name"; readonly name: string } | { readonly by: "anchor"; readonly name: string };

/** What Office.js takes in one cell of `Range.formulas`: `null` leaves the cell as it is. */
export type CellInput = string | number | boolean | null;

/** Excel's sheet visibilities as Office.js names them (`Excel.SheetVisibility`). */
export type ExcelVisibility = "Visible" | "Hidden" | "VeryHidden";

/** One step of work; `sheet` steps address cells of that sheet. */
export type Step =
  | { readonly kind: "suspendCalculation" }
  | { readonly kind: "addSheet"; readonly name: string }
  | {
      readonly kind: "sheetProps";
      readonly sheet: SheetRef;
      readonly tabColor?: string;
      readonly visibility?: ExcelVisibility;
      readonly name?: string;
      readonly position?: number;
    }
  | { readonly kind: "deleteSheet"; readonly sheet: SheetRef }
  | { readonly kind: "freeze"; readonly sheet: SheetRef; readonly rows: number; readonly columns: number }
  | { readonly kind: "pageLayout"; readonly sheet: SheetRef; readonly print: PrintSpec }
  /** Width of `columns` columns from `column`, points. */
  | {
      readonly kind: "columnWidth";
      readonly sheet: SheetRef;
      readonly column: number;
      readonly columns: number;
      readonly points: number;
    }
  /** Height of `rows` rows from `row`, points. */
  | {
      readonly kind: "rowHeight";
      readonly sheet: SheetRef;
      readonly row: number;
      readonly rows: number;
      readonly points: number;
    }
  | { readonly kind: "write"; readonly sheet: SheetRef; readonly range: CellRange; readonly formulas: CellInput[][] }
  | { readonly kind: "numberFormat"; readonly sheet: SheetRef; readonly range: CellRange; readonly format: string }
  /** Font, fill, wrap, alignment and border of a style (its number format is a `numberFormat` step). */
  | { readonly kind: "style"; readonly sheet: SheetRef; readonly range: CellRange; readonly style: CellStyle }
  | { readonly kind: "merge"; readonly sheet: SheetRef; readonly range: CellRange }
  | { readonly kind: "link"; readonly sheet: SheetRef; readonly range: CellRange; readonly toName: string }
  | {
      readonly kind: "validation";
      readonly sheet: SheetRef;
      readonly range: CellRange;
      readonly validation: ValidationSpec;
    }
  | {
      readonly kind: "conditionalFormat";
      readonly sheet: SheetRef;
      readonly range: CellRange;
      readonly rule: ConditionalRule;
    }
  /** Creates a table with a header row over `range` (header row included), then names and styles it. */
  | {
      readonly kind: "addTable";
      readonly sheet: SheetRef;
      readonly range: CellRange;
      readonly name: string;
      readonly style: string;
    }
  /**
   * Writes rows just below a table's body and resizes the table over them, both relative to where the table
   * is when the request runs (co-authoring: a row someone appended meanwhile is not overwritten).
   */
  | { readonly kind: "appendRows"; readonly table: string; readonly formulas: CellInput[][] }
  /** Writes into existing body rows of a table, from zero-based body row `firstRow` (e.g. its one blank row). */
  | { readonly kind: "fillRows"; readonly table: string; readonly firstRow: number; readonly formulas: CellInput[][] }
  | {
      readonly kind: "addName";
      readonly name: string;
      readonly target:
        | { readonly kind: "range"; readonly sheet: SheetRef; readonly range: CellRange }
        | { readonly kind: "formula"; readonly formula: string };
      readonly comment?: string;
    }
  | { readonly kind: "deleteName"; readonly name: string }
  /** Writes one cell found through its defined name (follows renames and moves at apply time). */
  | { readonly kind: "writeNamed"; readonly name: string; readonly input: CellInput; readonly format?: string }
  /**
   * Deletes the body row of `table` whose `keyHeader` cell is exactly `key`, found when the request runs
   * (table-row-calls.ts); `clearOnly` clears its contents instead (a table keeps one data row).
   */
  | {
      readonly kind: "deleteTableRow";
      readonly table: string;
      readonly keyHeader: string;
      readonly key: string;
      readonly clearOnly: boolean;
    }
  /** Shrinks a table by `rows` rows from the bottom, wherever it is when the request runs. */
  | { readonly kind: "shrinkTable"; readonly table: string; readonly rows: number }
  | { readonly kind: "selectTableCell"; readonly table: string; readonly row: number; readonly column: number }
  | { readonly kind: "selectNamedCell"; readonly name: string }
  | { readonly kind: "chart"; readonly sheet: SheetRef; readonly chart: ChartSpec }
  | { readonly kind: "activate"; readonly sheet: SheetRef; readonly range: CellRange };

/** The steps on cells of a sheet (a range of it and what to set there), as opposed to the sheet itself. */
export type CellStep = Extract<
  Step,
  {
    readonly kind:
      | "columnWidth"
      | "rowHeight"
      | "write"
      | "numberFormat"
      | "style"
      | "merge"
      | "link"
      | "validation"
      | "conditionalFormat";
  }
>;
