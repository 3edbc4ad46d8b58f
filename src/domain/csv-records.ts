/**
 * Splits delimited text into records (RFC 4180: fields may be quoted; inside quotes a doubled `""` is one
 * quote and delimiters and line breaks are literal). Written here rather than taken from papaparse because the
 * import needs only this, and papaparse cost the task pane 6.5 KB gzip of its 60 KB budget (docs/ARCHITECTURE.md).
 * Never throws: a malformed quote is reported on its record and the text is kept.
 */

/** One record and where it starts. */
export interface CsvRecord {
  /** Physical line of the text where the record starts, 1-based. */
  readonly line: number;
  readonly fields: readonly string[];
  /** A quote was never closed, or text followed a closing quote: the record may have swallowed others. */
  readonly badQuotes: boolean;
}

/** Mutable state of one pass over the text. */
interface Cursor {
  readonly text: string;
  readonly delimiter: string;
  position: number;
  line: number;
}

const QUOTE = 34; // "
const NEWLINE = 10; // \n

/** Reads a quoted field starting just after its opening quote; returns its text and whether it was well formed. */
function readQuoted(cursor: Cursor): { text: string; bad: boolean } {
  const { text } = cursor;
  let value = "";
  for (;;) {
    const close = text.indexOf('"', cursor.position);
    if (close < 0) {
      value += countLines(cursor, text.length);
      return { text: value, bad: true };
    }
    value += countLines(cursor, close);
    if (text.charCodeAt(close + 1) === QUOTE) {
      value += '"';
      cursor.position = close + 2;
      continue;
    }
    cursor.position = close + 1;
    const tail = readUnquoted(cursor);
    return { text: value + tail, bad: tail !== "" };
  }
}

/** The text from the cursor up to `end`, advancing the cursor and counting the line breaks it crosses. */
function countLines(cursor: Cursor, end: number): string {
  const slice = cursor.text.slice(cursor.position, end);
  for (let i = 0; i < slice.length; i += 1) if (slice.charCodeAt(i) === NEWLINE) cursor.line += 1;
  cursor.position = end;
  return slice;
}

/** Reads an unquoted field (a quote inside it is a literal character) up to a delimiter or line break. */
function readUnquoted(cursor: Cursor): string {
  const { text, delimiter } = cursor;
  let end = cursor.position;
  while (end < text.length && text[end] !== delimiter && text.charCodeAt(end) !== NEWLINE) end += 1;
  const value = text.slice(cursor.position, end);
  cursor.position = end;
  return value;
}

/** Reads one record at the cursor, consuming its terminating line break. */
function readRecord(cursor: Cursor): CsvRecord {
  const line = cursor.line;
  const fields: string[] = [];
  let badQuotes = false;
  for (;;) {
    if (cursor.text.charCodeAt(cursor.position) === QUOTE) {
      cursor.position += 1;
      const quoted = readQuoted(cursor);
      fields.push(quoted.text);
      badQuotes ||= quoted.bad;
    } else {
      fields.push(readUnquoted(cursor));
    }
    if (cursor.text[cursor.position] === cursor.delimiter) {
      cursor.position += 1;
      continue;
    }
    if (cursor.text.charCodeAt(cursor.position) === NEWLINE) {
      cursor.position += 1;
      cursor.line += 1;
    }
    return { line, fields, badQuotes };
  }
}

/**
 * Every record of `text` (line breaks already normalised to `\n`), in order; a final line break does not
 * start an empty record. `limit` stops after that many records (for delimiter detection).
 */
export function readCsvRecords(text: string, delimiter: string, limit = Number.POSITIVE_INFINITY): CsvRecord[] {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n") {
    throw new Error(
      `a CSV delimiter is one character other than a quote or line break, got ${JSON.stringify(delimiter)}`,
    );
  }
  const cursor: Cursor = { text, delimiter, position: 0, line: 1 };
  const records: CsvRecord[] = [];
  while (cursor.position < text.length && records.length < limit) records.push(readRecord(cursor));
  return records;
}
