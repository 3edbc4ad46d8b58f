/**
 * The hidden lists sheet: every closed list of src/i18n/vocabulary.ts in its own column, in the plan
 * language, each under a workbook-level name (`vamLista...`) that data validation draws from. Lists live
 * in cells because an inline comma list breaks where the list separator is `;` (DESIGN §3.1).
 */
import type { PlanLanguage } from "../domain/plan";
import { LISTS_TEXT, SHEET_NAMES, type Bilingual } from "../i18n/workbook-text";
import { CLOSED_LIST_KINDS, listLabels } from "./closed-lists";
import { HEADER_ROW, assembleSheet, joinParts, textValue, type BuiltSheet } from "./sheet-parts";
import type { SheetPart } from "./sheet-parts";
import { STYLE } from "./styles";
import { LIST_NAMES, SHEET_KEYS, type ClosedListKind } from "./workbook-names";

const HEADERS: Readonly<Record<ClosedListKind, Bilingual>> = LISTS_TEXT.headers;
/** Column width, characters: the longest labels (pyramid levels, purposes) fit. */
const LIST_WIDTH = 36;

function listColumn(kind: ClosedListKind, column: number, language: PlanLanguage): Partial<SheetPart> {
  const labels = listLabels(kind, language);
  const firstRow = HEADER_ROW + 1;
  return {
    cells: [
      { row: HEADER_ROW, column, value: textValue(HEADERS[kind][language]), style: STYLE.caption },
      ...labels.map((label, index) => ({
        row: firstRow + index,
        column,
        value: textValue(label),
        style: STYLE.listItem,
      })),
    ],
    names: [
      {
        kind: "range",
        name: LIST_NAMES[kind],
        sheetKey: SHEET_KEYS.lists,
        range: { row: firstRow, column, rows: labels.length, columns: 1 },
      },
    ],
    columnWidths: [{ column, width: LIST_WIDTH }],
  };
}

/** The lists sheet (hidden) and the `vamLista...` names over its lists. */
export function buildListsSheet(language: PlanLanguage): BuiltSheet {
  const part = joinParts(...CLOSED_LIST_KINDS.map((kind, column) => listColumn(kind, column, language)));
  const head = {
    key: SHEET_KEYS.lists,
    kind: "lists",
    name: SHEET_NAMES.lists[language],
    visibility: "hidden",
  } as const;
  const sheet = assembleSheet(head, textValue(LISTS_TEXT.title[language]), LISTS_TEXT.prompt[language], part);
  return { sheet, names: part.names };
}
