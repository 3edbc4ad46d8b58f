/**
 * Host rules for worksheets: add, rename, move, hide, delete, activate. Both the API commands and the
 * simulated user go through these, so a person in Excel and the add-in meet the same rules.
 */
import { followSheetRename } from "./chart-references";
import type { ChangeLog } from "./changes";
import { fail } from "./errors";
import { checkSheetName, nameKey } from "./naming";
import { emptySheet, newId, type SheetModel, type Visibility, type WorkbookModel } from "./workbook-model";

/** Colours Excel accepts by name; everything else must be `#RRGGBB`. */
const NAMED_COLOURS: Readonly<Record<string, string>> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
};

/** `#RRGGBB` in capitals for a colour Excel accepts; InvalidArgument otherwise. */
export function normalizeColour(colour: unknown): string {
  if (typeof colour !== "string") throw fail("InvalidArgument", "a colour must be a string");
  const named = NAMED_COLOURS[colour.toLowerCase()];
  if (named) return named;
  if (!/^#[0-9A-Fa-f]{6}$/.test(colour)) throw fail("InvalidArgument", `"${colour}" is not a colour (#RRGGBB)`);
  return colour.toUpperCase();
}

function otherNames(workbook: WorkbookModel, except?: SheetModel): string[] {
  return workbook.sheets.filter((s) => s !== except).map((s) => s.name);
}

/** Excel's default name for a new sheet: the first free `SheetN`. */
function defaultSheetName(workbook: WorkbookModel): string {
  const taken = new Set(workbook.sheets.map((s) => nameKey(s.name)));
  let n = workbook.sheets.length + 1;
  while (taken.has(nameKey(`Sheet${n}`))) n++;
  return `Sheet${n}`;
}

/** Adds a sheet at the end (WorksheetCollection.add); the active sheet does not change. */
export function addSheet(workbook: WorkbookModel, name: string | undefined, log: ChangeLog): SheetModel {
  const sheetName = name === undefined ? defaultSheetName(workbook) : checkSheetName(name, otherNames(workbook));
  const sheet = emptySheet(newId(workbook, "S"), sheetName);
  workbook.sheets.push(sheet);
  log.push({ type: "WorksheetAdded", sheetId: sheet.id });
  return sheet;
}

/** Renames a sheet; defined names and references keep pointing at it (they hold its id). */
export function renameSheet(workbook: WorkbookModel, sheet: SheetModel, name: unknown, log: ChangeLog): void {
  const before = sheet.name;
  sheet.name = checkSheetName(name, otherNames(workbook, sheet));
  if (before !== sheet.name) {
    followSheetRename(workbook, before, sheet.name);
    log.push({ type: "WorksheetNameChanged", sheetId: sheet.id, nameBefore: before, nameAfter: sheet.name });
  }
}

/** Moves a sheet to a zero-based position (Worksheet.position); InvalidArgument outside 0..count-1. */
export function moveSheet(workbook: WorkbookModel, sheet: SheetModel, position: unknown): void {
  if (
    typeof position !== "number" ||
    !Number.isInteger(position) ||
    position < 0 ||
    position >= workbook.sheets.length
  ) {
    throw fail("InvalidArgument", `position ${String(position)} is outside 0..${workbook.sheets.length - 1}`);
  }
  workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
  workbook.sheets.splice(position, 0, sheet);
}

function visibleSheets(workbook: WorkbookModel): SheetModel[] {
  return workbook.sheets.filter((s) => s.visibility === "Visible");
}

/** When the active sheet goes away (hidden or deleted), Excel activates the next visible one. */
function activateNeighbourOf(workbook: WorkbookModel, leaving: SheetModel): void {
  if (workbook.activeSheetId !== leaving.id) return;
  const index = workbook.sheets.indexOf(leaving);
  const after = workbook.sheets.slice(index + 1).find((s) => s !== leaving && s.visibility === "Visible");
  const before = workbook.sheets
    .slice(0, index)
    .reverse()
    .find((s) => s.visibility === "Visible");
  const next = after ?? before;
  if (next) {
    workbook.activeSheetId = next.id;
    workbook.selection = { row: 0, column: 0, rows: 1, columns: 1 };
  }
}

/** Sets Visible / Hidden / VeryHidden; a workbook keeps at least one visible sheet (InvalidOperation). */
export function setVisibility(workbook: WorkbookModel, sheet: SheetModel, visibility: unknown): void {
  if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") {
    throw fail("InvalidArgument", `"${String(visibility)}" is not a sheet visibility`);
  }
  if (visibility !== "Visible" && sheet.visibility === "Visible" && visibleSheets(workbook).length === 1) {
    throw fail("InvalidOperation", "a workbook must keep at least one visible sheet");
  }
  sheet.visibility = visibility as Visibility;
  if (visibility !== "Visible") activateNeighbourOf(workbook, sheet);
}

/**
 * Deletes a sheet with its tables and charts. Defined names that referred to it become `#REF!`, as in Excel.
 * The last visible sheet cannot be deleted (InvalidOperation).
 */
export function deleteSheet(workbook: WorkbookModel, sheet: SheetModel, log: ChangeLog): void {
  if (sheet.visibility === "Visible" && visibleSheets(workbook).length === 1) {
    throw fail("InvalidOperation", "a workbook must keep at least one visible sheet");
  }
  activateNeighbourOf(workbook, sheet);
  workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
  workbook.tables = workbook.tables.filter((t) => t.sheetId !== sheet.id);
  for (const item of workbook.names) {
    if (item.ref.kind === "range" && item.ref.sheetId === sheet.id) item.ref = { ...item.ref, sheetId: null };
  }
  log.push({ type: "WorksheetDeleted", sheetId: sheet.id });
}

/** Makes a sheet the active one; a hidden sheet cannot be activated (InvalidOperation). */
export function activateSheet(workbook: WorkbookModel, sheet: SheetModel): void {
  if (sheet.visibility !== "Visible") throw fail("InvalidOperation", `sheet "${sheet.name}" is hidden`);
  workbook.activeSheetId = sheet.id;
  workbook.selection = { row: 0, column: 0, rows: 1, columns: 1 };
}

/** Sets a tab colour (`#RRGGBB`, or "" for none). */
export function setTabColor(sheet: SheetModel, colour: unknown): void {
  sheet.tabColor = colour === "" ? "" : normalizeColour(colour);
}
