/**
 * Spec cell values as Office.js takes them in `Range.formulas` (invariant English; never formulasLocal).
 * Excel reads every string written there as if typed, so user text gets Excel's text prefix, a leading
 * apostrophe, which Excel strips on entry (docs/WORKBOOK.md "Writing rules"): `=1+1`, `+34 600…`, `007` and
 * `'quoted'` all stay exactly the text that was typed.
 */
import { isoDateToSerial } from "../domain/dates";
import type { CellValue } from "../layout/spec";
import type { CellInput } from "./steps";

/** Number format given to date cells whose style has none: ISO dates read the same in es and en Excel. */
export const DATE_NUMBER_FORMAT = "yyyy-mm-dd";

/**
 * The `Range.formulas` entry for a spec value. Empty is `null`, which Office.js leaves unchanged, so writing
 * a block never clears a cell the block does not own.
 */
export function cellInput(value: CellValue): CellInput {
  switch (value.kind) {
    case "text":
      return `'${value.text}`;
    case "number":
      if (!Number.isFinite(value.value)) throw new RangeError(`not a number Excel can store: ${value.value}`);
      return value.value;
    case "date":
      return isoDateToSerial(value.iso);
    case "formula":
      if (!value.formula.startsWith("=")) throw new Error(`a formula must start with "=": ${value.formula}`);
      return value.formula;
    case "empty":
      return null;
  }
}

/** The defined name a cell links to, if it is a link. */
export function linkTarget(value: CellValue): string | undefined {
  return value.kind === "text" || value.kind === "formula" ? value.linkToName : undefined;
}
