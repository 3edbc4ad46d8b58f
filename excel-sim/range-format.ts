/** `Excel.RangeFormat`, `RangeFont`, `RangeFill`, `RangeBorderCollection` / `RangeBorder` proxies. */
import {
  autofitColumns,
  clearFill,
  readBorder,
  readColumnWidth,
  readFormat,
  readRowHeight,
  setBorder,
  setColumnWidth,
  setFormat,
  setRowHeight,
} from "./format-rules";
import type { Mirror } from "./excel-types";
import { SimObject, type Scalars } from "./proxy";
import type { RangeKey } from "./range";
import { sheetById } from "./workbook-model";

const FONT_SCALARS: Scalars<RangeKey> = {
  bold: (e, k) => readFormat(sheetById(e.workbook, k.sheetId), k.rect, "bold"),
  italic: (e, k) => readFormat(sheetById(e.workbook, k.sheetId), k.rect, "italic"),
  color: (e, k) => readFormat(sheetById(e.workbook, k.sheetId), k.rect, "fontColor"),
  size: (e, k) => readFormat(sheetById(e.workbook, k.sheetId), k.rect, "fontSize"),
};

/** Font of a range. */
export class SimRangeFont
  extends SimObject<RangeKey>
  implements Mirror<Excel.RangeFont, "bold" | "italic" | "color" | "size">
{
  protected readonly typeName = "RangeFont";
  protected scalars(): Scalars<RangeKey> {
    return FONT_SCALARS;
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(v: boolean) {
    this.setProperty("bold", v, (e, k) => setFormat(sheetById(e.workbook, k.sheetId), k.rect, "bold", v));
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(v: boolean) {
    this.setProperty("italic", v, (e, k) => setFormat(sheetById(e.workbook, k.sheetId), k.rect, "italic", v));
  }
  /** `#RRGGBB` (named colours accepted on write). */
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.setProperty("color", v, (e, k) => setFormat(sheetById(e.workbook, k.sheetId), k.rect, "fontColor", v));
  }
  /** Points. */
  get size(): number {
    return this.read("size");
  }
  set size(v: number) {
    this.setProperty("size", v, (e, k) => setFormat(sheetById(e.workbook, k.sheetId), k.rect, "fontSize", v));
  }
}

/** Fill (background) of a range. */
export class SimRangeFill extends SimObject<RangeKey> implements Mirror<Excel.RangeFill, "color" | "clear"> {
  protected readonly typeName = "RangeFill";
  protected scalars(): Scalars<RangeKey> {
    return { color: (e, k) => readFormat(sheetById(e.workbook, k.sheetId), k.rect, "fill") };
  }
  /** `#RRGGBB`. */
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.setProperty("color", v, (e, k) => setFormat(sheetById(e.workbook, k.sheetId), k.rect, "fill", v));
  }
  clear(): void {
    this.queue("clear", [], (e, k) => clearFill(sheetById(e.workbook, k.sheetId), k.rect));
  }
}

/** One side of a range's border. */
export class SimRangeBorder extends SimObject<RangeKey> implements Mirror<Excel.RangeBorder, "style" | "color"> {
  protected readonly typeName = "RangeBorder";
  constructor(
    context: SimObject<RangeKey>["context"],
    path: string,
    locate: (e: import("./exec").Exec) => RangeKey,
    private readonly side: string,
  ) {
    super(context, path, locate);
  }
  protected scalars(): Scalars<RangeKey> {
    return {
      style: (e, k) => readBorder(sheetById(e.workbook, k.sheetId), k.rect, this.side, "style"),
      color: (e, k) => readBorder(sheetById(e.workbook, k.sheetId), k.rect, this.side, "color"),
      sideIndex: () => this.side,
    };
  }
  get style(): Excel.BorderLineStyle {
    return this.read("style");
  }
  set style(v: Excel.BorderLineStyle) {
    this.setProperty("style", v, (e, k) => setBorder(sheetById(e.workbook, k.sheetId), k.rect, this.side, "style", v));
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.setProperty("color", v, (e, k) => setBorder(sheetById(e.workbook, k.sheetId), k.rect, this.side, "color", v));
  }
}

