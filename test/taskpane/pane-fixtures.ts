/** Builders for task-pane view-model tests: pane data computed by the real domain from a small plan. */
import { healthCheck } from "../../src/domain/health-check";
import type { IsoDate, Plan } from "../../src/domain/plan";
import { portfolioFigures } from "../../src/domain/portfolio";
import { DECEMBER_PANE_MESSAGES } from "../../src/taskpane/december-chunk";
import { addPaneMessages } from "../../src/taskpane/pane-messages";
import type { PaneData } from "../../src/taskpane/pane-services";
import { VIEWS_PANE_MESSAGES } from "../../src/taskpane/views-chunk";

/** The day every pane fixture is computed for. */
export const TODAY: IsoDate = "2027-03-01";

/** What the pane would read for `plan` on TODAY (figures and findings from the domain). */
export function paneDataOf(plan: Plan, today: IsoDate = TODAY): PaneData {
  return {
    plan,
    figures: portfolioFigures(plan, today),
    findings: healthCheck(plan, today),
    today,
    incomplete: [],
    structure: [],
  };
}

/** Adds the messages the pane's chunks bring when they load (views and December), as the pane does then. */
export function loadChunkMessages(): void {
  addPaneMessages(VIEWS_PANE_MESSAGES);
  addPaneMessages(DECEMBER_PANE_MESSAGES);
}
