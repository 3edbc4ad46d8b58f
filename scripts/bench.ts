/**
 * Benchmark (not a test): the add-in's use cases on excel-sim for plans of 1, 10, 50 and 200 clients —
 * import-all, read-plan, save-snapshot (all clients) and add-one-client (into the plan of that size) — with
 * the round trips, the largest and total request bytes excel-sim measured, and the time at 100 ms per
 * round trip (round trips × 100 ms: Excel on the web's latency dominates; local work is not counted).
 *
 *   npm run bench                     a table
 *   npm run --silent bench -- --json  only a JSON array on stdout (--silent keeps npm's banner off stdout)
 */
import { addClient } from "../src/app/add-client";
import { importClients } from "../src/app/import-clients";
import { readPlan } from "../src/app/read-plan";
import type { AppResult } from "../src/app/result";
import { saveScoreSnapshot } from "../src/app/save-score-snapshot";
import type { PlanSession } from "../src/app/session";
import { setUpPlan } from "../src/app/set-up-plan";
import { OfficeWorkbookGateway } from "../src/excel/office-gateway";
import { createSimExcel, type SimHost } from "../excel-sim/host";

const SIZES = [1, 10, 50, 200] as const;
/** Modelled latency of one round trip, milliseconds. */
const ROUND_TRIP_MS = 100;

type Operation = "add" | "import" | "read" | "snapshot";

/** One line of the benchmark. */
interface Figure {
  readonly operation: Operation;
  readonly clients: number;
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly totalRequestBytes: number;
  readonly msAt100msRoundTrip: number;
}

/** Deterministic bytes for client ids, so every run measures the same workbook. */
function seededBytes(seed: number): (n: number) => Uint8Array {
  let state = seed >>> 0;
  return (n) =>
    Uint8Array.from({ length: n }, () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state >>> 24;
    });
}

function clientsCsv(count: number): string {
  const rows = Array.from(
    { length: count },
    (_, i) => `Cliente ${i + 1};Responsable ${i % 9};Sector;Cliente;externo;${i % 11};${(i * 3) % 11}`,
  );
  return ["Cliente;Responsable;Sector;Dirección;Tipo;Conocimiento;Confianza", ...rows].join("\n");
}

function check<T>(result: AppResult<T>): T {
  if (!result.ok) throw new Error(`benchmark step failed: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** A figure and the largest response (what Excel sends back, also under a 5 MB limit), for the table only. */
type Measured = Figure & { readonly maxResponseBytes: number };

/** Runs `operation` with the host's counters reset and returns what it measured. */
async function measure(
  sim: SimHost,
  operation: Operation,
  clients: number,
  run: () => Promise<unknown>,
): Promise<Measured> {
  sim.instrumentation.reset();
  await run();
  const requests = sim.instrumentation.requests;
  return {
    operation,
    clients,
    syncs: requests.length,
    maxRequestBytes: Math.max(0, ...requests.map((r) => r.requestBytes)),
    totalRequestBytes: requests.reduce((sum, r) => sum + r.requestBytes, 0),
    msAt100msRoundTrip: sim.instrumentation.simulatedLatencyMs,
    maxResponseBytes: Math.max(0, ...requests.map((r) => r.responseBytes)),
  };
}

async function figuresFor(clients: number): Promise<Measured[]> {
  const sim = createSimExcel({ firstSheetName: "Hoja1" });
  sim.instrumentation.latencyMs = ROUND_TRIP_MS;
  // The latency is modelled, not waited for: the figure is a duration, the benchmark stays fast.
  sim.instrumentation.sleep = () => Promise.resolve();
  const session: PlanSession = {
    gateway: new OfficeWorkbookGateway((batch) => sim.run(batch)),
    today: () => "2027-03-01",
    randomBytes: seededBytes(clients),
  };
  check(await setUpPlan(session, { year: 2027, targetScore: 9, language: "es" }));
  return [
    await measure(sim, "import", clients, async () => check(await importClients(session, clientsCsv(clients)))),
    await measure(sim, "read", clients, async () => check(await readPlan(session))),
    await measure(sim, "snapshot", clients, async () =>
      check(await saveScoreSnapshot(session, { clientIds: "all", period: "2027-T1", note: "" })),
    ),
    await measure(sim, "add", clients, async () =>
      check(await addClient(session, { id: "zzbenchz", name: "Cliente nuevo" })),
    ),
  ];
}

function table(figures: readonly Measured[]): string {
  const head = [
    "operation",
    "clients",
    "syncs",
    "max request (B)",
    "total requests (B)",
    "ms at 100 ms/round trip",
    "max response (B)",
  ];
  const rows = figures.map((f) =>
    [
      f.operation,
      f.clients,
      f.syncs,
      f.maxRequestBytes,
      f.totalRequestBytes,
      f.msAt100msRoundTrip,
      f.maxResponseBytes,
    ].map(String),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  if (json && process.env["npm_lifecycle_event"] !== undefined && process.env["npm_config_loglevel"] !== "silent") {
    process.stderr.write(
      "bench: npm printed its banner on stdout; for JSON alone run `npm run --silent bench -- --json`\n",
    );
  }
  const figures: Measured[] = [];
  for (const clients of SIZES) figures.push(...(await figuresFor(clients)));
  const only = figures.map(({ maxResponseBytes: _response, ...figure }): Figure => figure);
  process.stdout.write(json ? `${JSON.stringify(only, null, 2)}\n` : `${table(figures)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
