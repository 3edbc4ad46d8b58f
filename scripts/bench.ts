/**
 * Benchmark (not a test), the figures of docs/PERFORMANCE.md in one run, for plans of 10, 50, 200 and 500
 * clients: the use cases on excel-sim (syncs, request and response bytes, time at 100 ms per round trip,
 * budgets; scripts/bench-sync.ts), the .xlsx build with LibreOffice's recalculation of the whole workbook
 * (scripts/bench-build.ts), and the task pane bundle of the production build `npm run bench` makes first
 * (scripts/bench-bundle.ts); with how each figure grows with the number of clients (scripts/bench-fit.ts).
 *
 *   npm run bench                         every part as text (500 clients take minutes: LibreOffice)
 *   npm run --silent bench -- --json      only a JSON object on stdout (--silent keeps npm's banner off stdout)
 *   npm run bench -- --sizes 10,50        other plan sizes;  --no-xlsx  without the .xlsx part;
 *                                         --no-recalc  without LibreOffice; --recalc-timeout 1800  seconds
 *                                         one LibreOffice run may take (600 by default)
 *   npm run bench:build                   the .xlsx part alone
 */
import { execSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { buildOptionsFrom, sizesFrom, wantsJson } from "./bench-args";
import { runBuildBench, type BuildReport } from "./bench-build";
import { buildReportText } from "./bench-build-text";
import { bundleReportText, readBundle } from "./bench-bundle";
import { runSyncBench } from "./bench-sync";
import { syncReportText } from "./bench-sync-text";

/** The commit measured, with "+changes" when the measured code (src, excel-sim, scripts) differs from it. */
function commitOf(): string | null {
  try {
    const commit = execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
    const dirty =
      execSync("git status --porcelain --untracked-files=no -- src excel-sim scripts", { encoding: "utf8" }).trim() !==
      "";
    return dirty ? `${commit}+changes` : commit;
  } catch (e: unknown) {
    if (e instanceof Error) return null;
    throw e;
  }
}

async function main(): Promise<void> {
  const argv = process.argv;
  const json = wantsJson(argv, "bench");
  const sizes = sizesFrom(argv);
  const cpu = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}`;
  // Wall-clock figures depend on what else runs: the 1-minute load average before and after says how busy it was.
  const about = {
    commit: commitOf(),
    node: process.version,
    platform: process.platform,
    cpu,
    sizes,
    loadBefore: loadavg()[0] ?? 0,
  };
  const sync = await runSyncBench(sizes);
  const build: BuildReport | null = argv.includes("--no-xlsx")
    ? null
    : await runBuildBench(sizes, buildOptionsFrom(argv));
  const bundle = readBundle();
  const load = { before: about.loadBefore, after: loadavg()[0] ?? 0 };
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ about: { ...about, loadAfter: load.after }, sync, build, bundle }, null, 2)}\n`,
    );
    return;
  }
  const parts = [
    `VAM Account Planner benchmark: commit ${about.commit ?? "unknown"}, node ${about.node}, ${about.platform}, ${about.cpu}` +
      `; 1-minute load average ${load.before.toFixed(1)} before, ${load.after.toFixed(1)} after`,
    syncReportText(sync),
    build === null ? "(.xlsx build and recalculation skipped: --no-xlsx)" : buildReportText(build),
    bundleReportText(bundle),
  ];
  process.stdout.write(`${parts.join("\n\n")}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
