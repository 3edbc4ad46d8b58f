/**
 * The port the use cases (src/app) work through: read the workbook in one round trip, apply a change set in
 * as few round trips as the request-size limit allows, and hear about changes. The Office.js implementation
 * is office-gateway.ts; tests run that same implementation on excel-sim.
 */
import type { ChangeSet } from "../layout/workbook-changes";
import type { WorkbookState } from "../layout/workbook-state";

/** Extra detail a use case needs beyond sheets, tables and names. */
export interface InspectRequest {
  /** Tables whose current range to report (e.g. those rows will be appended to). */
  readonly tableRanges?: readonly string[];
  /** Sheets whose used cells to report (e.g. so repair knows which cells a user filled). */
  readonly sheetCells?: readonly string[];
  /** Report the names of every sheet's charts (e.g. so an upgrade knows which charts are missing). */
  readonly charts?: boolean;
}

/** Progress of a long apply: requests sent so far out of the total. */
export type ApplyProgress = (done: number, total: number) => void;

/** What went wrong talking to Excel, as a code the message catalogue knows (`excel.<code>`). */
export type WorkbookErrorCode =
  "cellEditMode" | "payloadTooLarge" | "alreadyExists" | "notFound" | "invalidArgument" | "busy" | "unknown";

/** A failure at the Excel boundary; the use cases turn it into a result with a message. */
export class WorkbookError extends Error {
  /** Creates the error; `detail` is Excel's own code and message, for the log, never for the user. */
  constructor(
    readonly code: WorkbookErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = "WorkbookError";
  }
}

/** Reads and changes one workbook. */
export interface WorkbookGateway {
  /** Reads sheets, tables and names (plus what `request` asks for) in exactly one `context.sync()`. */
  inspect(request?: InspectRequest): Promise<WorkbookState>;
  /** Applies the changes in order, chunked under the request-size limit; throws WorkbookError. */
  apply(changes: ChangeSet, onProgress?: ApplyProgress): Promise<void>;
  /**
   * Calls `onChange` after any worksheet changes (the caller debounces); resolves, once registered, to a
   * function that unregisters it.
   */
  subscribe(onChange: () => void): Promise<() => Promise<void>>;
}
