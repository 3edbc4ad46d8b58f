/**
 * The declarative workbook spec: what the layout functions produce and what the Office.js adapter
 * (src/excel) and the .xlsx writer (src/xlsx) apply. Plain, readonly, JSON-serializable data.
 * Rows and columns are zero-based here; A1 addresses exist only in the adapters.
 */

/** A rectangle of cells on one sheet, zero-based; `rows`/`columns` default to 1. */
export interface CellRange {
  readonly row: number;
  readonly column: number;
  readonly rows?: number;
  readonly columns?: number;
}

/** What a cell holds. User text is always `text`: it must never turn into a formula or a number. */
export type CellValue =
  /** Text; `linkToName` makes the cell a hyperlink to a defined name (names follow sheet renames). */
  | { readonly kind: "text"; readonly text: string; readonly linkToName?: string }
  | { readonly kind: "number"; readonly value: number }
  /** A date, written as an Excel serial number with a date format. */
  | { readonly kind: "date"; readonly iso: string }
  /**
   * A formula in invariant English with commas, starting with `=` (Range.formulas, never formulasLocal);
   * `linkToName` makes the cell a hyperlink to a defined name, as on text.
   */
  | { readonly kind: "formula"; readonly formula: string; readonly linkToName?: string }
  | { readonly kind: "empty" };

/** Key of an entry of `WorkbookSpec.styles`. */
export type StyleKey = string;

/** Cell formatting, applied the same way by both writers. Colours are `#RRGGBB`. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size, points. */
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  /** Excel number format code in invariant (en-US) form, e.g. `0`, `0%`, `yyyy-mm-dd`. */
  readonly numberFormat?: string;
  readonly wrap?: boolean;
  readonly horizontalAlignment?: "left" | "center" | "right";
  readonly verticalAlignment?: "top" | "center" | "bottom";
  /** Thin border on all four sides, in this colour. */
  readonly border?: string;
}

/** One cell (or the top-left cell of a merge) with its content. */
export interface CellSpec {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
  readonly style?: StyleKey;
}

/** Rule a data validation enforces; lists always come from a defined name, never an inline comma list. */
export type ValidationRule =
  | { readonly kind: "wholeNumber"; readonly min: number; readonly max: number }
  | { readonly kind: "decimal"; readonly min?: number; readonly max?: number }
  | { readonly kind: "date" }
  /** A list whose items are the cells of a workbook-level defined name. */
  | { readonly kind: "list"; readonly listName: string };

/** A data validation with its input message and error alert, in the plan language. */
export interface ValidationSpec {
  readonly rule: ValidationRule;
  readonly prompt?: { readonly title: string; readonly message: string };
  readonly error: { readonly title: string; readonly message: string };
}

