/** Everything `vam-plan` needs from the outside world, injected so tests run it in-process. */
import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";

/** The command line's view of the process: output streams, files, randomness and the clock. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly writeFile: (path: string, data: Uint8Array) => Promise<void>;
  /** `n` cryptographically random bytes (client ids). */
  readonly randomBytes: (n: number) => Uint8Array;
  readonly now: () => Date;
  /** The absolute form of a path, for messages. */
  readonly absolutePath: (path: string) => string;
}

/** Exit codes: the workbook was built (maybe without some rows); input unusable or nothing built; bad usage. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** The real process: stdout/stderr, the file system, node:crypto and the system clock. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path),
    writeFile: (path, data) => writeFile(path, data),
    randomBytes: (n) => randomBytes(n),
    now: () => new Date(),
    absolutePath: (path) => resolve(path),
  };
}

/** The `code` of a Node system error (`ENOENT`, `EACCES`, ...), or `undefined` for anything else. */
export function systemErrorCode(e: unknown): string | undefined {
  if (typeof e !== "object" || e === null || !("code" in e)) return undefined;
  return typeof e.code === "string" ? e.code : undefined;
}
