/**
 * Changes to an existing workbook, as plain data: what a use case decides (src/app) and what the Office.js
 * adapter applies (src/excel). Every change is additive or targets objects the add-in owns; none of them
 * overwrites a cell a user filled — the use case only emits a cell write after checking it is empty or the
 * add-in's own.
 */
import type {
  CellSpec,
  CellStyle,
  CellValue,
  ChartSpec,
  ConditionalFormatSpec,
  DefinedNameSpec,
  SheetSpec,
  SheetVisibility,
  StyleKey,
  TableSpec,
} from "./spec";

/**
 * Optional on every change addressed by sheet name: a defined name on that sheet (e.g. its anchor
 * `vamVer_<id>`). When given, the adapter finds the sheet through the name when the change is applied, so a
 * co-author renaming the sheet meanwhile does not break the change. (Additive; `sheetName` stays the
 * fallback and the name used in messages.)
 */
export interface SheetAnchor {
  readonly anchorName?: string;
}

/** One named cell to write: the cell is found through its defined name when the change is applied. */
export interface NamedCellWrite {
  readonly name: string;
  readonly value: CellValue;
}

/** One change; sheets are addressed by their current name, tables and names by their own name. */
export type WorkbookChange =
  /** Creates a sheet with everything in it (cells, tables, validations, formats, print setup). */
  | { readonly kind: "addSheet"; readonly sheet: SheetSpec }
  /** Adds a table (and its validations and formats) to an existing sheet, at the spec's position. */
  | ({
      readonly kind: "addTable";
      readonly sheetName: string;
      readonly table: TableSpec;
      readonly sheetKey: string;
      /** Conditional formats of the sheet that target this table's columns (additive, optional). */
      readonly conditionalFormats?: readonly ConditionalFormatSpec[];
    } & SheetAnchor)
  /**
   * Draws a chart on an existing sheet (e.g. one a client's sheet was built without); the tables and columns
   * its series name must exist when the change is applied (additive).
   */
  | ({ readonly kind: "addChart"; readonly sheetName: string; readonly chart: ChartSpec } & SheetAnchor)
  /** Adds workbook-scoped names; `sheetKey`s resolve through `sheetNames`. */
  | { readonly kind: "addNames"; readonly names: readonly DefinedNameSpec[] }
  /**
   * Writes rows just below a table's body and resizes the table over them (never `rows.add`). The adapter
   * finds the body's end when the request runs, so a row a co-author appended meanwhile is not overwritten.
   */
  | {
      readonly kind: "appendRows";
      readonly table: string;
      /** Where the table is now (header row included), as read just before; informative (optional, additive). */
      readonly tableRange?: {
        readonly sheetName: string;
        readonly row: number;
        readonly column: number;
        readonly rows: number;
        readonly columns: number;
      };
      readonly rows: readonly (readonly CellValue[])[];
      /** The table's only data row is the blank row of an empty table: the first row goes into it (additive). */
      readonly intoBlankRow?: boolean;
    }
  /** Writes cells on an existing sheet (the use case has checked they are empty or the add-in's). */
  | ({ readonly kind: "writeCells"; readonly sheetName: string; readonly cells: readonly CellSpec[] } & SheetAnchor)
  /**
   * Writes cells found through their defined names; `empty` clears the cell (additive; the use case checked
   * the cells are the add-in's or the user asked for the change).
   */
  | { readonly kind: "writeNamedCells"; readonly cells: readonly NamedCellWrite[] }
  /**
   * Clears a table body row's cells in the given columns (zero-based row, as read just before); when it is
   * the last of several rows, the table then shrinks over it (additive; Excel tables keep one data row).
   */
  | {
      readonly kind: "clearTableRow";
      readonly table: string;
      readonly row: number;
      readonly columns: number;
      readonly shrink: boolean;
    }
  /**
   * Removes the data row of a table whose cell in the column headed `keyHeader` holds exactly `key` (the
   * text as read), found when the change is applied, so a row a co-author added, moved or sorted meanwhile
   * is never the one removed; the rows below move up. `clearOnly` clears the row's contents instead, for a
   * table's only data row (Excel tables keep one). Fails, with nothing after it applied, when no row holds
   * the key any more (additive).
   */
  | {
      readonly kind: "deleteTableRow";
      readonly table: string;
      readonly keyHeader: string;
      readonly key: string;
      readonly clearOnly?: boolean;
    }
  /** Shows a table's sheet and selects one of its body cells, both found when applied (additive). */
  | { readonly kind: "selectTableCell"; readonly table: string; readonly row: number; readonly column: number }
  /** Shows the sheet of a named cell and selects it, found through the name when applied (additive). */
  | { readonly kind: "selectNamedCell"; readonly name: string }
  | ({ readonly kind: "renameSheet"; readonly from: string; readonly to: string } & SheetAnchor)
  | ({ readonly kind: "setVisibility"; readonly sheetName: string; readonly visibility: SheetVisibility } & SheetAnchor)
  /** Moves a sheet to a zero-based tab position. */
  | ({ readonly kind: "moveSheet"; readonly sheetName: string; readonly position: number } & SheetAnchor)
  | ({ readonly kind: "deleteSheet"; readonly sheetName: string } & SheetAnchor)
  | { readonly kind: "deleteName"; readonly name: string }
  /** Shows a sheet and selects a cell, for navigation from the task pane. */
  | ({
      readonly kind: "activate";
      readonly sheetName: string;
      readonly row: number;
      readonly column: number;
    } & SheetAnchor);

/** A batch of changes with the styles its cells refer to and the sheet-key → sheet-name map for names. */
export interface ChangeSet {
  readonly changes: readonly WorkbookChange[];
  readonly styles: Readonly<Record<StyleKey, CellStyle>>;
  /** Current name of each sheet key the changes' names refer to (`ver:<id>` → `Acme · Ver`). */
  readonly sheetNames: Readonly<Record<string, string>>;
}
