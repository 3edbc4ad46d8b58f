/**
 * A second, independent reading of delimited text, for differential checks of the import: a character
 * state machine over RFC 4180 (a quote opens a field only at its start; `""` inside quotes is one quote;
 * text after a closing quote is kept; an unclosed quote runs to the end), and garbage shaped like a CSV.
 */
import fc from "fast-check";
import { hostileText, longText, MAX_CELL_CHARS } from "./hostile-text";

/** One record as the oracle reads it. */
export interface OracleRecord {
  /** Physical line where the record starts, 1-based. */
  readonly line: number;
  readonly fields: readonly string[];
}

/** Line breaks as one `\n` each and the leading byte order mark removed: what the import reads. */
export function normalisedBody(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** Physical lines of `text` (CRLF, CR and LF each end one line). */
export function physicalLines(text: string): number {
  return (text.replace(/^\uFEFF/, "").match(/\r\n|\r|\n/g) ?? []).length + 1;
}

/** Every record of `body` (already normalised), split on `delimiter`. */
export function oracleRecords(body: string, delimiter: string): OracleRecord[] {
  const records: OracleRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let state: "start" | "plain" | "quoted" | "afterQuote" = "start";
  let line = 1;
  let recordLine = 1;
  const endField = (): void => {
    fields.push(field);
    field = "";
    state = "start";
  };
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i] as string;
    if (state === "quoted") {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') state = "afterQuote";
      else field += ch;
      if (ch === "\n") line += 1;
    } else if (ch === delimiter) endField();
    else if (ch === "\n") {
      endField();
      records.push({ line: recordLine, fields });
      fields = [];
      line += 1;
      recordLine = line;
    } else if (ch === '"' && state === "start") state = "quoted";
    else {
      field += ch;
      if (state === "start") state = "plain";
    }
  }
  if (state !== "start" || fields.length > 0 || field !== "") {
    endField();
    records.push({ line: recordLine, fields });
  }
  return records;
}

/** Whether a record holds anything but blanks (the import skips blank records). */
export function isBlankRecord(record: OracleRecord): boolean {
  return record.fields.every((field) => field.trim() === "");
}

/** Header text as a person means it: trimmed, accents off, lower case, single spaces. */
function foldHeader(text: string): string {
  return text.trim().normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ");
}

/** The delimiters the import tries, in its order of preference on a tie. */
const DELIMITERS = ["\t", ";", ","];

/**
 * Why the import must refuse `body` (`import.binary`, `import.empty`, `import.noClientColumn`), or null
 * when it must read it: some delimiter makes the first non-blank record name a Cliente/Client column.
 */
export function expectedRefusal(body: string): string | null {
  if (body.includes("\0")) return "import.binary";
  const headers = DELIMITERS.map((d) => oracleRecords(body, d).find((r) => !isBlankRecord(r))?.fields ?? []);
  if (headers.some((fields) => fields.some((f) => ["cliente", "client"].includes(foldHeader(f))))) return null;
  const widest = Math.max(...headers.map((fields) => fields.length));
  const chosen = headers.findIndex((fields) => fields.length === widest);
  return (headers[chosen] ?? []).length === 0 ? "import.empty" : "import.noClientColumn";
}

const CSV_TOKENS = [
  ",",
  ";",
  "\t",
  '"',
  '""',
  "\n",
  "\r\n",
  "\r",
  "\uFEFF",
  " ",
  "\u0000",
  "Cliente",
  "client",
  "Responsable",
  "Owner",
  "Conocimiento",
  "Confianza",
  "Dirección",
  "Tipo",
  "Sector",
  "7",
  "07",
  "7,0",
  "7.5",
  "11",
  "-1",
  "+7",
  "Equipo",
  "interno",
  '=HYPERLINK("x")',
];

const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CSV_TOKENS) },
  { weight: 1, arbitrary: hostileText(6, 1) },
);

const HEADER_LINES = [
  "Cliente;Conocimiento;Confianza\n",
  "Client,Trust,Owner,Type\r\n",
  "\uFEFFCliente\tTipo\tDirección\r",
  '"Cliente";"Responsable"\n',
  "Cliente\n",
];

/** Text shaped like a client file but broken anywhere, or not shaped like one at all. */
export const garbageText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(token, { maxLength: 80 }).map((tokens) => tokens.join("")) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(...HEADER_LINES), fc.array(token, { maxLength: 80 }))
      .map(([header, tokens]) => header + tokens.join("")),
  },
  { weight: 1, arbitrary: hostileText(200) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...HEADER_LINES), longText(MAX_CELL_CHARS + 1), fc.array(token, { maxLength: 10 }))
      .map(([header, long, tokens]) => header + long + tokens.join("")),
  },
);
