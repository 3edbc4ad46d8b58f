/**
 * Naming under random client names — the whole Unicode range, lone surrogates, controls, bidi, emoji and
 * names of 32,767 characters: every sheet, table and defined name the layout produces is valid for Excel by
 * the domain's validators and by excel-sim's own rules, and unique; and the name the user typed is stored
 * unchanged, as the layout writes it and as readPlan reads it back from excel-sim.
 */
import fc from "fast-check";
import { addClient } from "../../src/app/add-client";
import { readPlan } from "../../src/app/read-plan";
import { renameClient } from "../../src/app/rename-client";
import { clientNameKey } from "../../src/domain/client-name";
import { newClientId } from "../../src/domain/client-id";
import { newClient, type Plan, type PlanLanguage } from "../../src/domain/plan";
import { shareableReport } from "../../src/domain/shareable-report";
import { validatePlan } from "../../src/domain/validation";
import { buildReportSheet } from "../../src/layout/report-sheet";
import type { SheetSpec, WorkbookSpec } from "../../src/layout/spec";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { clientCellName } from "../../src/layout/workbook-names";
import type { SimHost } from "../../excel-sim/host";
import { planned, valueOf } from "../app/fixtures";
import { itHolds, RunTally } from "./support/fc-run";
import { hostileClientName, MAX_CELL_CHARS } from "./support/hostile-text";
import { identifierProblems, sheetNameProblems } from "./support/workbook-identifiers";

const FILE = "test/property/naming.test.ts";
const TODAY = "2027-03-01";
/** Excel's longest page header or footer, characters. */
const MAX_HEADER_CHARS = 255;
const tally = new RunTally();

afterAll(() => console.log(`[property] naming: ${tally.summary()}`));

/** Names that clean, shorten or fold into each other's sheet names, mixed with random hostile names. */
const collidingName = fc.constantFrom(
  "Acme",
  "Acme?",
  "Acme*",
  "Acme: Spain",
  "Acme / Spain",
  "'Acme'",
  "ACME ",
  "History",
  "Cliente",
  "Client",
  "x".repeat(40),
  `${"x".repeat(40)}y`,
  "Straße",
  "STRASSE",
  "😀".repeat(20),
);
/** 1–5 client names, different as client names (trimmed, case-insensitive), none longer than `longest`. */
function clientNames(longest: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(fc.oneof({ weight: 3, arbitrary: hostileClientName(longest) }, collidingName), {
    minLength: 1,
    maxLength: 5,
    selector: clientNameKey,
  });
}

/**
 * Longest name the excel-sim property adds: Excel's whole cell. The adapter writes it with Excel's `'` text
 * prefix (32,768 units of input), which Excel keeps as the cell's quotePrefix flag, not as content, so the
 * cell holds the 32,767 (excel-sim applies the limit to the stored text, see excel-sim/cell-typing.ts).
 */
const LONGEST_ADDED_NAME = MAX_CELL_CHARS;
const language = fc.constantFrom<PlanLanguage>("es", "en");

function planOf(names: readonly string[], lang: PlanLanguage): Plan {
  const clients = names.map((name, i) => newClient({ id: `n${String(i).padStart(7, "0")}`, name }));
  return { year: 2027, targetScore: 9, language: lang, clients };
}

/** The report sheet of each client, each avoiding the workbook's sheets and the reports before it. */
function reportSheets(plan: Plan, spec: WorkbookSpec): SheetSpec[] {
  const taken = spec.sheets.map((s) => s.name);
  return plan.clients.map((client) => {
    const content = shareableReport(plan, client.id, { today: TODAY });
    const sheet = buildReportSheet(content, plan.language, { takenSheetNames: taken });
    taken.push(sheet.name);
    return sheet;
  });
}

/** The text of each client's name cell in the spec. */
function nameCellTexts(plan: Plan, spec: WorkbookSpec): unknown[] {
  return plan.clients.map((client) => {
    const named = spec.names.find((n) => n.name === clientCellName("name", client.id));
    const sheet = spec.sheets.find((s) => named?.kind === "range" && s.key === named.sheetKey);
    const cell = sheet?.cells.find(
      (c) => named?.kind === "range" && c.row === named.range.row && c.column === named.range.column,
    );
    return cell?.value;
  });
}

function longHeaders(sheets: readonly SheetSpec[]): string[] {
  return sheets.flatMap((sheet) =>
    [sheet.print?.header, sheet.print?.footer]
      .filter((text): text is string => text !== undefined && text.length > MAX_HEADER_CHARS)
      .map((text) => `${sheet.key}: page header/footer of ${text.length} characters`),
  );
}