/** Formatting applied when a conditional rule matches. */
export interface ConditionalFormatStyle {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

/** A conditional format rule. Formulas are invariant English, relative to the top-left cell of the target. */
export type ConditionalRule =
  | {
      readonly kind: "cellValue";
      readonly operator: "lessThan" | "greaterThanOrEqual" | "between" | "equal" | "greaterThan";
      readonly formula1: string;
      readonly formula2?: string;
      readonly style: ConditionalFormatStyle;
    }
  | { readonly kind: "expression"; readonly formula: string; readonly style: ConditionalFormatStyle }
  | { readonly kind: "dataBar"; readonly color: string };

/** Where a sheet-level validation or conditional format applies. */
export type FormatTarget =
  | { readonly kind: "range"; readonly range: CellRange }
  /** The data body of a table column; follows the table as it grows. */
  | { readonly kind: "tableColumn"; readonly table: string; readonly columnKey: string };

/** A conditional format on a target. */
export interface ConditionalFormatSpec {
  readonly target: FormatTarget;
  readonly rule: ConditionalRule;
}

/** A validation on a sheet range (table columns carry theirs in `TableColumnSpec`). */
export interface RangeValidationSpec {
  readonly range: CellRange;
  readonly validation: ValidationSpec;
}

/** A column of an Excel table. */
export interface TableColumnSpec {
  /** Stable semantic key used by readers (e.g. `due`); headers change with the language, keys do not. */
  readonly key: string;
  /** Header text in the plan language. */
  readonly header: string;
  /** A calculated column: invariant-English formula with structured references such as `[@Estado]`. */
  readonly formula?: string;
  readonly style?: StyleKey;
  readonly validation?: ValidationSpec;
  /** Column width, characters of the default font. */
  readonly width?: number;
}

/** An Excel table: header row at (row, column), then its data rows. */
export interface TableSpec {
  /** Workbook-unique table name (Excel: letters, digits, `_`, `.`; not a cell reference; ≤ 255). */
  readonly name: string;
  readonly row: number;
  readonly column: number;
  readonly columns: readonly TableColumnSpec[];
  /**
   * Initial data rows, one value per column (calculated columns hold their formula or `empty`).
   * Excel tables always have at least one data row; an empty table gets one blank row.
   */
  readonly rows: readonly (readonly CellValue[])[];
  /** Built-in table style, e.g. `TableStyleMedium2`. */
  readonly style: string;
  /**
   * Style of the header cells, over the table style (optional): wrapped text lets a long header use a taller
   * header row instead of a wider column.
   */
  readonly headerStyle?: StyleKey;
}

/**
 * A chart, drawn on the Office.js path (each kind as its Excel chart type, series bound to table columns so
 * they follow the table as it grows); the .xlsx writer omits charts, as ExcelJS cannot write them.
 */
export interface ChartSpec {
  readonly kind: "scatter" | "columnClustered" | "barClustered" | "line";
  /**
   * The chart's object name (`Chart.name`), how the add-in finds a chart it drew (optional, additive;
   * absent: Excel's default `Chart n`).
   */
  readonly name?: string;
  readonly title: string;
  /** Cells the chart floats over. */
  readonly anchor: CellRange;
  readonly series: readonly {
    readonly name: string;
    /** Sheet-qualified or table reference formula for the X values / categories, without `=`. */
    readonly xValues: string;
    readonly yValues: string;
  }[];
}

/** Page setup for printing. */
export interface PrintSpec {
  readonly orientation: "landscape" | "portrait";
  /** Pages wide to fit on (1 = one page wide); height is free. */
  readonly fitToPagesWide: number;
  /** Rows repeated at the top of each printed page (zero-based, inclusive). */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  /**
   * Column spans (zero-based, inclusive) printed as separate blocks, in this order, each from a new page
   * (optional; absent: the used range). Whole columns, so rows a table grows into still print. Sheets whose
   * tables sit side by side print block by block instead of shrinking every table onto one page width.
   */
  readonly areas?: readonly { readonly first: number; readonly last: number }[];
  /** Centre section of the page header, in Excel header codes (`&A` sheet name, `&P` page, `&N` pages). */
  readonly header?: string;
  /** Centre section of the page footer, in the same codes. */
  readonly footer?: string;
}

/** What a sheet is for; client sheets carry their client's id. */
export type SheetKind = "portfolio" | "lists" | "meta" | "ver" | "ajustar" | "medir" | "report";

/** Excel's three sheet visibilities; very hidden sheets cannot be unhidden from the UI. */
export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** One worksheet. */
export interface SheetSpec {
  /** Stable key, independent of the (user-renamable) sheet name: `portfolio`, `lists`, `meta`, `ver:<id>`, ... */
  readonly key: string;
  readonly kind: SheetKind;
  readonly clientId?: string;
  /** Sheet name obeying Excel's rules (1–31 chars, none of `: \ / ? * [ ]`, ...). */
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly tabColor?: string;
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** Column widths, characters of the default font. */
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
  /**
   * Heights of the rows whose text needs more than the default height, points (optional). The layout
   * estimates them from text length and column widths: an .xlsx file keeps the row heights it stores, and
   * wrapped text in a row of default height shows one line only.
   */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly cells: readonly CellSpec[];
  readonly merges: readonly CellRange[];
  readonly tables: readonly TableSpec[];
  readonly validations: readonly RangeValidationSpec[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  readonly charts: readonly ChartSpec[];
  readonly print: PrintSpec;
}

/** A workbook-scoped defined name. */
export type DefinedNameSpec =
  | {
      readonly kind: "range";
      readonly name: string;
      /** Key of the sheet the range is on. */
      readonly sheetKey: string;
      readonly range: CellRange;
      readonly comment?: string;
    }
  | {
      readonly kind: "formula";
      readonly name: string;
      /** Invariant-English formula starting with `=`, e.g. `=TODAY()`. */
      readonly formula: string;
      readonly comment?: string;
    };

/** The whole workbook, or the part of it one operation adds (e.g. one client's sheets). */
export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly names: readonly DefinedNameSpec[];
  readonly styles: Readonly<Record<StyleKey, CellStyle>>;
}
