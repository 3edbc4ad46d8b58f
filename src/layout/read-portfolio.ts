/**
 * The ids in the Cartera table (`vamCartera`), in row order. A Cartera row holds formulas and the client's
 * id only (docs/WORKBOOK.md), so it says which clients the portfolio lists and in what order — never who
 * a client is: clients are discovered by their identity names.
 */
import { foldLabel } from "../i18n/vocabulary";
import { PORTFOLIO_HEADERS } from "../i18n/workbook-text";
import { readText } from "./read-cells";
import type { StructureFinding } from "./read-findings";
import { identifierKey, type StateIndex } from "./read-names";
import { PORTFOLIO_TABLE } from "./workbook-names";

/** One Cartera row that names a client. */
export interface PortfolioEntry {
  /** The id as the row holds it, trimmed and lower-cased (ids are lower case; a co-author may retype one). */
  readonly id: string;
  /** Zero-based row of the table's data body. */
  readonly row: number;
}

/** The Cartera rows with an id, or `null` when the table or its id column is missing. */
export interface PortfolioReading {
  readonly entries: readonly PortfolioEntry[] | null;
  readonly findings: readonly StructureFinding[];
}

const ID_HEADERS = new Set([foldLabel(PORTFOLIO_HEADERS.id.es), foldLabel(PORTFOLIO_HEADERS.id.en)]);

/** Reads the ids of the Cartera table; rows without an id (the blank row of an empty table) are skipped. */
export function readPortfolio(index: StateIndex): PortfolioReading {
  const table = index.tables.get(identifierKey(PORTFOLIO_TABLE));
  if (table === undefined)
    return { entries: null, findings: [{ code: "structure.portfolioMissing", what: PORTFOLIO_TABLE }] };
  const column = table.headers.findIndex((header) => ID_HEADERS.has(foldLabel(String(header))));
  if (column < 0) {
    return {
      entries: null,
      findings: [{ code: "structure.columnMissing", table: "portfolio", what: PORTFOLIO_HEADERS.id.es, field: "id" }],
    };
  }
  const entries: PortfolioEntry[] = [];
  table.rows.forEach((cells, row) => {
    const id = readText(cells[column]).trim().toLowerCase();
    if (id !== "") entries.push({ id, row });
  });
  return { entries, findings: [] };
}
