/**
 * Well-formed client CSV files generated from random client rows, with what the import must read back:
 * any of the three delimiters, BOM or not, LF / CRLF / CR line endings, Spanish or English headers in any
 * order and case, fields quoted when they must be (or always), blank lines anywhere, scores written the ways
 * Excel saves them, and rows that repeat a name or name a client already in the plan.
 */
import fc from "fast-check";
import { clientNameKey } from "../../../src/domain/client-name";
import type { CsvDelimiter, ImportedClient, RejectedClientRow } from "../../../src/domain/client-csv";
import type { ClientKind, Direction, PlanLanguage, Score } from "../../../src/domain/plan";
import { CLIENT_KIND, DIRECTION } from "../../../src/i18n/vocabulary";
import { hostileText } from "./hostile-text";

/** The columns of a client file. */
export type ClientColumn = "name" | "owner" | "sector" | "direction" | "kind" | "knowledge" | "trust";

const HEADERS: Readonly<Record<PlanLanguage, Readonly<Record<ClientColumn, string>>>> = {
  es: {
    name: "Cliente",
    owner: "Responsable",
    sector: "Sector",
    direction: "Dirección",
    kind: "Tipo",
    knowledge: "Conocimiento",
    trust: "Confianza",
  },
  en: {
    name: "Client",
    owner: "Owner",
    sector: "Sector",
    direction: "Direction",
    kind: "Type",
    knowledge: "Knowledge",
    trust: "Trust",
  },
};

const OTHER_COLUMNS: readonly ClientColumn[] = ["owner", "sector", "direction", "kind", "knowledge", "trust"];

/** One client as the file means it. */
export interface CsvClient {
  readonly name: string;
  readonly owner: string;
  readonly sector: string;
  readonly direction: Direction | null;
  readonly kind: ClientKind | null;
  readonly knowledge: Score | null;
  readonly trust: Score | null;
}

/** How the file is written. */
export interface CsvFormat {
  readonly delimiter: CsvDelimiter;
  readonly eol: "\n" | "\r\n" | "\r";
  readonly bom: boolean;
  readonly language: PlanLanguage;
  /** Name first or not; at least one other column, so the delimiter can be told from the header. */
  readonly columns: readonly ClientColumn[];
  readonly quoteAll: boolean;
  readonly trailingEol: boolean;
  /** How each header is cased: as written, upper, lower. */
  readonly headerCase: "as-is" | "upper" | "lower";
  /** Blank lines (empty, or only delimiters) before the header. */
  readonly blankLinesBeforeHeader: number;
}

/** A row of the file: a client, how its scores and labels are spelled, blank lines before it, its fate. */
interface CsvRowPlan {
  readonly client: CsvClient;
  readonly scoreSpelling: number;
  readonly labelCase: "as-is" | "upper" | "lower";
  readonly blankLinesBefore: number;
  /** Name a client already in the plan (rejected: import.nameExists). */
  readonly exists: boolean;
  /** Repeat the name of an earlier row (rejected: import.duplicateName), when there is one. */
  readonly repeatsEarlier: number | null;
}

/** A generated file and exactly what the import must make of it. */
export interface CsvCase {
  readonly text: string;
  readonly format: CsvFormat;
  readonly existingNames: readonly string[];
  readonly accepted: readonly ImportedClient[];
  readonly rejected: readonly RejectedClientRow[];
}

/** What the reader makes of a field: line breaks as `\n` (it normalises them), trimmed. */
export function readBack(field: string): string {
  return field.replace(/\r\n?/g, "\n").trim();
}

/** Field text without NUL (a NUL anywhere makes the whole text "not a text file"). */
const fieldText = (max: number): fc.Arbitrary<string> => hostileText(max).map((t) => t.replace(/\0/g, ""));

const score: fc.Arbitrary<Score | null> = fc.option(fc.integer({ min: 0, max: 10 }), { nil: null, freq: 4 });

const csvClient: fc.Arbitrary<CsvClient> = fc.record({
  name: fieldText(30).filter((name) => readBack(name) !== ""),
  owner: fieldText(12),
  sector: fieldText(12),
  direction: fc.option(fc.constantFrom<Direction>("client", "manager", "peers", "team"), { nil: null }),
  kind: fc.option(fc.constantFrom<ClientKind>("external", "internal"), { nil: null }),
  knowledge: score,
  trust: score,
});

const rowPlan: fc.Arbitrary<CsvRowPlan> = fc.record({
  client: csvClient,
  scoreSpelling: fc.nat(4),
  labelCase: fc.constantFrom("as-is", "upper", "lower"),
  blankLinesBefore: fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(2) }),
  exists: fc.nat(9).map((n) => n === 0),
  repeatsEarlier: fc.option(fc.nat(20), { nil: null, freq: 8 }),
});

