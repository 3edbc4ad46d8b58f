/**
 * Seeded fast-check runs for the property suites (they run in `npm test`). The seed is fixed unless FC_SEED
 * sets it, so runs are deterministic; FC_PATH replays one counterexample; FC_RUNS overrides every property's
 * run count (raise it locally: `FC_RUNS=1000 FC_SEED=7 npx jest test/property`); FC_VERBOSE=1 makes the
 * co-authoring suite log each use case's result. The seed is printed before a property runs, and a failure
 * starts with the command that replays it.
 */
import fc from "fast-check";

/** The seed every property uses unless FC_SEED says otherwise. */
export const DEFAULT_SEED = 20_271_206;

/** Seed, replay path and run count of one property, from the environment and the property's default. */
export interface RunSettings {
  readonly seed: number;
  readonly path: string | undefined;
  readonly numRuns: number;
}

function envInteger(name: string): number | undefined {
  const text = process.env[name]?.trim();
  if (text === undefined || text === "") return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got ${JSON.stringify(text)}`);
  return value;
}

/** The settings of a property whose default run count is `defaultRuns`. */
export function runSettings(defaultRuns: number): RunSettings {
  const path = process.env.FC_PATH?.trim();
  return {
    seed: envInteger("FC_SEED") ?? DEFAULT_SEED,
    path: path === undefined || path === "" ? undefined : path,
    numRuns: envInteger("FC_RUNS") ?? defaultRuns,
  };
}

/** The shell command that replays a failure of `title` in `file`. */
export function replayCommand(file: string, title: string, seed: number, path: string | undefined): string {
  const pathPart = path === undefined ? "" : ` FC_PATH=${JSON.stringify(path)}`;
  return `FC_SEED=${seed}${pathPart} npx jest ${file} -t ${JSON.stringify(title)}`;
}

/** Longest string a report shows whole; longer ones show their start and length (32,767-unit names...). */
const SHOWN_STRING = 60;

/** A value as JSON, long strings cut, so a counterexample stays readable. */
export function shortJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "string" && v.length > SHOWN_STRING ? `${v.slice(0, 24)}…[${v.length} units]` : v,
  );
}

/** What a failed run says: the replay command, seed, path, the shrunk counterexample and the error. */
function failureReport<Ts>(file: string, title: string, details: fc.RunDetails<Ts>): string {
  const path = details.counterexamplePath ?? undefined;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return [
    `Replay with: ${replayCommand(file, title, details.seed, path)}`,
    `Failed after ${details.numRuns} runs (seed ${details.seed}, path ${JSON.stringify(path)}), shrunk ${details.numShrinks} times`,
    `Counterexample: ${shortJson(details.counterexample)}`,
    cause,
  ].join("\n");
}

/**
 * Checks `property` with the seeded settings; prints the seed first, and on failure throws fast-check's
 * report (seed, path, shrunk counterexample) preceded by the command that replays it.
 */
export async function checkProperty<Ts>(
  file: string,
  title: string,
  property: fc.IRawProperty<Ts>,
  defaultRuns: number,
): Promise<fc.RunDetails<Ts>> {
  const settings = runSettings(defaultRuns);
  console.log(
    `[property] ${title}: seed ${settings.seed}, ${settings.numRuns} runs${settings.path ? `, path ${settings.path}` : ""}`,
  );
  const details = await fc.check(property, {
    seed: settings.seed,
    numRuns: settings.numRuns,
    ...(settings.path === undefined ? {} : { path: settings.path }),
  });
  if (details.failed) throw new Error(failureReport(file, title, details));
  return details;
}

/**
 * A jest test named `title` that checks `property` (see checkProperty). `timeoutMs` overrides jest's limit
 * for properties whose runs take long (it bounds a hang, it asserts nothing about speed); it grows with
 * FC_RUNS above the default, so a local run with more runs is not cut short.
 */
export function itHolds<Ts>(
  file: string,
  title: string,
  property: fc.IRawProperty<Ts>,
  defaultRuns: number,
  timeoutMs?: number,
): void {
  const scale = Math.max(1, runSettings(defaultRuns).numRuns / defaultRuns);
  it(
    title,
    async () => {
      await checkProperty(file, title, property, defaultRuns);
    },
    timeoutMs === undefined ? undefined : Math.ceil(timeoutMs * scale),
  );
}

/** Counts what a property exercised, for the line each suite prints. */
export class RunTally {
  private readonly counts = new Map<string, number>();

  /** Adds `n` to the count of `what`. */
  add(what: string, n = 1): void {
    this.counts.set(what, (this.counts.get(what) ?? 0) + n);
  }

  /** The count of `what` so far. */
  get(what: string): number {
    return this.counts.get(what) ?? 0;
  }

  /** `what count` pairs, in the order first counted. */
  summary(): string {
    return [...this.counts].map(([what, n]) => `${what} ${n}`).join(", ");
  }
}
