/**
 * The geometry every sheet shares (docs/WORKBOOK.md, "Sheet geometry") and the pieces sheets are made of:
 * a form block on the left, tables side by side on one header row, a title and a prompt on top.
 */
import type { Client, ClientPhase, PlanLanguage } from "../domain/plan";
import { quoteText } from "./formula-text";
import type {
  CellRange,
  CellSpec,
  CellValue,
  ConditionalFormatSpec,
  ConditionalRule,
  DefinedNameSpec,
  PrintSpec,
  RangeValidationSpec,
  SheetSpec,
  StyleKey,
  TableSpec,
  ValidationSpec,
} from "./spec";
import { formColumnCount, printAreas } from "./print-layout";
import { estimateRowHeights } from "./row-heights";
import { STYLE, STYLES, TAB_COLORS } from "./styles";
import { clientCellName, clientSheetKey, phaseAnchorName } from "./workbook-names";

/** Row of the sheet title. */
export const TITLE_ROW = 0;
/** Row of the one-line prompt. */
export const PROMPT_ROW = 1;
/** Row of the captions above each table and form block. */
export const CAPTION_ROW = 2;
/** The one header row every table of a sheet shares; frozen with everything above it. */
export const HEADER_ROW = 3;
/** Width of the empty column between blocks, characters. */
export const GAP_WIDTH = 2;

/**
 * Landscape, one page wide, each table's caption and header repeated on every page, the sheet's name
 * (client · phase) in the page header and the page number in the footer.
 */
export const PRINT_SETUP: PrintSpec = {
  orientation: "landscape",
  fitToPagesWide: 1,
  repeatRows: { first: CAPTION_ROW, last: HEADER_ROW },
  header: "&A",
  footer: "&P / &N",
};

/** A text cell (user text or the workbook's own words: both stay text). */
export function textValue(text: string): CellValue {
  return text === "" ? { kind: "empty" } : { kind: "text", text };
}

/** A formula cell from an expression without `=`. */
export function formulaValue(expression: string, linkToName?: string): CellValue {
  return linkToName === undefined
    ? { kind: "formula", formula: `=${expression}` }
    : { kind: "formula", formula: `=${expression}`, linkToName };
}

/** A number cell, or empty for `null`. */
export function numberValue(value: number | null): CellValue {
  return value === null ? { kind: "empty" } : { kind: "number", value };
}

/** One cell of a form block. */
export interface FormCell {
  readonly value: CellValue;
  readonly style?: StyleKey;
  /** Workbook-level name defined over this cell. */
  readonly name?: string;
  readonly validation?: ValidationSpec;
  readonly rules?: readonly ConditionalRule[];
}

/**
 * One row of a form block: cells from the block's first column; `span` merges the first across the block,
 * `spanFrom` merges the cell at that index to the block's right edge.
 */
export interface FormRow {
  readonly cells: readonly (FormCell | undefined)[];
  readonly span?: boolean;
  readonly spanFrom?: number;
}

