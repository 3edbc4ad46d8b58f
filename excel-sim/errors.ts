/**
 * Errors shaped like `OfficeExtension.Error`: `name`, `code`, `message`, `debugInfo { code, message,
 * errorLocation }`, `traceMessages`, `innerError`. Codes and their messages are Excel's own (the error table of
 * office-js-docs-pr "application-specific-api-error-handling.md" and the strings shipped in
 * @microsoft/office-js excel-web-16.00.debug.js), so adapter code that switches on `code` sees what Excel sends.
 */

/** The error codes the simulator raises (values of `Excel.ErrorCodes` / `OfficeExtension.ErrorCodes`). */
export type SimErrorCode =
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "InsertDeleteConflict"
  | "InvalidOperationInCellEditMode"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RangeExceedsLimit"
  | "GeneralException"
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "RunMustReturnPromise"
  | "NotImplemented";

const MESSAGES: Readonly<Record<SimErrorCode, string>> = {
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  InsertDeleteConflict: "The insert or delete operation attempted resulted in a conflict.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  GeneralException: "There was an internal error while processing the request.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  NotImplemented: "The requested feature isn't implemented.",
};

/** `OfficeExtension.DebugInfo` as the simulator fills it. */
export interface SimDebugInfo {
  readonly code: string;
  readonly message: string;
  /** Where it failed, e.g. `TableCollection.add` or `Worksheet.name`. */
  readonly errorLocation?: string;
  /** The failing statement, e.g. `workbook.worksheets.getItem("Cartera").name = ...`. */
  readonly statement?: string;
}

/** What a `SimError` knows besides its code; `arg` fills the `{0}` of Excel's message. */
export interface SimErrorOptions {
  readonly location?: string;
  readonly statement?: string;
  readonly detail?: string;
  readonly arg?: string;
}

/** An Excel JavaScript API error, as `OfficeExtension.Error` presents it. */
export class SimError extends Error {
  /** Office.js names its runtime errors `RichApi.Error`. */
  override readonly name = "RichApi.Error";
  readonly code: SimErrorCode;
  readonly debugInfo: SimDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  /** Extra detail for people reading a failing test; Excel's own message stays in `message`. */
  readonly detail: string | undefined;
  private readonly options: SimErrorOptions;

  constructor(code: SimErrorCode, options: SimErrorOptions = {}) {
    const message = MESSAGES[code].replace("{0}", options.arg ?? "");
    super(message);
    this.code = code;
    this.options = options;
    this.detail = options.detail;
    this.debugInfo = {
      code,
      message,
      ...(options.location !== undefined ? { errorLocation: options.location } : {}),
      ...(options.statement !== undefined ? { statement: options.statement } : {}),
    };
  }

  /** The same error, now knowing where it happened (the command that raised it). */
  at(location: string, statement: string): SimError {
    if (this.debugInfo.errorLocation !== undefined) return this;
    return new SimError(this.code, { ...this.options, location, statement });
  }
}

/** Shorthand used by the host-side rules: `throw fail("InvalidArgument", "why")`. */
export function fail(code: SimErrorCode, detail?: string): SimError {
  return new SimError(code, detail !== undefined ? { detail } : {});
}

/** Whether `e` is a simulator (Excel) error, optionally with the given code. */
export function isSimError(e: unknown, code?: SimErrorCode): e is SimError {
  return e instanceof SimError && (code === undefined || e.code === code);
}
