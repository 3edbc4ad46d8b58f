/**
 * The WorkbookGateway over the Excel JavaScript API. `run` is `Excel.run` in the add-in and excel-sim's
 * `run` in tests, so the same code is proven on the simulator. Reads take one `context.sync()`; writes take
 * one per request of at most `requestBudgetBytes`, each opening with `suspendApiCalculationUntilNextSync`.
 */
import type { ChangeSet } from "../layout/workbook-changes";
import type { WorkbookState } from "../layout/workbook-state";
import { subscribeToChanges } from "./change-events";
import type { ApplyProgress, InspectRequest, WorkbookGateway } from "./gateway";
import { queueInspection, readInspection } from "./inspect";
import { changeSetSteps } from "./lower-changes";
import { packRequests, REQUEST_BUDGET_BYTES, type PlannedRequest } from "./pack-requests";
import { StepQueue } from "./queue-step";
import { toWorkbookError } from "./workbook-errors";
import type { ExcelRun } from "./excel-run";

export type { ExcelRun };

/** Options of the gateway. */
export interface OfficeGatewayOptions {
  /** Largest request the gateway sends, bytes (default 4 MB, under Excel on the web's 5 MB limit). */
  readonly requestBudgetBytes?: number;
}

/** What the last `apply` sent: the requests as planned, for diagnostics and benchmarks. */
export interface ApplyReport {
  readonly requests: readonly PlannedRequest[];
}

/** Reads and changes a workbook through the Excel JavaScript API. */
export class OfficeWorkbookGateway implements WorkbookGateway {
  private readonly budget: number;
  private lastApply: ApplyReport = { requests: [] };

  constructor(
    private readonly run: ExcelRun,
    options: OfficeGatewayOptions = {},
  ) {
    this.budget = options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES;
  }

  /** Sheets, tables and names (plus what `request` asks for) in exactly one `context.sync()`. */
  async inspect(request?: InspectRequest): Promise<WorkbookState> {
    try {
      return await this.run(async (context) => {
        const queued = queueInspection(context, request);
        await context.sync();
        return readInspection(queued);
      });
    } catch (e: unknown) {
      throw toWorkbookError(e);
    }
  }

  /** The requests `changes` would be sent as, without sending them. */
  plan(changes: ChangeSet): PlannedRequest[] {
    return packRequests(changeSetSteps(changes), this.budget);
  }

  /**
   * Applies the changes in order, one sync per planned request, all in one `Excel.run` (its final sync
   * finds nothing queued). A failed request stops the rest; what earlier requests did stays (Excel does not
   * roll back), which is why use cases write a client's completion marker last.
   */
  async apply(changes: ChangeSet, onProgress?: ApplyProgress): Promise<void> {
    const requests = this.plan(changes);
    this.lastApply = { requests };
    if (requests.length === 0) return;
    try {
      await this.run(async (context) => {
        await sendFrom(context, requests, 0, onProgress);
      });
    } catch (e: unknown) {
      throw toWorkbookError(e);
    }
  }

  /** What the last `apply` planned. */
  get lastApplyReport(): ApplyReport {
    return this.lastApply;
  }

  /** Calls `onChange` (debounce it yourself) when any worksheet changes; resolves to an unsubscribe. */
  subscribe(onChange: () => void): Promise<() => Promise<void>> {
    return subscribeToChanges(this.run, onChange);
  }
}

/**
 * Sends the requests one after another: each is queued whole, then synced once, and only then is the next
 * queued. The requests depend on each other (a table goes on a sheet an earlier request made) and each must
 * stay under the payload limit, so one sync per request is the least there can be.
 */
async function sendFrom(
  context: Excel.RequestContext,
  requests: readonly PlannedRequest[],
  index: number,
  onProgress?: ApplyProgress,
): Promise<void> {
  const request = requests[index];
  if (request === undefined) return;
  const queue = new StepQueue(context);
  request.steps.forEach((step) => queue.queue(step));
  await context.sync();
  onProgress?.(index + 1, requests.length);
  await sendFrom(context, requests, index + 1, onProgress);
}
