/**
 * Debounced refresh: workbook change events arrive in bursts (one per changed range, from every co-author),
 * so the pane waits for a quiet moment and reads the workbook once. A refresh never overlaps another: a
 * change during a refresh schedules exactly one more.
 */

/** The timer functions the scheduler uses (the window's, or a test's fake clock). */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Schedules refreshes; `request()` on every change event, `dispose()` when the pane closes. */
export interface RefreshScheduler {
  request(): void;
  /** Runs a refresh now (cancelling a pending one), e.g. after the user's own operation. */
  flush(): Promise<void>;
  dispose(): void;
}

/** Quiet time before a refresh, milliseconds: long enough to merge a burst, short enough to feel live. */
export const REFRESH_DEBOUNCE_MS = 400;

/** A scheduler that calls `refresh` `delayMs` after the last request, one refresh at a time. */
export function createRefreshScheduler(
  refresh: () => Promise<void>,
  timers: Timers,
  delayMs: number = REFRESH_DEBOUNCE_MS,
): RefreshScheduler {
  let pending: unknown;
  let running: Promise<void> | undefined;
  let again = false;
  let disposed = false;

  const cancel = (): void => {
    if (pending !== undefined) timers.clearTimeout(pending);
    pending = undefined;
  };
  const run = async (): Promise<void> => {
    if (disposed) return;
    if (running !== undefined) {
      again = true;
      return running;
    }
    running = refresh().finally(() => {
      running = undefined;
      if (again && !disposed) {
        again = false;
        schedule();
      }
    });
    return running;
  };
  const schedule = (): void => {
    cancel();
    pending = timers.setTimeout(() => {
      pending = undefined;
      // `refresh` shows its own errors in the pane; nothing is left for this timer to report.
      run().catch(() => undefined);
    }, delayMs);
  };
  return {
    request: () => {
      if (!disposed) schedule();
    },
    flush: async () => {
      cancel();
      await run();
    },
    dispose: () => {
      disposed = true;
      cancel();
    },
  };
}
