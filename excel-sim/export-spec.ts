/**
 * The simulated workbook → a `WorkbookSpec` (src/layout/spec.ts), so the project's one .xlsx writer can
 * save exactly what the adapter built and LibreOffice can recalculate it. Excel knows nothing of the
 * product's sheet keys or kinds: sheets are keyed by their sim id and exported as kind `report`; table
 * column keys are their headers. Whatever the spec cannot express is listed in `omitted`, never guessed.
 */
import { contains, sameRect, type Rect } from "./address";
import { peekCell } from "./cells";
import type { CellContent } from "./cell-typing";
import { printSpec, rowHeightsSpec } from "./export-print";
import { effectiveCell, StyleRegistry } from "./export-styles";
import { bodyRect } from "./table-headers";
import type * as Spec from "../src/layout/spec";
import { nameFormula } from "./name-rules";
import type {
  CellModel,
  ChartModel,
  ConditionalFormatModel,
  NameModel,
  SheetModel,
  TableModel,
  ValidationModel,
  WorkbookModel,
} from "./workbook-model";

/** A spec of the workbook, and what it had to leave out. */
export interface SpecExport {
  readonly spec: Spec.WorkbookSpec;
  readonly omitted: readonly string[];
}

const range = (r: Rect): Spec.CellRange => ({ row: r.row, column: r.column, rows: r.rows, columns: r.columns });

