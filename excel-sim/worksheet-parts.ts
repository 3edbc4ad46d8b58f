/** `Excel.WorksheetFreezePanes` proxy (PageLayout: page-layout.ts). */
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "./address";
import { fail } from "./errors";
import type { Exec } from "./exec";
import type { Mirror } from "./excel-types";
import { SimObject, type Scalars } from "./proxy";
import { SimRange, type RangeKey } from "./range";
import { sheetById, type SheetModel } from "./workbook-model";
import { rectOnSheet } from "./worksheet";

/** A Range argument or an A1 text on the same sheet, resolved at sync. */
export function rectOf(exec: Exec, sheet: SheetModel, target: unknown): Rect {
  if (typeof target === "string") return rectOnSheet(exec, sheet, target);
  if (target instanceof SimRange) {
    const key = target._resolve(exec);
    if (key.sheetId !== sheet.id) throw fail("InvalidArgument", "the range is on another sheet");
    return key.rect;
  }
  throw fail("InvalidArgument", "expected a Range or an address");
}

function checkCount(count: unknown): number {
  if (typeof count !== "number" || !Number.isInteger(count) || count < 0)
    throw fail("InvalidArgument", `freeze count ${String(count)}`);
  return count;
}

/** The cells a freeze keeps in view: whole rows, whole columns, or the top-left block. */
function frozenRect(freeze: { rows: number; columns: number }): Rect {
  if (freeze.columns === 0) return { row: 0, column: 0, rows: freeze.rows, columns: MAX_COLUMNS };
  if (freeze.rows === 0) return { row: 0, column: 0, rows: MAX_ROWS, columns: freeze.columns };
  return { row: 0, column: 0, rows: freeze.rows, columns: freeze.columns };
}

/** Frozen panes of a sheet. */
export class SimWorksheetFreezePanes
  extends SimObject<string>
  implements
    Mirror<
      Excel.WorksheetFreezePanes,
      "freezeRows" | "freezeColumns" | "freezeAt" | "unfreeze" | "getLocationOrNullObject" | "getLocation"
    >
{
  protected readonly typeName = "WorksheetFreezePanes";
  protected scalars(): Scalars<string> {
    return {};
  }
  private set(
    op: string,
    args: readonly unknown[],
    freeze: (exec: Exec, sheet: SheetModel) => SheetModel["freeze"],
  ): void {
    this.queue(op, args, (exec, id) => {
      const sheet = sheetById(exec.workbook, id);
      sheet.freeze = freeze(exec, sheet);
    });
  }
  /** Freezes the top `count` rows (1 by default; 0 unfreezes). */
  freezeRows(count?: number): void {
    this.set("freezeRows", [count ?? 1], () =>
      checkCount(count ?? 1) === 0 ? null : { rows: count ?? 1, columns: 0 },
    );
  }
  /** Freezes the first `count` columns (1 by default; 0 unfreezes). */
  freezeColumns(count?: number): void {
    this.set("freezeColumns", [count ?? 1], () =>
      checkCount(count ?? 1) === 0 ? null : { rows: 0, columns: count ?? 1 },
    );
  }
  /** Freezes the cells of `frozenRange`, which must start at A1's row and/or column. */
  freezeAt(frozenRange: SimRange | string): void {
    this.set("freezeAt", [frozenRange], (exec, sheet) => {
      const rect = rectOf(exec, sheet, frozenRange);
      const rows = rect.rows === MAX_ROWS ? 0 : rect.row + rect.rows;
      const columns = rect.columns === MAX_COLUMNS ? 0 : rect.column + rect.columns;
      return rows === 0 && columns === 0 ? null : { rows, columns };
    });
  }
  unfreeze(): void {
    this.set("unfreeze", [], () => null);
  }
  /** The frozen cells, or a null object when nothing is frozen. */
  getLocationOrNullObject(): SimRange {
    const range = new SimRange(this.context, `${this._path}.getLocationOrNullObject()`, (exec): RangeKey | null => {
      const sheet = sheetById(exec.workbook, this._resolve(exec));
      return sheet.freeze ? { sheetId: sheet.id, rect: frozenRect(sheet.freeze) } : null;
    });
    range._resolveOnSync();
    return range;
  }
  /** The frozen cells; ItemNotFound when nothing is frozen. */
  getLocation(): SimRange {
    return new SimRange(this.context, `${this._path}.getLocation()`, (exec): RangeKey => {
      const sheet = sheetById(exec.workbook, this._resolve(exec));
      if (!sheet.freeze) throw fail("ItemNotFound", "no frozen panes");
      return { sheetId: sheet.id, rect: frozenRect(sheet.freeze) };
    });
  }
}
