/**
 * Benchmark (not a test): times `vam-plan build` in-process for 10, 50 and 200 generated clients, 3 runs
 * each, and prints the median time and the file size per size, and whether growth is roughly linear.
 * Run with `npm run bench:build` (compiled by tsconfig.cli.json, like the command line itself).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { nodeIo, type CliIo } from "../src/cli/cli-io";
import { runCli } from "../src/cli/main";

const SIZES = [10, 50, 200] as const;
const RUNS = 3;
/** Marginal cost per client may grow this much from the small to the large step and still count as linear. */
const LINEAR_TOLERANCE = 1.5;
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

/**
 * Whether the cost of each added client stays about the same from the small step to the large one:
 * a ratio far below 1 means fixed costs or noise dominate the small step (rerun on an idle machine).
 */
function growth(points: readonly { size: number; value: number }[], unit: string): string {
  const [a, b, c] = points;
  if (a === undefined || b === undefined || c === undefined) return "";
  const early = (b.value - a.value) / (b.size - a.size);
  const late = (c.value - b.value) / (c.size - b.size);
  const ratio = late / early;
  const verdict =
    ratio > LINEAR_TOLERANCE
      ? "worse than linear"
      : ratio < 1 / LINEAR_TOLERANCE
        ? "below linear (fixed costs or noise; rerun)"
        : "roughly linear";
  const step = (from: number, to: number, value: number): string => `${value.toFixed(2)} ${unit} (${from}→${to})`;
  return `${step(a.size, b.size, early)}, ${step(b.size, c.size, late)}: ratio ${ratio.toFixed(2)}, ${verdict}`;
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    writeFileSync(join(OUT_DIR, `clientes-${size}.csv`), clientsCsv(size), "utf8");
    writeFileSync(join(OUT_DIR, `detalle-${size}.json`), detailJson(size), "utf8");
  }
  await timeBuild(SIZES[0]); // warm-up: module loading and JIT are not part of a build
  const results: { size: number; ms: number; bytes: number }[] = [];
  for (const size of SIZES) {
    const runs: { ms: number; bytes: number }[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await timeBuild(size));
    results.push({ size, ms: median(runs.map((r) => r.ms)), bytes: runs[0]?.bytes ?? 0 });
  }
  process.stdout.write(`vam-plan build, in-process, median of ${RUNS} runs (node ${process.version})\n`);
  process.stdout.write("clients   time (ms)   ms/client   size (KB)   KB/client\n");
  for (const r of results) {
    const cells = [
      r.ms.toFixed(0),
      (r.ms / r.size).toFixed(1),
      (r.bytes / 1024).toFixed(1),
      (r.bytes / 1024 / r.size).toFixed(1),
    ];
    process.stdout.write(`${String(r.size).padStart(7)}   ${cells.map((c) => c.padStart(9)).join("   ")}\n`);
  }
  process.stdout.write(
    `time per added client: ${growth(
      results.map((r) => ({ size: r.size, value: r.ms })),
      "ms",
    )}\n`,
  );
  const sizes = results.map((r) => ({ size: r.size, value: r.bytes / 1024 }));
  process.stdout.write(`size per added client: ${growth(sizes, "KB")}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench-build failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
