/**
 * readPlan is total: whatever a shared workbook holds — any value in any cell, names and tables deleted or
 * invented, headers scrambled — it returns a plan the domain can trust and findings the catalogue can say,
 * and never throws.
 */
import fc from "fast-check";
import { validatePlan } from "../../src/domain/validation";
import { t } from "../../src/i18n/messages";
import { readPlan, type PlanReading } from "../../src/layout/read-plan";
import { CLIENT_TABLE_KINDS, columnHeader, CLIENT_TABLES } from "../../src/layout/table-columns";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import {
  CLIENT_NAME_STEMS,
  CLIENT_TABLE_STEMS,
  PORTFOLIO_TABLE,
  WORKBOOK_NAMES,
} from "../../src/layout/workbook-names";
import type { NameState, StateValue, TableState, WorkbookState } from "../../src/layout/workbook-state";
import { aPlan, richClient, aClient } from "./plan-fixtures";
import { stateOfSpec } from "./read-plan-fixtures";

/** Fixed seed and run count: the same cases on every run (tests are deterministic). */
const RUNS = { numRuns: 200, seed: 20_271_231 };

const TRICKY_TEXTS = [
  "",
  " ",
  "sí",
  "no",
  "pendiente",
  "done",
  "4",
  "4 Escuchar y aprender",
  "15/03/2027",
  "2027-02-30",
  "=1+1",
  "#N/A",
  "#REF!",
  "__proto__",
  "constructor",
  "toString",
  "es",
  "en",
];

/** Any value Range.values can report, with a bias towards the ones the reader treats specially. */
const stateValue: fc.Arbitrary<StateValue> = fc.oneof(
  fc.constantFrom(...TRICKY_TEXTS),
  fc.string({ maxLength: 30 }),
  fc.double(),
  fc.integer({ min: -5, max: 3_000_000 }),
  fc.boolean(),
);

const IDS = ["rich0001", "beta0001", "zzzz0000", "Rich0001", "bad", "1abcdefg"];
const ALL_STEMS = [...Object.values(CLIENT_NAME_STEMS), ...Object.values(CLIENT_TABLE_STEMS)];
const identifier = fc.oneof(
  fc.tuple(fc.constantFrom(...ALL_STEMS), fc.constantFrom(...IDS)).map(([stem, id]) => `${stem}_${id}`),
  fc.constantFrom(...Object.values(WORKBOOK_NAMES), PORTFOLIO_TABLE, "vamNombre_", "_", "Hoja1"),
  fc.string({ maxLength: 20 }),
);
const KNOWN_HEADERS = CLIENT_TABLE_KINDS.flatMap((kind) =>
  CLIENT_TABLES[kind].columns.flatMap((column) => [
    columnHeader(kind, column.key, "es"),
    columnHeader(kind, column.key, "en"),
  ]),
);
const header = fc.oneof(fc.constantFrom(...KNOWN_HEADERS, "Id", "Cliente"), fc.string({ maxLength: 12 }));
const row = fc.array(stateValue, { maxLength: 14 });

const anyName: fc.Arbitrary<NameState> = fc.record(
  {
    name: identifier,
    sheetName: fc.constantFrom("Hoja1", "Rica · Ver", "gone"),
    formula: fc.string({ maxLength: 10 }),
    values: fc.array(fc.array(stateValue, { maxLength: 2 }), { maxLength: 2 }),
  },
  { requiredKeys: ["name", "formula"] },
);
const anyTable: fc.Arbitrary<TableState> = fc.record({
  name: identifier,
  sheetName: fc.constantFrom("Hoja1", "Rica · Ver", "gone"),
  headers: fc.array(header, { maxLength: 14 }),
  rows: fc.array(row, { maxLength: 4 }),
});
const anyState: fc.Arbitrary<WorkbookState> = fc
  .record({
    sheets: fc.array(
      fc.record({
        name: fc.constantFrom("Hoja1", "Rica · Ver", "Cartera"),
        visibility: fc.constantFrom("visible", "hidden", "veryHidden") as fc.Arbitrary<
          "visible" | "hidden" | "veryHidden"
        >,
        position: fc.integer({ min: -1, max: 5 }),
      }),
      { maxLength: 4 },
    ),
    tables: fc.array(anyTable, { maxLength: 6 }),
    names: fc.array(anyName, { maxLength: 30 }),
  })
  .map((state) => {
    // Names and tables refer to Hoja1 and Rica · Ver, which exist, or to "gone", which does not: an id all of
    // whose names refer to no sheet is a leftover holding nothing, not a client (read-leftovers.ts).
    const missing = ["Hoja1", "Rica · Ver"].filter((name) => !state.sheets.some((sheet) => sheet.name === name));
    const added = missing.map((name, i) => ({
      name,
      visibility: "visible" as const,
      position: state.sheets.length + i,
    }));
    return { ...state, sheets: [...state.sheets, ...added] };
  });

