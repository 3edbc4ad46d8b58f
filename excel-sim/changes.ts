/**
 * What the host rules report when they change the workbook; events.ts turns these into the event arguments
 * Excel delivers (WorksheetChanged, WorksheetAdded, WorksheetDeleted).
 */
import type { Rect } from "./address";

/** One change to the workbook, as the host rules report it. */
export type ChangeRecord =
  | {
      readonly type: "WorksheetChanged";
      readonly sheetId: string;
      readonly rect: Rect;
      readonly changeType:
        "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted" | "CellDeleted";
    }
  | { readonly type: "WorksheetAdded"; readonly sheetId: string }
  | { readonly type: "WorksheetDeleted"; readonly sheetId: string }
  | {
      readonly type: "WorksheetNameChanged";
      readonly sheetId: string;
      readonly nameBefore: string;
      readonly nameAfter: string;
    };

/** Where the host rules append what they changed during one command. */
export type ChangeLog = ChangeRecord[];
