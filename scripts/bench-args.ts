/** The benchmarks' command-line options, shared by scripts/bench.ts and scripts/bench-build.ts. */
import { DEFAULT_RECALC_TIMEOUT_MS } from "./bench-recalc";

/** Plan sizes measured when no `--sizes` is given, clients. */
export const DEFAULT_SIZES: readonly number[] = [10, 50, 200, 500];

/** `--sizes 10,50` → [10, 50]; the default sizes otherwise. Two sizes at least: a growth needs them. */
export function sizesFrom(argv: readonly string[]): readonly number[] {
  const at = argv.indexOf("--sizes");
  if (at < 0) return DEFAULT_SIZES;
  const sizes = (argv[at + 1] ?? "").split(",").map(Number);
  const distinct = new Set(sizes).size === sizes.length;
  if (sizes.length < 2 || !distinct || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error("--sizes takes two distinct plan sizes at least, e.g. --sizes 10,50,200");
  }
  return sizes;
}

/** Whether `--json` asked for a JSON object alone on stdout; warns on stderr when npm's banner will precede it. */
export function wantsJson(argv: readonly string[], script: string): boolean {
  const json = argv.includes("--json");
  if (json && process.env["npm_lifecycle_event"] !== undefined && process.env["npm_config_loglevel"] !== "silent") {
    process.stderr.write(
      `${script}: npm printed its banner on stdout; for JSON alone run \`npm run --silent ${script} -- --json\`\n`,
    );
  }
  return json;
}

/** `--no-recalc` and `--recalc-timeout <seconds>` → the build part's options. */
export function buildOptionsFrom(argv: readonly string[]): { recalc: boolean; recalcTimeoutMs: number } {
  const at = argv.indexOf("--recalc-timeout");
  const seconds = at < 0 ? DEFAULT_RECALC_TIMEOUT_MS / 1000 : Number(argv[at + 1]);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error("--recalc-timeout takes seconds, e.g. 1800");
  return { recalc: !argv.includes("--no-recalc"), recalcTimeoutMs: seconds * 1000 };
}