const BASE = stateOfSpec(
  buildWorkbookSpec(aPlan([richClient("rich0001", "Rica"), aClient("beta0001", "Beta", { knowledge: 3 })])),
);

/** The real workbook's state with cells overwritten, names and tables dropped and headers shuffled. */
const damagedState: fc.Arbitrary<WorkbookState> = fc
  .record({
    seed: fc.array(stateValue, { minLength: 1, maxLength: 50 }),
    every: fc.integer({ min: 1, max: 7 }),
    dropNames: fc.array(fc.nat(BASE.names.length - 1), { maxLength: 10 }),
    dropTables: fc.array(fc.nat(BASE.tables.length - 1), { maxLength: 4 }),
    reverseHeaders: fc.boolean(),
  })
  .map(({ seed, every, dropNames, dropTables, reverseHeaders }) => {
    let n = 0;
    const next = (cell: StateValue): StateValue => (n++ % every === 0 ? (seed[n % seed.length] as StateValue) : cell);
    return {
      sheets: BASE.sheets,
      tables: BASE.tables
        .filter((_table, index) => !dropTables.includes(index))
        .map((table) => ({
          ...table,
          headers: reverseHeaders ? [...table.headers].reverse() : table.headers,
          rows: table.rows.map((cells) => cells.map(next)),
        })),
      names: BASE.names
        .filter((_name, index) => !dropNames.includes(index))
        .map((name) => (name.values === undefined ? name : { ...name, values: [[next(name.values[0]?.[0] ?? "")]] })),
    };
  });

/** What the read plan may still break: names a user left blank or repeated, text too long for a cell. */
function allowedIssue(issue: { code: string; path: string }): boolean {
  if (["validation.nameRequired", "validation.nameDuplicate", "validation.textTooLong"].includes(issue.code))
    return true;
  // A snapshot row whose date is blank keeps date "" (the domain's trust trend skips it).
  return /scoreHistory\[\d+\]\.date$/.test(issue.path);
}

function checkReading(reading: PlanReading, state: WorkbookState): void {
  expect(reading.clients.map((client) => client.id)).toEqual(reading.plan.clients.map((client) => client.id));
  expect(validatePlan(reading.plan).issues.filter((issue) => !allowedIssue(issue))).toEqual([]);
  for (const finding of reading.structure) {
    expect(() => t(finding.code, "es", { what: finding.what ?? "", value: finding.value ?? "" })).not.toThrow();
  }
  reading.clients.forEach((client, index) => {
    for (const [kind, offsets] of Object.entries(client.tableRowOffsets)) {
      const rows = (reading.plan.clients[index] as unknown as Record<string, unknown[]>)[kind] ?? [];
      expect(offsets).toHaveLength(rows.length);
      const table = state.tables.find(
        (candidate) =>
          candidate.name.toUpperCase() ===
          `${CLIENT_TABLE_STEMS[kind as keyof typeof CLIENT_TABLE_STEMS]}_${client.id}`.toUpperCase(),
      );
      offsets.forEach((offset, i) => {
        expect(offset).toBeLessThan(table?.rows.length ?? 0);
        if (i > 0) expect(offset).toBeGreaterThan(offsets[i - 1] as number);
      });
    }
  });
}

describe("readPlan on any workbook", () => {
  it("given the real workbook with any values in any cells and parts deleted, it reads a valid plan and never throws", () => {
    let findings = 0;
    fc.assert(
      fc.property(damagedState, (state) => {
        const reading = readPlan(state);
        checkReading(reading, state);
        findings += reading.structure.length;
      }),
      RUNS,
    );
    expect(findings).toBeGreaterThan(RUNS.numRuns);
  });

  it("given a state made of random names, tables, headers and values, it reads a valid plan and never throws", () => {
    let withClients = 0;
    fc.assert(
      fc.property(anyState, (state) => {
        const reading = readPlan(state);
        checkReading(reading, state);
        if (reading.plan.clients.length > 0) withClients++;
      }),
      RUNS,
    );
    // The generator must reach the interesting part: states that do hold clients.
    expect(withClients).toBeGreaterThan(RUNS.numRuns / 10);
  });
});