/** What a form block or a row of tables adds to a sheet. */
export interface SheetPart {
  readonly cells: readonly CellSpec[];
  readonly names: readonly DefinedNameSpec[];
  readonly merges: readonly CellRange[];
  readonly tables: readonly TableSpec[];
  readonly validations: readonly RangeValidationSpec[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
}

const EMPTY_PART: SheetPart = {
  cells: [],
  names: [],
  merges: [],
  tables: [],
  validations: [],
  conditionalFormats: [],
  columnWidths: [],
};

/** Adds parts together. */
export function joinParts(...parts: readonly Partial<SheetPart>[]): SheetPart {
  return parts.reduce<SheetPart>(
    (all, part) => ({
      cells: [...all.cells, ...(part.cells ?? [])],
      names: [...all.names, ...(part.names ?? [])],
      merges: [...all.merges, ...(part.merges ?? [])],
      tables: [...all.tables, ...(part.tables ?? [])],
      validations: [...all.validations, ...(part.validations ?? [])],
      conditionalFormats: [...all.conditionalFormats, ...(part.conditionalFormats ?? [])],
      columnWidths: [...all.columnWidths, ...(part.columnWidths ?? [])],
    }),
    EMPTY_PART,
  );
}

function formCellPart(sheetKey: string, row: number, column: number, cell: FormCell): Partial<SheetPart> {
  const range = { row, column };
  const spec: CellSpec =
    cell.style === undefined
      ? { row, column, value: cell.value }
      : { row, column, value: cell.value, style: cell.style };
  return {
    cells: [spec],
    names: cell.name === undefined ? [] : [{ kind: "range", name: cell.name, sheetKey, range }],
    validations: cell.validation === undefined ? [] : [{ range, validation: cell.validation }],
    conditionalFormats: (cell.rules ?? []).map((rule) => ({ target: { kind: "range", range }, rule })),
  };
}

/** Lays a form block out from (firstRow, 0), `widths` giving its columns' widths. */
export function layoutForm(
  sheetKey: string,
  firstRow: number,
  widths: readonly number[],
  rows: readonly FormRow[],
): SheetPart {
  const parts = rows.flatMap((formRow, index) => {
    const row = firstRow + index;
    const cells = formRow.cells.flatMap((cell, column) =>
      cell === undefined ? [] : [formCellPart(sheetKey, row, column, cell)],
    );
    const from = formRow.span === true ? 0 : formRow.spanFrom;
    const merge =
      from !== undefined && widths.length - from > 1
        ? [{ merges: [{ row, column: from, columns: widths.length - from }] }]
        : [];
    return [...cells, ...merge];
  });
  return joinParts(...parts, { columnWidths: widths.map((width, column) => ({ column, width })) });
}

/** A table placed on the header row, with its caption merged above it. */
export interface PlacedTable {
  readonly table: (column: number) => TableSpec;
  readonly caption: string;
}

/** Places tables side by side from `firstColumn`, one empty column apart, all on the header row. */
export function layoutTables(firstColumn: number, placed: readonly PlacedTable[]): SheetPart {
  let column = firstColumn;
  const parts = placed.map(({ table, caption }) => {
    const spec = table(column);
    const width = spec.columns.length;
    const part: Partial<SheetPart> = {
      tables: [spec],
      cells: [{ row: CAPTION_ROW, column, value: textValue(caption), style: STYLE.caption }],
      merges: width > 1 ? [{ row: CAPTION_ROW, column, columns: width }] : [],
      columnWidths: [
        ...spec.columns.map((c, index) => ({ column: column + index, width: c.width ?? 12 })),
        { column: column + width, width: GAP_WIDTH },
      ],
    };
    column += width + 1;
    return part;
  });
  return joinParts(...parts);
}

/** What identifies a sheet and how it shows. */
export type SheetHead = Pick<SheetSpec, "key" | "kind" | "name" | "visibility"> &
  Partial<Pick<SheetSpec, "clientId" | "tabColor">>;

/** What assembling a sheet may be told besides its parts. */
export interface AssembleOptions {
  /** The text the title formula will show, for its row height (the client's name and the phase). */
  readonly titleText?: string;
}

/**
 * A sheet from its identity, title, prompt and parts: title and prompt wrap within the form block's width
 * (so nothing spills over the tables, on screen or on the printed blocks), the header row is frozen, rows
 * are as tall as their wrapped text, and it prints landscape block by block.
 */
export function assembleSheet(
  head: SheetHead,
  title: CellValue,
  prompt: string,
  part: SheetPart,
  options: AssembleOptions = {},
): SheetSpec {
  const formColumns = formColumnCount(part);
  const top: CellSpec[] = [
    { row: TITLE_ROW, column: 0, value: title, style: STYLE.title },
    { row: PROMPT_ROW, column: 0, value: textValue(prompt), style: STYLE.prompt },
  ];
  const topMerges: CellRange[] =
    formColumns > 1 ? [TITLE_ROW, PROMPT_ROW].map((row) => ({ row, column: 0, columns: formColumns })) : [];
  const areas = printAreas(part, formColumns);
  const sheet: SheetSpec = {
    ...head,
    freeze: { rows: HEADER_ROW + 1, columns: 0 },
    columnWidths: part.columnWidths,
    cells: [...top, ...part.cells],
    merges: [...topMerges, ...part.merges],
    tables: part.tables,
    validations: part.validations,
    conditionalFormats: part.conditionalFormats,
    charts: [],
    print: areas === undefined ? PRINT_SETUP : { ...PRINT_SETUP, areas },
  };
  const estimates = new Map(options.titleText === undefined ? [] : [[`${TITLE_ROW},0`, options.titleText]]);
  const rowHeights = estimateRowHeights(sheet, STYLES, estimates);
  return rowHeights.length === 0 ? sheet : { ...sheet, rowHeights };
}

/** What every client sheet builder is given. */
export interface ClientSheetInput {
  readonly client: Client;
  readonly language: PlanLanguage;
  /** The sheet's name, already assigned (src/domain/sheet-names.ts). */
  readonly sheetName: string;
}

/** A built sheet and the defined names over its cells. */
export interface BuiltSheet {
  readonly sheet: SheetSpec;
  readonly names: readonly DefinedNameSpec[];
}

/** Head of a client's phase sheet: archived clients keep their sheets, hidden (DESIGN §3.3). */
export function clientSheetHead(phase: ClientPhase, input: ClientSheetInput): SheetHead {
  return {
    key: clientSheetKey(phase, input.client.id),
    kind: phase,
    clientId: input.client.id,
    name: input.sheetName,
    visibility: input.client.state === "archived" ? "hidden" : "visible",
    tabColor: TAB_COLORS[phase],
  };
}

/** The anchor name over A1 of a phase sheet: the target of links, and how a renamed sheet is found. */
export function anchorName(phase: ClientPhase, input: ClientSheetInput): DefinedNameSpec {
  return {
    kind: "range",
    name: phaseAnchorName(phase, input.client.id),
    sheetKey: clientSheetKey(phase, input.client.id),
    range: { row: TITLE_ROW, column: 0 },
  };
}

/** A client sheet's title: the client's name (read from its cell, never copied) and the phase. */
export function clientTitle(input: ClientSheetInput, suffix: string): CellValue {
  const name = clientCellName("name", input.client.id);
  return formulaValue(`IF(ISBLANK(${name}),"",${name})&${quoteText(suffix)}`);
}

/** What a client sheet's title shows when built, for its row height. */
export function clientTitleText(input: ClientSheetInput, suffix: string): string {
  return `${input.client.name}${suffix}`;
}
