import { parseCommandLine } from "../../src/cli/arguments";
import { YEAR_END_MESSAGES } from "../../src/i18n/messages/year-end";
import type { Plan } from "../../src/domain/plan";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import type { WorkbookSpec } from "../../src/layout/spec";
import { readPlan } from "../../src/layout/read-plan";
import { clientTableName } from "../../src/layout/workbook-names";
import { readWorkbookState } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { aClient, aCommitment, anAction, anIndicator, aPlan, aSnapshot } from "../layout/plan-fixtures";
import { runInMemory } from "./cli-fixtures";

const ROLLOVER = ["rollover", "--in", "plan.xlsx", "--out", "next.xlsx"];

/** Someone's own workbook: one sheet with a number, nothing of the add-in. */
const FOREIGN_WORKBOOK: WorkbookSpec = {
  sheets: [
    {
      key: "own",
      kind: "portfolio",
      name: "Ventas",
      visibility: "visible",
      columnWidths: [],
      cells: [{ row: 0, column: 0, value: { kind: "number", value: 42 } }],
      merges: [],
      tables: [],
      validations: [],
      conditionalFormats: [],
      charts: [],
      print: { orientation: "portrait", fitToPagesWide: 1 },
    },
  ],
  names: [],
  styles: {},
};

/** A 2027 plan: one active client with open and closed work, one archived client. */
function smallPlan(language: Plan["language"] = "es"): Plan {
  const acme = aClient("acme0001", "Acme", {
    knowledge: 7,
    trust: 6,
    actions: [anAction({ status: "pending" }), anAction({ status: "done" }), anAction({ status: "cancelled" })],
    commitments: [aCommitment({ kept: null }), aCommitment({ kept: "yes" })],
    indicators: [anIndicator({ quarters: [25, 30, null, null] })],
  });
  return aPlan([acme, aClient("arch0001", "Archivada", { state: "archived" })], { language });
}

async function planFile(plan: Plan, change: (spec: WorkbookSpec) => WorkbookSpec = (s) => s): Promise<Uint8Array> {
  return writeWorkbook(change(buildWorkbookSpec(plan)));
}

describe("parseCommandLine, rollover", () => {
  it("given every option, returns the rollover request", () => {
    const argv = [...ROLLOVER, "--year", "2029", "--closing-date", "2027-12-31", "--lang", "en"];
    expect(parseCommandLine(argv)).toEqual({
      kind: "rollover",
      language: "en",
      request: { inPath: "plan.xlsx", outPath: "next.xlsx", year: 2029, closingDate: "2027-12-31", language: "en" },
    });
  });

  it.each([
    [["rollover", "--out", "n.xlsx"], "cli.missingOptionOf", { option: "--in", command: "rollover" }],
    [["rollover", "--in", "p.xlsx"], "cli.missingOptionOf", { option: "--out", command: "rollover" }],
    [["rollover", "--in", "p.xlsx", "--out", "n.csv"], "cli.outNotXlsx", { path: "n.csv" }],
    [[...ROLLOVER, "--closing-date", "31/12/2027"], "cli.badDate", { option: "--closing-date", value: "31/12/2027" }],
    [[...ROLLOVER, "--year", "1999"], "cli.badYear", { value: "1999", min: "2000", max: "2100" }],
    [
      [...ROLLOVER, "--clients", "c.csv"],
      "cli.unknownOptionOf",
      {
        option: "--clients",
        command: "rollover",
        options: "--in, --out, --year, --closing-date, --help, --version, --lang",
      },
    ],
    [["build", "--clients", "c.csv", "--out", "p.xlsx", "--in", "x"], "cli.unknownOption", { option: "--in" }],
  ])("given %p, reports %s", (argv, code, params) => {
    const command = parseCommandLine(argv);
    expect(command.kind === "usageError" ? [command.code, command.params] : command.kind).toEqual([code, params]);
  });
});

