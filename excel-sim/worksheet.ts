/** `Excel.Worksheet` proxy, resolved to a sheet id (it keeps working after the sheet is renamed). */
import { MAX_COLUMNS, MAX_ROWS, parseAddress, WHOLE_SHEET, type Rect } from "./address";
import { boundingRect } from "./cells";
import { SimChartCollection } from "./charts";
import type { SimRequestContext } from "./context";
import { fail } from "./errors";
import { SimEventHandlers } from "./events";
import type { Exec } from "./exec";
import type { Mirror } from "./excel-types";
import { nameKey } from "./naming";
import { nameRange } from "./name-rules";
import { SimObject, type Scalars } from "./proxy";
import { SimRange, type RangeKey } from "./range";
import { activateSheet, deleteSheet, moveSheet, renameSheet, setTabColor, setVisibility } from "./sheet-rules";
import { SimTableCollection } from "./table";
import { findName, sheetById, type CellModel, type SheetModel } from "./workbook-model";
import { SimPageLayout } from "./page-layout";
import { areasOnSheet, SimRangeAreas, type RangeAreasKey } from "./range-areas";
import { SimWorksheetFreezePanes } from "./worksheet-parts";

type WorksheetMembers =
  | "id"
  | "name"
  | "position"
  | "visibility"
  | "tabColor"
  | "tables"
  | "charts"
  | "freezePanes"
  | "pageLayout"
  | "delete"
  | "activate"
  | "getRange"
  | "getRangeByIndexes"
  | "getRanges"
  | "getCell"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "onChanged";

const SCALARS: Scalars<string> = {
  id: (_e, id) => id,
  name: (e, id) => sheetById(e.workbook, id).name,
  position: (e, id) => e.workbook.sheets.findIndex((s) => s.id === id),
  visibility: (e, id) => sheetById(e.workbook, id).visibility,
  tabColor: (e, id) => sheetById(e.workbook, id).tabColor,
};

/** Cells of `address` on `sheet`: an A1 reference (whole sheet when empty) or a defined name on that sheet. */
export function rectOnSheet(exec: Exec, sheet: SheetModel, address: string | undefined): Rect {
  if (address === undefined || address.trim() === "") return WHOLE_SHEET;
  const parsed = parseAddress(address);
  if (parsed) {
    if (parsed.sheet !== null && nameKey(parsed.sheet) !== nameKey(sheet.name)) {
      throw fail("InvalidArgument", `${address} is not on sheet "${sheet.name}"`);
    }
    return parsed.rect;
  }
  const named = findName(exec.workbook, address);
  const target = named ? nameRange(named) : null;
  if (!target || target.sheetId !== sheet.id)
    throw fail("InvalidArgument", `"${address}" is not an address or a name on "${sheet.name}"`);
  return target.rect;
}

function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  const keep = valuesOnly
    ? (cell: CellModel) => cell.content !== undefined
    : (cell: CellModel) =>
        cell.content !== undefined ||
        cell.numberFormat !== undefined ||
        cell.format !== undefined ||
        cell.hyperlink !== undefined;
  return boundingRect(sheet, keep);
}

/** One worksheet. */
export class SimWorksheet extends SimObject<string> implements Mirror<Excel.Worksheet, WorksheetMembers> {
  protected readonly typeName = "Worksheet";

  constructor(context: SimRequestContext, path: string, locate: (exec: Exec) => string | null) {
    super(context, path, locate);
  }

  protected scalars(): Scalars<string> {
    return SCALARS;
  }

  protected override navigations(): readonly string[] {
    return ["tables", "charts", "freezePanes", "pageLayout"];
  }

  protected override checkAlive(exec: Exec, id: string): void {
    sheetById(exec.workbook, id);
  }

  private sheet(exec: Exec): SheetModel {
    return sheetById(exec.workbook, this._resolve(exec));
  }

