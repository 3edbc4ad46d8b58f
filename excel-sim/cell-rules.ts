/**
 * Host rules for writing cells: values / formulas / number formats with Excel's dimension rule, clearing,
 * merging and hyperlinks.
 */
import { contains, formatRect, intersects, type Rect } from "./address";
import { forStoredCells, peekCell, setContent, tidyCell, touchCell } from "./cells";
import { typeEntry, type TypedEntry } from "./cell-typing";
import type { ChangeLog } from "./changes";
import { fail } from "./errors";
import { headerCellsWritten } from "./table-headers";
import type { HyperlinkModel, SheetModel, WorkbookModel } from "./workbook-model";

/**
 * The entry for every cell of `rect`. A 2-D array must match the range's dimensions exactly
 * (InvalidArgument otherwise, even `[[x]]` on a larger range); a bare scalar applies to every cell.
 */
export function entriesFor<T>(rect: Rect, input: unknown, what: string, convert: (entry: unknown) => T): T[][] {
  if (!Array.isArray(input)) {
    const single = convert(input);
    return Array.from({ length: rect.rows }, () => Array.from({ length: rect.columns }, () => single));
  }
  const fits =
    input.length === rect.rows && input.every((row: unknown) => Array.isArray(row) && row.length === rect.columns);
  if (!fits) {
    const shape = `${input.length}×${Array.isArray(input[0]) ? (input[0] as unknown[]).length : "?"}`;
    throw fail("InvalidArgument", `${what}: a ${shape} array does not match the ${rect.rows}×${rect.columns} range`);
  }
  return (input as unknown[][]).map((row) => row.map(convert));
}

/** Whether a formula holds an A1 reference that is not fully absolute (Excel would shift it cell by cell). */
function hasRelativeReference(formula: string): boolean {
  const outsideStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const refs = outsideStrings.match(/\$?[A-Za-z]{1,3}\$?\d+/g) ?? [];
  return refs.some((ref) => !/^\$[A-Za-z]{1,3}\$\d+$/.test(ref));
}

/**
 * Writes `Range.values` / `Range.formulas`: every entry is typed as if entered by a person, then applied.
 * Typing happens first, so a bad entry leaves the range untouched.
 */
export function writeCells(
  workbook: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  input: unknown,
  what: string,
  log: ChangeLog,
): void {
  const entries = entriesFor<TypedEntry>(rect, input, what, typeEntry);
  if (!Array.isArray(input) && rect.rows * rect.columns > 1) {
    const first = entries[0]?.[0];
    if (first?.kind === "set" && first.content.kind === "formula" && hasRelativeReference(first.content.formula)) {
      throw fail("NotImplemented", "the simulator does not shift relative references of one formula over many cells");
    }
  }
  entries.forEach((row, r) =>
    row.forEach((entry, c) => {
      const at = { row: rect.row + r, column: rect.column + c };
      if (entry.kind === "unchanged") return;
      if (entry.kind === "clear") return setContent(sheet, at.row, at.column, undefined);
      const cell = touchCell(sheet, at.row, at.column);
      cell.content = entry.content;
      if (entry.impliedFormat && (cell.numberFormat === undefined || cell.numberFormat === "General")) {
        cell.numberFormat = entry.impliedFormat;
      }
    }),
  );
  headerCellsWritten(workbook, sheet, rect);
  log.push({ type: "WorksheetChanged", sheetId: sheet.id, rect, changeType: "RangeEdited" });
}

/** Writes `Range.numberFormat` (same dimension rule; `null` leaves a cell's format as it is). */
export function writeNumberFormats(sheet: SheetModel, rect: Rect, input: unknown): void {
  const formats = entriesFor<string | null>(rect, input, "numberFormat", (entry) => {
    if (entry === null || entry === undefined) return null;
    if (typeof entry !== "string") throw fail("InvalidArgument", "a number format must be a string");
    return entry;
  });
  formats.forEach((row, r) =>
    row.forEach((format, c) => {
      if (format === null) return;
      const cell = touchCell(sheet, rect.row + r, rect.column + c);
      cell.numberFormat = format;
      if (format === "General") delete cell.numberFormat;
      tidyCell(sheet, rect.row + r, rect.column + c);
    }),
  );
}

/** What `Range.clear(applyTo)` removes. */
export type ClearTarget = "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

