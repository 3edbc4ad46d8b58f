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

/** Debounces refresh requests on `timers` and runs one refresh at a time. */
class DebouncedRefresh implements RefreshScheduler {
  private pending: unknown;
  private running: Promise<void> | undefined;
  private again = false;
  private disposed = false;

  constructor(
    private readonly refresh: () => Promise<void>,
    private readonly timers: Timers,
    private readonly delayMs: number,
  ) {}

  request(): void {
    if (!this.disposed) this.schedule();
  }

  async flush(): Promise<void> {
    this.cancel();
    await this.run();
  }

  dispose(): void {
    this.disposed = true;
    this.cancel();
  }

  private cancel(): void {
    if (this.pending !== undefined) this.timers.clearTimeout(this.pending);
    this.pending = undefined;
  }

  /** Refreshes now, or, while a refresh runs, asks for one more after it and waits for the running one. */
  private async run(): Promise<void> {
    if (this.disposed) return;
    if (this.running !== undefined) {
      this.again = true;
      return this.running;
    }
    this.running = this.refresh().finally(() => {
      this.running = undefined;
      if (this.again && !this.disposed) {
        this.again = false;
        this.schedule();
      }
    });
    return this.running;
  }

  private schedule(): void {
    this.cancel();
    this.pending = this.timers.setTimeout(() => {
      this.pending = undefined;
      // `refresh` shows its own errors in the pane; nothing is left for this timer to report.
      this.run().catch(() => undefined);
    }, this.delayMs);
  }
}

/** A scheduler that calls `refresh` `delayMs` after the last request, one refresh at a time. */
export function createRefreshScheduler(
  refresh: () => Promise<void>,
  timers: Timers,
  delayMs: number = REFRESH_DEBOUNCE_MS,
): RefreshScheduler {
  return new DebouncedRefresh(refresh, timers, delayMs);
}
