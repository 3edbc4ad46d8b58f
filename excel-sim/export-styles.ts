/**
 * Cell formats of the simulated workbook → `CellStyle`s of a WorkbookSpec (one style key per distinct
 * combination). What the spec cannot say (partial borders, other alignments) is reported, not guessed.
 */
import type { CellStyle } from "../src/layout/spec";
import { peekCell } from "./cells";
import type { BorderModel, CellModel, SheetModel } from "./workbook-model";

/** Collects distinct styles and what could not be expressed. */
export class StyleRegistry {
  readonly styles: Record<string, CellStyle> = {};
  private readonly keys = new Map<string, string>();

  constructor(private readonly omitted: string[]) {}

  /** The style key for a cell's formats, or undefined when it has none. */
  keyFor(cell: CellModel, where: string): string | undefined {
    const style = this.styleOf(cell, where);
    if (Object.keys(style).length === 0) return undefined;
    const json = JSON.stringify(style);
    let key = this.keys.get(json);
    if (!key) {
      key = `sim${this.keys.size + 1}`;
      this.keys.set(json, key);
      this.styles[key] = style;
    }
    return key;
  }

  private styleOf(cell: CellModel, where: string): CellStyle {
    const f = cell.format ?? {};
    const style: { -readonly [K in keyof CellStyle]: CellStyle[K] } = {};
    if (f.bold !== undefined) style.bold = f.bold;
    if (f.italic !== undefined) style.italic = f.italic;
    if (f.fontSize !== undefined) style.fontSize = f.fontSize;
    if (f.fontColor !== undefined) style.fontColor = f.fontColor;
    if (f.fill !== undefined) style.fill = f.fill;
    if (f.wrapText !== undefined) style.wrap = f.wrapText;
    if (cell.numberFormat !== undefined) style.numberFormat = cell.numberFormat;
    const horizontal = f.horizontalAlignment?.toLowerCase();
    if (horizontal === "left" || horizontal === "center" || horizontal === "right")
      style.horizontalAlignment = horizontal;
    else if (horizontal !== undefined && horizontal !== "general")
      this.omitted.push(`${where}: horizontal alignment ${f.horizontalAlignment}`);
    const vertical = f.verticalAlignment?.toLowerCase();
    if (vertical === "top" || vertical === "center" || vertical === "bottom") style.verticalAlignment = vertical;
    else if (vertical !== undefined) this.omitted.push(`${where}: vertical alignment ${f.verticalAlignment}`);
    const edges = Object.entries(f.borders ?? {});
    if (edges.length > 0) {
      const sides = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
      const colours = new Set(edges.map(([, b]) => b.color));
      const complete =
        sides.every((side) => f.borders?.[side]?.style === "Continuous") && edges.length === 4 && colours.size === 1;
      if (complete) style.border = [...colours][0];
      else this.omitted.push(`${where}: borders other than a thin box`);
    }
    return style;
  }
}

/**
 * A cell's borders with the neighbours' facing edges folded in (Excel draws a shared edge once: the inside
 * lines of a bordered block are kept on one side only). A cell with no border of its own keeps none: the
 * edges it shares with a bordered neighbour are that neighbour's, which the spec writes with its box.
 */
export function effectiveCell(sheet: SheetModel, row: number, column: number, cell: CellModel): CellModel {
  const own = cell.format?.borders ?? {};
  if (Object.keys(own).length === 0) return cell;
  const facing: Array<[string, CellModel | undefined, string]> = [
    ["EdgeTop", peekCell(sheet, row - 1, column), "EdgeBottom"],
    ["EdgeBottom", peekCell(sheet, row + 1, column), "EdgeTop"],
    ["EdgeLeft", peekCell(sheet, row, column - 1), "EdgeRight"],
    ["EdgeRight", peekCell(sheet, row, column + 1), "EdgeLeft"],
  ];
  const borders: Record<string, BorderModel> = { ...own };
  for (const [side, neighbour, opposite] of facing) {
    const edge = neighbour?.format?.borders?.[opposite];
    if (!borders[side] && edge) borders[side] = edge;
  }
  if (Object.keys(borders).length === 0) return cell;
  return { ...cell, format: { ...cell.format, borders } };
}
