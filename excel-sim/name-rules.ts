/**
 * Host rules for workbook-scoped defined names (NamedItemCollection.add, NamedItem): the naming rules, what
 * a name refers to, and what `formula`, `value`, `type` and `arrayValues` report. A name refers to its sheet
 * by id, so it follows renames; when the sheet is deleted it becomes `#REF!`.
 */
import { formatAddress, formatRect, parseAddress, type Rect } from "./address";
import { readMatrix } from "./cells";
import { checkFormula, UNCOMPUTED_FORMULA_VALUE, valueOf, valueTypeOf } from "./cell-typing";
import { fail } from "./errors";
import { checkDefinedName } from "./naming";
import {
  findSheet,
  newId,
  sheetById,
  takenNames,
  type NameModel,
  type NameReference,
  type WorkbookModel,
} from "./workbook-model";

/** A range given as a Range object (resolved to a sheet id and cells) or as reference text. */
export type NameTarget = { readonly sheetId: string; readonly rect: Rect } | string;

/** Turns reference text (`=Sheet1!$A$1`, `'Acme · Ver'!B3`, `=TODAY()`, `=9`) into a reference. */
export function parseNameReference(workbook: WorkbookModel, text: string): NameReference {
  const formula = text.startsWith("=") ? text : `=${text}`;
  const address = parseAddress(formula);
  if (address) {
    const sheet =
      address.sheet === null ? sheetById(workbook, workbook.activeSheetId) : findSheet(workbook, address.sheet);
    if (!sheet) throw fail("InvalidArgument", `no sheet named "${address.sheet ?? ""}" for reference ${text}`);
    return { kind: "range", sheetId: sheet.id, rect: address.rect };
  }
  if (/^=[^(]*!/.test(formula)) throw fail("InvalidArgument", `${text} is not a valid reference`);
  return { kind: "formula", formula: checkFormula(formula) };
}

/** `NamedItemCollection.add(name, reference, comment)`. */
export function addName(workbook: WorkbookModel, name: unknown, target: NameTarget, comment: unknown): NameModel {
  const checked = checkDefinedName(name, takenNames(workbook));
  if (comment !== undefined && typeof comment !== "string")
    throw fail("InvalidArgument", "a name's comment must be a string");
  const ref: NameReference =
    typeof target === "string" ? parseNameReference(workbook, target) : { kind: "range", ...target };
  const item: NameModel = { id: newId(workbook, "N"), name: checked, ref, comment: comment ?? "", visible: true };
  workbook.names.push(item);
  return item;
}

/** Deletes a defined name (cells it referred to keep their content). */
export function deleteName(workbook: WorkbookModel, item: NameModel): void {
  workbook.names = workbook.names.filter((n) => n !== item);
}

/** The reference text without `=`, e.g. `'Acme · Ver'!$B$3`, or `#REF!$B$3` once the sheet is gone. */
function rangeText(workbook: WorkbookModel, ref: Extract<NameReference, { kind: "range" }>): string {
  if (ref.sheetId === null) return `#REF!${formatRect(ref.rect, true)}`;
  return formatAddress(sheetById(workbook, ref.sheetId).name, ref.rect, true);
}

/** `NamedItem.formula`: always starts with `=`. */
export function nameFormula(workbook: WorkbookModel, item: NameModel): string {
  return item.ref.kind === "range" ? `=${rangeText(workbook, item.ref)}` : item.ref.formula;
}

/** A constant formula's value (`=9`, `="es"`, `=TRUE`), or undefined when it needs computing. */
function constantOf(formula: string): string | number | boolean | undefined {
  const body = formula.slice(1).trim();
  if (/^-?\d+(\.\d+)?$/.test(body)) return Number(body);
  if (/^"(?:[^"]|"")*"$/.test(body)) return body.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === "TRUE";
  return undefined;
}

/** `NamedItem.type`: Range, Error (`#REF!` or a formula the simulator does not compute), or the constant's type. */
export function nameType(item: NameModel): "Range" | "Error" | "String" | "Integer" | "Double" | "Boolean" {
  if (item.ref.kind === "range") return item.ref.sheetId === null ? "Error" : "Range";
  const constant = constantOf(item.ref.formula);
  if (constant === undefined) return "Error";
  if (typeof constant === "number") return Number.isInteger(constant) ? "Integer" : "Double";
  return typeof constant === "boolean" ? "Boolean" : "String";
}

/** `NamedItem.value`: the address for a range, `#REF!` when broken, the constant, or the uncomputed error. */
export function nameValue(workbook: WorkbookModel, item: NameModel): string | number | boolean {
  if (item.ref.kind === "range") return item.ref.sheetId === null ? "#REF!" : rangeText(workbook, item.ref);
  return constantOf(item.ref.formula) ?? UNCOMPUTED_FORMULA_VALUE;
}

/** `NamedItem.arrayValues`: the cells' values and types for a range, else the single value. */
export function nameArrayValues(workbook: WorkbookModel, item: NameModel): { values: unknown[][]; types: string[][] } {
  const ref = item.ref;
  if (ref.kind === "range" && ref.sheetId !== null) {
    const sheet = sheetById(workbook, ref.sheetId);
    return {
      values: readMatrix(sheet, ref.rect, (cell) => valueOf(cell?.content)),
      types: readMatrix(sheet, ref.rect, (cell) => valueTypeOf(cell?.content)),
    };
  }
  const value = nameValue(workbook, item);
  const type = nameType(item);
  const valueType = type === "Integer" || type === "Double" ? "Double" : type;
  return { values: [[value]], types: [[valueType]] };
}

/** The cells a name refers to; InvalidReference when it is not (or no longer) a range (NamedItem.getRange). */
export function nameRange(item: NameModel): { sheetId: string; rect: Rect } | null {
  if (item.ref.kind !== "range" || item.ref.sheetId === null) return null;
  return { sheetId: item.ref.sheetId, rect: item.ref.rect };
}

/** `NamedItem.formula = ...`: refer elsewhere. */
export function setNameFormula(workbook: WorkbookModel, item: NameModel, formula: unknown): void {
  if (typeof formula !== "string") throw fail("InvalidArgument", "a name's formula must be a string");
  item.ref = parseNameReference(workbook, formula);
}
