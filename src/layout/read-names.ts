/**
 * Lookups over a workbook state: defined names, tables and sheets by name, the way Excel matches them
 * (case-insensitively: ECMA-376 Part 1 §18.2.5, "names are not case-sensitive"; sheet names likewise).
 * The first of two entries that differ only in case wins.
 */
import { isClientId } from "../domain/client-id";
import type { ClientId } from "../domain/plan";
import type { NameState, SheetState, StateValue, TableState, WorkbookState } from "./workbook-state";

/** A workbook state indexed for the reader. */
export interface StateIndex {
  readonly names: ReadonlyMap<string, NameState>;
  readonly tables: ReadonlyMap<string, TableState>;
  readonly sheets: ReadonlyMap<string, SheetState>;
}

/** The key two identifiers share when Excel takes them for the same one. */
export function identifierKey(name: string): string {
  return name.toLocaleUpperCase("en");
}

function indexBy<T>(items: readonly T[], nameOf: (item: T) => string): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of items) {
    const key = identifierKey(nameOf(item));
    if (!index.has(key)) index.set(key, item);
  }
  return index;
}

/** Indexes a state's names, tables and sheets. */
export function indexState(state: WorkbookState): StateIndex {
  return {
    names: indexBy(state.names, (name) => name.name),
    tables: indexBy(state.tables, (table) => table.name),
    sheets: indexBy(state.sheets, (sheet) => sheet.name),
  };
}

/** The sheet called `name` (any case), by its real name; `null` when there is none. */
export function sheetNamed(index: StateIndex, name: string | undefined): SheetState | null {
  return name === undefined ? null : (index.sheets.get(identifierKey(name)) ?? null);
}

/** What a defined name gives the reader. */
export type NamedCell =
  | { readonly kind: "missing" }
  /** The name exists but refers to nothing usable: `#REF!`, a sheet that is gone, or a formula. */
  | { readonly kind: "broken" }
  /** The top-left cell's value ("" when empty) and the sheet it is on. */
  | { readonly kind: "cell"; readonly value: StateValue; readonly sheetName: string };

/** The named cell `name` (its top-left cell when the name covers more). */
export function namedCell(index: StateIndex, name: string): NamedCell {
  const found = index.names.get(identifierKey(name));
  if (found === undefined) return { kind: "missing" };
  const sheet = sheetNamed(index, found.sheetName);
  const value = found.values?.[0]?.[0];
  if (sheet === null || value === undefined) return { kind: "broken" };
  return { kind: "cell", value, sheetName: sheet.name };
}

/** Ids of the clients some defined name or table of the given stems (`vamNombre`...) belongs to. */
export function idsWithStems(identifiers: Iterable<string>, stems: readonly string[]): Set<ClientId> {
  const wanted = new Set(stems.map(identifierKey));
  const ids = new Set<ClientId>();
  for (const identifier of identifiers) {
    const cut = identifier.lastIndexOf("_");
    if (cut < 0 || !wanted.has(identifierKey(identifier.slice(0, cut)))) continue;
    // Excel keeps the case a name was typed in; ids are lower case.
    const id = identifier.slice(cut + 1).toLowerCase();
    if (isClientId(id)) ids.add(id);
  }
  return ids;
}
