/**
 * A person in Excel, for tests: typing into cells, renaming / moving / hiding / deleting sheets, deleting
 * tables and names, entering and leaving cell-edit mode. Each action goes through the same host rules as
 * the API and raises events with source Local.
 */
import { parseRect, type Rect } from "./address";
import { contentAt } from "./cells";
import { clearRange, writeCells } from "./cell-rules";
import type { CellContent } from "./cell-typing";
import type { ChangeLog } from "./changes";
import { fail } from "./errors";
import type { SimHost } from "./host";
import { deleteName, nameRange } from "./name-rules";
import { deleteSheet, moveSheet, renameSheet, setVisibility } from "./sheet-rules";
import { deleteTable } from "./table-rules";
import { validationOver } from "./validation-rules";
import {
  findName,
  findSheet,
  findTable,
  sheetById,
  type SheetModel,
  type ValidationModel,
  type Visibility,
  type WorkbookModel,
} from "./workbook-model";

/** What happened to typed input: accepted, or refused by a Stop data-validation alert. */
export type TypingOutcome = { readonly accepted: true } | { readonly accepted: false; readonly reason: string };

function numberOf(formula: unknown): number | null {
  const n =
    typeof formula === "number" ? formula : typeof formula === "string" ? Number(formula.replace(/^=/, "")) : NaN;
  return Number.isFinite(n) ? n : null;
}

const COMPARE: Readonly<Record<string, (v: number, a: number, b: number) => boolean>> = {
  Between: (v, a, b) => v >= a && v <= b,
  NotBetween: (v, a, b) => v < a || v > b,
  EqualTo: (v, a) => v === a,
  NotEqualTo: (v, a) => v !== a,
  GreaterThan: (v, a) => v > a,
  LessThan: (v, a) => v < a,
  GreaterThanOrEqualTo: (v, a) => v >= a,
  LessThanOrEqualTo: (v, a) => v <= a,
};

/** Why a Stop-alert validation refuses `content`, or null when it passes (rules the simulator can judge). */
function refusal(workbook: WorkbookModel, validation: ValidationModel, content: CellContent): string | null {
  const [kind, body] = Object.entries(validation.rule ?? {})[0] ?? [];
  const rule = (body ?? {}) as Record<string, unknown>;
  if (!kind || content.kind === "formula") return null;
  const value = content.value;
  if (kind === "wholeNumber" || kind === "decimal") {
    if (typeof value !== "number" || (kind === "wholeNumber" && !Number.isInteger(value))) return `${kind} expected`;
    const [a, b] = [numberOf(rule.formula1), numberOf(rule.formula2)];
    const check = COMPARE[String(rule.operator)];
    if (a === null || !check) return null;
    return check(value, a, b ?? a)
      ? null
      : `${value} is not ${String(rule.operator)} ${a}${b === null ? "" : ` and ${b}`}`;
  }
  if (kind === "list" && typeof rule.source === "string") {
    const named = findName(workbook, rule.source.replace(/^=/, ""));
    const target = named ? nameRange(named) : null;
    if (!target) return null;
    const sheet = sheetById(workbook, target.sheetId);
    const allowed: string[] = [];
    for (let r = 0; r < target.rect.rows; r++) {
      const item = contentAt(sheet, target.rect.row + r, target.rect.column);
      if (item?.kind === "value") allowed.push(String(item.value));
    }
    return allowed.includes(String(value)) ? null : `"${String(value)}" is not in the list`;
  }
  return null;
}

/** The simulated person at this Excel. */
export class SimUser {
  constructor(private readonly host: SimHost) {}

  private sheet(name: string): SheetModel {
    const sheet = findSheet(this.host.workbook, name);
    if (!sheet) throw fail("ItemNotFound", `no sheet "${name}"`);
    return sheet;
  }

  private act(action: (log: ChangeLog) => void): void {
    const log: ChangeLog = [];
    action(log);
    this.host._publish(log, "user");
  }

  /** Types `text` into one cell as a person would (Enter): `'` keeps text, `=` starts a formula... */
  typeInCell(sheetName: string, address: string, text: string): TypingOutcome {
    const sheet = this.sheet(sheetName);
    const rect = parseRect(address);
    if (!rect || rect.rows * rect.columns !== 1) throw fail("InvalidArgument", `${address} is not one cell`);
    const before = structuredClone(sheet.cells.get(`${rect.row}:${rect.column}`));
    this.act((log) => writeCells(this.host.workbook, sheet, rect, [[text]], "typing", log));
    const typed = contentAt(sheet, rect.row, rect.column);
    const validation = validationOver(sheet, rect);
    if (
      typed &&
      typeof validation === "object" &&
      (validation.errorAlert?.style ?? "Stop") === "Stop" &&
      validation.errorAlert?.showAlert !== false
    ) {
      const reason = refusal(this.host.workbook, validation, typed);
      if (reason) {
        if (before) sheet.cells.set(`${rect.row}:${rect.column}`, before);
        else sheet.cells.delete(`${rect.row}:${rect.column}`);
        return { accepted: false, reason };
      }
    }
    return { accepted: true };
  }

  /** Selects cells and presses Delete (contents only). */
  clearCells(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    const rect: Rect | null = parseRect(address);
    if (!rect) throw fail("InvalidArgument", `${address} is not a reference`);
    this.act((log) => clearRange(this.host.workbook, sheet, rect, "Contents", log));
  }

  renameSheet(name: string, newName: string): void {
    this.act((log) => renameSheet(this.host.workbook, this.sheet(name), newName, log));
  }

  moveSheet(name: string, position: number): void {
    this.act(() => moveSheet(this.host.workbook, this.sheet(name), position));
  }

  deleteSheet(name: string): void {
    this.act((log) => deleteSheet(this.host.workbook, this.sheet(name), log));
  }

  /** Hides (Hidden), unhides (Visible) or — through VBA, as a person can — very-hides a sheet. */
  setSheetVisibility(name: string, visibility: Visibility): void {
    this.act(() => setVisibility(this.host.workbook, this.sheet(name), visibility));
  }

  /** Deletes a table with its contents (select the table, Delete Table Columns). */
  deleteTable(name: string): void {
    const table = findTable(this.host.workbook, name);
    if (!table) throw fail("ItemNotFound", `no table "${name}"`);
    this.act((log) => deleteTable(this.host.workbook, sheetById(this.host.workbook, table.sheetId), table, log));
  }

  /** Deletes a defined name in the Name Manager. */
  deleteName(name: string): void {
    const item = findName(this.host.workbook, name);
    if (!item) throw fail("ItemNotFound", `no name "${name}"`);
    deleteName(this.host.workbook, item);
  }

  /** Starts editing a cell: every request fails with InvalidOperationInCellEditMode until `leaveCellEditMode`. */
  enterCellEditMode(): void {
    this.host.cellEditMode = true;
  }

  /** Presses Enter or Esc. */
  leaveCellEditMode(): void {
    this.host.cellEditMode = false;
  }
}
