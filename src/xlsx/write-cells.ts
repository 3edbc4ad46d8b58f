/** Writes spec cells (values, styles, merges) into an ExcelJS worksheet. */
import type { Cell, Worksheet } from "exceljs";
import type { CellRange, CellSpec, CellValue, StyleKey, WorkbookSpec } from "../layout/spec";
import { cellAddress, rangeAddress, rangeEnd } from "./a1";
import { excelCellStyle } from "./cell-style";
import { excelSerialFromIso } from "./excel-date";
import { type FormulaContext, toFileFormula } from "./file-formula";
import { encodeOoxmlText } from "./ooxml-text";

/** Excel's limit on the characters (UTF-16 code units) a cell can hold. */
export const EXCEL_MAX_CELL_TEXT = 32_767;

/** Number format of a date cell whose style sets none. */
export const DEFAULT_DATE_FORMAT = "yyyy-mm-dd";

/** A cell that links to a defined name; ExcelJS cannot write such links, so the package is patched. */
export interface NameLink {
  readonly row: number;
  readonly column: number;
  readonly name: string;
}

/** What writing a sheet's cells needs and collects. */
export interface CellWriteState {
  readonly styles: WorkbookSpec["styles"];
  /** Collected links to defined names, written into the sheet XML after ExcelJS. */
  readonly links: NameLink[];
}

function applyStyle(cell: Cell, styleKey: StyleKey | undefined, state: CellWriteState, isDate: boolean): void {
  const spec = styleKey === undefined ? undefined : state.styles[styleKey];
  if (styleKey !== undefined && spec === undefined) {
    throw new Error(`unknown style ${styleKey}`);
  }
  const style = spec === undefined ? {} : excelCellStyle(spec);
  if (isDate && style.numFmt === undefined) {
    style.numFmt = DEFAULT_DATE_FORMAT;
  }
  if (Object.keys(style).length > 0) {
    cell.style = style;
  }
}

function assignValue(cell: Cell, value: CellValue, context: FormulaContext): void {
  switch (value.kind) {
    case "text":
      if (value.text.length > EXCEL_MAX_CELL_TEXT) {
        throw new Error(`a cell holds at most ${EXCEL_MAX_CELL_TEXT} characters, got ${value.text.length}`);
      }
      // A JS string always becomes a string cell in ExcelJS: `=1+1` stays text, never a formula.
      cell.value = encodeOoxmlText(value.text);
      return;
    case "number":
      if (!Number.isFinite(value.value)) {
        throw new Error(`a cell number must be finite, got ${value.value}`);
      }
      cell.value = value.value;
      return;
    case "date":
      cell.value = excelSerialFromIso(value.iso);
      return;
    case "formula":
      cell.value = { formula: toFileFormula(value.formula, context), date1904: false };
      return;
    case "empty":
      return;
  }
}

/** Writes one cell's value and style; `context` names the table the cell belongs to, if any. */
export function writeCell(sheet: Worksheet, spec: CellSpec, state: CellWriteState, context: FormulaContext = {}): void {
  const cell = sheet.getCell(cellAddress(spec.row, spec.column));
  assignValue(cell, spec.value, context);
  applyStyle(cell, spec.style, state, spec.value.kind === "date");
  // Text and formula cells can both link (Cartera's Cliente is a formula that links to the Ver sheet).
  if ((spec.value.kind === "text" || spec.value.kind === "formula") && spec.value.linkToName !== undefined) {
    state.links.push({ row: spec.row, column: spec.column, name: spec.value.linkToName });
  }
}

/** Merges a range of at least two cells; the value sits in its top-left cell. */
export function writeMerge(sheet: Worksheet, range: CellRange): void {
  const end = rangeEnd(range);
  if (end.row === range.row && end.column === range.column) {
    throw new Error(`a merge needs at least two cells: ${rangeAddress(range)}`);
  }
  sheet.mergeCells(rangeAddress(range));
}
