/**
 * Events: WorksheetCollection.onChanged / onAdded / onDeleted / onNameChanged and Worksheet.onChanged.
 * A handler added with `add()` is registered at the context's next sync, as in Office.js. Changes are
 * delivered asynchronously after the request (or user action) that made them: `source` is Local for the
 * person at this Excel and for the context's own changes (then `triggerSource` is ThisLocalAddin), Remote
 * for other request contexts (co-authors).
 */
import { formatRect } from "./address";
import type { ChangeRecord } from "./changes";
import type { SimRequestContext } from "./context";
import type { Exec } from "./exec";
import type { SimRange } from "./range";

/** What a handler listens to: one sheet, or every sheet of the workbook. */
export type EventScope = { readonly kind: "sheet"; readonly sheetId: string } | { readonly kind: "sheets" };
/** The events the simulator raises. */
export type EventName = "onChanged" | "onAdded" | "onDeleted" | "onNameChanged";
/** An event handler, as Office.js takes it. */
export type SimHandler = (args: SimEventArgs) => Promise<unknown>;

/** Event arguments (the fields of Excel's WorksheetChanged/Added/Deleted/NameChanged event args). */
export interface SimEventArgs {
  readonly type: "WorksheetChanged" | "WorksheetAdded" | "WorksheetDeleted" | "WorksheetNameChanged";
  readonly source: "Local" | "Remote";
  readonly worksheetId: string;
  readonly address?: string;
  readonly changeType?: string;
  readonly triggerSource?: "Unknown" | "ThisLocalAddin";
  readonly nameBefore?: string;
  readonly nameAfter?: string;
  /** WorksheetChanged only: the changed range, on the given context. */
  getRange?(ctx: SimRequestContext): SimRange;
}

interface Registration {
  readonly context: SimRequestContext;
  readonly scope: EventScope;
  readonly event: EventName;
  readonly handler: SimHandler;
}

const EVENT_OF: Readonly<Record<ChangeRecord["type"], EventName>> = {
  WorksheetChanged: "onChanged",
  WorksheetAdded: "onAdded",
  WorksheetDeleted: "onDeleted",
  WorksheetNameChanged: "onNameChanged",
};

function argsFor(
  change: ChangeRecord,
  source: "Local" | "Remote",
  triggerSource: "Unknown" | "ThisLocalAddin",
): SimEventArgs {
  if (change.type === "WorksheetChanged") {
    const address = formatRect(change.rect);
    return {
      type: change.type,
      source,
      triggerSource,
      worksheetId: change.sheetId,
      address,
      changeType: change.changeType,
      getRange: (ctx) => ctx.workbook.worksheets.getItem(change.sheetId).getRange(address),
    };
  }
  if (change.type === "WorksheetNameChanged") {
    return {
      type: change.type,
      source,
      worksheetId: change.sheetId,
      nameBefore: change.nameBefore,
      nameAfter: change.nameAfter,
    };
  }
  return { type: change.type, source, worksheetId: change.sheetId };
}

/** Registered handlers and the asynchronous delivery of events to them. */
export class EventHub {
  private registrations: Registration[] = [];
  private chain: Promise<void> = Promise.resolve();
  /** Errors thrown or rejected by handlers (Excel swallows them; tests can look). */
  readonly handlerErrors: unknown[] = [];
  /** Every event delivered, in order, with the id of the receiving context. */
  readonly delivered: Array<{ readonly contextId: number; readonly args: SimEventArgs }> = [];

  /** @internal Registers a handler (at the registering context's sync). */
  _register(registration: Registration): void {
    this.registrations.push(registration);
  }

  /** @internal Removes a handler of a context. */
  _unregister(context: SimRequestContext, handler: SimHandler): void {
    this.registrations = this.registrations.filter((r) => !(r.context === context && r.handler === handler));
  }

  /** Number of registered handlers. */
  get handlerCount(): number {
    return this.registrations.length;
  }

  /** @internal Delivers the events for `changes`, made by context `origin` (or by the user). */
  _publish(changes: readonly ChangeRecord[], origin: number | "user"): void {
    const batch: Array<{ registration: Registration; args: SimEventArgs }> = [];
    for (const change of changes) {
      const event = EVENT_OF[change.type];
      for (const registration of this.registrations) {
        if (registration.event !== event) continue;
        if (registration.scope.kind === "sheet" && registration.scope.sheetId !== change.sheetId) continue;
        const own = origin !== "user" && registration.context.id === origin;
        const source = origin === "user" || own ? "Local" : "Remote";
        batch.push({ registration, args: argsFor(change, source, own ? "ThisLocalAddin" : "Unknown") });
      }
    }
    if (batch.length === 0) return;
    this.chain = this.chain
      .then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
      .then(async () => {
        for (const { registration, args } of batch) {
          this.delivered.push({ contextId: registration.context.id, args });
          try {
            await registration.handler(args);
          } catch (e: unknown) {
            this.handlerErrors.push(e);
          }
        }
      });
  }

  /** Resolves once every event published so far was delivered and its handler finished. */
  idle(): Promise<void> {
    return this.chain;
  }
}

/** `OfficeExtension.EventHandlers`: `add` / `remove` take effect at the context's next sync. */
export class SimEventHandlers {
  constructor(
    private readonly context: SimRequestContext,
    private readonly event: EventName,
    private readonly scope: (exec: Exec) => EventScope,
  ) {}

  /** Registers `handler` at the next sync; returns an object whose `remove()` unregisters it. */
  add(handler: SimHandler): { context: SimRequestContext; remove(): void } {
    this.context._onNextSync((exec, hub) =>
      hub._register({ context: this.context, scope: this.scope(exec), event: this.event, handler }),
    );
    return { context: this.context, remove: () => this.remove(handler) };
  }

  /** Unregisters `handler` at the next sync. */
  remove(handler: SimHandler): void {
    this.context._onNextSync((_exec, hub) => hub._unregister(this.context, handler));
  }
}
