/**
 * The very hidden meta sheet: what users must never edit — the layout schema version and the plan
 * language — as named cells `vamVersion` and `vamIdioma`.
 */
import type { PlanLanguage } from "../domain/plan";
import { META_TEXT, SHEET_NAMES } from "../i18n/workbook-text";
import { HEADER_ROW, assembleSheet, layoutForm, numberValue, textValue, type BuiltSheet } from "./sheet-parts";
import { STYLE } from "./styles";
import { SHEET_KEYS, WORKBOOK_NAMES } from "./workbook-names";

/** Version of the workbook layout this code writes; upgrades compare against it. */
export const LAYOUT_SCHEMA_VERSION = 1;

/** The meta sheet (very hidden) and the names of its cells. */
export function buildMetaSheet(language: PlanLanguage): BuiltSheet {
  const label = (text: { readonly es: string; readonly en: string }) => ({
    value: textValue(text[language]),
    style: STYLE.label,
  });
  const part = layoutForm(
    SHEET_KEYS.meta,
    HEADER_ROW,
    [24, 12],
    [
      {
        cells: [
          label(META_TEXT.schemaVersion),
          { value: numberValue(LAYOUT_SCHEMA_VERSION), name: WORKBOOK_NAMES.schemaVersion },
        ],
      },
      { cells: [label(META_TEXT.language), { value: textValue(language), name: WORKBOOK_NAMES.language }] },
    ],
  );
  const head = {
    key: SHEET_KEYS.meta,
    kind: "meta",
    name: SHEET_NAMES.meta[language],
    visibility: "veryHidden",
  } as const;
  const sheet = assembleSheet(head, textValue(META_TEXT.title[language]), META_TEXT.prompt[language], part);
  return { sheet, names: part.names };
}