/** The borders of a range, by side. */
export class SimRangeBorderCollection extends SimObject<RangeKey> {
  protected readonly typeName = "RangeBorderCollection";
  protected scalars(): Scalars<RangeKey> {
    return {};
  }
  /** The border on one side (`EdgeTop`, `EdgeBottom`, `EdgeLeft`, `EdgeRight`, `InsideVertical`, `InsideHorizontal`). */
  getItem(index: string): SimRangeBorder {
    return new SimRangeBorder(
      this.context,
      `${this._path}.getItem(${JSON.stringify(index)})`,
      (e) => this._resolve(e),
      index,
    );
  }
}

type FormatMembers =
  | "wrapText"
  | "horizontalAlignment"
  | "verticalAlignment"
  | "columnWidth"
  | "rowHeight"
  | "font"
  | "fill"
  | "autofitColumns"
  | "autofitRows";

/** Format of a range. */
export class SimRangeFormat extends SimObject<RangeKey> implements Mirror<Excel.RangeFormat, FormatMembers> {
  protected readonly typeName = "RangeFormat";
  protected scalars(): Scalars<RangeKey> {
    return {
      wrapText: (e, k) => readFormat(sheetById(e.workbook, k.sheetId), k.rect, "wrapText"),
      horizontalAlignment: (e, k) => readFormat(sheetById(e.workbook, k.sheetId), k.rect, "horizontalAlignment"),
      verticalAlignment: (e, k) => readFormat(sheetById(e.workbook, k.sheetId), k.rect, "verticalAlignment"),
      columnWidth: (e, k) => readColumnWidth(sheetById(e.workbook, k.sheetId), k.rect),
      rowHeight: (e, k) => readRowHeight(sheetById(e.workbook, k.sheetId), k.rect),
    };
  }
  protected override navigations(): readonly string[] {
    return ["font", "fill"];
  }
  get font(): SimRangeFont {
    return this.nav("font", () => new SimRangeFont(this.context, `${this._path}.font`, (e) => this._resolve(e)));
  }
  get fill(): SimRangeFill {
    return this.nav("fill", () => new SimRangeFill(this.context, `${this._path}.fill`, (e) => this._resolve(e)));
  }
  get borders(): SimRangeBorderCollection {
    return this.nav(
      "borders",
      () => new SimRangeBorderCollection(this.context, `${this._path}.borders`, (e) => this._resolve(e)),
    );
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(v: boolean) {
    this.setProperty("wrapText", v, (e, k) => setFormat(sheetById(e.workbook, k.sheetId), k.rect, "wrapText", v));
  }
  get horizontalAlignment(): Excel.HorizontalAlignment {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(v: Excel.HorizontalAlignment) {
    this.setProperty("horizontalAlignment", v, (e, k) =>
      setFormat(sheetById(e.workbook, k.sheetId), k.rect, "horizontalAlignment", v),
    );
  }
  get verticalAlignment(): Excel.VerticalAlignment {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(v: Excel.VerticalAlignment) {
    this.setProperty("verticalAlignment", v, (e, k) =>
      setFormat(sheetById(e.workbook, k.sheetId), k.rect, "verticalAlignment", v),
    );
  }
  /** Width of the range's columns, points (null when they differ). */
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(v: number) {
    this.setProperty("columnWidth", v, (e, k) => setColumnWidth(sheetById(e.workbook, k.sheetId), k.rect, v));
  }
  /** Height of the range's rows, points (null when they differ). */
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(v: number) {
    this.setProperty("rowHeight", v, (e, k) => setRowHeight(sheetById(e.workbook, k.sheetId), k.rect, v));
  }
  autofitColumns(): void {
    this.queue("autofitColumns", [], (e, k) => autofitColumns(sheetById(e.workbook, k.sheetId), k.rect));
  }
  /** Row heights are left as they are (no font metrics in the simulator). */
  autofitRows(): void {
    this.queue("autofitRows", [], (e, k) => void sheetById(e.workbook, k.sheetId));
  }
}
