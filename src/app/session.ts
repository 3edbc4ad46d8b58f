/**
 * What every use case works with: the workbook (through the gateway), the day, a source of randomness for
 * new ids, and the user's language. No state outside the workbook: each use case reads what it needs.
 */
import type { IsoDate, PlanLanguage } from "../domain/plan";
import { WorkbookError, type WorkbookGateway } from "../excel/gateway";
import { fail, type AppIssue, type AppResult } from "./result";

/** One user's session on one workbook. */
export interface PlanSession {
  readonly gateway: WorkbookGateway;
  /** Today, for figures, the health check and snapshot dates. */
  readonly today: () => IsoDate;
  /** `n` uniformly random bytes (crypto.getRandomValues in the pane), for client ids. */
  readonly randomBytes: (n: number) => Uint8Array;
  /** The user's language; the plan's language when a workbook has none yet. */
  readonly language?: PlanLanguage;
}

/** The issue telling the user what Excel's failure means and what to do (`excel.<code>`). */
export function workbookIssue(error: WorkbookError): AppIssue {
  return { code: `excel.${error.code}` };
}

/**
 * Runs a use case's body, turning a WorkbookError into a failed result with its message; anything else is
 * a bug and propagates.
 */
export async function withWorkbook<T>(body: () => Promise<AppResult<T>>): Promise<AppResult<T>> {
  try {
    return await body();
  } catch (e: unknown) {
    if (e instanceof WorkbookError) return fail(workbookIssue(e));
    throw e;
  }
}
