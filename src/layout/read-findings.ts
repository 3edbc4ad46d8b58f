/**
 * What the reader noticed while turning a workbook into a plan: missing or broken structure (names, sheets,
 * tables, columns) that repair can rebuild, and cell content the workbook's own formulas will not count
 * (a label in the other language, a score typed as text) that the health check can point at.
 * Each code is a message of src/i18n/messages/structure.ts.
 */
import type { ClientId } from "../domain/plan";
import type { ClientTableKind } from "./workbook-names";

/** Every finding code, one message each. */
export type StructureCode =
  /** No VAM name or table at all: a workbook that is not a plan. */
  | "structure.notAPlan"
  /** `vamAnioPlan`, `vamObjetivo` or `vamIdioma` does not exist or points nowhere. */
  | "structure.settingMissing"
  /** A setting holds something unusable; the default is used. */
  | "structure.settingInvalid"
  /** The `vamCartera` table does not exist. */
  | "structure.portfolioMissing"
  /** A Cartera row's id has no identity names: no client behind it. */
  | "structure.portfolioRowOrphan"
  /** A client has no Cartera row. */
  | "structure.portfolioRowMissing"
  /** Two Cartera rows carry the same id; the first one counts. */
  | "structure.portfolioRowDuplicate"
  /** Tables or names of an id exist, but none of its identity names: the client cannot be read. */
  | "structure.identityMissing"
  /**
   * What a failed add or a stopped deletion left of an id, holding nothing typed (scaffold sheets, names
   * that refer to nothing): no client; Repair removes it (read-leftovers.ts).
   */
  | "structure.leftover"
  /**
   * A client's Ver sheet was deleted and its name with it: nothing left says what it was called, so Repair
   * cannot rebuild Ver (reported by the app's read path, src/app/identity-loss.ts, instead of a finding per
   * lost name and table).
   */
  | "structure.identityLost"
  /** A client's phase sheet cannot be found. */
  | "structure.sheetMissing"
  /** A client's defined name does not exist. */
  | "structure.nameMissing"
  /** A client's defined name exists but refers to nothing (`#REF!`, a deleted sheet, a formula). */
  | "structure.nameBroken"
  /** A client's table does not exist. */
  | "structure.tableMissing"
  /** None of a table's headers is one the reader knows: the table cannot be read. */
  | "structure.headersUnknown"
  /** A table lacks one of its columns; the field reads as empty. */
  | "structure.columnMissing"
  /** A table has a column the reader does not know; it is ignored. */
  | "structure.columnUnknown"
  /** Two headers of a table mean the same column; the first one counts. */
  | "structure.columnDuplicate"
  /** A closed-list cell the reader understood but the workbook's formulas will not count (wrong language, accents). */
  | "structure.labelNotInList"
  /** A closed-list cell that matches no label: read as empty. */
  | "structure.labelUnknown"
  /** A closed-list input cell that must hold a value is blank: the default is used. */
  | "structure.valueMissing"
  /** A score that is not a whole number 0–10: read as not scored. */
  | "structure.scoreInvalid"
  /** A number cell holding something else: read as empty. */
  | "structure.numberInvalid"
  /** A date typed as text: read, but the workbook's formulas will not see it as a date. */
  | "structure.dateAsText"
  /** A date cell holding something that is not a date: read as empty. */
  | "structure.dateInvalid";

/** The Cartera table, for findings about its rows and columns. */
export type PortfolioTable = "portfolio";

/** One thing the reader noticed. */
export interface StructureFinding {
  readonly code: StructureCode;
  /** The client concerned, when there is one. */
  readonly clientId?: ClientId;
  /** The workbook identifier concerned: a defined name, a table name or a header text. */
  readonly what?: string;
  /** For findings about a table, its columns or its cells. */
  readonly table?: ClientTableKind | PortfolioTable;
  /** Zero-based row of the table's data body (not of the domain rows: blank rows are skipped there). */
  readonly row?: number;
  /** Column key (a domain field) of a table cell, or the kind of a named cell (`knowledge`, `direction`...). */
  readonly field?: string;
  /** The offending content as text, shortened for a message. */
  readonly value?: string;
}

/** Longest cell content a finding repeats, characters: a message shows it, it need not hold 32,767. */
const SHOWN_LENGTH = 80;

/** A cell's content as a finding shows it. */
export function shownValue(value: string | number | boolean): string {
  const text = String(value);
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH - 1)}…` : text;
}
