/**
 * A new sheet's spec as steps, in the order Excel needs them: the sheet, its columns, its cells (values, then
 * number formats and styles, merges, links), its tables (created, then header and body written, then column
 * formats and validations), range validations, conditional formats, charts, panes and print setup, and its
 * visibility last (a hidden sheet can still be written, but Excel needs one visible sheet at all times).
 */
import type { CellRange, CellSpec, SheetSpec, TableSpec, WorkbookSpec } from "../layout/spec";
import { cellBlocks, cellKey, keyPosition } from "./cell-blocks";
import { cellInput, linkTarget } from "./cell-input";
import { formatSteps } from "./lower-formats";
import type { CellInput, ExcelVisibility, SheetRef, Step } from "./steps";
import { tableSteps } from "./lower-table";

/** Spec visibility → Office.js `Excel.SheetVisibility`. */
export const EXCEL_VISIBILITY: Readonly<Record<SheetSpec["visibility"], ExcelVisibility>> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/**
 * Column width in points for a width in characters of the default font (Calibri 11: 7 px a character plus
 * 5 px of padding, at 96 dpi, 0.75 pt a pixel), the unit `RangeFormat.columnWidth` takes.
 */
export function columnPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Row heights, consecutive rows of one height in one call. */
function heightSteps(sheet: SheetRef, spec: SheetSpec): Step[] {
  const steps: Step[] = [];
  for (const { row, height } of [...(spec.rowHeights ?? [])].sort((a, b) => a.row - b.row)) {
    const last = steps[steps.length - 1];
    if (last?.kind === "rowHeight" && last.points === height && last.row + last.rows === row) {
      steps[steps.length - 1] = { ...last, rows: last.rows + 1 };
    } else {
      steps.push({ kind: "rowHeight", sheet, row, rows: 1, points: height });
    }
  }
  return steps;
}

function widthSteps(sheet: SheetRef, spec: SheetSpec): Step[] {
  const widths = new Map<number, number>();
  for (const { column, width } of spec.columnWidths) widths.set(column, columnPoints(width));
  const columns = [...widths.keys()].sort((a, b) => a - b);
  const steps: Step[] = [];
  for (const column of columns) {
    const points = widths.get(column) ?? 0;
    const last = steps[steps.length - 1];
    if (last?.kind === "columnWidth" && last.points === points && last.column + last.columns === column) {
      steps[steps.length - 1] = { ...last, columns: last.columns + 1 };
    } else {
      steps.push({ kind: "columnWidth", sheet, column, columns: 1, points });
    }
  }
  return steps;
}

/** Steps writing spec cells on a sheet: values in few blocks, then formats, merges and links. */
export function cellSteps(
  sheet: SheetRef,
  cells: readonly CellSpec[],
  merges: readonly CellRange[],
  styles: WorkbookSpec["styles"],
): Step[] {
  const inputs = new Map<string, CellInput>();
  for (const cell of cells) {
    const input = cellInput(cell.value);
    if (input !== null) inputs.set(cellKey(cell.row, cell.column), input);
  }
  const writes: Step[] = cellBlocks(inputs, keyPosition).map((block) => ({
    kind: "write",
    sheet,
    range: block.range,
    formulas: block.entries,
  }));
  const formats = formatSteps(
    sheet,
    cells.map((c) => ({ row: c.row, column: c.column, style: c.style, date: c.value.kind === "date" })),
    styles,
  );
  const mergeSteps: Step[] = merges.map((range) => ({ kind: "merge", sheet, range }));
  const links: Step[] = cells.flatMap((cell): Step[] => {
    const toName = linkTarget(cell.value);
    return toName === undefined ? [] : [{ kind: "link", sheet, range: { row: cell.row, column: cell.column }, toName }];
  });
  return [...writes, ...formats, ...mergeSteps, ...links];
}

/** The cells a conditional format applies to; a table column means its body. */
export function targetRange(
  tables: readonly TableSpec[],
  target: SheetSpec["conditionalFormats"][number]["target"],
): CellRange {
  if (target.kind === "range") return target.range;
  const table: TableSpec | undefined = tables.find((t) => t.name === target.table);
  if (table === undefined) throw new Error(`no table ${target.table} for a conditional format`);
  const index = table.columns.findIndex((c) => c.key === target.columnKey);
  if (index < 0) throw new Error(`table ${table.name} has no column ${target.columnKey}`);
  return { row: table.row + 1, column: table.column + index, rows: Math.max(1, table.rows.length), columns: 1 };
}

/** Every step that builds `spec` as a new sheet. */
export function sheetSteps(spec: SheetSpec, styles: WorkbookSpec["styles"]): Step[] {
  const sheet: SheetRef = { by: "name", name: spec.name };
  const tail: Step[] = [];
  if (spec.freeze !== undefined && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    tail.push({ kind: "freeze", sheet, rows: spec.freeze.rows, columns: spec.freeze.columns });
  }
  tail.push({ kind: "pageLayout", sheet, print: spec.print });
  if (spec.visibility !== "visible") {
    tail.push({ kind: "sheetProps", sheet, visibility: EXCEL_VISIBILITY[spec.visibility] });
  }
  return [
    { kind: "addSheet", name: spec.name },
    ...(spec.tabColor === undefined ? [] : [{ kind: "sheetProps", sheet, tabColor: spec.tabColor } as const]),
    ...widthSteps(sheet, spec),
    ...heightSteps(sheet, spec),
    ...cellSteps(sheet, spec.cells, spec.merges, styles),
    ...spec.tables.flatMap((table) => tableSteps(sheet, table, styles)),
    ...spec.validations.map((v): Step => ({ kind: "validation", sheet, range: v.range, validation: v.validation })),
    ...spec.conditionalFormats.map((f): Step => ({
      kind: "conditionalFormat",
      sheet,
      range: targetRange(spec.tables, f.target),
      rule: f.rule,
    })),
    ...spec.charts.map((chart): Step => ({ kind: "chart", sheet, chart })),
    ...tail,
  ];
}
