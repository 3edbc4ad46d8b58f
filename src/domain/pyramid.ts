/**
 * The Influence Pyramid figures: how many actions sit at each level, and whether the plan is top-heavy
 * (DESIGN §1: most effort belongs at the lower levels; a problem at one level is solved below it).
 */
import { isCountedAction } from "./counted-rows";
import { PYRAMID_LEVELS, type Action, type PyramidLevel } from "./plan";

/** Number of actions at each pyramid level, 1 (bottom) to 6 (top). */
export type ActionsPerLevel = Readonly<Record<PyramidLevel, number>>;

/** Actions with *action* filled and status not cancelled, counted per level; actions without a level count nowhere. */
export function actionsPerLevel(actions: readonly Action[]): ActionsPerLevel {
  const counts: Record<PyramidLevel, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 };
  for (const action of actions) {
    if (isCountedAction(action) && action.status !== "cancelled" && action.level !== null) counts[action.level] += 1;
  }
  return counts;
}

/** Whether levels 5 + 6 hold more actions than levels 1–4 together (so at least one action sits at 5–6). */
export function isTopHeavy(perLevel: ActionsPerLevel): boolean {
  const top = perLevel[5] + perLevel[6];
  const bottom = PYRAMID_LEVELS.filter((level) => level <= 4).reduce((sum, level) => sum + perLevel[level], 0);
  return top > bottom;
}
