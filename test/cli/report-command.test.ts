import { parseCommandLine } from "../../src/cli/arguments";
import type { Plan } from "../../src/domain/plan";
import { REPORT_TEXT } from "../../src/i18n/report-text";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { aClient, anAction, aPerson, aPlan, HOSTILE_NAMES } from "../layout/plan-fixtures";
import { runInMemory } from "./cli-fixtures";
import { readXlsx } from "./xlsx-contents";

const REPORT = ["report", "--in", "plan.xlsx", "--client", "Acme", "--out", "informe.xlsx"];

function threeClients(language: Plan["language"] = "es"): Plan {
  return aPlan(
    [
      aClient("acme0001", "Acme", {
        knowledge: 7,
        actions: [anAction({ confidential: true }), anAction()],
        people: [aPerson(), aPerson()],
      }),
      aClient("beta0001", "Beta Energía"),
      aClient("host0001", HOSTILE_NAMES[0] ?? "=1+1"),
    ],
    { language },
  );
}

async function filesOf(plan: Plan): Promise<Record<string, Uint8Array>> {
  return { "plan.xlsx": await writeWorkbook(buildWorkbookSpec(plan)) };
}

describe("parseCommandLine, report", () => {
  it("given every option, returns the report request; --lang also sets the report's language", () => {
    expect(parseCommandLine([...REPORT, "--date", "2027-03-15", "--lang", "en"])).toEqual({
      kind: "report",
      language: "en",
      request: {
        inPath: "plan.xlsx",
        outPath: "informe.xlsx",
        clientName: "Acme",
        date: "2027-03-15",
        language: "en",
        reportLanguage: "en",
      },
    });
  });

  it.each([
    [["report", "--in", "p.xlsx", "--out", "r.xlsx"], "cli.missingOptionOf", { option: "--client", command: "report" }],
    [["report", "--in", "p.xlsx", "--client", "  ", "--out", "r.xlsx"], "cli.blankClient", {}],
    [[...REPORT, "--date", "2027-13-01"], "cli.badDate", { option: "--date", value: "2027-13-01" }],
    [
      [...REPORT, "--year", "2027"],
      "cli.unknownOptionOf",
      { option: "--year", command: "report", options: "--in, --client, --out, --date, --help, --version, --lang" },
    ],
  ])("given %p, reports %s", (argv, code, params) => {
    const command = parseCommandLine(argv);
    expect(command.kind === "usageError" ? [command.code, command.params] : command.kind).toEqual([code, params]);
  });
});

describe("vam-plan report, in-process", () => {
  it("given a client, writes a workbook with its one report sheet in the plan's language, dated today", async () => {
    const run = await runInMemory(REPORT, { files: await filesOf(threeClients()) });
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toMatch(
      /^Informe de «Acme» \(plan 2027, 2026-11-25\) creado: \/work\/informe\.xlsx \(\d+,\d KB\)\n/,
    );
    expect(run.stdout).toContain(
      "Fuera del informe: filas marcadas como confidenciales 1 · personas del mapa de influencia 2",
    );
    const book = await readXlsx(run.written.get("informe.xlsx") ?? new Uint8Array());
    expect(book.sheets.map((s) => [s.name, s.state])).toEqual([["Acme · Informe", "visible"]]);
    expect(await book.cell("Acme · Informe", "A1")).toEqual({
      type: "string",
      text: `${REPORT_TEXT.titlePrefix.es}Acme`,
    });
  });

  it("given --lang en on a Spanish plan, writes the report and the messages in English", async () => {
    const run = await runInMemory([...REPORT, "--lang", "en"], { files: await filesOf(threeClients()) });
    expect(run.stdout).toContain("Report on “Acme” (plan 2027, 2026-11-25) built");
    const book = await readXlsx(run.written.get("informe.xlsx") ?? new Uint8Array());
    expect((await book.cell("Acme · Report", "A1")).text).toBe(`${REPORT_TEXT.titlePrefix.en}Acme`);
  });

  it("given a name that looks like a formula, finds the client and keeps the name as text", async () => {
    const name = HOSTILE_NAMES[0] ?? "=1+1";
    const argv = ["report", "--in", "plan.xlsx", "--client", name, "--out", "r.xlsx"];
    const run = await runInMemory(argv, { files: await filesOf(threeClients()) });
    expect(run.code).toBe(0);
    const book = await readXlsx(run.written.get("r.xlsx") ?? new Uint8Array());
    expect(await book.cell(book.sheets[0]?.name ?? "", "A1")).toEqual({
      type: "string",
      text: `${REPORT_TEXT.titlePrefix.es}${name}`,
    });
  });

  it("given a name the plan does not have, exits 1 and lists the plan's clients, one per line", async () => {
    const argv = ["report", "--in", "plan.xlsx", "--client", "Gamma", "--out", "r.xlsx"];
    const run = await runInMemory(argv, { files: await filesOf(threeClients()) });
    expect([run.code, run.written.size, run.stdout]).toEqual([1, 0, ""]);
    expect(run.stderr).toBe(
      `El plan no tiene ningún cliente «Gamma». Usa uno de estos nombres en --client:\n  Acme\n  Beta Energía\n  ${HOSTILE_NAMES[0]}\n`,
    );
  });

  it("given two clients whose names differ only in case and spaces, exits 1 instead of guessing", async () => {
    const plan = aPlan([aClient("acme0001", "Acme"), aClient("acme0002", " ACME")]);
    const run = await runInMemory(REPORT, { files: await filesOf(plan) });
    expect([run.code, run.written.size]).toEqual([1, 0]);
    expect(run.stderr).toContain("Hay 2 clientes que se llaman «Acme»");
  });

  it("given a plan without clients, exits 1 and says there is no one to report on", async () => {
    const run = await runInMemory(REPORT, { files: await filesOf(aPlan([])) });
    expect([run.code, run.written.size]).toEqual([1, 0]);
    expect(run.stderr).toContain("no tiene clientes");
  });

  it("given --out equal to --in, exits 2 and leaves the plan alone", async () => {
    const argv = ["report", "--in", "plan.xlsx", "--client", "Acme", "--out", "plan.xlsx"];
    const run = await runInMemory(argv, { files: await filesOf(threeClients()) });
    expect([run.code, run.written.size]).toEqual([2, 0]);
    expect(run.stderr).toContain("--out es el mismo archivo que --in («plan.xlsx»)");
  });
});
