/**
 * The Office.js property values a style, a validation and a conditional format become, as data: queue-step.ts
 * sets exactly these, and step-size.ts counts exactly these, so the size model cannot drift from the calls.
 */
import type { CellRange, CellStyle, ConditionalRule, ValidationSpec } from "../layout/spec";

/** A property of a range's format: `["font", "bold", true]`, `["", "wrapText", true]`. */
export type StyleCall =
  | readonly ["font", "bold" | "italic", boolean]
  | readonly ["font", "size", number]
  | readonly ["font" | "fill", "color", string]
  | readonly ["", "wrapText", boolean]
  | readonly ["", "horizontalAlignment", "Left" | "Center" | "Right"]
  | readonly ["", "verticalAlignment", "Top" | "Center" | "Bottom"];

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

/** The format properties of a style, number format and border excluded. */
export function styleCalls(style: CellStyle): StyleCall[] {
  const calls: StyleCall[] = [];
  if (style.bold !== undefined) calls.push(["font", "bold", style.bold]);
  if (style.italic !== undefined) calls.push(["font", "italic", style.italic]);
  if (style.fontSize !== undefined) calls.push(["font", "size", style.fontSize]);
  if (style.fontColor !== undefined) calls.push(["font", "color", style.fontColor]);
  if (style.fill !== undefined) calls.push(["fill", "color", style.fill]);
  if (style.wrap !== undefined) calls.push(["", "wrapText", style.wrap]);
  if (style.horizontalAlignment !== undefined) {
    calls.push(["", "horizontalAlignment", HORIZONTAL[style.horizontalAlignment]]);
  }
  if (style.verticalAlignment !== undefined) calls.push(["", "verticalAlignment", VERTICAL[style.verticalAlignment]]);
  return calls;
}

/** Border edges of a thin box around every cell: the outer edges, plus the inside lines of a block. */
export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** The edges to set for a border on every cell of `range`. */
export function borderEdges(range: CellRange): BorderEdge[] {
  const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if ((range.rows ?? 1) > 1) edges.push("InsideHorizontal");
  if ((range.columns ?? 1) > 1) edges.push("InsideVertical");
  return edges;
}

/**
 * Widest bound a decimal rule can state: Excel's rule always needs an operand, so "any number" is a
 * `Between` over (almost) the whole double range.
 */
const DECIMAL_LIMIT = 9.99999999999999e307;

/** `Excel.DataValidationRule` of a spec rule; lists name a workbook-level range (`=vamLista…`). */
export function validationRule(rule: ValidationSpec["rule"]): Excel.DataValidationRule {
  switch (rule.kind) {
    case "wholeNumber":
      return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "decimal":
      if (rule.min !== undefined && rule.max !== undefined) {
        return { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
      }
      if (rule.min !== undefined) return { decimal: { formula1: rule.min, operator: "GreaterThanOrEqualTo" } };
      if (rule.max !== undefined) return { decimal: { formula1: rule.max, operator: "LessThanOrEqualTo" } };
      return { decimal: { formula1: -DECIMAL_LIMIT, formula2: DECIMAL_LIMIT, operator: "Between" } };
    case "date":
      // DateTimeDataValidation takes an ISO 8601 date string; 1900-01-01 is the first date Excel holds.
      return { date: { formula1: "1900-01-01", operator: "GreaterThanOrEqualTo" } };
    case "list":
      // The source is a defined name, never an inline comma list: the list separator differs by locale.
      return { list: { inCellDropDown: true, source: `=${rule.listName}` } };
  }
}

/** The properties a validation sets on `Range.dataValidation`, in order. */
export function validationCalls(
  spec: ValidationSpec,
): (
  | readonly ["rule", Excel.DataValidationRule]
  | readonly ["prompt", Excel.DataValidationPrompt]
  | readonly ["errorAlert", Excel.DataValidationErrorAlert]
)[] {
  const prompt =
    spec.prompt === undefined
      ? []
      : [["prompt", { showPrompt: true, title: spec.prompt.title, message: spec.prompt.message }] as const];
  return [
    ["rule", validationRule(spec.rule)],
    ...prompt,
    ["errorAlert", { showAlert: true, style: "Stop", title: spec.error.title, message: spec.error.message }],
  ];
}

/** Spec operators → `Excel.ConditionalCellValueOperator`. */
const CELL_VALUE_OPERATOR = {
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  between: "Between",
  equal: "EqualTo",
  greaterThan: "GreaterThan",
} as const;

/** One property set on a new conditional format: path under the format object, member, value. */
export type ConditionalCall = readonly [string, string, unknown];

/** The type a conditional format is added with, and the properties then set on it. */
export function conditionalCalls(rule: ConditionalRule): {
  readonly type: "CellValue" | "Custom" | "DataBar";
  readonly calls: ConditionalCall[];
} {
  const styled = (part: string, style: { fill?: string; fontColor?: string; bold?: boolean }): ConditionalCall[] => [
    ...(style.fill === undefined ? [] : [[`${part}.format.fill`, "color", style.fill] as const]),
    ...(style.fontColor === undefined ? [] : [[`${part}.format.font`, "color", style.fontColor] as const]),
    ...(style.bold === undefined ? [] : [[`${part}.format.font`, "bold", style.bold] as const]),
  ];
  switch (rule.kind) {
    case "cellValue": {
      const operator = CELL_VALUE_OPERATOR[rule.operator];
      const value: Excel.ConditionalCellValueRule =
        rule.formula2 === undefined
          ? { formula1: rule.formula1, operator }
          : { formula1: rule.formula1, formula2: rule.formula2, operator };
      return { type: "CellValue", calls: [["cellValue", "rule", value], ...styled("cellValue", rule.style)] };
    }
    case "expression":
      return { type: "Custom", calls: [["custom.rule", "formula", rule.formula], ...styled("custom", rule.style)] };
    case "dataBar":
      return {
        type: "DataBar",
        calls: [
          ["dataBar", "barDirection", "LeftToRight"],
          ["dataBar.positiveFormat", "fillColor", rule.color],
        ],
      };
  }
}
