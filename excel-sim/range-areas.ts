/**
 * `Excel.RangeAreas` (ExcelApi 1.9): several blocks of cells on one sheet, as `Worksheet.getRanges` and
 * `PageLayout.getPrintArea` return them. Only what the add-in reads is simulated: address, count of areas,
 * cell count.
 */
import { cellCount, formatAddress, type Rect } from "./address";
import { fail } from "./errors";
import type { Exec } from "./exec";
import type { Mirror } from "./excel-types";
import { SimObject, type Scalars } from "./proxy";
import { sheetById, type SheetModel } from "./workbook-model";
import { rectOnSheet } from "./worksheet";

/** What a RangeAreas resolves to: blocks of one sheet, in order. */
export interface RangeAreasKey {
  readonly sheetId: string;
  readonly rects: readonly Rect[];
}

/**
 * The blocks of `getRanges("A1:B2, D:E")`: addresses or names, comma- or semicolon-separated (the
 * Worksheet.getRanges docs), each on `sheet`; a defined name stands for its cells.
 */
export function areasOnSheet(exec: Exec, sheet: SheetModel, address: string): Rect[] {
  const parts = address.split(/[,;]/).map((part) => part.trim());
  if (parts.some((part) => part === "")) throw fail("InvalidArgument", `"${address}" has an empty area`);
  return parts.map((part) => rectOnSheet(exec, sheet, part));
}

const SCALARS: Scalars<RangeAreasKey> = {
  address: (e, k) => areasAddress(sheetById(e.workbook, k.sheetId).name, k.rects),
  addressLocal: (e, k) => areasAddress(sheetById(e.workbook, k.sheetId).name, k.rects),
  areaCount: (_e, k) => k.rects.length,
  cellCount: (_e, k) => k.rects.reduce((sum, rect) => sum + cellCount(rect), 0),
};

/** `Sheet1!A1:B4, Sheet1!D1:D4`: every block qualified by its sheet, ", " between (the RangeAreas.address docs). */
export function areasAddress(sheetName: string, rects: readonly Rect[]): string {
  return rects.map((rect) => formatAddress(sheetName, rect)).join(", ");
}

/** Blocks of cells of one sheet. */
export class SimRangeAreas
  extends SimObject<RangeAreasKey>
  implements Mirror<Excel.RangeAreas, "address" | "addressLocal" | "areaCount" | "cellCount">
{
  protected readonly typeName = "RangeAreas";
  protected scalars(): Scalars<RangeAreasKey> {
    return SCALARS;
  }
  protected override checkAlive(exec: Exec, key: RangeAreasKey): void {
    sheetById(exec.workbook, key.sheetId);
  }
  get address(): string {
    return this.read("address");
  }
  get addressLocal(): string {
    return this.read("addressLocal");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
}
