/** `Excel.Range` proxy: a block of cells of one sheet, resolved to (sheet id, rectangle) at first use. */
import { clearRange, mergeCells, setHyperlink, unmergeCells, writeCells, writeNumberFormats } from "./cell-rules";
import { SimConditionalFormatCollection } from "./conditional-formats";
import type { SimRequestContext } from "./context";
import { fail } from "./errors";
import type { Exec } from "./exec";
import type { Mirror } from "./excel-types";
import { SimObject, type Scalars } from "./proxy";
import { SimRangeFormat } from "./range-format";
import {
  cellAt,
  columnAt,
  entireColumns,
  entireRows,
  inGrid,
  lastColumn,
  lastRow,
  offset,
  resized,
  rowAt,
  type Navigation,
} from "./range-navigation";
import { intersectRange, searchRange } from "./range-lookups";
import { RANGE_SCALARS, type RangeKey } from "./range-scalars";
import { deleteRangeCells } from "./row-delete-rules";
import { SimDataValidation } from "./validation";
import { sheetById } from "./workbook-model";
import { SimWorksheet } from "./worksheet";

export type { RangeKey } from "./range-scalars";

type RangeMembers =
  | "address"
  | "addressLocal"
  | "rowIndex"
  | "columnIndex"
  | "rowCount"
  | "columnCount"
  | "cellCount"
  | "values"
  | "formulas"
  | "numberFormat"
  | "text"
  | "valueTypes"
  | "hyperlink"
  | "isEntireRow"
  | "isEntireColumn"
  | "format"
  | "dataValidation"
  | "conditionalFormats"
  | "worksheet"
  | "getCell"
  | "getResizedRange"
  | "getOffsetRange"
  | "getRow"
  | "getColumn"
  | "getEntireRow"
  | "getEntireColumn"
  | "getLastRow"
  | "getLastColumn"
  | "getIntersection"
  | "getIntersectionOrNullObject"
  | "find"
  | "findOrNullObject"
  | "delete"
  | "clear"
  | "merge"
  | "unmerge"
  | "select";

/** A block of cells. */
export class SimRange extends SimObject<RangeKey> implements Mirror<Excel.Range, RangeMembers> {
  protected readonly typeName = "Range";

  constructor(context: SimRequestContext, path: string, locate: (exec: Exec) => RangeKey | null) {
    super(context, path, locate);
  }

  protected scalars(): Scalars<RangeKey> {
    return RANGE_SCALARS;
  }

  protected override navigations(): readonly string[] {
    return ["format", "dataValidation", "conditionalFormats", "worksheet"];
  }

  protected override checkAlive(exec: Exec, key: RangeKey): void {
    sheetById(exec.workbook, key.sheetId);
  }

  private derived(op: string, args: readonly unknown[], rect: Navigation): SimRange {
    const text = args.map((a) => JSON.stringify(a)).join(", ");
    return new SimRange(this.context, `${this._path}.${op}(${text})`, (exec) => {
      const base = this._resolve(exec);
      return { sheetId: base.sheetId, rect: inGrid(rect(base.rect)) };
    });
  }

  get address(): string {
    return this.read("address");
  }
  get addressLocal(): string {
    return this.read("addressLocal");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get isEntireRow(): boolean {
    return this.read("isEntireRow");
  }
  get isEntireColumn(): boolean {
    return this.read("isEntireColumn");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.read("valueTypes");
  }

  /** Raw values; a formula cell reads as `#CALC!` (formulas are never computed here). */
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(values: unknown[][]) {
    this.setProperty("values", values, (exec, k) =>
      writeCells(exec.workbook, sheetById(exec.workbook, k.sheetId), k.rect, values, "values", exec.log),
    );
  }

  /** Formulas in invariant English (constants for cells without one). */
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(formulas: unknown[][]) {
    this.setProperty("formulas", formulas, (exec, k) =>
      writeCells(exec.workbook, sheetById(exec.workbook, k.sheetId), k.rect, formulas, "formulas", exec.log),
    );
  }

  /** Number format codes, invariant (en-US). */
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.setProperty("numberFormat", formats, (exec, k) =>
      writeNumberFormats(sheetById(exec.workbook, k.sheetId), k.rect, formats),
    );
  }

  /** The hyperlink of the range (top-left cell when read). */
  get hyperlink(): Excel.RangeHyperlink {
    return this.read("hyperlink");
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.setProperty("hyperlink", link, (exec, k) =>
      setHyperlink(exec.workbook, sheetById(exec.workbook, k.sheetId), k.rect, link, exec.log),
    );
  }