  private rangeAt(
    op: string,
    args: readonly unknown[],
    rect: (exec: Exec, sheet: SheetModel) => Rect | null,
  ): SimRange {
    const text = args.map((a) => JSON.stringify(a)).join(", ");
    return new SimRange(this.context, `${this._path}.${op}(${text})`, (exec): RangeKey | null => {
      const sheet = this.sheet(exec);
      const cells = rect(exec, sheet);
      return cells ? { sheetId: sheet.id, rect: cells } : null;
    });
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  /** Renames the sheet (Excel's sheet-name rules; unique case-insensitively). */
  set name(name: string) {
    this.setProperty("name", name, (e, id) => renameSheet(e.workbook, sheetById(e.workbook, id), name, e.log));
  }
  get position(): number {
    return this.read("position");
  }
  /** Moves the sheet to a zero-based position. */
  set position(position: number) {
    this.setProperty("position", position, (e, id) => moveSheet(e.workbook, sheetById(e.workbook, id), position));
  }
  get visibility(): Excel.Worksheet["visibility"] {
    return this.read("visibility");
  }
  set visibility(visibility: Excel.Worksheet["visibility"]) {
    this.setProperty("visibility", visibility, (e, id) =>
      setVisibility(e.workbook, sheetById(e.workbook, id), visibility),
    );
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(colour: string) {
    this.setProperty("tabColor", colour, (e, id) => setTabColor(sheetById(e.workbook, id), colour));
  }

  get tables(): SimTableCollection {
    return this.nav(
      "tables",
      () => new SimTableCollection(this.context, `${this._path}.tables`, (exec) => this._resolve(exec)),
    );
  }
  get charts(): SimChartCollection {
    return this.nav(
      "charts",
      () => new SimChartCollection(this.context, `${this._path}.charts`, (exec) => this._resolve(exec)),
    );
  }
  get freezePanes(): SimWorksheetFreezePanes {
    return this.nav(
      "freezePanes",
      () => new SimWorksheetFreezePanes(this.context, `${this._path}.freezePanes`, (exec) => this._resolve(exec)),
    );
  }
  get pageLayout(): SimPageLayout {
    return this.nav(
      "pageLayout",
      () => new SimPageLayout(this.context, `${this._path}.pageLayout`, (exec) => this._resolve(exec)),
    );
  }
  /** Changes to this sheet's cells. */
  get onChanged(): SimEventHandlers {
    return new SimEventHandlers(this.context, "onChanged", (exec) => ({ kind: "sheet", sheetId: this._resolve(exec) }));
  }

  delete(): void {
    this.queue("delete", [], (e, id) => deleteSheet(e.workbook, sheetById(e.workbook, id), e.log));
  }

  activate(): void {
    this.queue("activate", [], (e, id) => activateSheet(e.workbook, sheetById(e.workbook, id)));
  }

  /** Cells by A1 address (`B2:C9`, `3:5`, `A:C`), by defined name, or the whole sheet without argument. */
  getRange(address?: string): SimRange {
    return this.rangeAt("getRange", address === undefined ? [] : [address], (exec, sheet) =>
      rectOnSheet(exec, sheet, address),
    );
  }

  /** Blocks of cells by addresses or names, comma- or semicolon-separated (`"A:E, G:K"`; ExcelApi 1.9). */
  getRanges(address?: string): SimRangeAreas {
    const text = address === undefined ? "" : JSON.stringify(address);
    return new SimRangeAreas(this.context, `${this._path}.getRanges(${text})`, (exec): RangeAreasKey => {
      const sheet = this.sheet(exec);
      return { sheetId: sheet.id, rects: address === undefined ? [WHOLE_SHEET] : areasOnSheet(exec, sheet, address) };
    });
  }

  /** Cells by zero-based indexes. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return this.rangeAt("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => {
      const fits =
        [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) &&
        startRow >= 0 &&
        startColumn >= 0 &&
        rowCount >= 1 &&
        columnCount >= 1 &&
        startRow + rowCount <= MAX_ROWS &&
        startColumn + columnCount <= MAX_COLUMNS;
      if (!fits) throw fail("InvalidArgument", "getRangeByIndexes: the cells must lie in the 1,048,576 × 16,384 grid");
      return { row: startRow, column: startColumn, rows: rowCount, columns: columnCount };
    });
  }

  /** One cell by zero-based indexes. */
  getCell(row: number, column: number): SimRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** The smallest range holding every value (and, unless `valuesOnly`, every formatted cell); A1 on a blank sheet. */
  getUsedRange(valuesOnly?: boolean): SimRange {
    return this.rangeAt(
      "getUsedRange",
      [valuesOnly ?? false],
      (_e, sheet) => usedRect(sheet, valuesOnly === true) ?? { row: 0, column: 0, rows: 1, columns: 1 },
    );
  }

  /** As getUsedRange, but a null object on a blank sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    const range = this.rangeAt("getUsedRangeOrNullObject", [valuesOnly ?? false], (_e, sheet) =>
      usedRect(sheet, valuesOnly === true),
    );
    range._resolveOnSync();
    return range;
  }
}
