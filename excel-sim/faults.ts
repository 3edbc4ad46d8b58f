/**
 * Injected failures. A planned failure hits the k-th round trip from the moment it is planned, either
 * before anything is applied, or after the first n commands of the request were applied (Excel does not
 * roll back the commands that ran before a failing one). Cell-edit mode lives on the host (see user.ts).
 */
import type { SimErrorCode } from "./errors";

/** How a planned failure behaves. */
export type FaultMode =
  { readonly kind: "nothingApplied" } | { readonly kind: "afterCommands"; readonly applied: number };

/** A failure planned for one round trip. */
export interface PlannedFault {
  /** Host-wide round-trip index the failure hits. */
  readonly roundTrip: number;
  readonly mode: FaultMode;
  readonly code: SimErrorCode;
}

/** The failures still to happen. */
export class Faults {
  private planned: PlannedFault[] = [];

  /** @internal Plans a failure for round trip `roundTrip` (absolute). */
  _plan(fault: PlannedFault): void {
    this.planned.push(fault);
  }

  /** @internal The failure planned for this round trip, if any (used up). */
  _take(roundTrip: number): PlannedFault | undefined {
    const index = this.planned.findIndex((f) => f.roundTrip === roundTrip);
    if (index < 0) return undefined;
    const [fault] = this.planned.splice(index, 1);
    return fault;
  }

  /** Failures planned and not yet hit. */
  get pending(): readonly PlannedFault[] {
    return this.planned;
  }

  /** Cancels every planned failure. */
  clear(): void {
    this.planned = [];
  }
}
