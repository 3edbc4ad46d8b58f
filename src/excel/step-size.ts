/**
 * How many request bytes a step costs: Office.js sends each queued call as its object path (how the host
 * finds the object: `workbook.worksheets.getItem("Acme · Ver").getRange("B5:C9").format.font`), the
 * member, and its arguments as JSON. This models that serialization call by call, mirroring queue-step.ts,
 * so the packer can keep each request under the payload limit (Excel on the web: 5 MB per request; the
 * adapter packs to 4 MB). A test compares the model with what excel-sim measures.
 */
import type { CellRange, CellStyle, ConditionalRule } from "../layout/spec";
import { rangeAddress } from "./a1";
import { chartModelCalls } from "./chart-calls";
import { pageLayoutCalls } from "./page-layout-calls";
import { borderEdges, conditionalCalls, styleCalls, validationCalls } from "./step-calls";
import type { CellStep, SheetRef, Step } from "./steps";
import { deleteTableRowModel } from "./table-row-calls";

/** One modelled call: object path, member, arguments. */
export interface ModelCall {
  readonly path: string;
  readonly op: string;
  readonly args: readonly unknown[];
}

const encoder = new TextEncoder();

/** UTF-8 length of a string: the unit of Excel on the web's payload limit. */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** Object path of a sheet. */
export function sheetPath(sheet: SheetRef): string {
  return sheet.by === "name"
    ? `workbook.worksheets.getItem(${JSON.stringify(sheet.name)})`
    : `workbook.names.getItem(${JSON.stringify(sheet.name)}).getRange().worksheet`;
}

/** Object path of cells of a sheet. */
export function rangePath(sheet: SheetRef, range: CellRange): string {
  return `${sheetPath(sheet)}.getRange(${JSON.stringify(rangeAddress(range))})`;
}

function tablePath(table: string): string {
  return `workbook.tables.getItem(${JSON.stringify(table)})`;
}

type StepOf<K extends Step["kind"]> = Extract<Step, { kind: K }>;

function sheetPropsModel(sheet: string, step: StepOf<"sheetProps">): ModelCall[] {
  return (["tabColor", "visibility", "name", "position"] as const)
    .filter((key) => step[key] !== undefined)
    .map((key) => ({ path: sheet, op: key, args: [step[key]] }));
}

function freezeModel(sheet: string, step: StepOf<"freeze">): ModelCall[] {
  const path = `${sheet}.freezePanes`;
  if (step.columns === 0) return [{ path, op: "freezeRows", args: [step.rows] }];
  if (step.rows === 0) return [{ path, op: "freezeColumns", args: [step.columns] }];
  return [
    { path, op: "freezeAt", args: [rangeAddress({ row: 0, column: 0, rows: step.rows, columns: step.columns })] },
  ];
}

function pageLayoutModel(sheet: string, step: StepOf<"pageLayout">): ModelCall[] {
  return pageLayoutCalls(step.print).map((call) => ({
    path: `${sheet}.${call.part}`,
    op: call.op,
    args: [call.op === "setPrintArea" ? { ref: `${sheet}.getRanges(${JSON.stringify(call.areas)})` } : call.value],
  }));
}

function addTableModel(sheet: string, step: StepOf<"addTable">): ModelCall[] {
  const add = `${sheet}.tables`;
  const address = rangeAddress(step.range);
  const table = `${add}.add(${JSON.stringify(address)}, true)`;
  return [
    { path: add, op: "add", args: [address, true] },
    { path: table, op: "name", args: [step.name] },
    { path: table, op: "style", args: [step.style] },
  ];
}

function activateModel(sheet: string, step: StepOf<"activate">): ModelCall[] {
  return [
    { path: sheet, op: "activate", args: [] },
    { path: rangePath(step.sheet, step.range), op: "select", args: [] },
  ];
}

