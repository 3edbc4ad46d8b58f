/**
 * LibreOffice's time to open an .xlsx, recalculate every formula of the whole workbook and write every sheet
 * out (headless soffice, one CSV per sheet), for the build benchmark. The profile forces recalculation on load
 * (Calc's OOXMLRecalcMode 0, "always"): by default LibreOffice keeps the values an Excel file has cached, which
 * would time a file read, not a recalculation. The files `vam-plan build` writes cache no values (formulas only,
 * no <v>), so Calc computes them all anyway; the setting keeps the figure honest for a file saved by Excel.
 * Each run starts soffice afresh, so every time includes its start-up (and the CSV writing); a warm-up run
 * first creates the profile, which is not measured.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

/** Every sheet to CSV: separator `,`, quote `"`, UTF-8, and -1 = all sheets, one file each. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** Calc → Formula → Load → "Recalculation on file load", Excel 2007 and newer: 0 = always recalculate. */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Default limit of one run, milliseconds: a plan that takes longer is reported as such, not waited for. */
export const DEFAULT_RECALC_TIMEOUT_MS = 600_000;

/** One recalculation: its wall time (ms) and the sheets LibreOffice wrote, or the limit it ran past (ms). */
export type RecalcRun =
  | { readonly kind: "finished"; readonly ms: number; readonly sheets: number }
  | { readonly kind: "timedOut"; readonly limitMs: number };

/** Times LibreOffice recalculations of .xlsx files with one private profile. */
export interface RecalcTimer {
  time(xlsxPath: string): Promise<RecalcRun>;
  readonly version: string;
  readonly timeoutMs: number;
  dispose(): void;
}

/** Runs soffice; resolves "timedOut" when it ran past `timeoutMs` (execFile then ends it with SIGTERM). */
function soffice(args: readonly string[], timeoutMs: number): Promise<"done" | "timedOut"> {
  return new Promise((resolve, reject) => {
    execFile("soffice", [...args], { timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error === null) resolve("done");
      else if (error.killed) resolve("timedOut");
      else reject(new Error(`soffice failed: ${error.message}\n${stdout}${stderr}`));
    });
  });
}

/** LibreOffice's version line, or null when `soffice` does not run here. */
export function libreOfficeVersion(): Promise<string | null> {
  return new Promise((resolve) => {
    execFile("soffice", ["--version"], { timeout: 60_000 }, (error, stdout) => {
      resolve(error === null ? stdout.trim() : null);
    });
  });
}

function sofficeArgs(profile: string, out: string, xlsxPath: string): string[] {
  const profileUrl = `-env:UserInstallation=${pathToFileURL(profile).href}`;
  return [
    "--headless",
    "--norestore",
    "--nolockcheck",
    profileUrl,
    "--calc",
    "--convert-to",
    CSV_FILTER,
    "--outdir",
    out,
    xlsxPath,
  ];
}

/**
 * A timer whose profile (under `workDir`) always recalculates on load; `warmUp` is converted once, untimed.
 * Each run may take up to `timeoutMs`.
 */
export async function createRecalcTimer(
  workDir: string,
  warmUp: string,
  timeoutMs = DEFAULT_RECALC_TIMEOUT_MS,
): Promise<RecalcTimer> {
  const version = await libreOfficeVersion();
  if (version === null) throw new Error("soffice not found: install LibreOffice (libreoffice-calc-nogui)");
  const profile = join(workDir, "lo-profile");
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
  const run = async (xlsxPath: string, limitMs: number): Promise<RecalcRun> => {
    const out = mkdtempSync(join(workDir, "lo-out-"));
    try {
      const started = performance.now();
      const ended = await soffice(sofficeArgs(profile, out, xlsxPath), limitMs);
      const ms = performance.now() - started;
      if (ended === "timedOut") return { kind: "timedOut", limitMs };
      const sheets = readdirSync(out).filter((f) => f.endsWith(".csv")).length;
      // soffice exits 0 when it cannot convert a file; a run that wrote nothing timed nothing.
      if (sheets === 0) throw new Error(`soffice wrote no sheet of ${xlsxPath}`);
      return { kind: "finished", ms, sheets };
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  };
  // The warm-up also creates the profile: it gets the default limit at least, whatever the runs' limit.
  const warmUpLimitMs = Math.max(timeoutMs, DEFAULT_RECALC_TIMEOUT_MS);
  const warm = await run(warmUp, warmUpLimitMs);
  if (warm.kind === "timedOut") throw new Error(`LibreOffice did not open ${warmUp} within ${warmUpLimitMs} ms`);
  return {
    time: (xlsxPath) => run(xlsxPath, timeoutMs),
    version,
    timeoutMs,
    dispose: () => {
      if (existsSync(profile)) rmSync(profile, { recursive: true, force: true });
    },
  };
}
