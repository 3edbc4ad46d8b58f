/**
 * The read path end to end: plan → buildWorkbookSpec → writeWorkbook → readWorkbookState → readPlan gives
 * the plan back (modulo the documented normalisation: entirely blank table rows are not read back), with no
 * finding at all, in both plan languages and with hostile texts everywhere a user can type.
 */
import { writeFileSync } from "node:fs";
import type { Plan, PlanLanguage } from "../../src/domain/plan";
import { readPlan, type PlanReading } from "../../src/layout/read-plan";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { readWorkbookState } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { normalisedForReading, richPlan } from "../layout/read-plan-fixtures";
import { fixturePlans } from "../layout/plan-fixtures";
import { testOutputPath } from "../support/test-output-path";

async function roundTrip(plan: Plan, file: string): Promise<PlanReading> {
  const bytes = await writeWorkbook(buildWorkbookSpec(plan, { today: "2027-03-01" }));
  writeFileSync(testOutputPath("xlsx", "read", file), bytes);
  return readPlan(await readWorkbookState(bytes));
}

describe.each<PlanLanguage>(["es", "en"])("given a rich %s plan written to .xlsx and read back", (language) => {
  const plan = richPlan(language);
  let reading: PlanReading;

  beforeAll(async () => {
    reading = await roundTrip(plan, `rich-${language}.xlsx`);
  });

  it("the plan is the one written, field for field", () => {
    expect(reading.plan).toEqual(normalisedForReading(plan));
  });

  it("the normalisation only drops the entirely blank rows (so the test compares real content)", () => {
    const edge = normalisedForReading(plan).clients.find((client) => client.id === "edge0001");
    expect(edge?.services).toEqual([]);
    expect(edge?.actions).toHaveLength(1);
    expect(edge?.scoreHistory).toHaveLength(2);
  });

  it("nothing is reported: the writer's own workbook is structurally whole", () => {
    expect(reading.structure).toEqual([]);
  });

  it("each client's sheets, tables and names are all found, and its Cartera row is its position", () => {
    const spec = buildWorkbookSpec(plan);
    reading.clients.forEach((client, index) => {
      const sheets = spec.sheets.filter((sheet) => sheet.clientId === client.id).map((sheet) => sheet.name);
      expect([client.sheetNames.ver, client.sheetNames.ajustar, client.sheetNames.medir]).toEqual(sheets);
      expect(client.tables.missing).toEqual([]);
      expect(client.names.missing).toEqual([]);
      expect(client.portfolioRow).toBe(index);
    });
  });

  it("row offsets point each domain row at its table row, skipping the blank row of an empty table", () => {
    const rich = reading.clients.find((client) => client.id === "rich0001");
    expect(rich?.tableRowOffsets.actions).toEqual([0, 1]);
    const empty = reading.clients.find((client) => client.id === "arch0001");
    expect(empty?.tableRowOffsets.actions).toEqual([]);
  });
});

describe("given the layout's fixture plans", () => {
  it.each(fixturePlans("es").map(({ title, plan }) => [title, plan] as const))(
    "%s reads back unchanged",
    async (title, plan) => {
      const reading = await roundTrip(plan, `fixture-${title.replace(/\W+/g, "-")}.xlsx`);
      expect(reading.plan).toEqual(normalisedForReading(plan));
      expect(reading.structure).toEqual([]);
    },
  );
});
