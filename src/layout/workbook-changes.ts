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
  DefinedNameSpec,
  SheetSpec,
  SheetVisibility,
  StyleKey,
  TableSpec,
} from "./spec";

/** One change; sheets are addressed by their current name, tables and names by their own name. */
export type WorkbookChange =
  /** Creates a sheet with everything in it (cells, tables, validations, formats, print setup). */
  | { readonly kind: "addSheet"; readonly sheet: SheetSpec }
  /** Adds a table (and its validations and formats) to an existing sheet, at the spec's position. */
  | { readonly kind: "addTable"; readonly sheetName: string; readonly table: TableSpec; readonly sheetKey: string }
  /** Adds workbook-scoped names; `sheetKey`s resolve through `sheetNames`. */
  | { readonly kind: "addNames"; readonly names: readonly DefinedNameSpec[] }
  /** Writes rows just below a table's body and resizes the table over them (never `rows.add`). */
  | {
      readonly kind: "appendRows";
      readonly table: string;
      /** Where the table is now (header row included), as read just before. */
      readonly tableRange: {
        readonly sheetName: string;
        readonly row: number;
        readonly column: number;
        readonly rows: number;
        readonly columns: number;
      };
      readonly rows: readonly (readonly CellValue[])[];
    }
  /** Writes cells on an existing sheet (the use case has checked they are empty or the add-in's). */
  | { readonly kind: "writeCells"; readonly sheetName: string; readonly cells: readonly CellSpec[] }
  | { readonly kind: "renameSheet"; readonly from: string; readonly to: string }
  | { readonly kind: "setVisibility"; readonly sheetName: string; readonly visibility: SheetVisibility }
  /** Moves a sheet to a zero-based tab position. */
  | { readonly kind: "moveSheet"; readonly sheetName: string; readonly position: number }
  | { readonly kind: "deleteSheet"; readonly sheetName: string }
  | { readonly kind: "deleteName"; readonly name: string }
  /** Shows a sheet and selects a cell, for navigation from the task pane. */
  | { readonly kind: "activate"; readonly sheetName: string; readonly row: number; readonly column: number };

/** A batch of changes with the styles its cells refer to and the sheet-key → sheet-name map for names. */
export interface ChangeSet {
  readonly changes: readonly WorkbookChange[];
  readonly styles: Readonly<Record<StyleKey, CellStyle>>;
  /** Current name of each sheet key the changes' names refer to (`ver:<id>` → `Acme · Ver`). */
  readonly sheetNames: Readonly<Record<string, string>>;
}
