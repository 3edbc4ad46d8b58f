/**
 * "Nothing typed is dropped" (issue 5): a plan with every input cell filled is built, written to .xlsx and
 * rolled over through the command line's code path; both files are read back the way the add-in reads a
 * workbook, and every value the plan held is found either in the new year's file (if carried) or in last
 * year's untouched file (if not) — value by value, with a diff on failure.
 */
import type { Client, PlanLanguage } from "../../src/domain/plan";
import { closingPeriod } from "../../src/i18n/report-text";
import { readPlan, type PlanReading } from "../../src/layout/read-plan";
import { CLIENT_TABLES, CLIENT_TABLE_KINDS, type FieldValue } from "../../src/layout/table-columns";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { CLIENT_NAME_STEMS, type ClientCellKind } from "../../src/layout/workbook-names";
import { readWorkbookState } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { runInMemory, type CliRun } from "./cli-fixtures";
import { accountForValues, factDiff, planFacts } from "./rollover-facts";
import { CLOSING_DATE, expectedNextPlan, fullPlan } from "./rollover-fixtures";

/** Each named input cell's value in the domain (anchors hold the sheet title, which nobody types). */
const NAMED_CELL_VALUE: Readonly<Record<Exclude<ClientCellKind, `anchor${string}`>, (c: Client) => unknown>> = {
  name: (c) => c.name,
  owner: (c) => c.owner,
  sector: (c) => c.sector,
  direction: (c) => c.direction,
  kind: (c) => c.kind,
  state: (c) => c.state,
  knowledge: (c) => c.knowledge,
  trust: (c) => c.trust,
  knowledgeEvidence: (c) => c.knowledgeEvidence,
  trustEvidence: (c) => c.trustEvidence,
  credibility: (c) => c.trustFactors.credibility,
  reliability: (c) => c.trustFactors.reliability,
  intimacy: (c) => c.trustFactors.intimacy,
  selfOrientation: (c) => c.trustFactors.selfOrientation,
  profile: (c) => c.profile,
  reviewCadence: (c) => c.agreement.reviewCadence,
  sponsorReceives: (c) => c.agreement.sponsorReceives,
  teamReceives: (c) => c.agreement.teamReceives,
  confidentialMatters: (c) => c.agreement.confidentialMatters,
};

async function readBack(bytes: Uint8Array | undefined): Promise<PlanReading> {
  if (bytes === undefined) throw new Error("file missing");
  return readPlan(await readWorkbookState(bytes));
}

describe.each<PlanLanguage>(["es", "en"])(
  "vam-plan rollover on a plan with every input cell filled (%s)",
  (language) => {
    const { plan, clients } = fullPlan(language);
    let oldBytes: Uint8Array;
    let copyOfInput: Uint8Array;
    let run: CliRun;
    let before: PlanReading;
    let after: PlanReading;

    beforeAll(async () => {
      oldBytes = await writeWorkbook(buildWorkbookSpec(plan));
      copyOfInput = Uint8Array.from(oldBytes);
      const argv = ["rollover", "--in", "plan.xlsx", "--out", "next.xlsx", "--closing-date", CLOSING_DATE];
      run = await runInMemory(argv, { files: { "plan.xlsx": copyOfInput } });
      before = await readBack(copyOfInput);
      after = await readBack(run.written.get("next.xlsx"));
    });

    it("the fixture fills every named input cell, every input column of every per-client table in some row, and both owner tables", () => {
      const blanks: string[] = [];
      if ((plan.extraClientOwners ?? []).length === 0) blanks.push("Cartera's owner table: no typed row");
      for (const client of plan.clients) {
        if ((client.extraOwners ?? []).length === 0) blanks.push(`${client.id} Medir's owner table: no typed row`);
        for (const [kind, value] of Object.entries(NAMED_CELL_VALUE)) {
          const filled = value(client);
          if (filled === null || filled === "") blanks.push(`${client.id} ${kind}`);
        }
        for (const kind of CLIENT_TABLE_KINDS) {
          const rows = CLIENT_TABLES[kind].rowsOf(client) as readonly unknown[];
          if (rows.length < 2) blanks.push(`${client.id} ${kind}: fewer than 2 rows`);
          for (const column of CLIENT_TABLES[kind].columns) {
            if (column.read === undefined) continue;
            const values: FieldValue[] = rows.map((row) => (column.read as (r: unknown) => FieldValue)(row));
            // Some rows leave a cell blank on purpose (an unreviewed commitment, an unmeasured quarter).
            if (values.every((v) => v === null || v === "")) blanks.push(`${client.id} ${kind}.${column.key}`);
            if (column.key === "confidential" && !values.includes(true)) blanks.push(`${client.id} ${kind} flags none`);
          }
        }
      }
      expect(blanks).toEqual([]);
      expect(Object.keys(NAMED_CELL_VALUE).length).toBe(Object.keys(CLIENT_NAME_STEMS).length - 3);
    });

    it("runs through the command line: exit 0, only the new file written, last year's bytes untouched", () => {
      expect([run.code, run.stderr]).toEqual([0, ""]);
      expect([...run.written.keys()]).toEqual(["next.xlsx"]);
      expect(Buffer.from(copyOfInput).equals(Buffer.from(oldBytes))).toBe(true);
    });

    it("last year's file still holds every value of the plan, read back exactly", () => {
      expect(before.structure).toEqual([]);
      expect(factDiff(planFacts(plan), planFacts(before.plan))).toEqual([]);
    });

    it("every typed value is in the new file where it is carried, or in last year's file where it is not", () => {
      const account = accountForValues(clients, planFacts(before.plan), planFacts(after.plan));
      expect(account.problems).toEqual([]);
      // Both places are really used: carried values and values only last year's file keeps.
      expect(account.carried).toBeGreaterThan(200);
      expect(account.inOldFile).toBeGreaterThan(100);
    });

    it("the new file holds exactly the carried rows, the reset indicators and the closing snapshot — nothing else", () => {
      const expected = expectedNextPlan(plan, clients, closingPeriod(plan.year, language));
      expect(after.structure).toEqual([]);
      expect(factDiff(planFacts(expected), planFacts(after.plan))).toEqual([]);
    });
  },
);
