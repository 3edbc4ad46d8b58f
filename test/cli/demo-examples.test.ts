import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDetailFile, type ClientDetail } from "../../src/cli/detail-file";
import { defaultPlanYear } from "../../src/cli/plan-dates";
import { parseClientsCsv } from "../../src/domain/client-csv";
import { clientNameKey } from "../../src/domain/client-name";
import { isoDateOfLocalDay } from "../../src/domain/dates";
import { isOverdueAction } from "../../src/domain/counted-rows";
import { CLIENT_KIND, DIRECTION, codeOf } from "../../src/i18n/vocabulary";
import { runInMemory } from "./cli-fixtures";

const EXAMPLES = join(__dirname, "..", "..", "examples");
const csvBytes = readFileSync(join(EXAMPLES, "clientes.csv"));
const detailText = readFileSync(join(EXAMPLES, "clientes-detalle.json"), "utf8");
const LABELS = { direction: (w: string) => codeOf(DIRECTION, w), kind: (w: string) => codeOf(CLIENT_KIND, w) };

/** The first day of each month of two years: the demo must make sense whenever it is run. */
const RUN_DATES = Array.from({ length: 24 }, (_, i) => new Date(2026, i, 1, 9, 0));

/** Every date of the detail that records something that already happened. */
function pastEventDates(detail: ClientDetail): (string | null)[] {
  return [
    ...detail.feedback.map((f) => f.date),
    ...detail.scoreHistory.map((s) => s.date),
    ...detail.disappointments.map((d) => d.date),
    ...detail.actions.map((a) => a.doneDate),
    ...detail.commitments.filter((c) => c.kept !== null).flatMap((c) => [c.date, c.due]),
  ];
}

describe("examples/clientes.csv", () => {
  it("is saved the way Spanish Excel saves CSV UTF-8: BOM, semicolons, CRLF", () => {
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csvBytes.toString("utf8");
    expect(text.split("\r\n")[0]).toBe("\uFEFFCliente;Responsable;Sector;Dirección;Tipo;Conocimiento;Confianza");
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("holds 10 key clients, every direction among them and some not scored yet, with no bad row", () => {
    const result = parseClientsCsv(csvBytes.toString("utf8"), { labels: LABELS });
    if (!result.ok) throw new Error("the example must be readable");
    expect([result.accepted.length, result.rejected.length, result.warnings.length]).toEqual([10, 0, 0]);
    expect(new Set(result.accepted.map((c) => c.direction))).toEqual(new Set(["client", "manager", "peers", "team"]));
    expect(result.accepted.filter((c) => c.knowledge === null || c.trust === null).length).toBeGreaterThanOrEqual(2);
  });
});

describe("examples/clientes-detalle.json", () => {
  const csv = parseClientsCsv(csvBytes.toString("utf8"), { labels: LABELS });
  const csvKeys = new Set(csv.ok ? csv.accepted.map((c) => clientNameKey(c.name)) : []);

  it.each(RUN_DATES.map((date) => [isoDateOfLocalDay(date), date] as const))(
    "run on %s: decodes cleanly, matches the CSV, has nothing past dated after today and some overdue action",
    (today, date) => {
      const result = parseDetailFile(detailText, defaultPlanYear(date), "es");
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      expect(result.issues).toEqual([]);
      expect([...result.clients.keys()].filter((key) => !csvKeys.has(key))).toEqual([]);
      const details = [...result.clients.values()];
      const future = details.flatMap(pastEventDates).filter((d) => d !== null && d > today);
      expect(future).toEqual([]);
      const overdue = details.flatMap((d) => d.actions).filter((a) => isOverdueAction(a, today));
      expect(overdue.length).toBeGreaterThanOrEqual(3);
    },
  );

  it("gives every client a few people or actions, and the plan disappointments, commitments, feedback and snapshots", () => {
    const result = parseDetailFile(detailText, 2027, "es");
    const details = result.ok ? [...result.clients.values()] : [];
    expect(details).toHaveLength(10);
    expect(details.every((d) => d.actions.length >= 1)).toBe(true);
    for (const list of ["people", "disappointments", "commitments", "feedback", "scoreHistory"] as const) {
      expect([list, details.filter((d) => d[list].length > 0).length >= 3]).toEqual([list, true]);
    }
  });
});

describe("the demo build", () => {
  it("builds all 10 clients with no warning and reports their actions and overdue ones", async () => {
    const run = await runInMemory(
      ["build", "--clients", "clientes.csv", "--detail", "detalle.json", "--out", "vam-demo.xlsx"],
      { files: { "clientes.csv": csvBytes, "detalle.json": detailText } },
    );
    const detail = parseDetailFile(detailText, 2027, "es");
    const actions = detail.ok ? [...detail.clients.values()].reduce((n, d) => n + d.actions.length, 0) : -1;
    const overdue = detail.ok
      ? [...detail.clients.values()].flatMap((d) => d.actions).filter((a) => isOverdueAction(a, "2026-11-25")).length
      : -1;
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain("Clientes: 10 · filas rechazadas: 0");
    expect(run.stdout).toContain(`Acciones: ${actions} · vencidas a 2026-11-25: ${overdue}`);
  });
});
