/**
 * The sync part of the benchmark: the add-in's use cases on excel-sim through the real Office.js gateway —
 * import-all, read-plan, save-snapshot (all clients) and add-one-client (into the plan of that size) — with
 * the round trips, the largest and total request bytes excel-sim measured, the largest response, and the time
 * at 100 ms per round trip (round trips × 100 ms: Excel on the web's latency dominates; local work is not
 * counted). Then the budgets of issue 3 per size, how each figure grows, and, on the largest plan, what the
 * pane says when the read's response is over the payload limit. Deterministic: no wall clock.
 */
import { addClient } from "../src/app/add-client";
import { importClients } from "../src/app/import-clients";
import { readPlan } from "../src/app/read-plan";
import type { AppResult } from "../src/app/result";
import { saveScoreSnapshot } from "../src/app/save-score-snapshot";
import type { PlanSession } from "../src/app/session";
import { setUpPlan } from "../src/app/set-up-plan";
import { REQUEST_BUDGET_BYTES } from "../src/excel/pack-requests";
import { OfficeWorkbookGateway } from "../src/excel/office-gateway";
import { t } from "../src/i18n/messages";
import { createSimExcel, type SimHost } from "../excel-sim/host";
import { DEFAULT_PAYLOAD_LIMIT_BYTES } from "../excel-sim/instrumentation";
import { clientsAt, growthOf, type Growth } from "./bench-fit";

/** Modelled latency of one round trip, milliseconds. */
const ROUND_TRIP_MS = 100;

const OPERATIONS = ["import", "read", "snapshot", "add"] as const;
type Operation = (typeof OPERATIONS)[number];

/** One use case at one plan size. */
export interface SyncFigure {
  readonly operation: Operation;
  readonly clients: number;
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly totalRequestBytes: number;
  readonly msAt100msRoundTrip: number;
  /** The largest response (what Excel sends back, under the same 5 MB limit), bytes. */
  readonly maxResponseBytes: number;
}

/** The figures of SyncFigure that are fitted against the number of clients. */
const MEASURES = ["syncs", "maxRequestBytes", "totalRequestBytes", "msAt100msRoundTrip", "maxResponseBytes"] as const;
type Measure = (typeof MEASURES)[number];

/** One budget of issue 3 at one plan size: what was measured against what is allowed. */
export interface BudgetCheck {
  readonly budget: string;
  readonly clients: number;
  readonly measured: number;
  readonly allowed: number;
  readonly ok: boolean;
}

/** Reading the largest plan with excel-sim's limit one byte under its response: Excel's refusal, as the pane sees it. */
export interface OverLimitRead {
  readonly clients: number;
  readonly responseBytes: number;
  readonly limitBytes: number;
  readonly issueCodes: readonly string[];
  /** The pane's message for the first issue, English and Spanish. */
  readonly message: { readonly en: string; readonly es: string } | null;
}