  /** Font, fill, alignment, borders, sizes. */
  get format(): SimRangeFormat {
    return this.nav(
      "format",
      () => new SimRangeFormat(this.context, `${this._path}.format`, (exec) => this._resolve(exec)),
    );
  }

  /** The data validation of the range. */
  get dataValidation(): SimDataValidation {
    return this.nav(
      "dataValidation",
      () => new SimDataValidation(this.context, `${this._path}.dataValidation`, (exec) => this._resolve(exec)),
    );
  }

  /** Conditional formats intersecting the range; `add` creates one on this range. */
  get conditionalFormats(): SimConditionalFormatCollection {
    return this.nav(
      "conditionalFormats",
      () =>
        new SimConditionalFormatCollection(this.context, `${this._path}.conditionalFormats`, (exec) =>
          this._resolve(exec),
        ),
    );
  }

  /** The sheet of the range. */
  get worksheet(): SimWorksheet {
    return this.nav(
      "worksheet",
      () => new SimWorksheet(this.context, `${this._path}.worksheet`, (exec) => this._resolve(exec).sheetId),
    );
  }

  getCell(row: number, column: number): SimRange {
    return this.derived("getCell", [row, column], cellAt(row, column));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this.derived("getResizedRange", [deltaRows, deltaColumns], resized(deltaRows, deltaColumns));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this.derived("getOffsetRange", [rowOffset, columnOffset], offset(rowOffset, columnOffset));
  }
  getRow(row: number): SimRange {
    return this.derived("getRow", [row], rowAt(row));
  }
  getColumn(column: number): SimRange {
    return this.derived("getColumn", [column], columnAt(column));
  }
  getEntireRow(): SimRange {
    return this.derived("getEntireRow", [], entireRows);
  }
  getEntireColumn(): SimRange {
    return this.derived("getEntireColumn", [], entireColumns);
  }
  getLastRow(): SimRange {
    return this.derived("getLastRow", [], lastRow);
  }
  getLastColumn(): SimRange {
    return this.derived("getLastColumn", [], lastColumn);
  }

  /** The cells both ranges cover (ExcelApi 1.1); ItemNotFound when they do not meet. */
  getIntersection(anotherRange: SimRange | string): SimRange {
    return intersectRange(this, anotherRange, false);
  }
  /** The cells both ranges cover, or a null object (ExcelApi 1.4). */
  getIntersectionOrNullObject(anotherRange: SimRange | string): SimRange {
    return intersectRange(this, anotherRange, true);
  }
  /** The first cell whose value matches (ExcelApi 1.9; rules in range-find.ts); ItemNotFound when none does. */
  find(text: string, criteria: Excel.SearchCriteria): SimRange {
    return searchRange(this, text, criteria, false);
  }
  /** As `find`, but a null object when no cell matches. */
  findOrNullObject(text: string, criteria: Excel.SearchCriteria): SimRange {
    return searchRange(this, text, criteria, true);
  }

  /** Deletes the cells, shifting others into their place (ExcelApi 1.1; whole table rows only, see row-delete-rules.ts). */
  delete(shift: Excel.DeleteShiftDirection | "Up" | "Left"): void {
    this.queue("delete", [shift], (exec, k) =>
      deleteRangeCells(exec.workbook, sheetById(exec.workbook, k.sheetId), k.rect, shift, exec.log),
    );
  }

  /** Clears contents and/or formats (`applyTo`: All, Formats, Contents, Hyperlinks...). */
  clear(
    applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents",
  ): void {
    this.queue("clear", [applyTo ?? null], (exec, k) =>
      clearRange(exec.workbook, sheetById(exec.workbook, k.sheetId), k.rect, applyTo, exec.log),
    );
  }

  merge(across?: boolean): void {
    this.queue("merge", [across ?? false], (exec, k) =>
      mergeCells(exec.workbook, sheetById(exec.workbook, k.sheetId), k.rect, across),
    );
  }

  unmerge(): void {
    this.queue("unmerge", [], (exec, k) => unmergeCells(sheetById(exec.workbook, k.sheetId), k.rect));
  }

  /** Selects the range (activating its sheet). */
  select(): void {
    this.queue("select", [], (exec, k) => {
      const sheet = sheetById(exec.workbook, k.sheetId);
      if (sheet.visibility !== "Visible") throw fail("InvalidOperation", "cannot select cells of a hidden sheet");
      exec.workbook.activeSheetId = k.sheetId;
      exec.workbook.selection = k.rect;
    });
  }
}
