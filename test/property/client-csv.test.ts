/**
 * CSV import under random input: well-formed files from random client rows come back exactly as written,
 * on their physical lines; any text at all never crashes the parser, and every record after the header is
 * either a client or a rejected row with reasons; the same text builds the same workbook, on paper and on
 * excel-sim, and importing it again changes nothing.
 */
import fc from "fast-check";
import { importClients } from "../../src/app/import-clients";
import { readPlan } from "../../src/app/read-plan";
import { parseClientsCsv, type ClientImportResult } from "../../src/domain/client-csv";
import { snapshot } from "../../excel-sim/snapshot";
import { planned, valueOf } from "../app/fixtures";
import { csvCase } from "./support/csv-files";
import {
  expectedRefusal,
  garbageText,
  isBlankRecord,
  normalisedBody,
  oracleRecords,
  physicalLines,
} from "./support/csv-oracle";
import { itHolds, RunTally } from "./support/fc-run";
import { buildProblems, LABELS, unsayable } from "./support/import-checks";

const FILE = "test/property/client-csv.test.ts";
const tally = new RunTally();

afterAll(() => console.log(`[property] CSV import: ${tally.summary()}`));

function parse(text: string, existingNames: readonly string[] = []): ClientImportResult {
  return parseClientsCsv(text, { labels: LABELS, existingNames });
}

/** How a refusal (or an unexpected reading) differs from what the text calls for. */
function refusalProblems(result: ClientImportResult, refusal: string | null): string[] {
  const codes = result.ok ? ["none"] : result.issues.map((i) => i.code);
  return [
    ...(codes.length === 1 && codes[0] === refusal ? [] : [`refused with ${codes.join(",")}, expected ${refusal}`]),
    ...(result.ok ? [] : result.issues.flatMap(unsayable)),
  ];
}

/** How the rows of a reading differ from the records the oracle finds after the header. */
function rowProblems(result: Extract<ClientImportResult, { ok: true }>, text: string): string[] {
  const rows = [...result.accepted, ...result.rejected].map((r) => r.line).sort((a, b) => a - b);
  const records = oracleRecords(normalisedBody(text), result.delimiter).filter((r) => !isBlankRecord(r));
  const expected = records.slice(1).map((r) => r.line);
  const lines = physicalLines(text);
  return [
    ...(rows.join(",") === expected.join(",")
      ? []
      : [`rows on lines ${rows.join(",")}, records on ${expected.join(",")}`]),
    ...rows.filter((line) => line < 2 || line > lines).map((line) => `line ${line} outside 2..${lines}`),
    ...result.rejected.filter((r) => r.issues.length === 0).map((r) => `line ${r.line} rejected without a reason`),
    ...[...result.rejected.flatMap((r) => r.issues), ...result.warnings].flatMap(unsayable),
    ...buildProblems(result.accepted),
  ];
}

/** Every way an import of `text` breaks the rules that hold for any text; empty when it keeps them all. */
function garbageProblems(text: string): string[] {
  const result = parse(text);
  if (JSON.stringify(parse(text)) !== JSON.stringify(result)) return ["two parses differ"];
  const refusal = expectedRefusal(normalisedBody(text));
  if (!result.ok || refusal !== null) {
    tally.add("random texts refused");
    return refusalProblems(result, refusal);
  }
  tally.add("random texts read");
  tally.add("random rows accepted", result.accepted.length);
  tally.add("random rows rejected", result.rejected.length);
  return rowProblems(result, text);
}

describe("CSV import, for random input", () => {
  itHolds(
    FILE,
    "given a well-formed file from random client rows, reads every row back as written, on its physical line",
    fc.property(csvCase, (file) => {
      tally.add("well-formed files");
      tally.add("well-formed rows", file.accepted.length + file.rejected.length);
      const result = parse(file.text, file.existingNames);
      expect(result).toEqual({
        ok: true,
        delimiter: file.format.delimiter,
        accepted: file.accepted,
        rejected: file.rejected,
        warnings: [],
      });
      expect(buildProblems(file.accepted)).toEqual([]);
    }),
    300,
  );

  itHolds(
    FILE,
    "given any text, never throws, and every record after the header is a client or a row rejected with reasons",
    fc.property(garbageText, (text) => {
      tally.add("random texts");
      expect(garbageProblems(text)).toEqual([]);
    }),
    1000,
  );

  itHolds(
    FILE,
    "given the same text and ids, importing on excel-sim twice builds the same workbook, and again changes nothing",
    fc.asyncProperty(
      fc.oneof(
        csvCase.map((c) => c.text),
        garbageText,
      ),
      async (text) => {
        tally.add("excel-sim imports", 3);
        const first = await planned("es", 7);
        const second = await planned("es", 7);
        const outcome = await importClients(first.session, text);
        expect(await importClients(second.session, text)).toEqual(outcome);
        expect(snapshot(second.sim)).toEqual(snapshot(first.sim));
        if (!outcome.ok) return;
        tally.add("excel-sim clients imported", outcome.value.added.length);
        const view = valueOf(await readPlan(first.session));
        expect(view.findings.structure).toEqual([]);
        const parsed = parse(text);
        expect(view.plan.clients.map((c) => c.name)).toEqual(parsed.ok ? parsed.accepted.map((c) => c.name) : []);
        const before = snapshot(first.sim);
        const again = valueOf(await importClients(first.session, text));
        expect(again.added).toEqual([]);
        expect(snapshot(first.sim)).toEqual(before);
      },
    ),
    25,
  );
});
