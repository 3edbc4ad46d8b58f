/**
 * Client import from CSV text or cells pasted from Excel: one row per key client, headers in Spanish or
 * English. Pure: text in, result out; never throws on bad input. Ids are assigned by the caller.
 *
 * Scores: a whole number 0–10 written with digits (`7`, ` 7 `, `07`), or with a zero decimal part in
 * either decimal separator (`7.0`, `7,0`), because Excel saves a score formatted with decimals that way.
 * `7,5`, `7.5`, `11`, `-1`, `+7` and words are rejected. A blank score means "not scored yet".
 */
import { clientNameKey } from "./client-name";
import { readCsvRecords } from "./csv-records";
import type { ClientKind, Direction, Score } from "./plan";

/** Parameters of an import issue, filled into its message (src/i18n/messages/import.ts). */
export type ImportIssueParams = Readonly<Record<string, string | number>>;

/** One problem found while importing; `code` is an `import.*` message code. */
export interface ImportIssue {
  readonly code: string;
  readonly params: ImportIssueParams;
}

/** A client row that can be added: every field of `NewClientFields` but the id. */
export interface ImportedClient {
  /** Physical line of the file where the row starts, 1-based. */
  readonly line: number;
  readonly name: string;
  readonly owner: string;
  readonly sector: string;
  readonly direction: Direction;
  readonly kind: ClientKind;
  readonly knowledge: Score | null;
  readonly trust: Score | null;
}

/** A row that was not imported, and every reason why. */
export interface RejectedClientRow {
  /** Physical line of the file where the row starts, 1-based (a quoted field with newlines spans lines). */
  readonly line: number;
  /** The name as written (trimmed); blank when the name is missing. */
  readonly name: string;
  readonly issues: readonly ImportIssue[];
}

/** The field separators the parser recognises: tab (pasted cells), semicolon (Spanish Excel), comma. */
export type CsvDelimiter = "\t" | ";" | ",";

/** What an import produced: the rows to add and the rows to report, or why the text cannot be read. */
export type ClientImportResult =
  | {
      readonly ok: true;
      readonly delimiter: CsvDelimiter;
      readonly accepted: readonly ImportedClient[];
      readonly rejected: readonly RejectedClientRow[];
      /** File-level remarks that did not stop the import (unknown columns, no data rows). */
      readonly warnings: readonly ImportIssue[];
    }
  | { readonly ok: false; readonly issues: readonly ImportIssue[] };

/**
 * Reads the words of the closed lists (either language, any case) into codes; `undefined` when unknown.
 * The words live in src/i18n/vocabulary.ts, which the domain does not import: callers pass
 * `{ direction: (w) => codeOf(DIRECTION, w), kind: (w) => codeOf(CLIENT_KIND, w) }`.
 */
export interface ClientLabelReaders {
  readonly direction: (word: string) => Direction | undefined;
  readonly kind: (word: string) => ClientKind | undefined;
}

/** Options of `parseClientsCsv`. */
export interface ClientImportOptions {
  readonly labels: ClientLabelReaders;
  /** Names already in the plan: a row repeating one is rejected (trimmed, case-insensitive). */
  readonly existingNames?: readonly string[];
}

type ClientColumn = "name" | "owner" | "sector" | "direction" | "kind" | "knowledge" | "trust";

/** Accepted header words per column, already folded (no accents, lower case). */
const HEADER_WORDS: Readonly<Record<ClientColumn, readonly string[]>> = {
  name: ["cliente", "client"],
  owner: ["responsable", "owner"],
  sector: ["sector"],
  direction: ["direccion", "direction"],
  kind: ["tipo", "type"],
  knowledge: ["conocimiento", "knowledge"],
  trust: ["confianza", "trust"],
};

/** Tried in this order; on a tie the earlier wins, so a one-column file keeps commas inside names. */
const DELIMITERS: readonly CsvDelimiter[] = ["\t", ";", ","];

/** Excel's limit on the characters one cell can hold (Excel specifications and limits). */
const MAX_CELL_CHARS = 32767;

type ColumnMap = Partial<Record<ClientColumn, number>>;

/** What every row is read against: the column positions, the header texts and the label readers. */
interface FileContext {
  readonly columns: ColumnMap;
  readonly headers: readonly string[];
  readonly labels: ClientLabelReaders;
}

interface RawRow {
  readonly line: number;
  readonly fields: readonly string[];
  /** A quote was not closed or was followed by text: the record may have swallowed the rows after it. */
  readonly badQuotes: boolean;
}

/** Parses client rows from CSV or tab-separated text; see the module comment for the score rule. */
export function parseClientsCsv(text: string, options: ClientImportOptions): ClientImportResult {
  // U+FEFF: the byte order mark Excel's "CSV UTF-8" puts first. NUL never occurs in text files.
  const body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (body.includes("\u0000")) return failure("import.binary");
  if (body.trim() === "") return failure("import.empty");
  const delimiter = detectDelimiter(body);
  const [header, ...rows] = readRows(body, delimiter);
  if (header === undefined) return failure("import.empty");
  const headerResult = mapHeader(header.fields);
  if (headerResult.columns.name === undefined) {
    return failure("import.noClientColumn", { columns: header.fields.map((f) => f.trim()).join(", ") });
  }
  const accepted: ImportedClient[] = [];
  const rejected: RejectedClientRow[] = [];
  const seen = new Map<string, number>(
    (options.existingNames ?? []).map((name): [string, number] => [clientNameKey(name), 0]),
  );
  for (const row of rows) {
    const outcome = readClient(
      row,
      { columns: headerResult.columns, headers: header.fields, labels: options.labels },
      seen,
    );
    if ("issues" in outcome) rejected.push(outcome);
    else accepted.push(outcome);
  }
  const warnings = rows.length === 0 ? [...headerResult.warnings, issue("import.noRows")] : headerResult.warnings;
  return { ok: true, delimiter, accepted, rejected, warnings };
}

