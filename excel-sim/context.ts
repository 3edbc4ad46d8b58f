/**
 * `Excel.RequestContext`: a queue of commands per context, sent to the host by `sync()`. Several contexts
 * can share one host (co-authoring); each has its own queue, and their requests apply in the order they
 * reach the host.
 */
import type { EventHub } from "./events";
import type { Exec } from "./exec";
import type { SimHost } from "./host";
import type { Command } from "./proxy";
import { SimWorkbook, type SimApplication } from "./workbook";

/** A request context on a simulated workbook. */
export class SimRequestContext {
  /** Host-wide id of this context (event arguments and records refer to it). */
  readonly id: number;
  /** The workbook, through proxies bound to this context. */
  readonly workbook: SimWorkbook;
  /** Same as `workbook.application`. */
  readonly application: SimApplication;
  /** Objects are tracked automatically in the simulator; these are accepted and do nothing. */
  readonly trackedObjects = { add(_objects: unknown): void {}, remove(_objects: unknown): void {} };
  private queue: Command[] = [];
  private nextSyncOps: Array<(exec: Exec, hub: EventHub) => void> = [];

  constructor(
    private readonly host: SimHost,
    id: number,
  ) {
    this.id = id;
    this.workbook = new SimWorkbook(this);
    this.application = this.workbook.application;
  }

  /** The statements queued and not yet synced (`OfficeExtension.RequestContextDebugInfo`). */
  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this.queue.map((c) => `${c.path}.${c.op}`) };
  }

  /** @internal Queues a command for the next sync. */
  _enqueue(command: Command): void {
    this.queue.push(command);
  }

  /** @internal Runs `op` at the next sync, even one without commands (event handler registration). */
  _onNextSync(op: (exec: Exec, hub: EventHub) => void): void {
    this.nextSyncOps.push(op);
  }

  /** Sends the queued commands in one request and waits for it; resolves to `passThroughValue`. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const commands = this.queue;
    const ops = this.nextSyncOps;
    this.queue = [];
    this.nextSyncOps = [];
    await this.host._sync(this, commands, ops);
    return passThroughValue as T;
  }
}
