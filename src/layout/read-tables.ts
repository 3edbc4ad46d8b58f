/**
 * A per-client table's rows → domain rows, through CLIENT_TABLES. Columns are found by header text in
 * either language (trimmed, case and accents folded), so a co-author's reordering or a workbook in the
 * other language still reads; calculated and unknown columns are ignored.
 *
 * Blank rows: a row whose every known input cell is empty is skipped — it is the blank row an empty table
 * keeps (Excel tables have at least one data row), or one a user cleared, and no figure counts it. Every
 * other row is kept, blank fields and all, and `offsets` maps each domain row to its table row.
 */
import type { ClientId, PlanLanguage } from "../domain/plan";
import { foldLabel } from "../i18n/vocabulary";
import {
  isBlankCell,
  readDate,
  readLabel,
  readNumber,
  readScore,
  readText,
  readYesNo,
  type CellReading,
} from "./read-cells";
import type { StructureFinding } from "./read-findings";
import { CLIENT_TABLES, columnHeader, type ClientColumn, type FieldValue } from "./table-columns";
import type { ClientTableKind } from "./workbook-names";
import type { StateValue, TableState } from "./workbook-state";

/** A table's rows in the domain, which table row each came from, and what was noticed. */
export interface TableReading {
  /** Domain rows (`Action`, `Person`...), typed by the caller through the table kind. */
  readonly rows: readonly Readonly<Record<string, unknown>>[];
  /** Zero-based table body row of each domain row. */
  readonly offsets: readonly number[];
  readonly findings: readonly StructureFinding[];
}

type AnyColumn = ClientColumn<unknown>;

function columnsOf(kind: ClientTableKind): readonly AnyColumn[] {
  return CLIENT_TABLES[kind].columns as readonly AnyColumn[];
}

const headerKeyCache = new Map<ClientTableKind, ReadonlyMap<string, string>>();

/** Folded header (either language) → column key. */
function headerKeys(kind: ClientTableKind): ReadonlyMap<string, string> {
  const cached = headerKeyCache.get(kind);
  if (cached !== undefined) return cached;
  const keys = new Map<string, string>();
  for (const language of ["es", "en"] as const) {
    for (const { key } of columnsOf(kind)) keys.set(foldLabel(columnHeader(kind, key, language)), key);
  }
  headerKeyCache.set(kind, keys);
  return keys;
}

/** Column key → index in the table's headers, and the findings about its columns. */
function mapColumns(kind: ClientTableKind, table: TableState, base: StructureFinding) {
  const known = headerKeys(kind);
  const positions = new Map<string, number>();
  const findings: StructureFinding[] = [];
  table.headers.forEach((header, position) => {
    const key = known.get(foldLabel(String(header)));
    if (key === undefined) findings.push({ ...base, code: "structure.columnUnknown", what: header });
    else if (positions.has(key))
      findings.push({ ...base, code: "structure.columnDuplicate", what: header, field: key });
    else positions.set(key, position);
  });
  return { positions, findings };
}

function readField(column: AnyColumn, cell: StateValue | undefined, language: PlanLanguage): CellReading<FieldValue> {
  switch (column.type.kind) {
    case "text":
      return { value: readText(cell) };
    case "date":
      return readDate(cell);
    case "score":
      return readScore(cell);
    case "number":
      return readNumber(cell);
    case "list":
      return readLabel(cell, column.type.list, language);
    case "yesNo":
      return readYesNo(cell, language);
    default:
      return { value: null };
  }
}

/** The domain's shape where a column does not map one field to one nullable value. */
function shapeRow(kind: ClientTableKind, fields: Record<string, FieldValue>): Record<string, unknown> {
  // `confidential` is a plain boolean in the domain: blank means not confidential.
  const row: Record<string, unknown> =
    "confidential" in fields ? { ...fields, confidential: fields["confidential"] === true } : { ...fields };
  if (kind === "scoreHistory" && row["date"] === null) row["date"] = "";
  if (kind === "indicators") {
    row["quarters"] = [row["q1"], row["q2"], row["q3"], row["q4"]];
    for (const key of ["q1", "q2", "q3", "q4"]) delete row[key];
  }
  return row;
}

interface RowContext {
  readonly kind: ClientTableKind;
  readonly inputs: readonly AnyColumn[];
  readonly positions: ReadonlyMap<string, number>;
  readonly language: PlanLanguage;
  readonly base: StructureFinding;
}

function readRow(context: RowContext, cells: readonly StateValue[], row: number, findings: StructureFinding[]) {
  const fields: Record<string, FieldValue> = {};
  for (const column of context.inputs) {
    const position = context.positions.get(column.key);
    const reading = readField(column, position === undefined ? undefined : cells[position], context.language);
    fields[column.key] = reading.value;
    if (reading.problem !== undefined) {
      findings.push({ ...context.base, ...reading.problem, row, field: column.key });
    }
  }
  return shapeRow(context.kind, fields);
}

/** Reads one of a client's tables. */
export function readClientTable(
  kind: ClientTableKind,
  table: TableState,
  language: PlanLanguage,
  clientId: ClientId,
): TableReading {
  const base: StructureFinding = { code: "structure.columnUnknown", clientId, table: kind };
  const { positions, findings } = mapColumns(kind, table, base);
  if (positions.size === 0) {
    return { rows: [], offsets: [], findings: [{ ...base, code: "structure.headersUnknown", what: table.name }] };
  }
  const inputs = columnsOf(kind).filter((column) => column.type.kind !== "calculated");
  for (const column of inputs) {
    if (!positions.has(column.key)) {
      findings.push({
        ...base,
        code: "structure.columnMissing",
        what: columnHeader(kind, column.key, language),
        field: column.key,
      });
    }
  }
  const context: RowContext = { kind, inputs, positions, language, base };
  const rows: Record<string, unknown>[] = [];
  const offsets: number[] = [];
  table.rows.forEach((cells, row) => {
    const blank = inputs.every((column) => {
      const position = positions.get(column.key);
      return position === undefined || isBlankCell(cells[position]);
    });
    if (blank) return;
    rows.push(readRow(context, cells, row, findings));
    offsets.push(row);
  });
  return { rows, offsets, findings };
}