function issue(code: string, params: ImportIssueParams = {}): ImportIssue {
  return { code, params };
}

function failure(code: string, params: ImportIssueParams = {}): ClientImportResult {
  return { ok: false, issues: [issue(code, params)] };
}

/** Header text folded for matching: trimmed, no accents, lower case, single spaces. */
function foldHeader(text: string): string {
  return text.trim().normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ");
}

/**
 * Picks the delimiter from the header line: the one whose fields include a Cliente/Client header,
 * then the one giving the most fields. Quotes are honoured, so `"Pérez, S.A.";Ana` is two fields.
 * The header is the first non-blank record, as the import reads it, so blank lines before it do not count.
 */
function detectDelimiter(body: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; score: number } = { delimiter: ";", score: -1 };
  for (const delimiter of DELIMITERS) {
    const first = readRows(body, delimiter)[0]?.fields ?? [];
    const hasName = first.some((field) => HEADER_WORDS.name.includes(foldHeader(field)));
    const score = (hasName ? 100000 : 0) + first.length;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** Every non-blank record with the physical line it starts on. */
function readRows(body: string, delimiter: CsvDelimiter): RawRow[] {
  return readCsvRecords(body, delimiter).filter((record) => record.fields.some((field) => field.trim() !== ""));
}

/** Maps header cells to columns; unknown and repeated headers become warnings, blank ones are ignored. */
function mapHeader(fields: readonly string[]): { columns: ColumnMap; warnings: ImportIssue[] } {
  const columns: ColumnMap = {};
  const warnings: ImportIssue[] = [];
  const reported = new Set<string>();
  fields.forEach((field, index) => {
    const folded = foldHeader(field);
    if (folded === "") return;
    const column = (Object.keys(HEADER_WORDS) as ClientColumn[]).find((c) => HEADER_WORDS[c].includes(folded));
    const code =
      column === undefined
        ? "import.unknownColumn"
        : columns[column] !== undefined
          ? "import.repeatedColumn"
          : undefined;
    if (code === undefined && column !== undefined) columns[column] = index;
    else if (code !== undefined && !reported.has(folded)) {
      reported.add(folded);
      warnings.push(issue(code, { column: field.trim() }));
    }
  });
  return { columns, warnings };
}

/** Turns one record into a client, or into a rejected row listing every problem it has. */
function readClient(row: RawRow, file: FileContext, seen: Map<string, number>): ImportedClient | RejectedClientRow {
  const { columns, headers, labels } = file;
  const cell = (column: ClientColumn): string => {
    const index = columns[column];
    return index === undefined ? "" : (row.fields[index] ?? "").trim();
  };
  const header = (column: ClientColumn): string => headers[columns[column] ?? -1]?.trim() ?? column;
  const issues: ImportIssue[] = [];
  const name = cell("name");
  if (row.badQuotes) issues.push(issue("import.badQuotes"));
  issues.push(...nameIssues(name, row.line, seen));
  const tooLong = row.fields.findIndex((field) => field.length > MAX_CELL_CHARS);
  if (tooLong >= 0)
    issues.push(issue("import.tooLong", { column: headers[tooLong]?.trim() ?? "", max: MAX_CELL_CHARS }));
  const direction = closedValue(labels.direction, cell("direction"), "client", "import.unknownDirection", issues);
  const kind = closedValue(labels.kind, cell("kind"), "external", "import.unknownKind", issues);
  const knowledge = scoreValue(cell("knowledge"), header("knowledge"), issues);
  const trust = scoreValue(cell("trust"), header("trust"), issues);
  if (issues.length > 0) return { line: row.line, name, issues };
  return { line: row.line, name, owner: cell("owner"), sector: cell("sector"), direction, kind, knowledge, trust };
}

/** A blank name, or one repeating an earlier row or an existing client; registers the name as seen. */
function nameIssues(name: string, line: number, seen: Map<string, number>): ImportIssue[] {
  if (name === "") return [issue("import.blankName")];
  const key = clientNameKey(name);
  const earlier = seen.get(key);
  if (earlier === 0) return [issue("import.nameExists", { name })];
  if (earlier !== undefined) return [issue("import.duplicateName", { name, line: earlier })];
  seen.set(key, line);
  return [];
}

function closedValue<C extends string>(
  read: (word: string) => C | undefined,
  text: string,
  fallback: C,
  code: string,
  issues: ImportIssue[],
): C {
  if (text === "") return fallback;
  const found = read(text);
  if (found === undefined) issues.push(issue(code, { value: text }));
  return found ?? fallback;
}

/** A score cell: blank → null (not scored yet); see the module comment for what is accepted. */
function scoreValue(text: string, column: string, issues: ImportIssue[]): Score | null {
  if (text === "") return null;
  const match = /^(-?\d+)(?:[.,]0+)?$/.exec(text);
  if (match === null || match[1] === undefined) {
    issues.push(issue("import.scoreNotWhole", { column, value: text }));
    return null;
  }
  const score = Number(match[1]);
  if (score < 0 || score > 10) {
    issues.push(issue("import.scoreOutOfRange", { column, value: text }));
    return null;
  }
  return score;
}
