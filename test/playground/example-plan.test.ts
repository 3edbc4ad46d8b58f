import { readFileSync } from "node:fs";
import { join } from "node:path";
import { healthCheck } from "../../src/domain/health-check";
import { validatePlan } from "../../src/domain/validation";
import { exampleChangeSet } from "../../src/playground/example-load";
import { examplePlan } from "../../src/playground/example-plan";

const CSV = readFileSync(join(__dirname, "..", "..", "examples", "clientes.csv"), "utf8");
let seed = 1;
/** Deterministic bytes: the ids only need to be valid and distinct. */
const bytes = (n: number) =>
  Uint8Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 256);

describe("examplePlan", () => {
  const today = "2026-11-25";
  const plan = examplePlan(CSV, today, bytes);

  it("holds every client of examples/clientes.csv and is a valid plan", () => {
    expect(plan.clients).toHaveLength(10);
    expect(validatePlan(plan)).toEqual({ ok: true, issues: [] });
    expect([plan.year, plan.targetScore, plan.language]).toEqual([2027, 9, "es"]);
  });

  it("gives the review something of every kind to show, whatever the date", () => {
    const codes = new Set(healthCheck(plan, today).map((f) => f.code));
    for (const code of [
      "health.actionOverdue",
      "health.topHeavy",
      "health.commitmentsMissed",
      "health.missingKnowledge",
      "health.notTalkedThrough",
      "health.actionWithoutOwner",
    ]) {
      expect([code, codes.has(code)]).toEqual([code, true]);
    }
  });
});

describe("exampleChangeSet", () => {
  it("adds every sheet, then every name, with each sheet key mapped to its name", () => {
    const plan = examplePlan(CSV, "2026-11-25", bytes);
    const changes = exampleChangeSet(plan);
    const kinds = changes.changes.map((c) => c.kind);
    expect(kinds.slice(0, -1).every((k) => k === "addSheet")).toBe(true);
    expect(kinds[kinds.length - 1]).toBe("addNames");
    expect(changes.sheetNames["portfolio"]).toBe("Cartera");
    expect(Object.keys(changes.sheetNames)).toHaveLength(kinds.length - 1);
  });
});
