/**
 * The simulated Excel host: one workbook, the request contexts talking to it, and what happens to a
 * request on its way in (latency, cell-edit mode, payload limit, planned faults) and while it runs.
 *
 * When a command of a request fails, the commands before it stay applied and the rest are not run, and
 * no loaded value is handed back. Microsoft's docs do not promise a rollback anywhere (sync() "runs the
 * queued commands"), and Office.js's own cleanup sync in Excel.run assumes earlier work persisted; the
 * simulator therefore never rolls back.
 */
import type { ChangeRecord } from "./changes";
import { SimRequestContext } from "./context";
import { isSimError, SimError, type SimErrorCode } from "./errors";
import { EventHub } from "./events";
import { utf8Length, type Exec } from "./exec";
import { asExcelContext } from "./excel-types";
import { Faults, type FaultMode } from "./faults";
import { Instrumentation, type RequestRecord } from "./instrumentation";
import type { Command } from "./proxy";
import { SimObject } from "./proxy";
import { SimUser } from "./user";
import { emptyWorkbook, type WorkbookModel } from "./workbook-model";

/** Serializes command arguments; proxies travel as their object path, as Office.js sends object ids. */
function commandJson(commands: readonly Command[]): string {
  const wire = commands.map((c) => ({ path: c.path, op: c.op, args: c.args }));
  return JSON.stringify(wire, function (this: Record<string, unknown>, key: string, value: unknown) {
    const original = this[key];
    return original instanceof SimObject ? { ref: original._path } : value;
  });
}

/** Options of a new simulated host. */
export interface SimHostOptions {
  /** Name of the first sheet of the blank workbook (Excel: `Sheet1`). */
  readonly firstSheetName?: string;
}

/** One simulated Excel with one workbook. */
export class SimHost {
  /** @internal The workbook itself; read it through `snapshot()` or the API, change it through the API or `user`. */
  readonly workbook: WorkbookModel;
  readonly instrumentation = new Instrumentation();
  readonly faults = new Faults();
  readonly events = new EventHub();
  /** Acts as a person in Excel: typing, renaming sheets, cell-edit mode... */
  readonly user: SimUser;
  /** While true, every request fails with InvalidOperationInCellEditMode and nothing is applied. */
  cellEditMode = false;
  private nextContextId = 1;

  constructor(options: SimHostOptions = {}) {
    this.workbook = emptyWorkbook(options.firstSheetName);
    this.user = new SimUser(this);
  }

  /** A new request context on this workbook (e.g. a second co-author). */
  createContext(): SimRequestContext {
    return new SimRequestContext(this, this.nextContextId++);
  }

  /**
   * `Excel.run`: runs `batch` with a new context, then syncs once more, as Office.js does, so commands queued
   * after the batch's last sync still run. `batch` must return a promise (RunMustReturnPromise).
   */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = this.createContext();
    const pending: unknown = batch(asExcelContext(context));
    if (typeof (pending as { then?: unknown } | null)?.then !== "function") throw new SimError("RunMustReturnPromise");
    const result = await (pending as Promise<T>);
    await context.sync();
    return result;
  }

  /** Makes the k-th round trip from now (1 = the next one) fail, before or after some of its commands. */
  failSync(k: number, mode: FaultMode = { kind: "nothingApplied" }, code: SimErrorCode = "GeneralException"): void {
    this.faults._plan({ roundTrip: this.instrumentation.roundTrips + k, mode, code });
  }

  /** @internal A fresh execution state for a request of `contextId`. */
  _newExec(contextId: number): Exec {
    return { workbook: this.workbook, log: [], deliveries: [], touched: new Set(), responseBytes: 0, contextId };
  }

  /** @internal Publishes changes made outside a request (the user). */
  _publish(changes: readonly ChangeRecord[], origin: number | "user"): void {
    this.events._publish(changes, origin);
  }

  /** @internal One `context.sync()`: registers pending handlers, then makes a round trip if anything is queued. */
  async _sync(
    context: SimRequestContext,
    commands: Command[],
    ops: Array<(exec: Exec, hub: EventHub) => void>,
  ): Promise<void> {
    this.instrumentation.syncCalls += 1;
    if (ops.length > 0) {
      const exec = this._newExec(context.id);
      ops.forEach((op) => op(exec, this.events));
      exec.touched.forEach((o) => o._settle());
    }
    if (commands.length === 0) return;
    const record: RequestRecord = {
      index: this.instrumentation.roundTrips + 1,
      contextId: context.id,
      commands: commands.length,
      requestBytes: utf8Length(commandJson(commands)),
      responseBytes: 0,
      outcome: "ok",
    };
    this.instrumentation.requests.push(record);
    const latency = this.instrumentation.latencyMs;
    if (latency > 0) {
      this.instrumentation.simulatedLatencyMs += latency;
      await this.instrumentation.sleep(latency);
    }
    try {
      this.execute(context, commands, record);
    } catch (e: unknown) {
      if (isSimError(e)) record.outcome = e.code;
      throw e;
    }
  }

  private execute(context: SimRequestContext, commands: readonly Command[], record: RequestRecord): void {
    if (this.cellEditMode) throw new SimError("InvalidOperationInCellEditMode");
    const limit = this.instrumentation.payloadLimitBytes;
    if (record.requestBytes > limit) {
      throw new SimError("RequestPayloadSizeLimitExceeded", { detail: `${record.requestBytes} bytes > ${limit}` });
    }
    const fault = this.faults._take(record.index);
    if (fault?.mode.kind === "nothingApplied") throw new SimError(fault.code, { detail: "injected fault" });
    const stopAt = fault?.mode.kind === "afterCommands" ? fault.mode.applied : Infinity;
    const exec = this._newExec(context.id);
    try {
      commands.forEach((command, i) => {
        if (i >= stopAt && fault)
          throw new SimError(fault.code, { detail: "injected fault", location: command.location });
        try {
          command.run(exec);
        } catch (e: unknown) {
          throw isSimError(e) ? e.at(command.location, `${command.path}.${command.op}`) : e;
        }
      });
    } finally {
      this.events._publish(exec.log, context.id);
    }
    record.responseBytes = exec.responseBytes;
    if (exec.responseBytes > limit) {
      throw new SimError("ResponsePayloadSizeLimitExceeded", { detail: `${exec.responseBytes} bytes > ${limit}` });
    }
    exec.deliveries.forEach((deliver) => deliver());
    exec.touched.forEach((o) => o._settle());
  }
}

/** The simulator's `Excel.run`, typed so code written against `Excel.RequestContext` runs on it. */
export type SimExcel = Pick<SimHost, "run">;

/** A new simulated Excel with a blank workbook. */
export function createSimExcel(options: SimHostOptions = {}): SimHost {
  return new SimHost(options);
}
