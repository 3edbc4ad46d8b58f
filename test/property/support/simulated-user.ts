/**
 * The person at the workbook: types into the input cells of the clients they can see (sheets under their
 * real names), remembers every value Excel accepted, and checks each is still there. Cells are remembered by
 * sheet id, so renaming or moving a sheet does not matter; a value goes only with its sheet or table when
 * that is deleted on purpose (the person's own Delete, or a confirmed deletion of the client).
 */
import { isSimError } from "../../../excel-sim/errors";
import type { SimHost } from "../../../excel-sim/host";
import type { ClientId } from "../../../src/domain/plan";
import { CLIENT_TABLES } from "../../../src/layout/table-columns";
import {
  clientCellName,
  clientTableName,
  type ClientCellKind,
  type ClientTableKind,
} from "../../../src/layout/workbook-names";

/** Named cells only the person writes once the client is built (the add-in never rewrites them). */
const TYPED_NAMED_CELLS: readonly ClientCellKind[] = [
  "owner",
  "sector",
  "profile",
  "knowledgeEvidence",
  "trustEvidence",
  "credibility",
  "reliability",
  "intimacy",
  "selfOrientation",
  "reviewCadence",
  "sponsorReceives",
  "teamReceives",
  "confidentialMatters",
];

/** Tables only the person fills; `actions` and `scoreHistory` get rows from the add-in too. */
const PERSON_TABLES: readonly ClientTableKind[] = [
  "challenges",
  "expectations",
  "disappointments",
  "people",
  "services",
  "meetings",
  "indicators",
  "commitments",
  "feedback",
];
const APPENDED_TABLES: readonly ClientTableKind[] = ["actions", "scoreHistory"];

/** A sheet name a build gives while it works (`vam_<id>_ver`): not one a person sees as the client's. */
const SCAFFOLD = /^vam_[a-z][a-z0-9]{7}_(?:ver|ajustar|medir)$/i;

/** One cell a person can type into. */
export interface InputCell {
  readonly sheetId: string;
  readonly row: number;
  readonly column: number;
  readonly what: string;
}

/** A value Excel accepted from the person, and where. */
interface TypedValue extends InputCell {
  readonly clientId: ClientId;
  readonly content: string;
}

function cellOf(sim: SimHost, sheetId: string, row: number, column: number): string | undefined {
  const content = sim.workbook.sheets.find((s) => s.id === sheetId)?.cells.get(`${row}:${column}`)?.content;
  return content === undefined ? undefined : JSON.stringify(content);
}

function visibleSheet(sim: SimHost, sheetId: string | null): boolean {
  const sheet = sim.workbook.sheets.find((s) => s.id === sheetId);
  return sheet !== undefined && !SCAFFOLD.test(sheet.name);
}

function namedCells(sim: SimHost, id: ClientId): InputCell[] {
  return TYPED_NAMED_CELLS.flatMap((kind) => {
    const item = sim.workbook.names.find((n) => n.name.toLowerCase() === clientCellName(kind, id).toLowerCase());
    const ref = item?.ref;
    if (ref?.kind !== "range" || ref.sheetId === null || !visibleSheet(sim, ref.sheetId)) return [];
    return [{ sheetId: ref.sheetId, row: ref.rect.row, column: ref.rect.column, what: clientCellName(kind, id) }];
  });
}

/** The first body row's first text cell of each table, when the table and its sheet are there. */
function tableCells(sim: SimHost, id: ClientId, kinds: readonly ClientTableKind[]): InputCell[] {
  return kinds.flatMap((kind) => {
    const name = clientTableName(kind, id);
    const table = sim.workbook.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    const column = CLIENT_TABLES[kind].columns.findIndex((c) => c.type.kind === "text");
    if (table === undefined || column < 0 || !visibleSheet(sim, table.sheetId)) return [];
    return [{ sheetId: table.sheetId, row: table.rect.row + 1, column: table.rect.column + column, what: name }];
  });
}

/** What a person types into and remembers. */
export class SimulatedUser {
  private readonly typed = new Map<string, TypedValue>();
  /** Values Excel accepted: between steps, and while a request was in flight. */
  readonly accepted = { between: 0, whileBusy: 0 };

  constructor(private readonly sim: SimHost) {}

  /** Cells of client `id` to type into; `whileBusy` leaves out tables the add-in appends rows to. */
  inputCells(id: ClientId, whileBusy: boolean): InputCell[] {
    const tables = whileBusy ? PERSON_TABLES : [...PERSON_TABLES, ...APPENDED_TABLES];
    return [...namedCells(this.sim, id), ...tableCells(this.sim, id, tables)];
  }

  /** Types into the `target`-th input cell of `id` (modulo); remembers the value when Excel accepts it. */
  type(id: ClientId, target: number, text: string, whileBusy = false): boolean {
    const cells = this.inputCells(id, whileBusy);
    const cell = cells[target % Math.max(1, cells.length)];
    const sheet = this.sim.workbook.sheets.find((s) => s.id === cell?.sheetId);
    if (cell === undefined || sheet === undefined) return false;
    const address = `${columnLetters(cell.column)}${cell.row + 1}`;
    if (!this.accepts(sheet.name, address, text)) return false;
    if (whileBusy) this.accepted.whileBusy += 1;
    else this.accepted.between += 1;
    const content = cellOf(this.sim, cell.sheetId, cell.row, cell.column);
    const key = `${cell.sheetId}!${cell.row}:${cell.column}`;
    // Only spaces is a blank cell to a person (and to the reader): nothing to keep.
    if (content === undefined || text.trim() === "") this.typed.delete(key);
    else this.typed.set(key, { ...cell, clientId: id, content });
    return true;
  }

  /** Types as a person would; false when Excel refuses (a validation's Stop alert, or a broken formula like `=`). */
  private accepts(sheetName: string, address: string, text: string): boolean {
    try {
      return this.sim.user.typeInCell(sheetName, address, text).accepted;
    } catch (e: unknown) {
      if (isSimError(e, "InvalidArgument")) return false;
      throw e;
    }
  }

  /** Forgets values on sheets that no longer exist, of `id` (its deletion was asked for) or of any client. */
  forgetDeletedSheets(id?: ClientId): void {
    for (const [key, value] of this.typed) {
      const gone = !this.sim.workbook.sheets.some((s) => s.id === value.sheetId);
      if (gone && (id === undefined || value.clientId === id)) this.typed.delete(key);
    }
  }

  /** Forgets values inside a rectangle of a sheet (a table the person deleted with its contents). */
  forgetWithin(sheetId: string, rect: { row: number; column: number; rows: number; columns: number }): void {
    for (const [key, v] of this.typed) {
      const inside =
        v.sheetId === sheetId &&
        v.row >= rect.row &&
        v.row < rect.row + rect.rows &&
        v.column >= rect.column &&
        v.column < rect.column + rect.columns;
      if (inside) this.typed.delete(key);
    }
  }

  /** How many values the person has typed and expects to find. */
  get remembered(): number {
    return this.typed.size;
  }

  /** Every remembered value that is no longer in its cell. */
  lostValues(): string[] {
    return [...this.typed.values()]
      .filter((v) => cellOf(this.sim, v.sheetId, v.row, v.column) !== v.content)
      .map(
        (v) =>
          `typed ${v.content} in ${v.what} (${v.sheetId} R${v.row + 1}C${v.column + 1}), now ${cellOf(this.sim, v.sheetId, v.row, v.column) ?? "nothing"}`,
      );
  }
}

/** Column letters of a zero-based column (`0` → `A`, `27` → `AB`). */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