/** Everything the sync part measured. */
export interface SyncReport {
  readonly roundTripMs: number;
  readonly payloadLimitBytes: number;
  readonly requestBudgetBytes: number;
  readonly figures: readonly SyncFigure[];
  readonly fits: Readonly<Record<Operation, Readonly<Record<Measure, Growth>>>>;
  readonly budgets: readonly BudgetCheck[];
  /** Plan size at which the one-sync read's response would reach the payload limit, by the fit (an extrapolation). */
  readonly readHitsLimitAtClients: number | null;
  readonly overLimit: OverLimitRead;
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

/** Runs `operation` with the host's counters reset and returns what it measured. */
async function measure(
  sim: SimHost,
  operation: Operation,
  clients: number,
  run: () => Promise<unknown>,
): Promise<SyncFigure> {
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

/** A simulated Excel with 100 ms round trips (modelled, not waited for) and a plan set up on it. */
async function planOnSim(clients: number): Promise<{ sim: SimHost; session: PlanSession }> {
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
  return { sim, session };
}

/** Reads the plan again with excel-sim's limit set one byte under the read's response, then restores it. */
async function readOverLimit(sim: SimHost, session: PlanSession, clients: number, responseBytes: number) {
  sim.instrumentation.payloadLimitBytes = responseBytes - 1;
  try {
    const result = await readPlan(session);
    const issueCodes = result.ok ? [] : result.issues.map((issue) => issue.code);
    const first = issueCodes[0];
    const message = first === undefined ? null : { en: t(first, "en"), es: t(first, "es") };
    return { clients, responseBytes, limitBytes: responseBytes - 1, issueCodes, message };
  } finally {
    sim.instrumentation.payloadLimitBytes = DEFAULT_PAYLOAD_LIMIT_BYTES;
  }
}

async function figuresFor(clients: number): Promise<{ figures: SyncFigure[]; overLimit: OverLimitRead }> {
  const { sim, session } = await planOnSim(clients);
  const figures = [
    await measure(sim, "import", clients, async () => check(await importClients(session, clientsCsv(clients)))),
    await measure(sim, "read", clients, async () => check(await readPlan(session))),
    await measure(sim, "snapshot", clients, async () =>
      check(await saveScoreSnapshot(session, { clientIds: "all", period: "2027-T1", note: "" })),
    ),
    await measure(sim, "add", clients, async () =>
      check(await addClient(session, { id: "zzbenchz", name: "Cliente nuevo" })),
    ),
  ];
  const read = figures.find((f) => f.operation === "read")?.maxResponseBytes ?? 0;
  return { figures, overLimit: await readOverLimit(sim, session, clients, read) };
}

/** Issue 3's budgets, and the 5 MB limit on every request and response, at each measured size. */
function budgetsOf(figures: readonly SyncFigure[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const push = (budget: string, f: SyncFigure, measured: number, allowed: number) =>
    checks.push({ budget, clients: f.clients, measured, allowed, ok: measured <= allowed });
  for (const f of figures) {
    if (f.operation === "add") push("add one client: syncs ≤ 2", f, f.syncs, 2);
    if (f.operation === "read") push("read the plan: syncs ≤ 1", f, f.syncs, 1);
    if (f.operation === "import") {
      const allowed = 2 + Math.ceil(f.totalRequestBytes / REQUEST_BUDGET_BYTES);
      push("import: syncs ≤ 2 + ceil(request bytes / 4 MB)", f, f.syncs, allowed);
      push("import: largest request ≤ 4 MB", f, f.maxRequestBytes, REQUEST_BUDGET_BYTES);
    }
    push(
      `${f.operation}: largest request and response ≤ 5 MB`,
      f,
      Math.max(f.maxRequestBytes, f.maxResponseBytes),
      DEFAULT_PAYLOAD_LIMIT_BYTES,
    );
  }
  return checks;
}

function fitsOf(figures: readonly SyncFigure[]): SyncReport["fits"] {
  const byMeasure = (operation: Operation) => {
    const rows = figures.filter((f) => f.operation === operation);
    const entries = MEASURES.map((m) => [m, growthOf(rows.map((f) => ({ clients: f.clients, value: f[m] })))]);
    return Object.fromEntries(entries) as Record<Measure, Growth>;
  };
  return Object.fromEntries(OPERATIONS.map((op) => [op, byMeasure(op)])) as SyncReport["fits"];
}

/** Measures every use case at every size in `sizes` (clients), each on a fresh simulated workbook. */
export async function runSyncBench(sizes: readonly number[]): Promise<SyncReport> {
  const figures: SyncFigure[] = [];
  let overLimit: OverLimitRead | undefined;
  for (const clients of sizes) {
    const measured = await figuresFor(clients);
    figures.push(...measured.figures);
    if (overLimit === undefined || clients > overLimit.clients) overLimit = measured.overLimit;
  }
  if (overLimit === undefined) throw new Error("the sync benchmark needs one plan size at least");
  const fits = fitsOf(figures);
  return {
    roundTripMs: ROUND_TRIP_MS,
    payloadLimitBytes: DEFAULT_PAYLOAD_LIMIT_BYTES,
    requestBudgetBytes: REQUEST_BUDGET_BYTES,
    figures,
    fits,
    budgets: budgetsOf(figures),
    readHitsLimitAtClients: clientsAt(fits.read.maxResponseBytes, DEFAULT_PAYLOAD_LIMIT_BYTES),
    overLimit,
  };
}
