/**
 * Test helpers that walk a workbook spec: every formula with where it sits, every cell value, and a small
 * formula scanner that splits a formula into functions, names, structured references and string literals.
 */
import type { CellValue, SheetSpec, TableSpec, WorkbookSpec } from "../../src/layout/spec";

/** A formula and a readable note of where it sits. */
export interface FoundFormula {
  readonly where: string;
  readonly formula: string;
}

function tableFormulas(sheet: SheetSpec, table: TableSpec): FoundFormula[] {
  const columns = table.columns.flatMap((c) =>
    c.formula === undefined ? [] : [{ where: `${sheet.key} ${table.name}[${c.key}]`, formula: c.formula }],
  );
  const cells = table.rows.flatMap((row, r) =>
    row.flatMap((value, c) =>
      value.kind === "formula"
        ? [{ where: `${sheet.key} ${table.name} row ${r} col ${c}`, formula: value.formula }]
        : [],
    ),
  );
  return [...columns, ...cells];
}

function sheetFormulas(sheet: SheetSpec): FoundFormula[] {
  const cells = sheet.cells.flatMap((cell) =>
    cell.value.kind === "formula"
      ? [{ where: `${sheet.key}!R${cell.row}C${cell.column}`, formula: cell.value.formula }]
      : [],
  );
  const formats = sheet.conditionalFormats.flatMap((format, index) => {
    const rule = format.rule;
    const where = `${sheet.key} conditional format ${index}`;
    if (rule.kind === "expression") return [{ where, formula: rule.formula }];
    if (rule.kind === "cellValue") {
      return [rule.formula1, ...(rule.formula2 === undefined ? [] : [rule.formula2])].map((formula) => ({
        where,
        formula,
      }));
    }
    return [];
  });
  const charts = sheet.charts.flatMap((chart) =>
    chart.series.flatMap((s) => [
      { where: `${sheet.key} chart x`, formula: `=${s.xValues}` },
      { where: `${sheet.key} chart y`, formula: `=${s.yValues}` },
    ]),
  );
  return [...cells, ...sheet.tables.flatMap((table) => tableFormulas(sheet, table)), ...formats, ...charts];
}

/** Every formula of the spec: cells, table cells and calculated columns, conditional formats, names, charts. */
export function allFormulas(spec: WorkbookSpec): FoundFormula[] {
  const names = spec.names.flatMap((name) =>
    name.kind === "formula" ? [{ where: `name ${name.name}`, formula: name.formula }] : [],
  );
  return [...spec.sheets.flatMap(sheetFormulas), ...names];
}

/** Every cell value of the spec (sheet cells and table cells), with its sheet. */
export function allCellValues(spec: WorkbookSpec): { sheet: SheetSpec; value: CellValue }[] {
  return spec.sheets.flatMap((sheet) => [
    ...sheet.cells.map((cell) => ({ sheet, value: cell.value })),
    ...sheet.tables.flatMap((table) => table.rows.flatMap((row) => row.map((value) => ({ sheet, value })))),
  ]);
}

/** A structured reference: the table and what is inside its brackets (special items start with `#`). */
export interface StructuredReference {
  readonly table: string;
  readonly specialItems: readonly string[];
  readonly columns: readonly string[];
}

/** The parts of a formula, as a reader of references sees them. */
export interface ScannedFormula {
  readonly functions: readonly string[];
  readonly names: readonly string[];
  readonly structured: readonly StructuredReference[];
  readonly literals: readonly string[];
  /** Anything a scanner of our formulas does not expect: bare `[`, array constants `{`, unbalanced quotes. */
  readonly oddities: readonly string[];
}

/** Reads `[...]` from `start` (at `[`), honouring `'` escapes and nesting; returns content and end index. */
function readBrackets(text: string, start: number): { content: string; end: number } {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "'") i += 1;
    else if (ch === "[") depth += 1;
    else if (ch === "]") {
      depth -= 1;
      if (depth === 0) return { content: text.slice(start + 1, i), end: i + 1 };
    }
  }
  throw new Error(`Unbalanced brackets in ${text}`);
}

const unescape = (item: string): string => item.replace(/'(.)/g, "$1");

function structuredOf(table: string, content: string): StructuredReference {
  if (!content.startsWith("[")) return { table, specialItems: [], columns: [unescape(content)] };
  const items: string[] = [];
  for (let i = 0; i < content.length;) {
    const { content: item, end } = readBrackets(content, i);
    items.push(unescape(item));
    i = end;
    while (content[i] === "," || content[i] === " ") i += 1;
  }
  return {
    table,
    specialItems: items.filter((item) => item.startsWith("#")),
    columns: items.filter((item) => !item.startsWith("#")),
  };
}

function readLiteral(text: string, start: number): { literal: string; end: number } | undefined {
  let literal = "";
  for (let i = start + 1; i < text.length; i += 1) {
    if (text[i] !== '"') literal += text[i];
    else if (text[i + 1] === '"') {
      literal += '"';
      i += 1;
    } else return { literal, end: i + 1 };
  }
  return undefined;
}

/** Splits a formula (with or without `=`) into functions, names, structured references and literals. */
export function scanFormula(formula: string): ScannedFormula {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  const result = { functions: [] as string[], names: [] as string[], structured: [] as StructuredReference[] };
  const literals: string[] = [];
  const oddities: string[] = [];
  for (let i = 0; i < text.length;) {
    const ch = text[i] ?? "";
    if (ch === '"') {
      const read = readLiteral(text, i);
      if (read === undefined) return { ...result, literals, oddities: [...oddities, "unterminated string"] };
      literals.push(read.literal);
      i = read.end;
    } else if (/[\p{L}_\\]/u.test(ch)) {
      const word = /^[\p{L}\p{N}_.\\]+/u.exec(text.slice(i))?.[0] ?? ch;
      i += word.length;
      if (text[i] === "(") result.functions.push(word.toUpperCase());
      else if (text[i] === "[") {
        const { content, end } = readBrackets(text, i);
        result.structured.push(structuredOf(word, content));
        i = end;
      } else if (!/^(TRUE|FALSE)$/i.test(word)) result.names.push(word);
    } else if (/[0-9.]/.test(ch)) {
      i += /^[0-9.]+(E[+-]?[0-9]+)?/i.exec(text.slice(i))?.[0].length ?? 1;
    } else {
      if (ch === "[" || ch === "{" || ch === "!" || ch === "$") oddities.push(ch);
      i += 1;
    }
  }
  return { ...result, literals, oddities };
}

const NOT_AFTER_NAME = String.raw`(?<![\p{L}\p{N}_.])`;
/** `B5`, `$B$5` (not a function such as LOG10). */
const CELL = String.raw`\$?[A-Z]{1,3}\$?[0-9]+(?![\p{L}\p{N}_.(])`;
/** `A:A`, `$A:$C`. */
const COLUMNS = String.raw`\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?![\p{L}\p{N}_])`;
/** `1:1`. */
const ROWS = String.raw`[0-9]+:[0-9]+`;
const A1 = new RegExp(`${NOT_AFTER_NAME}(?:${CELL}|${COLUMNS}|${ROWS})`, "iu");

/** A1 addresses and whole-column references outside string literals and brackets (A1 belongs in adapters only). */
export function hasA1Address(formula: string): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/\[(?:[^[\]']|'.|\[(?:[^\]']|'.)*\])*\]/g, "[]");
  return A1.test(code);
}
