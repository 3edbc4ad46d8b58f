/**
 * Steps → Office.js calls on one request context. Nothing here syncs: the gateway queues a whole request,
 * then syncs once. Proxies for the same sheet are made once per request (Microsoft's performance guidance:
 * minimize proxy objects).
 */
import type { CellRange } from "../layout/spec";
import { rangeAddress } from "./a1";
import { queueChart } from "./chart-calls";
import { queuePageLayout } from "./page-layout-calls";
import { borderEdges, conditionalCalls, styleCalls, validationCalls, type StyleCall } from "./step-calls";
import type { CellInput, CellStep, SheetRef, Step } from "./steps";
import { queueDeleteTableRow } from "./table-row-calls";

type Sheet = Excel.Worksheet;

/** Queues steps on one context. */
export class StepQueue {
  private readonly sheets = new Map<string, Sheet>();

  constructor(private readonly context: Excel.RequestContext) {}

  /** The worksheet a step addresses, by name or through a defined name on it. */
  sheet(ref: SheetRef): Sheet {
    const key = `${ref.by}:${ref.name}`;
    let sheet = this.sheets.get(key);
    if (sheet === undefined) {
      const { workbook } = this.context;
      sheet =
        ref.by === "name"
          ? workbook.worksheets.getItem(ref.name)
          : workbook.names.getItem(ref.name).getRange().worksheet;
      this.sheets.set(key, sheet);
    }
    return sheet;
  }

  private range(ref: SheetRef, range: CellRange): Excel.Range {
    return this.sheet(ref).getRange(rangeAddress(range));
  }

  /** Queues one step. */
  queue(step: Step): void {
    const { workbook } = this.context;
    // A proxy is bound to the sheet it first found; after a sheet is added, renamed or deleted, a name may
    // mean another sheet, so names are looked up afresh.
    if (
      step.kind === "addSheet" ||
      step.kind === "deleteSheet" ||
      (step.kind === "sheetProps" && step.name !== undefined)
    ) {
      this.sheets.clear();
    }
    switch (step.kind) {
      case "suspendCalculation":
        // Excel recalculates after each write otherwise; suspended until this request's sync (ExcelApi 1.6).
        workbook.application.suspendApiCalculationUntilNextSync();
        return;
      case "addSheet":
        workbook.worksheets.add(step.name);
        return;
      case "appendRows":
        return this.appendRows(step.table, step.formulas);
      case "fillRows": {
        const columns = step.formulas[0]?.length ?? 1;
        const body = workbook.tables.getItem(step.table).getDataBodyRange();
        body.getCell(step.firstRow, 0).getResizedRange(step.formulas.length - 1, columns - 1).formulas = step.formulas;
        return;
      }
      case "deleteTableRow":
        return queueDeleteTableRow(this.context, step);
      case "shrinkTable": {
        const table = workbook.tables.getItem(step.table);
        table.resize(table.getRange().getResizedRange(-step.rows, 0));
        return;
      }
      case "selectTableCell": {
        const table = workbook.tables.getItem(step.table);
        table.worksheet.activate();
        table.getDataBodyRange().getCell(step.row, step.column).select();
        return;
      }
      case "selectNamedCell": {
        const cell = workbook.names.getItem(step.name).getRange();
        cell.worksheet.activate();
        cell.select();
        return;
      }
      case "addName": {
        const target =
          step.target.kind === "formula" ? step.target.formula : this.range(step.target.sheet, step.target.range);
        workbook.names.add(step.name, target, step.comment);
        return;
      }
      case "deleteName":
        workbook.names.getItem(step.name).delete();
        return;
      case "writeNamed": {
        const cell = workbook.names.getItem(step.name).getRange();
        cell.formulas = [[step.input]];
        if (step.format !== undefined) cell.numberFormat = [[step.format]];
        return;
      }
      default:
        this.queueSheetStep(step);
    }
  }

  /**
   * Writes below the table's body and resizes the table over the new rows, never `TableRowCollection.add`
   * (Microsoft documents merge conflicts with it under co-authoring). Both ranges are found from the table
   * as it is when the request runs, so rows a co-author appended meanwhile stay (Table.resize: ExcelApi 1.13).
   */
  private appendRows(name: string, formulas: CellInput[][]): void {
    const table = this.context.workbook.tables.getItem(name);
    const whole = table.getRange();
    const rows = formulas.length;
    whole
      .getLastRow()
      .getOffsetRange(1, 0)
      .getResizedRange(rows - 1, 0).formulas = formulas;
    table.resize(whole.getResizedRange(rows, 0));
  }

