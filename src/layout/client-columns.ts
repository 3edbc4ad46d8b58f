/**
 * The vocabulary of per-client table columns — what a field holds, how a column is typed, one column, one
 * table — and the builders table-columns.ts declares each table with. A field column's key is the name of
 * the domain field it reads, checked by the compiler against the row type.
 */
import type { Client, ClientPhase, PlanLanguage } from "../domain/plan";
import type { ColumnReference, RowReference } from "./calculated-columns";
import type { StyleKey } from "./spec";
import type { ClosedListKind } from "./workbook-names";

/** What a domain field holds: text, a number, a yes/no answer, a list code or a date (ISO), or nothing. */
export type FieldValue = string | number | boolean | null;

/** How a column's cells are typed, validated and formatted. */
export type ColumnType =
  | { readonly kind: "text" }
  | { readonly kind: "date" }
  /** Whole number, 0–10. */
  | { readonly kind: "score" }
  | { readonly kind: "number" }
  /** A closed list: the cell holds the label of the code in the plan language. */
  | { readonly kind: "list"; readonly list: ClosedListKind }
  /** A boolean field stored as the yes/no label. */
  | { readonly kind: "yesNo" }
  | {
      readonly kind: "calculated";
      readonly style: StyleKey;
      /** The formula from references to its own row's cells and to whole columns of its table, by key. */
      readonly formula: (row: RowReference, language: PlanLanguage, column: ColumnReference) => string;
    };

/** One column of a per-client table. */
export interface ClientColumn<R> {
  /** Stable key: the domain field (see the module comment). */
  readonly key: string;
  readonly type: ColumnType;
  /** Width, characters of the default font. */
  readonly width: number;
  /** The column's value in a domain row; absent for calculated columns. */
  readonly read?: (row: R) => FieldValue;
}

/** One per-client table: where it lives, its columns and its rows in the domain. */
export interface ClientTableDefinition<R> {
  readonly phase: ClientPhase;
  readonly columns: readonly ClientColumn<R>[];
  /** Built-in Excel table style. */
  readonly style: string;
  readonly rowsOf: (client: Client) => readonly R[];
}

type KeysWhere<R, V> = { [K in keyof R]-?: R[K] extends V ? K : never }[keyof R] & string;

/** Column builders for rows of type `R`: each takes a field of `R` whose values suit the column type. */
export function columnsFor<R>() {
  const field =
    (type: ColumnType) =>
    (key: string, width: number): ClientColumn<R> => ({
      key,
      type,
      width,
      read: (row: R) => (row as Record<string, unknown>)[key] as FieldValue,
    });
  return {
    text: (key: KeysWhere<R, string>, width: number) => field({ kind: "text" })(key, width),
    date: (key: KeysWhere<R, string | null>, width = 11) => field({ kind: "date" })(key, width),
    score: (key: KeysWhere<R, number | null>, width = 12) => field({ kind: "score" })(key, width),
    number: (key: KeysWhere<R, number | null>, width = 11) => field({ kind: "number" })(key, width),
    list: (key: KeysWhere<R, string | number | null>, list: ClosedListKind, width: number) =>
      field({ kind: "list", list })(key, width),
    yesNo: (key: KeysWhere<R, boolean | null>, width = 13) => field({ kind: "yesNo" })(key, width),
  };
}

/** A calculated column: no domain field; `formula` builds its invariant-English formula. */
export function calculated<R>(
  key: string,
  style: StyleKey,
  formula: Extract<ColumnType, { kind: "calculated" }>["formula"],
  width: number,
): ClientColumn<R> {
  return { key, type: { kind: "calculated", style, formula }, width };
}
