/**
 * Benchmark (not a test): times `vam-plan build` in-process for 10, 50, 200 and 500 generated clients (each
 * with people, actions, commitments, feedback and snapshots), 3 runs each, and LibreOffice's recalculation
 * of each built workbook (headless soffice, whole workbook, 3 runs each, each within a time limit); prints the
 * medians, the .xlsx sizes, and how each grows with the number of clients (least-squares line, R², per client).
 *
 *   npm run bench:build                         a table (compiled by tsconfig.cli.json, like the command line)
 *   npm run --silent bench:build -- --json      only a JSON object on stdout
 *   npm run bench:build -- --no-recalc          without LibreOffice;  --sizes 10,50  other plan sizes
 *   npm run bench:build -- --recalc-timeout 1800   seconds one LibreOffice run may take (600 by default)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { nodeIo, type CliIo } from "../src/cli/cli-io";
import { runCli } from "../src/cli/main";
import { buildOptionsFrom, sizesFrom, wantsJson } from "./bench-args";
import { buildReportText } from "./bench-build-text";
import { growthOf, type Growth } from "./bench-fit";
import { createRecalcTimer, type RecalcTimer } from "./bench-recalc";

const RUNS = 3;
const OUT_DIR = join(process.cwd(), "test-output", "bench");

const COMPANIES = ["Grupo", "Banco", "Constructora", "Laboratorios", "Hoteles", "Agroindustrias", "Transportes"];
const PLACES = ["Andino", "del Pacífico", "Iberia", "Mar Caribe", "La Pampa", "del Norte", "Atlántico"];
const OWNERS = ["Lucía Ortega", "Diego Ramos", "Pilar Méndez", "Andrés Quiroga"];
const DIRECTIONS = ["Cliente", "Cliente", "Cliente", "Manager", "Compañeros", "Equipo"];

function pick<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function clientName(i: number): string {
  return `${pick(COMPANIES, i)} ${pick(PLACES, Math.floor(i / COMPANIES.length))} ${String(i + 1).padStart(3, "0")}`;
}

/** A clients CSV as Spanish Excel saves it; every fifth client is not scored yet. */
function clientsCsv(count: number): string {
  const rows = ["Cliente;Responsable;Sector;Dirección;Tipo;Conocimiento;Confianza"];
  for (let i = 0; i < count; i += 1) {
    const scored = i % 5 !== 4;
    const direction = pick(DIRECTIONS, i);
    const kind = direction === "Cliente" ? "externo" : "interno";
    const scores = scored ? `${(i * 7) % 11};${(i * 3 + 4) % 11}` : ";";
    rows.push(`${clientName(i)};${pick(OWNERS, i)};Sector ${i % 9};${direction};${kind};${scores}`);
  }
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}

/** A detail file giving each client 3 people, 5 actions, 1 disappointment, 2 commitments, 2 feedbacks, 2 snapshots. */
function detailJson(count: number): string {
  const clients: Record<string, unknown> = {};
  for (let i = 0; i < count; i += 1) {
    const owner = pick(OWNERS, i);
    clients[clientName(i)] = {
      profile: `Cliente generado ${i + 1}`,
      people: [0, 1, 2].map((p) => ({ name: `Persona ${p + 1}`, role: "influyente", relationshipNow: 5, owner })),
      actions: [1, 2, 3, 4, 5].map((level) => ({
        action: `Acción ${level}`,
        level,
        owner,
        due: `{Y}-0${level}-15`,
        status: level === 1 ? "hecha" : "pendiente",
      })),
      disappointments: [{ what: "Retraso", date: "{Y-1}-09-01", status: "abierta" }],
      commitments: ["nosotros", "cliente"].map((party) => ({ commitment: "Informe", party, due: "{Y}-03-31" })),
      feedback: [1, 2].map((q) => ({ date: `{Y-1}-0${q * 3}-10`, comment: "Bien", rating: 7 })),
      snapshots: [3, 9].map((m) => ({ date: `{Y-1}-0${m}-30`, period: `T${m / 3}`, knowledge: 6, trust: 7 })),
    };
  }
  return JSON.stringify({ version: 1, clients });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** One measured build: wall time in milliseconds and the size of the file written, bytes. */
async function timeBuild(size: number): Promise<{ ms: number; bytes: number }> {
  const csv = join(OUT_DIR, `clientes-${size}.csv`);
  const detail = join(OUT_DIR, `detalle-${size}.json`);
  const out = join(OUT_DIR, `plan-${size}.xlsx`);
  let bytes = 0;
  const io: CliIo = {
    ...nodeIo(),
    stdout: () => undefined,
    writeFile: async (path, data) => {
      bytes = data.length;
      await nodeIo().writeFile(path, data);
    },
  };
  const started = performance.now();
  const code = await runCli(["build", "--clients", csv, "--detail", detail, "--out", out, "--year", "2027"], io);
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`build of ${size} clients exited ${code}`);
  return { ms, bytes };
}

/** LibreOffice at one plan size: the median of its runs, the limit a run went past, or not run. */
export type RecalcFigure =
  | {
      readonly kind: "measured";
      readonly medianMs: number;
      readonly runsMs: readonly number[];
      readonly sheets: number;
    }
  | { readonly kind: "timedOut"; readonly limitMs: number; readonly runsMs: readonly number[] }
  | { readonly kind: "skipped"; readonly because: string };

