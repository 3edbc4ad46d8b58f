/**
 * The host side: the workbook as Excel holds it, plain data mutated only by the host rules (sheet-rules.ts,
 * cell-rules.ts, table-rules.ts, name-rules.ts, ...). Proxies never touch it directly; commands do, at sync.
 */
import type { Rect } from "./address";
import type { CellContent } from "./cell-typing";
import { fail } from "./errors";
import { nameKey } from "./naming";

/** Excel's three sheet visibilities (`Excel.SheetVisibility` values). */
export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** One edge of a cell's border. */
export interface BorderModel {
  readonly style: string;
  readonly color: string;
}

/** Direct cell formatting (what Range.format sets). Colours are `#RRGGBB`. */
export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  /** Font size, points. */
  fontSize?: number;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders?: Record<string, BorderModel>;
}

/** `Excel.RangeHyperlink` as stored. */
export interface HyperlinkModel {
  readonly address?: string;
  readonly documentReference?: string;
  readonly textToDisplay?: string;
  readonly screenTip?: string;
}

/** Everything a cell holds; an absent key means an empty, unformatted cell. */
export interface CellModel {
  content?: CellContent;
  numberFormat?: string;
  format?: CellFormat;
  hyperlink?: HyperlinkModel;
}

/** A data validation over a block of cells. */
export interface ValidationModel {
  rect: Rect;
  /** `Excel.DataValidationRule` as set (one key), or null when only a prompt / alert was set. */
  rule: Record<string, unknown> | null;
  prompt: { message: string; showPrompt: boolean; title: string } | null;
  errorAlert: { message: string; showAlert: boolean; style: string; title: string } | null;
  ignoreBlanks: boolean;
}

/** A conditional format (`Excel.ConditionalFormat`) as recorded. */
export interface ConditionalFormatModel {
  readonly id: string;
  rect: Rect;
  readonly type: "CellValue" | "Custom" | "DataBar";
  /** cellValue: { formula1, formula2?, operator }; custom: { formula }; dataBar: {}. */
  rule: Record<string, unknown>;
  format: { fontColor?: string; bold?: boolean; fill?: string };
  dataBar: { barDirection?: string; positiveFillColor?: string };
  stopIfTrue: boolean;
}

/** A series of a chart, as added or derived from the source data. */
export interface ChartSeriesModel {
  name: string;
  /** Sheet-qualified A1 references, or null when not set. */
  xValues: string | null;
  values: string | null;
}

/** A chart, recorded (never drawn). */
export interface ChartModel {
  readonly id: string;
  name: string;
  readonly type: string;
  title: string;
  sourceAddress: string;
  readonly seriesBy: string;
  /** Cells the chart floats over, as set by setPosition (A1 without sheet), or null. */
  position: { startCell: string; endCell: string | null } | null;
  series: ChartSeriesModel[];
}

/** The six sections of a page header and footer (`Excel.HeaderFooter`), in Excel's header codes. */
export interface HeaderFooterModel {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** Page setup (`Excel.PageLayout`), the parts the simulator keeps. */
export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Zero-based rows repeated on each printed page, or null. */
  printTitleRows: { first: number; last: number } | null;
  /** The print area's blocks, in the order set, or null (the used range prints). */
  printArea: Rect[] | null;
  /** `headersFooters.defaultForAllPages`: the header and footer of every page. */
  headersFooters: HeaderFooterModel;
}

/** A header and footer with nothing in them, as a new sheet has. */
export function emptyHeadersFooters(): HeaderFooterModel {
  return { leftHeader: "", centerHeader: "", rightHeader: "", leftFooter: "", centerFooter: "", rightFooter: "" };
}

/** One worksheet. Sheet order is the order of `WorkbookModel.sheets`. */
export interface SheetModel {
  readonly id: string;
  name: string;
  visibility: Visibility;
  tabColor: string;
  /** Keyed by `row:column`, zero-based. */
  cells: Map<string, CellModel>;
  /** Points. */
  columnWidths: Map<number, number>;
  /** Points. */
  rowHeights: Map<number, number>;
  merges: Rect[];
  validations: ValidationModel[];
  conditionalFormats: ConditionalFormatModel[];
  charts: ChartModel[];
  freeze: { rows: number; columns: number } | null;
  pageLayout: PageLayoutModel;
}

/** A table column: its header text is its name. */
export interface TableColumnModel {
  readonly id: number;
  name: string;
}

/** An Excel table; `rect` covers the header row (when shown) and the data body. */
export interface TableModel {
  readonly id: string;
  name: string;
  sheetId: string;
  rect: Rect;
  showHeaders: boolean;
  style: string;
  columns: TableColumnModel[];
  nextColumnId: number;
}