/** `Range.clear`: contents, formats (direct formats and number formats), hyperlinks, or all of them. */
export function clearRange(
  workbook: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  applyTo: unknown,
  log: ChangeLog,
): void {
  const target = applyTo ?? "All";
  const known = ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"];
  if (typeof target !== "string" || !known.includes(target))
    throw fail("InvalidArgument", `clear("${String(target)}")`);
  const contents = target === "All" || target === "Contents" || target === "ResetContents";
  const formats = target === "All" || target === "Formats";
  const links = target !== "Formats";
  forStoredCells(sheet, rect, (row, column, cell) => {
    if (contents) delete cell.content;
    if (formats) {
      delete cell.format;
      delete cell.numberFormat;
    }
    if (links && target !== "Contents") delete cell.hyperlink;
    tidyCell(sheet, row, column);
  });
  if (contents) {
    headerCellsWritten(workbook, sheet, rect);
    log.push({ type: "WorksheetChanged", sheetId: sheet.id, rect, changeType: "RangeEdited" });
  }
}

/**
 * `Range.merge(across)`: keeps the top-left value (Excel discards the others). Merged cells cannot be in a
 * table (InvalidOperation); a merge that cuts through another merge is refused (InvalidArgument).
 */
export function mergeCells(workbook: WorkbookModel, sheet: SheetModel, rect: Rect, across: unknown): void {
  if (workbook.tables.some((t) => t.sheetId === sheet.id && intersects(t.rect, rect))) {
    throw fail("InvalidOperation", `cells ${formatRect(rect)} overlap a table; tables cannot hold merged cells`);
  }
  const blocks: Rect[] =
    across === true
      ? Array.from({ length: rect.rows }, (_, i) => ({
          row: rect.row + i,
          column: rect.column,
          rows: 1,
          columns: rect.columns,
        }))
      : [rect];
  for (const block of blocks) {
    for (const merge of sheet.merges) {
      if (intersects(merge, block) && !contains(block, merge)) {
        throw fail("InvalidArgument", `merge ${formatRect(block)} cuts through merged cells ${formatRect(merge)}`);
      }
    }
  }
  for (const block of blocks) {
    sheet.merges = sheet.merges.filter((merge) => !contains(block, merge));
    if (block.rows * block.columns > 1) sheet.merges.push(block);
    forStoredCells(sheet, block, (row, column) => {
      if (row !== block.row || column !== block.column) setContent(sheet, row, column, undefined);
    });
  }
}

/** `Range.unmerge()`: removes the merges inside the range. */
export function unmergeCells(sheet: SheetModel, rect: Rect): void {
  sheet.merges = sheet.merges.filter((merge) => !intersects(merge, rect));
}

const LINK_KEYS = ["address", "documentReference", "textToDisplay", "screenTip"] as const;

/** `Range.hyperlink = {...}`: sets the link of every cell; `textToDisplay` becomes the cell's text. */
export function setHyperlink(
  workbook: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  link: unknown,
  log: ChangeLog,
): void {
  if (typeof link !== "object" || link === null) throw fail("InvalidArgument", "a hyperlink must be an object");
  const model: Record<string, string> = {};
  for (const [key, value] of Object.entries(link)) {
    if (!(LINK_KEYS as readonly string[]).includes(key) || typeof value !== "string") {
      throw fail("InvalidArgument", `hyperlink.${key} is not a RangeHyperlink string property`);
    }
    model[key] = value;
  }
  if (!model.address && !model.documentReference)
    throw fail("InvalidArgument", "a hyperlink needs an address or documentReference");
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.column; c < rect.column + rect.columns; c++) {
      const cell = touchCell(sheet, r, c);
      cell.hyperlink = model as HyperlinkModel;
      if (model.textToDisplay !== undefined) cell.content = { kind: "value", value: model.textToDisplay };
    }
  }
  if (model.textToDisplay !== undefined) {
    headerCellsWritten(workbook, sheet, rect);
    log.push({ type: "WorksheetChanged", sheetId: sheet.id, rect, changeType: "RangeEdited" });
  }
}

/** The hyperlink of the top-left cell (what Range.hyperlink reports), or null. */
export function hyperlinkAt(sheet: SheetModel, rect: Rect): HyperlinkModel | null {
  return peekCell(sheet, rect.row, rect.column)?.hyperlink ?? null;
}
