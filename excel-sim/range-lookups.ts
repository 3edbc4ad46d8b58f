/** Ranges found from another at sync: `getIntersection(OrNullObject)` and `find(OrNullObject)`. */
import { intersection, type Rect } from "./address";
import { fail } from "./errors";
import type { Exec } from "./exec";
import { SimRange, type RangeKey } from "./range";
import { findCell } from "./range-find";
import { sheetById } from "./workbook-model";
import { rectOnSheet } from "./worksheet";

function argText(arg: unknown): string {
  return arg instanceof SimRange ? arg._path : JSON.stringify(arg);
}

function otherRect(exec: Exec, base: RangeKey, another: SimRange | string): Rect {
  if (typeof another === "string") return rectOnSheet(exec, sheetById(exec.workbook, base.sheetId), another);
  const key = another._resolve(exec);
  if (key.sheetId !== base.sheetId) throw fail("InvalidArgument", "the ranges are on different sheets");
  return key.rect;
}

/** A range located at sync from `range`: a null object when `locate` finds nothing and `orNull`, else ItemNotFound. */
function locatedFrom(
  range: SimRange,
  op: string,
  args: readonly unknown[],
  orNull: boolean,
  locate: (exec: Exec, base: RangeKey) => Rect | null,
): SimRange {
  const name = orNull ? `${op}OrNullObject` : op;
  const found = new SimRange(range.context, `${range._path}.${name}(${args.map(argText).join(", ")})`, (exec) => {
    const base = range._resolve(exec);
    const rect = locate(exec, base);
    if (rect) return { sheetId: base.sheetId, rect };
    if (orNull) return null;
    throw fail("ItemNotFound", `${name}: nothing found`);
  });
  if (orNull) found._resolveOnSync();
  return found;
}

/** The cells `range` and `another` both cover (`getIntersection`, `getIntersectionOrNullObject`). */
export function intersectRange(range: SimRange, another: SimRange | string, orNull: boolean): SimRange {
  return locatedFrom(range, "getIntersection", [another], orNull, (exec, base) =>
    intersection(base.rect, otherRect(exec, base, another)),
  );
}

/** The first cell of `range` matching `text` (`find`, `findOrNullObject`; rules in range-find.ts). */
export function searchRange(range: SimRange, text: string, criteria: Excel.SearchCriteria, orNull: boolean): SimRange {
  return locatedFrom(range, "find", [text, criteria], orNull, (exec, base) =>
    findCell(sheetById(exec.workbook, base.sheetId), base.rect, text, criteria),
  );
}
