/**
 * The portfolio by direction (DESIGN §1: our clients, our manager, our peers, our team): how many active
 * plans each direction has, how many are red, and their overdue actions — what Cartera's per-direction
 * block shows. Archived clients count nowhere.
 */
import type { Direction } from "./plan";

/** Figures of one direction. */
export interface DirectionFigures {
  /** Active (not archived) clients of this direction. */
  readonly clients: number;
  /** Of those, clients whose status is red. */
  readonly red: number;
  /** Overdue actions of those clients. */
  readonly overdueActions: number;
}

/** Every direction, in the order the lists and the workbook show them. */
export const DIRECTIONS: readonly Direction[] = ["client", "manager", "peers", "team"];

/** What one portfolio row contributes to its direction. */
export interface DirectionRow {
  readonly direction: Direction;
  readonly archived: boolean;
  readonly red: boolean;
  readonly overdueActions: number;
}

/** The figures of each direction from the portfolio's rows. */
export function directionFigures(rows: readonly DirectionRow[]): Readonly<Record<Direction, DirectionFigures>> {
  const totals = Object.fromEntries(DIRECTIONS.map((d) => [d, { clients: 0, red: 0, overdueActions: 0 }])) as Record<
    Direction,
    { clients: number; red: number; overdueActions: number }
  >;
  for (const row of rows) {
    if (row.archived) continue;
    const total = totals[row.direction];
    total.clients += 1;
    if (row.red) total.red += 1;
    total.overdueActions += row.overdueActions;
  }
  return totals;
}