  private queueSheetStep(step: Extract<Step, { sheet: SheetRef }>): void {
    const sheet = this.sheet(step.sheet);
    switch (step.kind) {
      case "sheetProps":
        if (step.tabColor !== undefined) sheet.tabColor = step.tabColor;
        if (step.visibility !== undefined) sheet.visibility = step.visibility;
        if (step.name !== undefined) sheet.name = step.name;
        if (step.position !== undefined) sheet.position = step.position;
        return;
      case "deleteSheet":
        sheet.delete();
        return;
      case "freeze":
        // freezeAt(range) freezes the range's rows and columns both; rows alone need freezeRows.
        if (step.columns === 0) sheet.freezePanes.freezeRows(step.rows);
        else if (step.rows === 0) sheet.freezePanes.freezeColumns(step.columns);
        else sheet.freezePanes.freezeAt(rangeAddress({ row: 0, column: 0, rows: step.rows, columns: step.columns }));
        return;
      case "pageLayout":
        return queuePageLayout(sheet, step.print);
      case "addTable": {
        const table = sheet.tables.add(rangeAddress(step.range), true);
        table.name = step.name;
        table.style = step.style;
        return;
      }
      case "chart":
        return queueChart(this.context, sheet, step.chart);
      case "activate":
        sheet.activate();
        this.range(step.sheet, step.range).select();
        return;
      default:
        return this.queueCellStep(step);
    }
  }

  private queueCellStep(step: CellStep): void {
    switch (step.kind) {
      case "columnWidth":
        this.range(step.sheet, { row: 0, column: step.column, columns: step.columns }).format.columnWidth = step.points;
        return;
      case "rowHeight":
        this.range(step.sheet, { row: step.row, column: 0, rows: step.rows }).format.rowHeight = step.points;
        return;
      case "write":
        this.range(step.sheet, step.range).formulas = step.formulas;
        return;
      case "numberFormat": {
        const rows = step.range.rows ?? 1;
        const columns = step.range.columns ?? 1;
        this.range(step.sheet, step.range).numberFormat = Array.from({ length: rows }, () =>
          Array.from({ length: columns }, () => step.format),
        );
        return;
      }
      case "style":
        return this.style(this.range(step.sheet, step.range), step.style, step.range);
      case "merge":
        this.range(step.sheet, step.range).merge(false);
        return;
      case "link":
        // A link to a defined name follows the sheet when it is renamed (docs/WORKBOOK.md).
        this.range(step.sheet, step.range).hyperlink = { documentReference: step.toName };
        return;
      case "validation":
        return this.validation(this.range(step.sheet, step.range).dataValidation, step.validation);
      case "conditionalFormat":
        return this.conditionalFormat(this.range(step.sheet, step.range), step.rule);
    }
  }

  private style(range: Excel.Range, style: Extract<Step, { kind: "style" }>["style"], cells: CellRange): void {
    const format = range.format;
    for (const call of styleCalls(style)) applyStyleCall(format, call);
    if (style.border !== undefined) {
      for (const edge of borderEdges(cells)) {
        const border = format.borders.getItem(edge);
        border.style = "Continuous";
        border.color = style.border;
      }
    }
  }

  private validation(
    validation: Excel.DataValidation,
    spec: Extract<Step, { kind: "validation" }>["validation"],
  ): void {
    for (const call of validationCalls(spec)) {
      if (call[0] === "rule") validation.rule = call[1];
      else if (call[0] === "prompt") validation.prompt = call[1];
      else validation.errorAlert = call[1];
    }
  }

  private conditionalFormat(range: Excel.Range, rule: Extract<Step, { kind: "conditionalFormat" }>["rule"]): void {
    const plan = conditionalCalls(rule);
    const format = range.conditionalFormats.add(plan.type);
    for (const [part, op, value] of plan.calls) {
      if (part === "cellValue" && op === "rule") format.cellValue.rule = value as Excel.ConditionalCellValueRule;
      else if (part === "custom.rule") format.custom.rule.formula = String(value);
      else if (part === "dataBar" && op === "barDirection") format.dataBar.barDirection = "LeftToRight";
      else if (part === "dataBar.positiveFormat") format.dataBar.positiveFormat.fillColor = String(value);
      else {
        const target = part.startsWith("cellValue") ? format.cellValue.format : format.custom.format;
        if (part.endsWith("fill")) target.fill.color = String(value);
        else if (op === "color") target.font.color = String(value);
        else target.font.bold = value === true;
      }
    }
  }
}

function applyStyleCall(format: Excel.RangeFormat, call: StyleCall): void {
  switch (call[1]) {
    case "bold":
      format.font.bold = call[2];
      return;
    case "italic":
      format.font.italic = call[2];
      return;
    case "size":
      format.font.size = call[2];
      return;
    case "color":
      if (call[0] === "font") format.font.color = call[2];
      else format.fill.color = call[2];
      return;
    case "wrapText":
      format.wrapText = call[2];
      return;
    case "horizontalAlignment":
      format.horizontalAlignment = call[2];
      return;
    case "verticalAlignment":
      format.verticalAlignment = call[2];
      return;
  }
}