/** Problems of a workbook on excel-sim: identifiers by both rule books, name cells not holding the names. */
function simProblems(sim: SimHost, ids: readonly string[], names: readonly string[]): string[] {
  const { sheets, tables, names: defined } = sim.workbook;
  const cells = ids.map((id, i) => {
    const item = defined.find((n) => n.name === clientCellName("name", id));
    const ref = item?.ref;
    const sheet = sheets.find((s) => ref?.kind === "range" && s.id === ref.sheetId);
    const content = ref?.kind === "range" ? sheet?.cells.get(`${ref.rect.row}:${ref.rect.column}`)?.content : undefined;
    const expected = { kind: "value", value: names[i] };
    return JSON.stringify(content) === JSON.stringify(expected)
      ? null
      : `name cell of ${id} holds ${JSON.stringify(content)?.slice(0, 80)}`;
  });
  return [
    ...sheetNameProblems(sheets.map((s) => s.name)),
    ...identifierProblems(
      tables.map((t) => t.name),
      defined.map((n) => n.name),
    ),
    ...cells.filter((p): p is string => p !== null),
  ];
}

describe("naming, for random client names", () => {
  itHolds(
    FILE,
    "given any client names, every sheet, table and defined name the layout produces is valid and unique, and each name cell holds the name",
    fc.property(clientNames(MAX_CELL_CHARS), language, (names, lang) => {
      tally.add("layout plans");
      tally.add("layout clients", names.length);
      tally.add("layout names of 32,766+ units", names.filter((n) => n.length >= MAX_CELL_CHARS - 1).length);
      const plan = planOf(names, lang);
      expect(validatePlan(plan).issues).toEqual([]);
      const spec = buildWorkbookSpec(plan, { today: TODAY });
      const sheets = [...spec.sheets, ...reportSheets(plan, spec)];
      expect(sheetNameProblems(sheets.map((s) => s.name))).toEqual([]);
      const tables = spec.sheets.flatMap((s) => s.tables.map((t) => t.name));
      expect(
        identifierProblems(
          tables,
          spec.names.map((n) => n.name),
        ),
      ).toEqual([]);
      expect(longHeaders(sheets)).toEqual([]);
      expect(nameCellTexts(plan, spec)).toEqual(names.map((text) => ({ kind: "text", text })));
    }),
    300,
  );

  itHolds(
    FILE,
    "given any client names added and renamed on excel-sim, Excel accepts every identifier and readPlan reads each name back unchanged",
    fc.asyncProperty(
      clientNames(LONGEST_ADDED_NAME),
      hostileClientName(LONGEST_ADDED_NAME),
      language,
      async (names, newName, lang) => {
        fc.pre(!names.slice(1).some((n) => clientNameKey(n) === clientNameKey(newName)));
        tally.add("excel-sim plans");
        tally.add("excel-sim names of 32,766 units", names.filter((n) => n.length === MAX_CELL_CHARS - 1).length);
        tally.add("excel-sim names of 32,767 units", names.filter((n) => n.length === MAX_CELL_CHARS).length);
        const { sim, session } = await planned(lang, 3);
        const ids: string[] = [];
        for (const name of names) {
          const id = newClientId(session.randomBytes);
          expect(valueOf(await addClient(session, { id, name })).created).toBe(true);
          ids.push(id);
          tally.add("excel-sim clients added");
        }
        const stored = names.map((n) => n.trim());
        expect(simProblems(sim, ids, stored)).toEqual([]);
        const view = valueOf(await readPlan(session));
        expect([view.findings.structure, view.incomplete]).toEqual([[], []]);
        expect(view.plan.clients.map((c) => c.name)).toEqual(stored);

        valueOf(await renameClient(session, ids[0] ?? "", newName));
        tally.add("excel-sim renames");
        const renamed = [newName.trim(), ...stored.slice(1)];
        expect(simProblems(sim, ids, renamed)).toEqual([]);
        expect(valueOf(await readPlan(session)).plan.clients.map((c) => c.name)).toEqual(renamed);
      },
    ),
    40,
  );

  it("given a name of exactly 32,767 characters, addClient stores it on excel-sim and readPlan gives it back", async () => {
    const { session } = await planned("es", 3);
    const name = "n".repeat(MAX_CELL_CHARS);
    valueOf(await addClient(session, { id: "longname", name }));
    expect(valueOf(await readPlan(session)).plan.clients.map((c) => c.name)).toEqual([name]);
  });
});
