/**
 * Benchmark (not a test): times `vam-plan build` in-process for 10, 50, 200 and 500 generated clients (each
 * with people, actions, commitments, feedback and snapshots), 3 runs each, and LibreOffice's recalculation
 * of each built workbook (headless soffice, whole workbook, 3 runs each); prints the medians, the .xlsx
 * sizes, and how each grows with the number of clients (least-squares line, R², per client).
 *
 *   npm run bench:build                         a table (compiled by tsconfig.cli.json, like the command line)
 *   npm run --silent bench:build -- --json      only a JSON object on stdout
 *   npm run bench:build -- --no-recalc          without LibreOffice;  --sizes 10,50  other plan sizes
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { nodeIo, type CliIo } from "../src/cli/cli-io";
import { runCli } from "../src/cli/main";
import { sizesFrom, wantsJson } from "./bench-args";
import { growthOf, growthText, type Growth } from "./bench-fit";
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

/** One plan size: median build time (ms), .xlsx size (B), median LibreOffice recalculation (ms) and its sheets. */
export interface BuildFigure {
  readonly clients: number;
  readonly buildMs: number;
  readonly buildRunsMs: readonly number[];
  readonly xlsxBytes: number;
  readonly recalcMs: number | null;
  readonly recalcRunsMs: readonly number[];
  readonly recalcSheets: number | null;
}

async function measureSize(size: number, recalc: RecalcTimer | null): Promise<BuildFigure> {
  const builds: { ms: number; bytes: number }[] = [];
  for (let run = 0; run < RUNS; run += 1) builds.push(await timeBuild(size));
  const recalcs = [];
  for (let run = 0; recalc !== null && run < RUNS; run += 1) {
    recalcs.push(await recalc.time(join(OUT_DIR, `plan-${size}.xlsx`)));
  }
  return {
    clients: size,
    buildMs: median(builds.map((b) => b.ms)),
    buildRunsMs: builds.map((b) => Math.round(b.ms)),
    xlsxBytes: builds[0]?.bytes ?? 0,
    recalcMs: recalc === null ? null : median(recalcs.map((r) => r.ms)),
    recalcRunsMs: recalcs.map((r) => Math.round(r.ms)),
    recalcSheets: recalcs[0]?.sheets ?? null,
  };
}

/** How build time, file size and recalculation time grow with the number of clients. */
function growths(figures: readonly BuildFigure[]): Record<string, Growth> {
  const of = (value: (f: BuildFigure) => number | null) =>
    growthOf(figures.map((f) => ({ clients: f.clients, value: value(f) ?? NaN })));
  const result: Record<string, Growth> = { buildMs: of((f) => f.buildMs), xlsxBytes: of((f) => f.xlsxBytes) };
  if (figures.every((f) => f.recalcMs !== null)) result["recalcMs"] = of((f) => f.recalcMs);
  return result;
}

function table(figures: readonly BuildFigure[], fits: Record<string, Growth>): string {
  const lines = ["clients   build (ms)   size (KB)   KB/client   recalc (ms)   sheets"];
  for (const f of figures) {
    const cells = [
      f.buildMs.toFixed(0),
      (f.xlsxBytes / 1024).toFixed(1),
      (f.xlsxBytes / 1024 / f.clients).toFixed(1),
      f.recalcMs === null ? "-" : f.recalcMs.toFixed(0),
      String(f.recalcSheets ?? "-"),
    ];
    lines.push(`${String(f.clients).padStart(7)}   ${cells.map((c) => c.padStart(10)).join("   ")}`);
  }
  const buildMs = fits["buildMs"];
  const xlsxBytes = fits["xlsxBytes"];
  const recalcMs = fits["recalcMs"];
  if (buildMs !== undefined) lines.push(`build time: ${growthText(buildMs, "ms")}`);
  if (xlsxBytes !== undefined) lines.push(`.xlsx size: ${growthText(xlsxBytes, "KB", 1024)}`);
  if (recalcMs !== undefined) lines.push(`LibreOffice recalculation: ${growthText(recalcMs, "ms")}`);
  return lines.join("\n");
}

/** Everything the build part measured. */
export interface BuildReport {
  readonly about: { readonly node: string; readonly libreOffice: string | null; readonly runs: number };
  readonly figures: readonly BuildFigure[];
  readonly fits: Readonly<Record<string, Growth>>;
}

/** Builds each plan size `RUNS` times and, when `recalcToo`, recalculates each in LibreOffice `RUNS` times. */
export async function runBuildBench(sizes: readonly number[], recalcToo: boolean): Promise<BuildReport> {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const size of sizes) {
    writeFileSync(join(OUT_DIR, `clientes-${size}.csv`), clientsCsv(size), "utf8");
    writeFileSync(join(OUT_DIR, `detalle-${size}.json`), detailJson(size), "utf8");
  }
  const first = sizes[0] ?? 10;
  await timeBuild(first); // warm-up: module loading and JIT are not part of a build
  const recalc = recalcToo ? await createRecalcTimer(OUT_DIR, join(OUT_DIR, `plan-${first}.xlsx`)) : null;
  const figures: BuildFigure[] = [];
  try {
    for (const size of sizes) figures.push(await measureSize(size, recalc));
  } finally {
    recalc?.dispose();
  }
  const about = { node: process.version, libreOffice: recalc?.version ?? null, runs: RUNS };
  return { about, figures, fits: growths(figures) };
}

/** The build part as a report. */
export function buildReportText(report: BuildReport): string {
  const { node, libreOffice, runs } = report.about;
  const tool = libreOffice === null ? "no LibreOffice run" : libreOffice;
  const title = `vam-plan build in-process and LibreOffice recalculation, median of ${runs} runs (node ${node}; ${tool})`;
  return `${title}\n${table(report.figures, report.fits)}`;
}

async function main(): Promise<void> {
  const json = wantsJson(process.argv, "bench:build");
  const report = await runBuildBench(sizesFrom(process.argv), !process.argv.includes("--no-recalc"));
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${buildReportText(report)}\n`);
}

// Run alone by `npm run bench:build`; `npm run bench` imports the runner instead.
if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`bench-build failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
