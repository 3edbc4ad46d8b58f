/** `Excel.WorksheetCollection` proxy: the sheets in tab order, plus workbook-wide sheet events. */
import type { SimRequestContext } from "./context";
import { SimError } from "./errors";
import { SimEventHandlers } from "./events";
import type { Exec } from "./exec";
import type { Mirror } from "./excel-types";
import { SimCollection, SimClientResult, type Scalars } from "./proxy";
import { addSheet } from "./sheet-rules";
import { findSheet } from "./workbook-model";
import { SimWorksheet } from "./worksheet";

type Members =
  | "items"
  | "add"
  | "getItem"
  | "getItemOrNullObject"
  | "getActiveWorksheet"
  | "getCount"
  | "onChanged"
  | "onAdded"
  | "onDeleted";

/** Every worksheet of the workbook. */
export class SimWorksheetCollection
  extends SimCollection<true, SimWorksheet>
  implements Mirror<Excel.WorksheetCollection, Members>
{
  protected readonly typeName = "WorksheetCollection";

  constructor(context: SimRequestContext) {
    super(context, "workbook.worksheets", () => true);
  }

  protected scalars(): Scalars<true> {
    return {};
  }

  protected itemKeys(exec: Exec): unknown[] {
    return exec.workbook.sheets.map((s) => s.id);
  }

  protected itemProxy(itemKey: unknown): SimWorksheet {
    return new SimWorksheet(this.context, `${this._path}.getItem(${JSON.stringify(itemKey)})`, () => itemKey as string);
  }

  /** Adds a sheet at the end (`SheetN` when no name is given); it does not become active. */
  add(name?: string): SimWorksheet {
    let created: string | null = null;
    const sheet = new SimWorksheet(this.context, `${this._path}.add(${JSON.stringify(name ?? null)})`, () => created);
    this.queue("add", [name ?? null], (exec) => {
      created = addSheet(exec.workbook, name, exec.log).id;
    });
    return sheet;
  }

  /** A sheet by name (case-insensitive) or id; ItemNotFound at sync when there is none. */
  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, (exec) => {
      const sheet = findSheet(exec.workbook, key);
      if (!sheet)
        throw new SimError("ItemNotFound", { location: "WorksheetCollection.getItem", detail: `no sheet "${key}"` });
      return sheet.id;
    });
  }

  /** A sheet by name or id, or a null object. */
  getItemOrNullObject(key: string): SimWorksheet {
    const sheet = new SimWorksheet(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      (exec) => findSheet(exec.workbook, key)?.id ?? null,
    );
    sheet._resolveOnSync();
    return sheet;
  }

  /** The active sheet (resolved at sync). */
  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.context, `${this._path}.getActiveWorksheet()`, (exec) => exec.workbook.activeSheetId);
  }

  /** Number of sheets, hidden ones included. */
  getCount(): SimClientResult<number> {
    return this.queueResult("getCount", [], (exec) => exec.workbook.sheets.length);
  }

  /** Cell changes on any sheet (ExcelApi 1.9). */
  get onChanged(): SimEventHandlers {
    return new SimEventHandlers(this.context, "onChanged", () => ({ kind: "sheets" }));
  }
  get onAdded(): SimEventHandlers {
    return new SimEventHandlers(this.context, "onAdded", () => ({ kind: "sheets" }));
  }
  get onDeleted(): SimEventHandlers {
    return new SimEventHandlers(this.context, "onDeleted", () => ({ kind: "sheets" }));
  }
  /** A sheet was renamed (ExcelApi 1.17). */
  get onNameChanged(): SimEventHandlers {
    return new SimEventHandlers(this.context, "onNameChanged", () => ({ kind: "sheets" }));
  }
}
