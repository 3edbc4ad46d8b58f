/** The host's view of one request while it runs: the workbook, what changed, and what to hand back. */
import type { ChangeLog } from "./changes";
import type { WorkbookModel } from "./workbook-model";

/** Something a request touched and must settle (null or not) once the request succeeds. */
export interface Settleable {
  _settle(): void;
}

/** State of one running request (one `context.sync()` round trip). */
export interface Exec {
  readonly workbook: WorkbookModel;
  /** Changes made so far, for events. */
  readonly log: ChangeLog;
  /** Loaded values and results, handed to the proxies only if the whole request succeeds. */
  readonly deliveries: Array<() => void>;
  /** Proxies resolved during this request; their `isNullObject` becomes known on success. */
  readonly touched: Set<Settleable>;
  /** UTF-8 bytes of the loaded values so far (the response payload). */
  responseBytes: number;
  /** Which request context sent the request. */
  readonly contextId: number;
}

/** UTF-8 length of a string, the unit of Excel on the web's payload limits. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
