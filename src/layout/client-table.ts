/**
 * One per-client table as a spec: column specs (headers, validations, calculated formulas) and the rows of a
 * client, from the definitions in table-columns.ts.
 */
import type { Client, Direction, PlanLanguage } from "../domain/plan";
import { TABLE_DIRECTION_CAPTIONS } from "../i18n/direction-captions";
import type { DirectionalText } from "../i18n/direction-text";
import { TABLE_CAPTIONS, type Bilingual } from "../i18n/workbook-text";
import { listLabel } from "./closed-lists";
import { columnRef, thisRowRef } from "./formula-text";
import type { CellValue, StyleKey, TableColumnSpec, TableSpec, ValidationSpec } from "./spec";
import { HEADER_STYLES, STYLE } from "./styles";
import { CLIENT_TABLES, columnHeader, type ClientColumn, type ColumnType, type FieldValue } from "./table-columns";
import { dateValidation, listValidation, numberValidation, scoreValidation } from "./validations";
import { clientTableName, type ClientTableKind } from "./workbook-names";

function columnsOf(kind: ClientTableKind): readonly ClientColumn<unknown>[] {
  return CLIENT_TABLES[kind].columns as readonly ClientColumn<unknown>[];
}

function validationOf(type: ColumnType, language: PlanLanguage): ValidationSpec | undefined {
  switch (type.kind) {
    case "date":
      return dateValidation(language);
    case "score":
      return scoreValidation(language);
    case "number":
      return numberValidation(language);
    case "list":
      return listValidation(type.list, language);
    case "yesNo":
      return listValidation("yesNo", language);
    default:
      return undefined;
  }
}

const STYLE_OF: Readonly<Record<Exclude<ColumnType["kind"], "calculated">, StyleKey>> = {
  text: STYLE.text,
  date: STYLE.date,
  score: STYLE.score,
  number: STYLE.decimal,
  list: STYLE.text,
  yesNo: STYLE.text,
};

function styleOf(type: ColumnType): StyleKey {
  return type.kind === "calculated" ? type.style : STYLE_OF[type.kind];
}

/** The calculated formula of a column of the client's table, if it has one. */
function calculatedFormula(
  kind: ClientTableKind,
  id: string,
  column: ClientColumn<unknown>,
  language: PlanLanguage,
): string | undefined {
  if (column.type.kind !== "calculated") return undefined;
  const table = clientTableName(kind, id);
  const header = (key: string): string => columnHeader(kind, key, language);
  return column.type.formula(
    (key) => thisRowRef(table, header(key)),
    language,
    (key) => columnRef(table, header(key)),
  );
}

/** The column specs of one of a client's tables, in the plan language. */
export function clientTableColumns(kind: ClientTableKind, id: string, language: PlanLanguage): TableColumnSpec[] {
  return columnsOf(kind).map((column) => {
    const formula = calculatedFormula(kind, id, column, language);
    const validation = validationOf(column.type, language);
    return {
      key: column.key,
      header: columnHeader(kind, column.key, language),
      style: styleOf(column.type),
      width: column.width,
      ...(formula === undefined ? {} : { formula }),
      ...(validation === undefined ? {} : { validation }),
    };
  });
}

/** The cell a field value becomes: user text stays text, lists become their label, nothing stays empty. */
export function cellOf(type: ColumnType, value: FieldValue, language: PlanLanguage): CellValue {
  if (value === null || value === "") return { kind: "empty" };
  switch (type.kind) {
    case "text":
      return { kind: "text", text: String(value) };
    case "date":
      return { kind: "date", iso: String(value) };
    case "score":
    case "number":
      return typeof value === "number" ? { kind: "number", value } : { kind: "empty" };
    case "list":
      return { kind: "text", text: listLabel(type.list, language, value as string | number) };
    case "yesNo":
      return { kind: "text", text: listLabel("yesNo", language, value === true ? "yes" : "no") };
    default:
      return { kind: "empty" };
  }
}

/** The table's rows for the client: one per domain row, or one blank row (Excel tables need one). */
export function clientTableRows(kind: ClientTableKind, client: Client, language: PlanLanguage): CellValue[][] {
  const columns = columnsOf(kind);
  // `undefined` stands for the blank row an empty table keeps.
  const toRow = (row: unknown): CellValue[] =>
    columns.map((column) => {
      const formula = calculatedFormula(kind, client.id, column, language);
      if (formula !== undefined) return { kind: "formula", formula };
      const value = row === undefined || column.read === undefined ? null : column.read(row);
      return cellOf(column.type, value, language);
    });
  const rows: readonly unknown[] = CLIENT_TABLES[kind].rowsOf(client);
  return rows.length === 0 ? [toRow(undefined)] : rows.map(toRow);
}

/** One of the client's tables, its header row at (row, column). */
export function clientTableSpec(
  kind: ClientTableKind,
  client: Client,
  language: PlanLanguage,
  row: number,
  column: number,
): TableSpec {
  return {
    name: clientTableName(kind, client.id),
    row,
    column,
    columns: clientTableColumns(kind, client.id, language),
    rows: clientTableRows(kind, client, language),
    style: CLIENT_TABLES[kind].style,
    headerStyle: HEADER_STYLES[CLIENT_TABLES[kind].phase],
  };
}

/** Each table's caption: worded per direction where its question names whom the plan is for. */
const CAPTIONS: Readonly<Record<ClientTableKind, DirectionalText | Bilingual>> = {
  challenges: TABLE_DIRECTION_CAPTIONS.challenges,
  expectations: TABLE_DIRECTION_CAPTIONS.expectations,
  disappointments: TABLE_DIRECTION_CAPTIONS.disappointments,
  scoreHistory: TABLE_CAPTIONS.scoreHistory,
  people: TABLE_CAPTIONS.people,
  actions: TABLE_CAPTIONS.actions,
  services: TABLE_DIRECTION_CAPTIONS.services,
  meetings: TABLE_CAPTIONS.meetings,
  indicators: TABLE_DIRECTION_CAPTIONS.indicators,
  commitments: TABLE_DIRECTION_CAPTIONS.commitments,
  feedback: TABLE_DIRECTION_CAPTIONS.feedback,
};

/** The caption above one of a client's tables: the question it answers, worded for the plan's direction. */
export function tableCaption(kind: ClientTableKind, direction: Direction, language: PlanLanguage): string {
  const caption = CAPTIONS[kind];
  return "es" in caption ? caption[language] : caption[direction][language];
}
