/** Spec styles (`CellStyle`, `ConditionalFormatStyle`) → ExcelJS style objects. */
import type { Alignment, Borders, Fill, Font, Style } from "exceljs";
import type { CellStyle, ConditionalFormatStyle } from "../layout/spec";

const HEX_COLOUR = /^#([0-9A-Fa-f]{6})$/;

/** ExcelJS colour `{ argb }` of a spec colour `#RRGGBB` (opaque). Throws on any other form. */
export function argbColour(hex: string): { argb: string } {
  const match = HEX_COLOUR.exec(hex);
  if (match === null) {
    throw new Error(`not a #RRGGBB colour: ${hex}`);
  }
  return { argb: `FF${(match[1] as string).toUpperCase()}` };
}

/**
 * A cell font names the workbook's default font and size: a `<font>` without them is read by LibreOffice
 * as its own default (a serif face, 10 pt), not as Calibri 11.
 */
const DEFAULT_FONT: Partial<Font> = { name: "Calibri", family: 2, size: 11 };

function font(style: CellStyle): Partial<Font> | undefined {
  const result: Partial<Font> = {};
  if (style.bold !== undefined) result.bold = style.bold;
  if (style.italic !== undefined) result.italic = style.italic;
  if (style.fontSize !== undefined) result.size = style.fontSize;
  if (style.fontColor !== undefined) result.color = argbColour(style.fontColor);
  return Object.keys(result).length > 0 ? result : undefined;
}

function alignment(style: CellStyle): Partial<Alignment> | undefined {
  const result: Partial<Alignment> = {};
  if (style.wrap !== undefined) result.wrapText = style.wrap;
  if (style.horizontalAlignment !== undefined) result.horizontal = style.horizontalAlignment;
  // The file format calls vertical centring "center" too, but ExcelJS names it "middle".
  if (style.verticalAlignment !== undefined) {
    result.vertical = style.verticalAlignment === "center" ? "middle" : style.verticalAlignment;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

function border(colour: string): Partial<Borders> {
  const side = { style: "thin" as const, color: argbColour(colour) };
  return { top: side, left: side, bottom: side, right: side };
}

/** Solid fill; `fgColor` is what cells paint, `bgColor` what conditional-format (dxf) fills paint. */
function solidFill(colour: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: argbColour(colour), bgColor: argbColour(colour) };
}

function styleOf(style: CellStyle, baseFont: Partial<Font>): Partial<Style> {
  const result: Partial<Style> = {};
  const fontPart = font(style);
  const alignmentPart = alignment(style);
  if (fontPart !== undefined) result.font = { ...baseFont, ...fontPart };
  if (alignmentPart !== undefined) result.alignment = alignmentPart;
  if (style.fill !== undefined) result.fill = solidFill(style.fill);
  if (style.numberFormat !== undefined) result.numFmt = style.numberFormat;
  if (style.border !== undefined) result.border = border(style.border);
  return result;
}

/** The ExcelJS style of a spec cell style (only the parts the spec sets, on the default font). */
export function excelCellStyle(style: CellStyle): Partial<Style> {
  return styleOf(style, DEFAULT_FONT);
}

/** The differential (dxf) style a conditional format applies when its rule matches. */
export function excelConditionalStyle(style: ConditionalFormatStyle): Partial<Style> {
  // A differential style changes only what it names: no default font.
  return styleOf(
    {
      ...(style.fill !== undefined ? { fill: style.fill } : {}),
      ...(style.fontColor !== undefined ? { fontColor: style.fontColor } : {}),
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
    },
    {},
  );
}