/** What a defined name refers to: cells (sheetId null once the sheet was deleted: `#REF!`) or a formula. */
export type NameReference =
  | { readonly kind: "range"; readonly sheetId: string | null; readonly rect: Rect }
  | { readonly kind: "formula"; readonly formula: string };

/** A workbook-scoped defined name. */
export interface NameModel {
  readonly id: string;
  readonly name: string;
  ref: NameReference;
  comment: string;
  visible: boolean;
}

/** The whole workbook. */
export interface WorkbookModel {
  sheets: SheetModel[];
  tables: TableModel[];
  names: NameModel[];
  activeSheetId: string;
  selection: Rect;
  nextId: number;
  /** Counts `TableRowCollection.add` calls, so tests can assert the adapter never appends that way. */
  tableRowsAddCalls: number;
  /** Counts `Application.suspendApiCalculationUntilNextSync` calls that reached the host. */
  calculationSuspensions: number;
}

/** Key of a cell in `SheetModel.cells`. */
export function cellKey(row: number, column: number): string {
  return `${row}:${column}`;
}

/** A new id, unique in this workbook, e.g. `{S3}` for sheets (Excel's ids are opaque strings too). */
export function newId(workbook: WorkbookModel, prefix: string): string {
  workbook.nextId += 1;
  return `{${prefix}${workbook.nextId}}`;
}

/** A new, empty sheet (not yet added to the workbook). */
export function emptySheet(id: string, name: string): SheetModel {
  return {
    id,
    name,
    visibility: "Visible",
    tabColor: "",
    cells: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    freeze: null,
    pageLayout: {
      orientation: "Portrait",
      zoom: { scale: 100 },
      printTitleRows: null,
      printArea: null,
      headersFooters: emptyHeadersFooters(),
    },
  };
}

/** A new workbook with one sheet, as Excel opens a blank workbook (`Sheet1`, A1 selected). */
export function emptyWorkbook(firstSheetName = "Sheet1"): WorkbookModel {
  const workbook: WorkbookModel = {
    sheets: [],
    tables: [],
    names: [],
    activeSheetId: "",
    selection: { row: 0, column: 0, rows: 1, columns: 1 },
    nextId: 0,
    tableRowsAddCalls: 0,
    calculationSuspensions: 0,
  };
  const sheet = emptySheet(newId(workbook, "S"), firstSheetName);
  workbook.sheets.push(sheet);
  workbook.activeSheetId = sheet.id;
  return workbook;
}

/** The sheet with this id; ItemNotFound when it was deleted. */
export function sheetById(workbook: WorkbookModel, id: string): SheetModel {
  const sheet = workbook.sheets.find((s) => s.id === id);
  if (!sheet) throw fail("ItemNotFound", `the worksheet ${id} no longer exists`);
  return sheet;
}

/** The sheet with this name (case-insensitive) or id, or undefined. */
export function findSheet(workbook: WorkbookModel, nameOrId: string): SheetModel | undefined {
  const key = nameKey(nameOrId);
  return workbook.sheets.find((s) => nameKey(s.name) === key || s.id === nameOrId);
}

/** The table with this name (case-insensitive) or id, or undefined. */
export function findTable(workbook: WorkbookModel, nameOrId: string): TableModel | undefined {
  const key = nameKey(nameOrId);
  return workbook.tables.find((t) => nameKey(t.name) === key || t.id === nameOrId);
}

/** The table with this id; ItemNotFound when it was deleted. */
export function tableById(workbook: WorkbookModel, id: string): TableModel {
  const table = workbook.tables.find((t) => t.id === id);
  if (!table) throw fail("ItemNotFound", `the table ${id} no longer exists`);
  return table;
}

/** The defined name with this name (case-insensitive), or undefined. */
export function findName(workbook: WorkbookModel, name: string): NameModel | undefined {
  const key = nameKey(name);
  return workbook.names.find((n) => nameKey(n.name) === key);
}

/** The defined name with this id; ItemNotFound when it was deleted. */
export function nameById(workbook: WorkbookModel, id: string): NameModel {
  const item = workbook.names.find((n) => n.id === id);
  if (!item) throw fail("ItemNotFound", `the name ${id} no longer exists`);
  return item;
}

/** Every table name and defined name, the namespace Excel keeps both in. */
export function takenNames(workbook: WorkbookModel, except?: string): string[] {
  return [...workbook.tables.filter((t) => t.id !== except).map((t) => t.name), ...workbook.names.map((n) => n.name)];
}
