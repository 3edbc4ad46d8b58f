/** `Excel.Workbook` and `Excel.Application` proxies. */
import type { SimRequestContext } from "./context";
import type { Mirror } from "./excel-types";
import { SimNamedItemCollection } from "./names";
import { SimObject, type Scalars } from "./proxy";
import { SimRange } from "./range";
import { SimTableCollection } from "./table";
import { SimWorksheetCollection } from "./worksheet-collection";

/** `Excel.Application`: only what the adapter needs. */
export class SimApplication
  extends SimObject<true>
  implements Mirror<Excel.Application, "suspendApiCalculationUntilNextSync">
{
  protected readonly typeName = "Application";

  protected scalars(): Scalars<true> {
    return { calculationMode: () => "Automatic" };
  }

  /** Queued like any command; the simulator computes nothing, so the host only counts the calls. */
  suspendApiCalculationUntilNextSync(): void {
    this.queue("suspendApiCalculationUntilNextSync", [], (exec) => void (exec.workbook.calculationSuspensions += 1));
  }
}

/** `Excel.Workbook`: the entry to sheets, tables, names and the selection. */
export class SimWorkbook
  extends SimObject<true>
  implements Mirror<Excel.Workbook, "worksheets" | "tables" | "names" | "getSelectedRange" | "getActiveCell">
{
  protected readonly typeName = "Workbook";

  constructor(context: SimRequestContext) {
    super(context, "workbook", () => true);
  }

  protected scalars(): Scalars<true> {
    return { name: () => "Book1.xlsx" };
  }

  protected override navigations(): readonly string[] {
    return ["worksheets", "tables", "names", "application"];
  }

  /** The application object. */
  get application(): SimApplication {
    return this.nav("application", () => new SimApplication(this.context, "workbook.application", () => true));
  }

  /** Every worksheet, in tab order. */
  get worksheets(): SimWorksheetCollection {
    return this.nav("worksheets", () => new SimWorksheetCollection(this.context));
  }

  /** Every table of the workbook. */
  get tables(): SimTableCollection {
    return this.nav("tables", () => new SimTableCollection(this.context, "workbook.tables", null));
  }

  /** The workbook-scoped defined names. */
  get names(): SimNamedItemCollection {
    return this.nav("names", () => new SimNamedItemCollection(this.context));
  }

  /** The selected cells of the active sheet (A1 of a sheet when it was activated). */
  getSelectedRange(): SimRange {
    return new SimRange(this.context, "workbook.getSelectedRange()", (exec) => ({
      sheetId: exec.workbook.activeSheetId,
      rect: exec.workbook.selection,
    }));
  }

  /** The active cell: the top-left cell of the selection. */
  getActiveCell(): SimRange {
    return new SimRange(this.context, "workbook.getActiveCell()", (exec) => ({
      sheetId: exec.workbook.activeSheetId,
      rect: { ...exec.workbook.selection, rows: 1, columns: 1 },
    }));
  }
}