describe("vam-plan rollover, in-process", () => {
  it("given only --in and --out, rolls into the plan year + 1 with a closing snapshot dated today, and says what moved", async () => {
    const run = await runInMemory(ROLLOVER, { files: { "plan.xlsx": await planFile(smallPlan()) } });
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout.split("\n")).toEqual([
      expect.stringMatching(
        /^Plan 2028 creado a partir del plan 2027 \(plan\.xlsx\): \/work\/next\.xlsx \(\d+,\d KB\)$/,
      ),
      "  Clientes: 2 (archivados: 1) · instantánea «Cierre 2027» del 2026-11-25: 1",
      "  Pasan a 2028: acciones abiertas 1 · decepciones abiertas 0 · compromisos sin revisar 1 · personas 0 · reuniones ya previstas 0 · indicadores 1 (línea base: la última cifra de 2027)",
      "  Se quedan en el plan 2027: acciones hechas o canceladas 2 · decepciones resueltas 0 · compromisos revisados 1 · feedback 0 · reuniones 0 · cifras trimestrales 2",
      "",
    ]);
    const next = readPlan(await readWorkbookState(run.written.get("next.xlsx") ?? new Uint8Array()));
    const history = next.plan.clients[0]?.scoreHistory ?? [];
    expect([next.plan.year, history[history.length - 1]?.date]).toEqual([2028, "2026-11-25"]);
  });

  it("given an English plan and --lang en, speaks English and labels the snapshot in the plan's language", async () => {
    const files = { "plan.xlsx": await planFile(smallPlan("en")) };
    const run = await runInMemory([...ROLLOVER, "--lang", "en", "--year", "2030"], { files });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Plan 2030 built from the 2027 plan (plan.xlsx)");
    expect(run.stdout).toContain("“Close 2027” snapshot of 2026-11-25: 1");
  });

  it.each([
    ["--out is --in", ["rollover", "--in", "plan.xlsx", "--out", "PLAN.xlsx"], 2, "--out es el mismo archivo que --in"],
    ["a year that is not after the plan's", [...ROLLOVER, "--year", "2027"], 1, "el año nuevo debe ser posterior"],
    ["an input that does not exist", ["rollover", "--in", "nada.xlsx", "--out", "n.xlsx"], 1, "no existe"],
  ])("given %s (%p), exits %d, says why and writes nothing", async (_title, argv, code, message) => {
    const run = await runInMemory(argv, { files: { "plan.xlsx": await planFile(smallPlan()) } });
    expect([run.code, run.written.size, run.stdout]).toEqual([code, 0, ""]);
    expect(run.stderr).toContain(message);
  });

  it("given a file that is not an .xlsx, or a workbook without a plan, exits 1 and says so", async () => {
    const csv = await runInMemory(ROLLOVER, { files: { "plan.xlsx": "Cliente;Sector\r\nAcme;x\r\n" } });
    expect([csv.code, csv.written.size]).toEqual([1, 0]);
    expect(csv.stderr).toContain("No se puede leer «plan.xlsx» como libro de Excel (.xlsx)");
    const foreign = await runInMemory(ROLLOVER, { files: { "plan.xlsx": await writeWorkbook(FOREIGN_WORKBOOK) } });
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain("no contiene un plan V.A.M.");
  });

  it("given a value the reader cannot use, names the client, table and row, and says it stays in last year's file", async () => {
    const plan = aPlan([aClient("acme0001", "Acme", { scoreHistory: [aSnapshot(), aSnapshot()] })]);
    const history = clientTableName("scoreHistory", "acme0001");
    const broken = await planFile(plan, (spec) => ({
      ...spec,
      sheets: spec.sheets.map((sheet) => ({
        ...sheet,
        tables: sheet.tables.map((table) =>
          table.name !== history
            ? table
            : {
                ...table,
                rows: table.rows.map((row, r) =>
                  row.map((cell, c) => (r === 1 && c === 2 ? { kind: "text", text: "alto" } : cell)),
                ),
              },
        ),
      })),
    }));
    const run = await runInMemory(ROLLOVER, { files: { "plan.xlsx": broken } });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Aviso (cliente «Acme», ${history}, fila 2): «alto» no es una puntuación entera`);
    expect(run.stderr).toContain("Los valores que no se pudieron leer no pasan al libro nuevo; siguen en «plan.xlsx».");
  });
});

describe("the December messages", () => {
  it.each(Object.entries(YEAR_END_MESSAGES))(
    "%s has the same placeholders in Spanish and English",
    (_code, message) => {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(message.en)).toEqual(placeholders(message.es));
      expect([message.es.trim() !== "", message.en.trim() !== ""]).toEqual([true, true]);
    },
  );
});
