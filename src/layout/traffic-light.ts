/**
 * The colour rules for scores (docs/WORKBOOK.md: red < 5, amber 5 to target − 1, green ≥ target) and for
 * status labels. The three score rules never overlap, so the order in which a writer adds them is moot.
 */
import { quoteText } from "./formula-text";
import type { ConditionalFormatStyle, ConditionalRule } from "./spec";
import { TRAFFIC_LIGHT } from "./styles";
import { WORKBOOK_NAMES } from "./workbook-names";

const TARGET = WORKBOOK_NAMES.target;

/**
 * Rules for a named score cell. Expressions with ISNUMBER, because a "cell value < 5" rule would paint an
 * empty cell red: Excel compares a blank cell as 0.
 */
export function namedScoreRules(cellName: string): ConditionalRule[] {
  const scored = `ISNUMBER(${cellName})`;
  return [
    { kind: "expression", formula: `=AND(${scored},${cellName}<5)`, style: TRAFFIC_LIGHT.red },
    { kind: "expression", formula: `=AND(${scored},${cellName}>=5,${cellName}<${TARGET})`, style: TRAFFIC_LIGHT.amber },
    {
      kind: "expression",
      formula: `=AND(${scored},${cellName}>=5,${cellName}>=${TARGET})`,
      style: TRAFFIC_LIGHT.green,
    },
  ];
}

/**
 * Rules for a column of scores that are numbers or "" (Cartera). Cell-value rules need no A1 reference;
 * "" is text, which Excel orders after every number, so `between` (not `≥`) keeps it unpainted.
 */
export function columnScoreRules(): ConditionalRule[] {
  return [
    { kind: "cellValue", operator: "lessThan", formula1: "=5", style: TRAFFIC_LIGHT.red },
    { kind: "cellValue", operator: "between", formula1: "=5", formula2: `=${TARGET}-1`, style: TRAFFIC_LIGHT.amber },
    {
      kind: "cellValue",
      operator: "between",
      formula1: `=MAX(5,${TARGET})`,
      formula2: "=10",
      style: TRAFFIC_LIGHT.green,
    },
  ];
}

/** A rule painting cells equal to one of the workbook's own labels. */
export function labelRule(label: string, style: ConditionalFormatStyle): ConditionalRule {
  return { kind: "cellValue", operator: "equal", formula1: `=${quoteText(label)}`, style };
}

/**
 * Rules for a count of the client's commitments missed in a row (docs/WORKBOOK.md, "commitment signal"):
 * amber at 2, red from 3. Cell-value rules: the count is always a number.
 */
export function streakRules(): ConditionalRule[] {
  return [
    { kind: "cellValue", operator: "greaterThanOrEqual", formula1: "=3", style: TRAFFIC_LIGHT.red },
    { kind: "cellValue", operator: "equal", formula1: "=2", style: TRAFFIC_LIGHT.amber },
  ];
}
