/**
 * Packs steps into requests: in order, each request as full as the budget allows, every request that
 * writes opening with `suspendApiCalculationUntilNextSync`. A step too big for one request (a large table
 * body, many appended rows) is first cut into row bands. Excel on the web refuses a request over 5 MB
 * (RequestPayloadSizeLimitExceeded, resource-limits-and-performance-optimization.md); the budget stays
 * under it so the size model's error has room.
 */
import { stepBytes } from "./step-size";
import type { CellInput, Step } from "./steps";

/** Bytes a request may carry by default: 4 MB, a fifth under Excel on the web's 5 MB limit. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** One request: its steps and their estimated bytes. */
export interface PlannedRequest {
  readonly steps: readonly Step[];
  readonly bytes: number;
}

/** A step's rows split in two, for row banding; `null` when the step cannot be cut. */
function halve(step: Step): [Step, Step] | null {
  const cut = <T extends { formulas: CellInput[][] }>(s: T): [T, T] => {
    const middle = Math.ceil(s.formulas.length / 2);
    return [
      { ...s, formulas: s.formulas.slice(0, middle) },
      { ...s, formulas: s.formulas.slice(middle) },
    ];
  };
  if (step.kind === "write" && step.formulas.length > 1) {
    const [top, bottom] = cut(step);
    const topRows = top.formulas.length;
    return [
      { ...top, range: { ...step.range, rows: topRows } },
      { ...bottom, range: { ...step.range, row: step.range.row + topRows, rows: bottom.formulas.length } },
    ];
  }
  if (step.kind === "appendRows" && step.formulas.length > 1) return cut(step);
  if (step.kind === "fillRows" && step.formulas.length > 1) {
    const [top, bottom] = cut(step);
    return [top, { ...bottom, firstRow: step.firstRow + top.formulas.length }];
  }
  return null;
}

/** Cuts a step into bands of at most `maxBytes` each (when it can be cut). */
export function splitStep(step: Step, maxBytes: number): Step[] {
  if (stepBytes(step) <= maxBytes) return [step];
  const halves = halve(step);
  if (halves === null) return [step];
  return [...splitStep(halves[0], maxBytes), ...splitStep(halves[1], maxBytes)];
}

function isWrite(step: Step): boolean {
  return !["activate", "selectTableCell", "selectNamedCell", "suspendCalculation"].includes(step.kind);
}

/**
 * Requests for `steps` under `budget` bytes each. A step that still does not fit once banded is misuse of
 * the adapter (e.g. one cell of many megabytes) and throws.
 */
export function packRequests(steps: readonly Step[], budget = REQUEST_BUDGET_BYTES): PlannedRequest[] {
  const suspend: Step = { kind: "suspendCalculation" };
  const suspendBytes = stepBytes(suspend);
  const bandBytes = Math.floor(budget / 8);
  const requests: PlannedRequest[] = [];
  // A request is one JSON array of calls: one byte more than its calls (brackets, less a comma).
  const frame = 1;
  let current: Step[] = [];
  let bytes = frame;
  const flush = (): void => {
    if (current.length > 0) requests.push({ steps: current, bytes });
    current = [];
    bytes = frame;
  };
  for (const step of steps.flatMap((s) => splitStep(s, bandBytes))) {
    const size = stepBytes(step);
    const opening = current.length === 0 && isWrite(step) ? suspendBytes : 0;
    if (frame + opening + size > budget)
      throw new Error(`one step of ${size} bytes does not fit in a ${budget}-byte request`);
    if (bytes + size > budget) flush();
    if (current.length === 0 && isWrite(step)) {
      current.push(suspend);
      bytes += suspendBytes;
    }
    current.push(step);
    bytes += size;
  }
  flush();
  return requests;
}