/** One plan size: median build time (ms), .xlsx size (B), and LibreOffice's recalculation (null: --no-recalc). */
export interface BuildFigure {
  readonly clients: number;
  readonly buildMs: number;
  readonly buildRunsMs: readonly number[];
  readonly xlsxBytes: number;
  readonly recalc: RecalcFigure | null;
}

/** Recalculates a plan `RUNS` times, stopping at the first run that passes the timer's limit. */
async function measureRecalc(size: number, timer: RecalcTimer): Promise<RecalcFigure> {
  const runsMs: number[] = [];
  let sheets = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const result = await timer.time(join(OUT_DIR, `plan-${size}.xlsx`));
    if (result.kind === "timedOut") return { kind: "timedOut", limitMs: result.limitMs, runsMs };
    runsMs.push(Math.round(result.ms));
    sheets = result.sheets;
  }
  return { kind: "measured", medianMs: median(runsMs), runsMs, sheets };
}

async function measureSize(size: number, recalc: RecalcFigure | RecalcTimer | null): Promise<BuildFigure> {
  const builds: { ms: number; bytes: number }[] = [];
  for (let run = 0; run < RUNS; run += 1) builds.push(await timeBuild(size));
  return {
    clients: size,
    buildMs: median(builds.map((b) => b.ms)),
    buildRunsMs: builds.map((b) => Math.round(b.ms)),
    xlsxBytes: builds[0]?.bytes ?? 0,
    recalc: recalc === null || "kind" in recalc ? recalc : await measureRecalc(size, recalc),
  };
}

/** Where LibreOffice first ran past its limit, and what the line through the finished sizes predicted there. */
export interface RecalcBeyond {
  readonly clients: number;
  readonly limitMs: number;
  /** null when fewer than two sizes finished. */
  readonly predictedMs: number | null;
}

/** How build time, file size and recalculation time grow with the number of clients. */
export interface BuildFits {
  readonly buildMs: Growth;
  readonly xlsxBytes: Growth;
  /** Over the sizes LibreOffice finished; null when fewer than two did (or --no-recalc). */
  readonly recalcMs: Growth | null;
  readonly recalcBeyond: RecalcBeyond | null;
}

function fitsOf(figures: readonly BuildFigure[]): BuildFits {
  const points = (value: (f: BuildFigure) => number) => figures.map((f) => ({ clients: f.clients, value: value(f) }));
  const finished = figures.flatMap((f) =>
    f.recalc?.kind === "measured" ? [{ clients: f.clients, value: f.recalc.medianMs }] : [],
  );
  const recalcMs = new Set(finished.map((p) => p.clients)).size >= 2 ? growthOf(finished) : null;
  const over = figures.find((f) => f.recalc?.kind === "timedOut");
  const recalcBeyond =
    over?.recalc?.kind !== "timedOut"
      ? null
      : {
          clients: over.clients,
          limitMs: over.recalc.limitMs,
          predictedMs: recalcMs === null ? null : recalcMs.intercept + recalcMs.slope * over.clients,
        };
  return {
    buildMs: growthOf(points((f) => f.buildMs)),
    xlsxBytes: growthOf(points((f) => f.xlsxBytes)),
    recalcMs,
    recalcBeyond,
  };
}

/** Everything the build part measured. */
export interface BuildReport {
  readonly about: {
    readonly node: string;
    readonly libreOffice: string | null;
    readonly runs: number;
    readonly recalcTimeoutMs: number | null;
  };
  readonly figures: readonly BuildFigure[];
  readonly fits: BuildFits;
}

/** How the build part runs: LibreOffice or not, and how long one of its runs may take (ms). */
export interface BuildBenchOptions {
  readonly recalc: boolean;
  readonly recalcTimeoutMs: number;
}

/**
 * Builds each plan size `RUNS` times and recalculates each in LibreOffice `RUNS` times; once a size runs past
 * the limit, larger sizes are not recalculated (they would take longer still).
 */
export async function runBuildBench(sizes: readonly number[], options: BuildBenchOptions): Promise<BuildReport> {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const size of sizes) {
    writeFileSync(join(OUT_DIR, `clientes-${size}.csv`), clientsCsv(size), "utf8");
    writeFileSync(join(OUT_DIR, `detalle-${size}.json`), detailJson(size), "utf8");
  }
  const first = sizes[0] ?? 10;
  await timeBuild(first); // warm-up: module loading and JIT are not part of a build
  const warmUp = join(OUT_DIR, `plan-${first}.xlsx`);
  const timer = options.recalc ? await createRecalcTimer(OUT_DIR, warmUp, options.recalcTimeoutMs) : null;
  const figures: BuildFigure[] = [];
  try {
    let skip: RecalcFigure | null = null;
    for (const size of sizes) {
      const figure = await measureSize(size, skip ?? timer);
      figures.push(figure);
      if (figure.recalc?.kind === "timedOut") skip = { kind: "skipped", because: `${size} clients timed out` };
    }
  } finally {
    timer?.dispose();
  }
  const about = {
    node: process.version,
    libreOffice: timer?.version ?? null,
    runs: RUNS,
    recalcTimeoutMs: timer?.timeoutMs ?? null,
  };
  return { about, figures, fits: fitsOf(figures) };
}

async function main(): Promise<void> {
  const json = wantsJson(process.argv, "bench:build");
  const report = await runBuildBench(sizesFrom(process.argv), buildOptionsFrom(process.argv));
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${buildReportText(report)}\n`);
}

// Run alone by `npm run bench:build`; `npm run bench` imports the runner instead.
if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`bench-build failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