const csvFormat: fc.Arbitrary<CsvFormat> = fc.record({
  delimiter: fc.constantFrom<CsvDelimiter>(",", ";", "\t"),
  eol: fc.constantFrom<CsvFormat["eol"]>("\n", "\r\n", "\r"),
  bom: fc.boolean(),
  language: fc.constantFrom<PlanLanguage>("es", "en"),
  columns: fc
    .shuffledSubarray([...OTHER_COLUMNS], { minLength: 1 })
    .chain((others) =>
      fc.nat(others.length).map((at) => [...others.slice(0, at), "name" as const, ...others.slice(at)]),
    ),
  quoteAll: fc.boolean(),
  trailingEol: fc.boolean(),
  headerCase: fc.constantFrom("as-is", "upper", "lower"),
  blankLinesBeforeHeader: fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(2) }),
});

function cased(text: string, how: "as-is" | "upper" | "lower"): string {
  return how === "upper" ? text.toUpperCase() : how === "lower" ? text.toLowerCase() : text;
}

/** The ways Excel and people write a whole score: `7`, `07`, `7.0`, `7,0`, ` 7 `. */
function spellScore(value: Score | null, spelling: number): string {
  if (value === null) return "";
  return [`${value}`, value < 10 ? `0${value}` : `${value}`, `${value}.0`, `${value},0`, ` ${value} `][spelling] ?? "";
}

function encodeField(text: string, delimiter: string, quoteAll: boolean): string {
  const mustQuote = quoteAll || text.includes(delimiter) || /["\r\n]/.test(text);
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

function fieldOf(row: CsvRowPlan, column: ClientColumn, language: PlanLanguage): string {
  const { client } = row;
  switch (column) {
    case "name":
      return client.name;
    case "owner":
      return client.owner;
    case "sector":
      return client.sector;
    case "direction":
      return client.direction === null ? "" : cased(DIRECTION[language][client.direction], row.labelCase);
    case "kind":
      return client.kind === null ? "" : cased(CLIENT_KIND[language][client.kind], row.labelCase);
    case "knowledge":
      return spellScore(client.knowledge, row.scoreSpelling);
    case "trust":
      return spellScore(client.trust, row.scoreSpelling);
  }
}

/** Lines the import skips: empty, or holding only delimiters. */
function blankLines(count: number, delimiter: string): string[] {
  return Array.from({ length: count }, (_, i) => (i % 2 === 0 ? "" : delimiter.repeat(2)));
}

function lineBreaks(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}

/** What the import reads from a row whose name column holds `name`. */
function imported(row: CsvRowPlan, name: string, format: CsvFormat, line: number): ImportedClient {
  const has = (column: ClientColumn): boolean => format.columns.includes(column);
  const { client } = row;
  return {
    line,
    name,
    owner: has("owner") ? readBack(client.owner) : "",
    sector: has("sector") ? readBack(client.sector) : "",
    direction: has("direction") ? (client.direction ?? "client") : "client",
    kind: has("kind") ? (client.kind ?? "external") : "external",
    knowledge: has("knowledge") ? client.knowledge : null,
    trust: has("trust") ? client.trust : null,
  };
}

/** Writes the file and works out, row by row, what the import must accept or reject. */
function writeCase(format: CsvFormat, plans: readonly CsvRowPlan[]): CsvCase {
  const header = format.columns.map((c) => cased(HEADERS[format.language][c], format.headerCase));
  const lines = blankLines(format.blankLinesBeforeHeader, format.delimiter);
  lines.push(header.map((h) => encodeField(h, format.delimiter, format.quoteAll)).join(format.delimiter));
  const seen = new Map<string, number>();
  const existingNames: string[] = [];
  const accepted: ImportedClient[] = [];
  const rejected: RejectedClientRow[] = [];
  const names: string[] = [];
  for (const plan of plans) {
    lines.push(...blankLines(plan.blankLinesBefore, format.delimiter));
    const line = 1 + lineBreaks(lines.join(format.eol) + format.eol);
    const earlier = plan.repeatsEarlier === null ? undefined : names[plan.repeatsEarlier % Math.max(1, names.length)];
    const rawName = earlier ?? plan.client.name;
    const row = { ...plan, client: { ...plan.client, name: rawName } };
    const fields = format.columns.map((c) =>
      encodeField(fieldOf(row, c, format.language), format.delimiter, format.quoteAll),
    );
    lines.push(fields.join(format.delimiter));
    const name = readBack(rawName);
    const key = clientNameKey(name);
    const first = seen.get(key);
    if (first === 0) rejected.push({ line, name, issues: [{ code: "import.nameExists", params: { name } }] });
    else if (first !== undefined)
      rejected.push({ line, name, issues: [{ code: "import.duplicateName", params: { name, line: first } }] });
    else if (plan.exists) {
      existingNames.push(` ${name} `);
      seen.set(key, 0);
      rejected.push({ line, name, issues: [{ code: "import.nameExists", params: { name } }] });
    } else {
      seen.set(key, line);
      accepted.push(imported(row, name, format, line));
    }
    names.push(rawName);
  }
  const text = (format.bom ? "\uFEFF" : "") + lines.join(format.eol) + (format.trailingEol ? format.eol : "");
  return { text, format, existingNames, accepted, rejected };
}

/** A well-formed client file of 1–12 rows and what its import must give. */
export const csvCase: fc.Arbitrary<CsvCase> = fc
  .tuple(csvFormat, fc.array(rowPlan, { minLength: 1, maxLength: 12 }))
  .map(([format, plans]) => writeCase(format, plans));
