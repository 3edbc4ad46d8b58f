import { reviewItems } from "../../src/taskpane/review-model";
import { aClient, anAction, aPlan } from "../support/plan-builders";
import { loadChunkMessages, paneDataOf } from "./pane-fixtures";

// These views' messages come with their chunk (src/taskpane/views-chunk.ts), added when it loads.
beforeAll(loadChunkMessages);

describe("reviewItems", () => {
  const client = aClient({
    name: "Acme",
    knowledge: null,
    trust: 6,
    actions: [anAction({ action: "Llamar al CFO", due: "2027-02-01", owner: "" })],
  });
  const { findings } = paneDataOf(aPlan([client]));

  it("puts urgent findings first, keeping plan order within a severity", () => {
    expect(reviewItems(findings, "es").map((i) => [i.severity, i.finding.code])).toEqual([
      ["high", "health.actionOverdue"],
      ["medium", "health.missingKnowledge"],
      ["medium", "health.actionWithoutOwner"],
    ]);
  });

  it("writes each finding as its catalogue sentence, with the severity label, in the language asked", () => {
    const [first] = reviewItems(findings, "en");
    expect(first?.text).toBe(
      "Acme: the action “Llamar al CFO” was due on 2027-02-01. Do it, move its date or cancel it.",
    );
    expect(first?.severityLabel).toBe("Urgent");
    expect(reviewItems(findings, "es")[0]?.severityLabel).toBe("Urgente");
  });

  it("given no findings, is empty", () => {
    expect(reviewItems([], "es")).toEqual([]);
  });
});
