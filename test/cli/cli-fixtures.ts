/** Test helpers for the command line: an in-memory process (files, streams, clock, randomness) and CSV builders. */
import type { CliIo } from "../../src/cli/cli-io";
import { runCli } from "../../src/cli/main";

/** A CSV field quoted the way Excel quotes it: only when it holds the separator, a quote or a line break. */
export function excelField(value: string, separator = ";"): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV file as Spanish Excel's "CSV UTF-8" saves it: BOM, `;`, CRLF. */
export function spanishExcelCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map((v) => excelField(v)).join(";")).join("\r\n")}\r\n`;
}

/** What a run left behind. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly written: ReadonlyMap<string, Uint8Array>;
}

/** Options of an in-memory run. */
export interface FakeProcess {
  readonly files?: Readonly<Record<string, string | Uint8Array>>;
  /** The local clock; default 25 November 2026, 10:00. */
  readonly now?: Date;
  /** Makes writing fail with this Node error code. */
  readonly writeError?: string;
}

function systemError(code: string): Error {
  return Object.assign(new Error(code), { code });
}

/** Runs `vam-plan` in-process against in-memory files, a fixed clock and deterministic "random" bytes. */
export async function runInMemory(argv: readonly string[], process: FakeProcess = {}): Promise<CliRun> {
  const written = new Map<string, Uint8Array>();
  let stdout = "";
  let stderr = "";
  let seed = 20261125;
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: async (path) => {
      const file = process.files?.[path];
      if (file === undefined) throw systemError("ENOENT");
      return typeof file === "string" ? new TextEncoder().encode(file) : file;
    },
    writeFile: async (path, data) => {
      if (process.writeError !== undefined) throw systemError(process.writeError);
      written.set(path, data);
    },
    randomBytes: (n) =>
      Uint8Array.from({ length: n }, () => {
        // A linear congruential generator: deterministic, and its high bits are spread enough for ids.
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return seed >>> 24;
      }),
    now: () => process.now ?? new Date(2026, 10, 25, 10, 0),
    absolutePath: (path) => `/work/${path}`,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr, written };
}
