/**
 * Excel's errors (`OfficeExtension.Error`: a `code` from `Excel.ErrorCodes` / `OfficeExtension.ErrorCodes`,
 * see office-js-docs-pr "application-specific-api-error-handling.md") as the gateway's WorkbookError codes,
 * which the catalogue turns into `excel.<code>` messages. Matched by `code`, not by class, so errors from any
 * host (Excel, excel-sim) map the same way.
 */
import { WorkbookError, type WorkbookErrorCode } from "./gateway";

const BY_CODE: Readonly<Record<string, WorkbookErrorCode>> = {
  InvalidOperationInCellEditMode: "cellEditMode",
  RequestPayloadSizeLimitExceeded: "payloadTooLarge",
  ResponsePayloadSizeLimitExceeded: "payloadTooLarge",
  ItemAlreadyExists: "alreadyExists",
  ItemNotFound: "notFound",
  InvalidArgument: "invalidArgument",
  InvalidReference: "invalidArgument",
  InvalidOperation: "invalidArgument",
  InvalidBinding: "invalidArgument",
  MergedRangeConflict: "invalidArgument",
  ActivityLimitReached: "busy",
  ServiceNotAvailable: "busy",
  RequestAborted: "busy",
  OperationAborted: "busy",
  Conflict: "busy",
  InsertDeleteConflict: "busy",
  InactiveWorkbook: "busy",
};

/** The `code` of an Office.js error, if `e` carries one. */
function officeCode(e: unknown): string | undefined {
  if (typeof e !== "object" || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** Excel's own description of where it failed, for the log. */
function detailOf(e: unknown, code: string): string {
  const message = e instanceof Error ? e.message : String(e);
  const location = (e as { debugInfo?: { errorLocation?: unknown } }).debugInfo?.errorLocation;
  return typeof location === "string" ? `${code} at ${location}: ${message}` : `${code}: ${message}`;
}

/**
 * A WorkbookError for an error thrown while talking to Excel. Errors without an Office.js code (a bug in
 * the adapter, a TypeError) are not Excel's and are rethrown unchanged.
 */
export function toWorkbookError(e: unknown): WorkbookError {
  if (e instanceof WorkbookError) return e;
  const code = officeCode(e);
  if (code === undefined) throw e;
  return new WorkbookError(BY_CODE[code] ?? "unknown", detailOf(e, code));
}
