/** Writes data validations: sheet ranges and table-column bodies, with input message and error alert. */
import type { DataValidation, Worksheet } from "exceljs";
import type { CellRange, SheetSpec, ValidationRule, ValidationSpec } from "../layout/spec";
import { rangeAddress } from "./a1";
import { assertExcelName } from "./excel-names";
import { tableColumnBody } from "./table-geometry";

/** Excel's Data Validation dialog caps titles at 32 characters and messages at 255. */
export const VALIDATION_TITLE_MAX = 32;
/** Longest input message or error alert Excel keeps, characters. */
export const VALIDATION_MESSAGE_MAX = 255;
/** Widest bound a decimal rule can state; Excel's rule always needs one, so "no bound" is this. */
const DECIMAL_LIMIT = 9.99999999999999e307;
// ExcelJS writes a date bound as 25569 + ms/day; 1899-12-31 UTC gives serial 1, Excel's 1900-01-01.
const FIRST_EXCEL_DATE = new Date(Date.UTC(1899, 11, 31));

type RulePart = Pick<DataValidation, "type" | "operator" | "formulae">;

function decimalPart(min: number | undefined, max: number | undefined): RulePart {
  if (min !== undefined && max !== undefined) return { type: "decimal", operator: "between", formulae: [min, max] };
  if (min !== undefined) return { type: "decimal", operator: "greaterThanOrEqual", formulae: [min] };
  if (max !== undefined) return { type: "decimal", operator: "lessThanOrEqual", formulae: [max] };
  return { type: "decimal", operator: "between", formulae: [-DECIMAL_LIMIT, DECIMAL_LIMIT] };
}

function rulePart(rule: ValidationRule): RulePart {
  switch (rule.kind) {
    case "wholeNumber":
      return { type: "whole", operator: "between", formulae: [rule.min, rule.max] };
    case "decimal":
      return decimalPart(rule.min, rule.max);
    case "date":
      return { type: "date", operator: "greaterThanOrEqual", formulae: [FIRST_EXCEL_DATE] };
    case "list":
      // A defined name as the source: no inline comma list, whose separator depends on the locale.
      assertExcelName(rule.listName, "list name");
      return { type: "list", formulae: [rule.listName] };
  }
}

function checkLength(text: string, max: number, what: string): string {
  if (text.length > max) {
    throw new Error(`validation ${what} is ${text.length} characters; Excel keeps at most ${max}`);
  }
  return text;
}

/** The ExcelJS validation of a spec validation: blanks allowed, stop-style error alert, optional prompt. */
export function excelValidation(spec: ValidationSpec): DataValidation {
  const validation: DataValidation = {
    ...rulePart(spec.rule),
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: checkLength(spec.error.title, VALIDATION_TITLE_MAX, "error title"),
    error: checkLength(spec.error.message, VALIDATION_MESSAGE_MAX, "error message"),
  };
  if (spec.prompt !== undefined) {
    validation.showInputMessage = true;
    validation.promptTitle = checkLength(spec.prompt.title, VALIDATION_TITLE_MAX, "prompt title");
    validation.prompt = checkLength(spec.prompt.message, VALIDATION_MESSAGE_MAX, "prompt message");
  }
  return validation;
}

/** ExcelJS's sheet-level validations: in lib/doc/worksheet.js at runtime, missing from its typings. */
interface SheetValidations {
  add(address: string, validation: DataValidation): unknown;
}

function sheetValidations(sheet: Worksheet): SheetValidations {
  const validations = (sheet as unknown as { dataValidations?: SheetValidations }).dataValidations;
  if (validations === undefined || typeof validations.add !== "function") {
    throw new Error("this ExcelJS version has no worksheet.dataValidations");
  }
  return validations;
}

function add(sheet: Worksheet, range: CellRange, spec: ValidationSpec): void {
  sheetValidations(sheet).add(rangeAddress(range), excelValidation(spec));
}

/** Writes a sheet's range validations and its tables' column validations (over each column's body). */
export function writeValidations(sheet: Worksheet, spec: SheetSpec): void {
  for (const { range, validation } of spec.validations) {
    add(sheet, range, validation);
  }
  for (const table of spec.tables) {
    for (const column of table.columns) {
      if (column.validation !== undefined) {
        add(sheet, tableColumnBody(table, column.key), column.validation);
      }
    }
  }
}