/** Points → characters of Calibri 11 (7 px a character plus 5 px padding, 0.75 pt a pixel). */
function widthInCharacters(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

function valueOf(content: CellContent | undefined, link: string | undefined): Spec.CellValue {
  if (!content) return { kind: "empty" };
  const linked = link === undefined ? {} : { linkToName: link };
  if (content.kind === "formula") return { kind: "formula", formula: content.formula, ...linked };
  if (typeof content.value === "number") return { kind: "number", value: content.value };
  if (typeof content.value === "boolean") return { kind: "formula", formula: content.value ? "=TRUE" : "=FALSE" };
  return { kind: "text", text: content.value, ...linked };
}

type CellValueOperator = Extract<Spec.ConditionalRule, { kind: "cellValue" }>["operator"];

/** Excel's cell-value operators the spec can express, by their Excel.ConditionalCellValueOperator name. */
const CELL_VALUE_OPERATORS: Record<string, CellValueOperator> = {
  LessThan: "lessThan",
  GreaterThanOrEqual: "greaterThanOrEqual",
  Between: "between",
  EqualTo: "equal",
  GreaterThan: "greaterThan",
};

/** The spec's rule for a conditional format (cell value, formula, data bar); null when it has none. */
function conditionalRule(f: ConditionalFormatModel): Spec.ConditionalRule | null {
  const style: Spec.ConditionalFormatStyle = {
    ...(f.format.fill ? { fill: f.format.fill } : {}),
    ...(f.format.fontColor ? { fontColor: f.format.fontColor } : {}),
    ...(f.format.bold !== undefined ? { bold: f.format.bold } : {}),
  };
  const operator = CELL_VALUE_OPERATORS[String(f.rule.operator)];
  if (f.type === "CellValue" && operator) {
    const formula2 = f.rule.formula2 === undefined ? {} : { formula2: String(f.rule.formula2) };
    return { kind: "cellValue", operator, formula1: String(f.rule.formula1), ...formula2, style };
  }
  if (f.type === "Custom" && typeof f.rule.formula === "string") {
    return { kind: "expression", formula: f.rule.formula, style };
  }
  if (f.type === "DataBar") return { kind: "dataBar", color: f.dataBar.positiveFillColor ?? "#638EC6" };
  return null;
}

/** A format over exactly one table column's body targets that column (it then follows the table); else its range. */
function conditionalTarget(tables: readonly TableModel[], rect: Rect): Spec.ConditionalFormatSpec["target"] {
  for (const table of tables) {
    const body = bodyRect(table);
    const index = table.columns.findIndex((_, c) => sameRect(rect, { ...body, column: body.column + c, columns: 1 }));
    const column = table.columns[index];
    if (column) return { kind: "tableColumn", table: table.name, columnKey: column.name };
  }
  return { kind: "range", range: range(rect) };
}

class SheetExporter {
  constructor(
    private readonly workbook: WorkbookModel,
    private readonly styles: StyleRegistry,
    private readonly omitted: string[],
  ) {}

  private link(cell: CellModel | undefined, where: string): string | undefined {
    const link = cell?.hyperlink;
    if (!link) return undefined;
    const name = link.documentReference;
    if (name && this.workbook.names.some((n) => n.name === name)) return name;
    this.omitted.push(`${where}: a hyperlink that is not a link to a defined name`);
    return undefined;
  }

  table(sheet: SheetModel, table: TableModel): Spec.TableSpec | null {
    if (!table.showHeaders) {
      this.omitted.push(`table ${table.name}: hidden header row`);
      return null;
    }
    const body = bodyRect(table);
    const rows: Spec.CellValue[][] = [];
    for (let r = 0; r < body.rows; r++) {
      rows.push(
        table.columns.map((_, c) => {
          const cell = peekCell(sheet, body.row + r, body.column + c);
          return valueOf(cell?.content, this.link(cell, `${sheet.name} ${table.name}`));
        }),
      );
    }
    const columns = table.columns.map((column, c): Spec.TableColumnSpec => {
      const keys = new Set<string | undefined>();
      for (let r = 0; r < body.rows; r++) {
        const cell = peekCell(sheet, body.row + r, body.column + c);
        keys.add(
          cell
            ? this.styles.keyFor(
                effectiveCell(sheet, body.row + r, body.column + c, cell),
                `${table.name}[${column.name}]`,
              )
            : undefined,
        );
      }
      if (keys.size > 1)
        this.omitted.push(`table ${table.name}: cells of column ${column.name} have different formats`);
      const style = [...keys][0];
      return { key: column.name, header: column.name, ...(style !== undefined ? { style } : {}) };
    });
    return { name: table.name, row: table.rect.row, column: table.rect.column, columns, rows, style: table.style };
  }

  cells(sheet: SheetModel, tables: readonly TableModel[]): Spec.CellSpec[] {
    const cells: Spec.CellSpec[] = [];
    for (const [key, cell] of sheet.cells) {
      const [row, column] = key.split(":").map(Number) as [number, number];
      const at: Rect = { row, column, rows: 1, columns: 1 };
      if (tables.some((t) => contains(t.rect, at))) continue;
      const where = `${sheet.name}!R${row + 1}C${column + 1}`;
      const style = this.styles.keyFor(effectiveCell(sheet, row, column, cell), where);
      const value = valueOf(cell.content, this.link(cell, where));
      if (value.kind === "empty" && style === undefined) continue;
      cells.push({ row, column, value, ...(style !== undefined ? { style } : {}) });
    }
    return cells.sort((a, b) => a.row - b.row || a.column - b.column);
  }

  validation(sheet: SheetModel, v: ValidationModel): Spec.RangeValidationSpec | null {
    const [kind, body] = Object.entries(v.rule ?? {})[0] ?? [];
    const rule = (body ?? {}) as Record<string, unknown>;
    const num = (x: unknown): number | undefined => (x === undefined ? undefined : Number(String(x).replace(/^=/, "")));
    let specRule: Spec.ValidationRule | null = null;
    if ((kind === "wholeNumber" || kind === "decimal") && rule.operator === "Between") {
      const [min, max] = [num(rule.formula1), num(rule.formula2)];
      if (kind === "wholeNumber" && min !== undefined && max !== undefined) specRule = { kind, min, max };
      if (kind === "decimal")
        specRule = { kind, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    } else if (kind === "date") {
      specRule = { kind: "date" };
    } else if (
      kind === "list" &&
      typeof rule.source === "string" &&
      /^=[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(rule.source)
    ) {
      specRule = { kind: "list", listName: rule.source.slice(1) };
    }
    if (!specRule) {
      this.omitted.push(`${sheet.name}: validation ${JSON.stringify(v.rule)} is not expressible in the spec`);
      return null;
    }
    const prompt = v.prompt?.showPrompt ? { prompt: { title: v.prompt.title, message: v.prompt.message } } : {};
    const error = { title: v.errorAlert?.title ?? "", message: v.errorAlert?.message ?? "" };
    return { range: range(v.rect), validation: { rule: specRule, ...prompt, error } };
  }

  conditional(
    sheet: SheetModel,
    tables: readonly TableModel[],
    f: ConditionalFormatModel,
  ): Spec.ConditionalFormatSpec | null {
    const rule = conditionalRule(f);
    if (!rule) {
      this.omitted.push(`${sheet.name}: conditional format ${f.type} ${JSON.stringify(f.rule)}`);
      return null;
    }
    return { target: conditionalTarget(tables, f.rect), rule };
  }

  chart(sheet: SheetModel, chart: ChartModel): Spec.ChartSpec | null {
    const kinds: Record<string, Spec.ChartSpec["kind"]> = {
      XYScatter: "scatter",
      ColumnClustered: "columnClustered",
      BarClustered: "barClustered",
      Line: "line",
      LineMarkers: "line",
    };
    const kind = kinds[chart.type];
    const anchor = chart.position ? anchorOf(chart.position) : null;
    if (!kind || !anchor || chart.series.some((s) => !s.values)) {
      this.omitted.push(
        `${sheet.name}: chart ${chart.name} (${chart.type}) without a spec kind, position or series values`,
      );
      return null;
    }
    const series = chart.series.map((s) => ({ name: s.name, xValues: s.xValues ?? "", yValues: s.values ?? "" }));
    return { kind, name: chart.name, title: chart.title, anchor, series };
  }
}

function anchorOf(position: NonNullable<ChartModel["position"]>): Spec.CellRange | null {
  const cell = (a1: string): { row: number; column: number } | null => {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(a1);
    if (!m) return null;
    const column = [...(m[1] ?? "").toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(m[2]) - 1, column };
  };
  const start = cell(position.startCell);
  const end = position.endCell ? cell(position.endCell) : start;
  if (!start || !end) return null;
  return {
    row: start.row,
    column: start.column,
    rows: end.row - start.row + 1,
    columns: end.column - start.column + 1,
  };
}

function sheetSpec(
  exporter: SheetExporter,
  workbook: WorkbookModel,
  sheet: SheetModel,
  omitted: string[],
): Spec.SheetSpec {
  const tables = workbook.tables.filter((t) => t.sheetId === sheet.id);
  const visibility = ({ Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const)[sheet.visibility];
  const rowHeights = rowHeightsSpec(sheet, omitted);
  return {
    key: sheet.id,
    kind: "report",
    name: sheet.name,
    visibility,
    ...(sheet.tabColor ? { tabColor: sheet.tabColor } : {}),
    ...(sheet.freeze ? { freeze: { ...sheet.freeze } } : {}),
    columnWidths: [...sheet.columnWidths]
      .sort((a, b) => a[0] - b[0])
      .map(([column, points]) => ({ column, width: widthInCharacters(points) })),
    ...(rowHeights ? { rowHeights } : {}),
    cells: exporter.cells(sheet, tables),
    merges: sheet.merges.map(range),
    tables: tables.map((t) => exporter.table(sheet, t)).filter((t): t is Spec.TableSpec => t !== null),
    validations: sheet.validations
      .map((v) => exporter.validation(sheet, v))
      .filter((v): v is Spec.RangeValidationSpec => v !== null),
    conditionalFormats: sheet.conditionalFormats
      .map((f) => exporter.conditional(sheet, tables, f))
      .filter((f): f is Spec.ConditionalFormatSpec => f !== null),
    charts: sheet.charts.map((c) => exporter.chart(sheet, c)).filter((c): c is Spec.ChartSpec => c !== null),
    print: printSpec(sheet, omitted),
  };
}

function nameSpec(workbook: WorkbookModel, item: NameModel, omitted: string[]): Spec.DefinedNameSpec | null {
  const comment = item.comment ? { comment: item.comment } : {};
  if (item.ref.kind === "formula") return { kind: "formula", name: item.name, formula: item.ref.formula, ...comment };
  if (item.ref.sheetId === null) {
    omitted.push(`name ${item.name}: ${nameFormula(workbook, item)}`);
    return null;
  }
  return { kind: "range", name: item.name, sheetKey: item.ref.sheetId, range: range(item.ref.rect), ...comment };
}

/** The workbook as a WorkbookSpec, with the list of what the spec could not express. */
export function toWorkbookSpec(workbook: WorkbookModel): SpecExport {
  const omitted: string[] = [];
  const styles = new StyleRegistry(omitted);
  const exporter = new SheetExporter(workbook, styles, omitted);
  const sheets = workbook.sheets.map((sheet) => sheetSpec(exporter, workbook, sheet, omitted));
  const names = workbook.names
    .map((n) => nameSpec(workbook, n, omitted))
    .filter((n): n is Spec.DefinedNameSpec => n !== null);
  return { spec: { sheets, names, styles: styles.styles }, omitted };
}
