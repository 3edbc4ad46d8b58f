/**
 * What a reader sees of a workbook: its sheets, tables (headers and row values) and defined names (and the
 * values of the cells they name). The Office.js adapter reads it in one `context.sync()`; the .xlsx reader
 * builds the same shape from a file; `read-plan.ts` turns it into a Plan. Plain, JSON-serializable data.
 */
import type { CellRange, SheetVisibility } from "./spec";

/** A value as Excel reports it from `Range.values`: numbers for numbers and dates, strings, booleans. */
export type StateValue = string | number | boolean;

/** One worksheet, in tab order. */
export interface SheetState {
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** Zero-based tab position. */
  readonly position: number;
  /** The used range and its cells' formulas (constants for plain cells), when the reader was asked for it. */
  readonly used?: { readonly range: CellRange; readonly formulas: readonly (readonly StateValue[])[] };
  /** Names of the sheet's charts (`Chart.name`), when the reader was asked for them (optional, additive). */
  readonly charts?: readonly string[];
}

/** One Excel table with its header texts and the values of its data rows. */
export interface TableState {
  readonly name: string;
  readonly sheetName: string;
  readonly headers: readonly string[];
  /** Data body values, one array per row (formula cells carry whatever the host reports). */
  readonly rows: readonly (readonly StateValue[])[];
  /** Where the whole table (header row included) is, when the reader was asked for it. */
  readonly range?: CellRange;
}

/** One workbook-scoped defined name. */
export interface NameState {
  readonly name: string;
  /** Sheet the name refers to; absent for formula names and broken (`#REF!`) references. */
  readonly sheetName?: string;
  readonly range?: CellRange;
  /** The name's formula as Excel shows it, e.g. `='Acme · Ver'!$C$5` or `=TODAY()`. */
  readonly formula: string;
  /** Values of the named cells (range names only). */
  readonly values?: readonly (readonly StateValue[])[];
}

/** Everything a reader needs to rebuild the plan and to tell what exists. */
export interface WorkbookState {
  readonly sheets: readonly SheetState[];
  readonly tables: readonly TableState[];
  readonly names: readonly NameState[];
}