/** Modelled calls of the steps on a sheet: one case per step kind, cell steps in cellCalls. */
function sheetCalls(step: Extract<Step, { sheet: SheetRef }>): ModelCall[] {
  const sheet = sheetPath(step.sheet);
  switch (step.kind) {
    case "sheetProps":
      return sheetPropsModel(sheet, step);
    case "deleteSheet":
      return [{ path: sheet, op: "delete", args: [] }];
    case "freeze":
      return freezeModel(sheet, step);
    case "pageLayout":
      return pageLayoutModel(sheet, step);
    case "addTable":
      return addTableModel(sheet, step);
    case "chart":
      return chartModelCalls(sheet, step.chart);
    case "activate":
      return activateModel(sheet, step);
    default:
      return cellCalls(step);
  }
}

function columnWidthModel(step: StepOf<"columnWidth">): ModelCall[] {
  const columns = rangePath(step.sheet, { row: 0, column: step.column, columns: step.columns });
  return [{ path: `${columns}.format`, op: "columnWidth", args: [step.points] }];
}

function rowHeightModel(step: StepOf<"rowHeight">): ModelCall[] {
  const rows = rangePath(step.sheet, { row: step.row, column: 0, rows: step.rows });
  return [{ path: `${rows}.format`, op: "rowHeight", args: [step.points] }];
}

/** Office.js takes a number format per cell: the one format repeated over the range. */
function numberFormatModel(path: string, step: StepOf<"numberFormat">): ModelCall[] {
  const rows = step.range.rows ?? 1;
  const columns = step.range.columns ?? 1;
  const formats = Array.from({ length: rows }, () => Array.from({ length: columns }, () => step.format));
  return [{ path, op: "numberFormat", args: [formats] }];
}

function validationModel(path: string, step: StepOf<"validation">): ModelCall[] {
  return validationCalls(step.validation).map(([op, value]) => ({ path: `${path}.dataValidation`, op, args: [value] }));
}

/** Modelled calls of the steps on cells of a sheet: one case per step kind. */
function cellCalls(step: CellStep): ModelCall[] {
  if (step.kind === "columnWidth") return columnWidthModel(step);
  if (step.kind === "rowHeight") return rowHeightModel(step);
  const path = rangePath(step.sheet, step.range);
  switch (step.kind) {
    case "write":
      return [{ path, op: "formulas", args: [step.formulas] }];
    case "numberFormat":
      return numberFormatModel(path, step);
    case "style":
      return styleModel(path, step.style, step.range);
    case "merge":
      return [{ path, op: "merge", args: [false] }];
    case "link":
      return [{ path, op: "hyperlink", args: [{ documentReference: step.toName }] }];
    case "validation":
      return validationModel(path, step);
    case "conditionalFormat":
      return conditionalModel(path, step.rule);
  }
}

function styleModel(path: string, style: CellStyle, range: CellRange): ModelCall[] {
  const calls = styleCalls(style).map(([part, op, value]) => ({
    path: part === "" ? `${path}.format` : `${path}.format.${part}`,
    op,
    args: [value],
  }));
  const borders =
    style.border === undefined
      ? []
      : borderEdges(range).flatMap((edge) => [
          { path: `${path}.format.borders.getItem(${JSON.stringify(edge)})`, op: "style", args: ["Continuous"] },
          { path: `${path}.format.borders.getItem(${JSON.stringify(edge)})`, op: "color", args: [style.border] },
        ]);
  return [...calls, ...borders];
}

function conditionalModel(path: string, rule: ConditionalRule): ModelCall[] {
  const plan = conditionalCalls(rule);
  const format = `${path}.conditionalFormats.add(${JSON.stringify(plan.type)})`;
  return [
    { path: `${path}.conditionalFormats`, op: "add", args: [plan.type] },
    ...plan.calls.map(([part, op, value]) => ({ path: `${format}.${part}`, op, args: [value] })),
  ];
}

