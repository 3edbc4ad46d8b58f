/**
 * Building blocks of the workbook's formulas: string literals and structured references, in invariant
 * English. User text never goes into a formula; these helpers are for the workbook's own words.
 */

/** A formula string literal: Excel escapes `"` inside a literal by doubling it. */
export function quoteText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A column header as it appears inside a structured reference. Excel requires `[`, `]`, `#`, `'` (and `@`)
 * in a header to be escaped with a leading apostrophe.
 */
export function escapeHeader(header: string): string {
  return header.replace(/[[\]#'@]/g, (character) => `'${character}`);
}

/**
 * Headers with anything but letters, digits, `_` and spaces go in double brackets (`Tabla[[% hechas]]`):
 * Excel's rule for special characters in a column specifier, which LibreOffice also parses.
 */
function columnSpecifier(header: string): string {
  const escaped = escapeHeader(header);
  return /^[\p{L}\p{N}_ ]+$/u.test(header) ? `[${escaped}]` : `[[${escaped}]]`;
}

/** The data body of one table column, e.g. `vamAcciones_k3x9q2ab[Estado]`. */
export function columnRef(table: string, header: string): string {
  return `${table}${columnSpecifier(header)}`;
}

/**
 * The cell of one column in the formula's own row, e.g. `vamAcciones_k3x9q2ab[[#This Row],[Estado]]`.
 * The qualified `#This Row` form, not `[@Estado]`: it is what the .xlsx file format stores and what
 * LibreOffice reads; Excel shows it as `[@Estado]`.
 */
export function thisRowRef(table: string, header: string): string {
  return `${table}[[#This Row],[${escapeHeader(header)}]]`;
}

/** A whole formula from an expression: invariant English formulas start with `=`. */
export function formula(expression: string): string {
  return `=${expression}`;
}
