/** What every use case returns: a value, or the issues that stopped it, each a catalogue code. */
import type { MessageParams } from "../i18n/catalogue";

/** One thing to tell the user: a message code (src/i18n/messages) with its parameters. */
export interface AppIssue {
  readonly code: string;
  readonly params?: MessageParams;
  /** Where in the plan, when it applies (e.g. `clients[2].name`). */
  readonly path?: string;
}

/** Success with a value (and warnings worth showing), or failure with the reasons. */
export type AppResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly AppIssue[] }
  | { readonly ok: false; readonly issues: readonly AppIssue[] };

/** A success. */
export function succeed<T>(value: T, warnings: readonly AppIssue[] = []): AppResult<T> {
  return { ok: true, value, warnings };
}

/** A failure. */
export function fail<T>(...issues: AppIssue[]): AppResult<T> {
  return { ok: false, issues };
}
