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

/** A cold start on a slow machine with a large workbook can take minutes. */
const TIMEOUT_MS = 600_000;

/** One timed recalculation: wall time, milliseconds, and how many sheets LibreOffice wrote. */
export interface RecalcRun {
  readonly ms: number;
  readonly sheets: number;
}

/** Times LibreOffice recalculations of .xlsx files with one private profile. */
export interface RecalcTimer {
  time(xlsxPath: string): Promise<RecalcRun>;
  version: string;
  dispose(): void;
}

function soffice(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("soffice", [...args], { timeout: TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error !== null) reject(new Error(`soffice failed: ${error.message}\n${stdout}${stderr}`));
      else resolve(stdout);
    });
  });
}

/** Whether `soffice` runs here. */
export async function libreOfficeVersion(): Promise<string | null> {
  try {
    return (await soffice(["--version"])).trim();
  } catch (e: unknown) {
    if (e instanceof Error) return null;
    throw e;
  }
}

/** A timer whose profile (under `workDir`) always recalculates on load; `warmUp` is converted once, untimed. */
export async function createRecalcTimer(workDir: string, warmUp: string): Promise<RecalcTimer> {
  const version = await libreOfficeVersion();
  if (version === null) throw new Error("soffice not found: install LibreOffice (libreoffice-calc-nogui)");
  const profile = join(workDir, "lo-profile");
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
  const time = async (xlsxPath: string): Promise<RecalcRun> => {
    const out = mkdtempSync(join(workDir, "lo-out-"));
    try {
      const args = [
        "--headless",
        "--norestore",
        "--nolockcheck",
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
      ];
      const started = performance.now();
      await soffice([...args, "--calc", "--convert-to", CSV_FILTER, "--outdir", out, xlsxPath]);
      const ms = performance.now() - started;
      const sheets = readdirSync(out).filter((f) => f.endsWith(".csv")).length;
      // soffice exits 0 when it cannot convert a file; a run that wrote nothing timed nothing.
      if (sheets === 0) throw new Error(`soffice wrote no sheet of ${xlsxPath}`);
      return { ms, sheets };
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  };
  await time(warmUp);
  return {
    time,
    version,
    dispose: () => {
      if (existsSync(profile)) rmSync(profile, { recursive: true, force: true });
    },
  };
}