function appendModel(step: Extract<Step, { kind: "appendRows" | "fillRows" }>): ModelCall[] {
  const table = tablePath(step.table);
  const rows = step.formulas.length;
  if (step.kind === "fillRows") {
    const path = `${table}.getDataBodyRange().getCell(${step.firstRow}, 0).getResizedRange(${rows - 1}, ${(step.formulas[0]?.length ?? 1) - 1})`;
    return [{ path, op: "formulas", args: [step.formulas] }];
  }
  const whole = `${table}.getRange()`;
  return [
    {
      path: `${whole}.getLastRow().getOffsetRange(1, 0).getResizedRange(${rows - 1}, 0)`,
      op: "formulas",
      args: [step.formulas],
    },
    { path: table, op: "resize", args: [{ ref: `${whole}.getResizedRange(${rows}, 0)` }] },
  ];
}

function addNameModel(step: StepOf<"addName">): ModelCall[] {
  const target =
    step.target.kind === "formula" ? step.target.formula : { ref: rangePath(step.target.sheet, step.target.range) };
  return [{ path: "workbook.names", op: "add", args: [step.name, target, step.comment ?? null] }];
}

function shrinkTableModel(step: StepOf<"shrinkTable">): ModelCall[] {
  const table = tablePath(step.table);
  return [{ path: table, op: "resize", args: [{ ref: `${table}.getRange().getResizedRange(${-step.rows}, 0)` }] }];
}

function selectTableCellModel(step: StepOf<"selectTableCell">): ModelCall[] {
  const table = tablePath(step.table);
  return [
    { path: `${table}.worksheet`, op: "activate", args: [] },
    { path: `${table}.getDataBodyRange().getCell(${step.row}, ${step.column})`, op: "select", args: [] },
  ];
}

/** Object path of the cell a defined name refers to. */
function namedCellPath(name: string): string {
  return `workbook.names.getItem(${JSON.stringify(name)}).getRange()`;
}

function selectNamedCellModel(step: StepOf<"selectNamedCell">): ModelCall[] {
  const cell = namedCellPath(step.name);
  return [
    { path: `${cell}.worksheet`, op: "activate", args: [] },
    { path: cell, op: "select", args: [] },
  ];
}

function writeNamedModel(step: StepOf<"writeNamed">): ModelCall[] {
  const path = namedCellPath(step.name);
  return [
    { path, op: "formulas", args: [[[step.input]]] },
    ...(step.format === undefined ? [] : [{ path, op: "numberFormat", args: [[[step.format]]] }]),
  ];
}

/** The modelled calls of a step: one case per step kind, steps on a sheet in sheetCalls. */
export function modelCalls(step: Step): ModelCall[] {
  switch (step.kind) {
    case "suspendCalculation":
      return [{ path: "workbook.application", op: "suspendApiCalculationUntilNextSync", args: [] }];
    case "addSheet":
      return [{ path: "workbook.worksheets", op: "add", args: [step.name] }];
    case "appendRows":
    case "fillRows":
      return appendModel(step);
    case "addName":
      return addNameModel(step);
    case "deleteName":
      return [{ path: `workbook.names.getItem(${JSON.stringify(step.name)})`, op: "delete", args: [] }];
    case "deleteTableRow":
      return deleteTableRowModel(step);
    case "shrinkTable":
      return shrinkTableModel(step);
    case "selectTableCell":
      return selectTableCellModel(step);
    case "selectNamedCell":
      return selectNamedCellModel(step);
    case "writeNamed":
      return writeNamedModel(step);
    default:
      return sheetCalls(step);
  }
}

/** Estimated request bytes of a step: each call as `{"path":…,"op":…,"args":[…]},`. */
export function stepBytes(step: Step): number {
  return modelCalls(step).reduce((sum, call) => sum + utf8Bytes(JSON.stringify(call)) + 1, 0);
}

/** Estimated bytes of a request carrying `steps`: its calls, comma-separated, in one JSON array. */
export function requestBytes(steps: readonly Step[]): number {
  return 1 + steps.reduce((sum, step) => sum + stepBytes(step), 0);
}
