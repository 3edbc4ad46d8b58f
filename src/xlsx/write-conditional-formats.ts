/** Writes conditional formats (cell value, expression, data bar) on ranges and table-column bodies. */
import type { CellIsOperators, ConditionalFormattingRule, DataBarRuleType, Worksheet } from "exceljs";
import type { CellRange, ConditionalRule, FormatTarget, SheetSpec } from "../layout/spec";
import { rangeAddress } from "./a1";
import { argbColour, excelConditionalStyle } from "./cell-style";
import { toFileFormula } from "./file-formula";
import { sheetTable, tableColumnBody } from "./table-geometry";

/** The cells a target covers; a table column means its data body. */
export function targetRange(sheet: SheetSpec, target: FormatTarget): CellRange {
  return target.kind === "range" ? target.range : tableColumnBody(sheetTable(sheet, target.table), target.columnKey);
}

/** The ExcelJS rule of a spec rule; formulas go to file form (relative to the target's top-left cell). */
export function excelConditionalRule(rule: ConditionalRule): ConditionalFormattingRule {
  switch (rule.kind) {
    case "cellValue": {
      const formulae = [toFileFormula(rule.formula1)];
      if (rule.operator === "between") {
        if (rule.formula2 === undefined) throw new Error("a between rule needs formula2");
        formulae.push(toFileFormula(rule.formula2));
      }
      // ExcelJS writes the operator verbatim; its typings list only four of the file format's operators.
      const operator = rule.operator as CellIsOperators;
      return { type: "cellIs", priority: 0, operator, formulae, style: excelConditionalStyle(rule.style) };
    }
    case "expression":
      return {
        type: "expression",
        priority: 0,
        formulae: [toFileFormula(rule.formula)],
        style: excelConditionalStyle(rule.style),
      };
    case "dataBar": {
      // gradient: true keeps ExcelJS on the plain Excel 2007 <dataBar> (min → max, one colour); without it
      // ExcelJS adds an x14 extension carrying a random GUID, so identical specs would give different files.
      // ExcelJS renders `color` although its typings omit it.
      const dataBar: DataBarRuleType & { color: { argb: string } } = {
        type: "dataBar",
        priority: 0,
        gradient: true,
        cfvo: [{ type: "min" }, { type: "max" }],
        color: argbColour(rule.color),
      };
      return dataBar;
    }
  }
}

/** Writes a sheet's conditional formats in spec order (earlier rules get higher priority). */
export function writeConditionalFormats(sheet: Worksheet, spec: SheetSpec): void {
  for (const format of spec.conditionalFormats) {
    sheet.addConditionalFormatting({
      ref: rangeAddress(targetRange(spec, format.target)),
      rules: [excelConditionalRule(format.rule)],
    });
  }
}
