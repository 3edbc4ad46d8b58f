/**
 * The bundle part of the benchmark: what Office downloads for the task pane, from the production build in dist/
 * (`npm run bench` runs webpack first, not `npm run build`, whose budget check would stop the bench when the
 * pane is over budget: here that is a figure), read through scripts/bundle-modules.js (source-map attribution). The bundle
 * is code only, no plan data, so it is the same for every plan size: there is no growth to fit.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join, posix, resolve } from "node:path";

/** One module's minified bytes in a chunk. */
interface ModuleBytes {
  readonly name: string;
  readonly bytes: number;
}

/** One shipped script of the pane, as scripts/bundle-modules.js describes it. */
interface PaneChunk {
  readonly file: string;
  /** Loaded by taskpane.html at start (otherwise fetched on first use of a view). */
  readonly start: boolean;
  readonly rawBytes: number;
  /** gzip level 9, bytes. */
  readonly gzipBytes: number;
  /** Largest first. */
  readonly modules: readonly ModuleBytes[];
}

interface BundleModules {
  readonly BUDGET_GZIP_BYTES: number;
  readonly paneBundle: (dist: string) => readonly PaneChunk[];
}

/** What the bench reports of the pane's bundle. */
export interface BundleReport {
  readonly dist: string;
  readonly budgetGzipBytes: number;
  readonly startGzipBytes: number;
  readonly chunks: readonly Omit<PaneChunk, "modules">[];
  /** The start chunks' minified bytes per folder (src/app, src/i18n/messages …), largest first. */
  readonly startByFolder: readonly ModuleBytes[];
  /** The start chunks' largest modules, minified bytes. */
  readonly startLargest: readonly ModuleBytes[];
}

/** How many of the start chunk's largest modules the report lists. */
const LARGEST = 10;

function byFolder(modules: readonly ModuleBytes[]): ModuleBytes[] {
  const totals = new Map<string, number>();
  for (const m of modules) {
    const folder = m.name.startsWith("src/") ? posix.dirname(m.name) : m.name;
    totals.set(folder, (totals.get(folder) ?? 0) + m.bytes);
  }
  return [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/** The pane's chunks in `dist` (relative to the working directory); throws when there is no production build. */
export function readBundle(dist = "dist"): BundleReport {
  const root = resolve(dist);
  const page = join(root, "taskpane.html");
  if (!existsSync(page)) throw new Error(`${page} not found: run \`npm run build\` first`);
  // bundle-modules.js is plain CommonJS beside this file's source, not compiled with it: load it from the repository.
  const load = createRequire(__filename);
  const modules = load(resolve("scripts", "bundle-modules.js")) as BundleModules;
  const chunks = modules.paneBundle(root);
  const start = chunks.filter((c) => c.start);
  const startModules = start.flatMap((c) => c.modules);
  return {
    dist: root,
    budgetGzipBytes: modules.BUDGET_GZIP_BYTES,
    startGzipBytes: start.reduce((sum, c) => sum + c.gzipBytes, 0),
    chunks: chunks.map(({ file, start: atStart, rawBytes, gzipBytes }) => ({
      file,
      start: atStart,
      rawBytes,
      gzipBytes,
    })),
    startByFolder: byFolder(startModules),
    startLargest: [...startModules].sort((a, b) => b.bytes - a.bytes).slice(0, LARGEST),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The bundle part as a report. */
export function bundleReportText(report: BundleReport): string {
  const lines = [`Task pane bundle (${report.dist}); the same at every plan size: code, no plan data`];
  for (const c of report.chunks) {
    const when = c.start ? "at start" : "on demand";
    lines.push(
      `  ${c.file.padEnd(28)} ${when.padEnd(9)} ${kb(c.rawBytes).padStart(9)} raw ${kb(c.gzipBytes).padStart(8)} gzip`,
    );
  }
  const headroom = report.budgetGzipBytes - report.startGzipBytes;
  const verdict = headroom >= 0 ? `headroom ${headroom} B` : `OVER by ${-headroom} B`;
  lines.push(`  at start: ${kb(report.startGzipBytes)} gzip of the ${kb(report.budgetGzipBytes)} budget (${verdict})`);
  lines.push("  start chunk by folder (minified bytes):");
  for (const f of report.startByFolder) lines.push(`    ${f.name.padEnd(34)} ${String(f.bytes).padStart(7)}`);
  lines.push(`  start chunk's ${LARGEST} largest modules (minified bytes):`);
  for (const m of report.startLargest) lines.push(`    ${m.name.padEnd(50)} ${String(m.bytes).padStart(7)}`);
  return lines.join("\n");
}
