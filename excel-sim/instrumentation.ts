/**
 * What the simulator measures and injects per round trip: sync counts, request and response bytes, the
 * payload limit, and latency. Tests assert on these numbers (e.g. "the plan is read in one sync").
 */
import type { SimErrorCode } from "./errors";

/**
 * Excel on the web's payload limit for requests and responses: "5MB" (resource-limits-and-performance-
 * optimization.md). 5,000,000 bytes is the stricter reading, so code that fits here fits in Excel.
 */
export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5_000_000;

/** One round trip to the host: who sent it, how big it was, how it ended. */
export interface RequestRecord {
  /** 1-based, host-wide. */
  readonly index: number;
  readonly contextId: number;
  /** Queued commands in the request (property sets, method calls, loads). */
  readonly commands: number;
  /** UTF-8 length of the JSON-serialized commands with their arguments and values. */
  readonly requestBytes: number;
  /** UTF-8 length of the JSON of the values handed back (loads and results). */
  responseBytes: number;
  outcome: "ok" | SimErrorCode;
}

/** Resolves after `ms` milliseconds (setTimeout: browsers and Node alike). */
function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Counters, limits and injected latency of one simulated host. */
export class Instrumentation {
  /** Every round trip, in order. */
  readonly requests: RequestRecord[] = [];
  /** Every `context.sync()` call, including those with nothing queued (which make no round trip). */
  syncCalls = 0;
  /** Per-request (and per-response) payload limit, bytes. */
  payloadLimitBytes = DEFAULT_PAYLOAD_LIMIT_BYTES;
  /** Injected latency per round trip, milliseconds. */
  latencyMs = 0;
  /** Sum of injected latency so far, milliseconds (a modelled duration, independent of the wall clock). */
  simulatedLatencyMs = 0;
  /** How latency is waited for; tests may replace it (e.g. to record the waits or use fake timers). */
  sleep: (ms: number) => Promise<void> = defaultSleep;

  /** Round trips so far (the syncs that carried commands). */
  get roundTrips(): number {
    return this.requests.length;
  }

  /** Bytes sent in all requests so far. */
  get requestBytes(): number {
    return this.requests.reduce((sum, r) => sum + r.requestBytes, 0);
  }

  /** The largest request so far, bytes. */
  get largestRequestBytes(): number {
    return this.requests.reduce((max, r) => Math.max(max, r.requestBytes), 0);
  }

  /** Forgets the records (not the settings), e.g. between the arrange and act steps of a test. */
  reset(): void {
    this.requests.length = 0;
    this.syncCalls = 0;
    this.simulatedLatencyMs = 0;
  }
}
