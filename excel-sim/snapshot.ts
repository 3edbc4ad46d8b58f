/**
 * A plain-data dump of the simulated workbook (JSON-serializable), for tests and the playground's
 * workbook view: sheets with their cells, tables, names, validations, conditional formats, formats,
 * visibility and charts. Addresses are A1 text without the sheet name.
 */
import { formatRect } from "./address";
import { formulaOf, valueOf } from "./cell-typing";
import { nameFormula, nameValue } from "./name-rules";
import { bodyRect } from "./table-headers";
import type { SimHost } from "./host";
import type {
  CellFormat,
  ChartModel,
  HyperlinkModel,
  PageLayoutModel,
  SheetModel,
  TableModel,
  Visibility,
  WorkbookModel,
} from "./workbook-model";

/** One non-empty cell. */
export interface CellSnapshot {
  /** What `Range.values` reads (`#CALC!` for formulas). */
  readonly value: string | number | boolean;
  /** The formula, for formula cells. */
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly format?: CellFormat;
  readonly hyperlink?: HyperlinkModel;
}

/** One sheet. */
export interface SheetSnapshot {
  readonly id: string;
  readonly name: string;
  readonly position: number;
  readonly visibility: Visibility;
  readonly tabColor: string;
  readonly freeze: { readonly rows: number; readonly columns: number } | null;
  readonly pageLayout: PageLayoutModel;
  /** Column (zero-based) → width in points. */
  readonly columnWidths: Readonly<Record<number, number>>;
  /** Row (zero-based) → height in points. */
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly merges: readonly string[];
  /** A1 → cell, in row-major order. */
  readonly cells: Readonly<Record<string, CellSnapshot>>;
  readonly validations: ReadonlyArray<{
    readonly address: string;
    readonly rule: unknown;
    readonly prompt: unknown;
    readonly errorAlert: unknown;
  }>;
  readonly conditionalFormats: ReadonlyArray<{
    readonly address: string;
    readonly type: string;
    readonly rule: unknown;
    readonly format: unknown;
    readonly dataBar: unknown;
  }>;
  readonly charts: readonly ChartModel[];
}

/** One table. */
export interface TableSnapshot {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  readonly bodyAddress: string;
  readonly showHeaders: boolean;
  readonly style: string;
  readonly columns: readonly string[];
}

/** One defined name. */
export interface NameSnapshot {
  readonly name: string;
  readonly formula: string;
  readonly value: string | number | boolean;
  readonly comment: string;
  readonly visible: boolean;
}

/** The whole workbook as plain data. */
export interface WorkbookSnapshot {
  readonly activeSheet: string;
  readonly sheets: readonly SheetSnapshot[];
  readonly tables: readonly TableSnapshot[];
  readonly names: readonly NameSnapshot[];
  readonly tableRowsAddCalls: number;
  readonly calculationSuspensions: number;
}

function cellsOf(sheet: WorkbookModel["sheets"][number]): Record<string, CellSnapshot> {
  const keyed = [...sheet.cells].map(([key, cell]) => {
    const [row, column] = key.split(":").map(Number) as [number, number];
    return { row, column, cell };
  });
  keyed.sort((a, b) => a.row - b.row || a.column - b.column);
  const cells: Record<string, CellSnapshot> = {};
  for (const { row, column, cell } of keyed) {
    const formula = formulaOf(cell.content);
    cells[formatRect({ row, column, rows: 1, columns: 1 })] = structuredClone({
      value: valueOf(cell.content),
      ...(cell.content?.kind === "formula" ? { formula: String(formula) } : {}),
      ...(cell.numberFormat !== undefined ? { numberFormat: cell.numberFormat } : {}),
      ...(cell.format && Object.keys(cell.format).length > 0 ? { format: cell.format } : {}),
      ...(cell.hyperlink ? { hyperlink: cell.hyperlink } : {}),
    });
  }
  return cells;
}

/** One sheet at `position` (zero-based, tab order). */
function sheetSnapshot(sheet: SheetModel, position: number): SheetSnapshot {
  return {
    id: sheet.id,
    name: sheet.name,
    position,
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    freeze: sheet.freeze ? { ...sheet.freeze } : null,
    pageLayout: structuredClone(sheet.pageLayout),
    columnWidths: Object.fromEntries(sheet.columnWidths),
    rowHeights: Object.fromEntries(sheet.rowHeights),
    merges: sheet.merges.map((m) => formatRect(m)),
    cells: cellsOf(sheet),
    validations: sheet.validations.map((v) =>
      structuredClone({ address: formatRect(v.rect), rule: v.rule, prompt: v.prompt, errorAlert: v.errorAlert }),
    ),
    conditionalFormats: sheet.conditionalFormats.map((f) =>
      structuredClone({
        address: formatRect(f.rect),
        type: f.type,
        rule: f.rule,
        format: f.format,
        dataBar: f.dataBar,
      }),
    ),
    charts: structuredClone(sheet.charts),
  };
}

/** One table, on the sheet `sheetName` names. */
function tableSnapshot(table: TableModel, sheetName: string): TableSnapshot {
  return {
    name: table.name,
    sheet: sheetName,
    address: formatRect(table.rect),
    bodyAddress: formatRect(bodyRect(table)),
    showHeaders: table.showHeaders,
    style: table.style,
    columns: table.columns.map((c) => c.name),
  };
}

/** A JSON-serializable copy of the workbook as it is now. */
export function snapshotWorkbook(workbook: WorkbookModel): WorkbookSnapshot {
  const sheetName = (id: string): string => workbook.sheets.find((s) => s.id === id)?.name ?? "#REF!";
  return {
    activeSheet: sheetName(workbook.activeSheetId),
    sheets: workbook.sheets.map(sheetSnapshot),
    tables: workbook.tables.map((t) => tableSnapshot(t, sheetName(t.sheetId))),
    names: workbook.names.map((n) => ({
      name: n.name,
      formula: nameFormula(workbook, n),
      value: nameValue(workbook, n),
      comment: n.comment,
      visible: n.visible,
    })),
    tableRowsAddCalls: workbook.tableRowsAddCalls,
    calculationSuspensions: workbook.calculationSuspensions,
  };
}

/** The host's workbook as plain data. */
export function snapshot(host: SimHost): WorkbookSnapshot {
  return snapshotWorkbook(host.workbook);
}
