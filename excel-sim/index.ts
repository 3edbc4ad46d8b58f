/**
 * excel-sim: an Excel JavaScript API host in memory, as strict as Excel (see README.md). No Node APIs:
 * the browser playground loads it too. For .xlsx export import `excel-sim/export` (it brings ExcelJS).
 */
export { createSimExcel, SimHost, type SimExcel, type SimHostOptions } from "./host";
export { SimRequestContext } from "./context";
export { asExcelContext } from "./excel-types";
export { SimError, isSimError, type SimErrorCode, type SimDebugInfo } from "./errors";
export { DEFAULT_PAYLOAD_LIMIT_BYTES, type RequestRecord } from "./instrumentation";
export type { FaultMode, PlannedFault } from "./faults";
export type { SimEventArgs } from "./events";
export { UNCOMPUTED_FORMULA_VALUE, MAX_CELL_TEXT } from "./cell-typing";
export type { TypingOutcome } from "./user";
export {
  snapshot,
  snapshotWorkbook,
  type WorkbookSnapshot,
  type SheetSnapshot,
  type TableSnapshot,
  type NameSnapshot,
  type CellSnapshot,
} from "./snapshot";
export { toWorkbookSpec, type SpecExport } from "./export-spec";
