/**
 * LibreOffice Calc as an independent formula engine for tests: recalculates an .xlsx headlessly and
 * returns every sheet's computed values as rows of strings, keyed by the real sheet name.
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { readCsvRecords } from "../../src/domain/csv-records";
import { sheetParts } from "./xlsx-read";

/** The program the harness runs. */
export const SOFFICE = "soffice";

/**
 * CSV export filter: separator 44 (`,`), text delimiter 34 (`"`), charset 76 (UTF-8), start row 1, and
 * the last token -1 = every sheet, one file per sheet named `<file stem>-<sheet name>.csv`.
 */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
/** A cold start of soffice with a fresh profile takes a few seconds; a slow CI machine much more. */
const DEFAULT_TIMEOUT_MS = 180_000;

function isExecutableFile(path: string): boolean {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat !== undefined && stat.isFile() && (stat.mode & 0o111) !== 0;
}

/** Whether `soffice` is an executable file on PATH. */
export function libreOfficeAvailable(): boolean {
  return (process.env["PATH"] ?? "").split(delimiter).some((dir) => dir !== "" && isExecutableFile(join(dir, SOFFICE)));
}

function runSoffice(args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(SOFFICE, args, { timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error !== null) {
        reject(new Error(`${SOFFICE} failed: ${error.message}\nstdout: ${stdout}\nstderr: ${stderr}`));
      } else {
        resolve();
      }
    });
  });
}

/** Rows of a CSV file LibreOffice wrote (UTF-8, maybe with a BOM); a trailing line break ends the last row. */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, "").replace(/\r?\n$/, "");
  if (body === "") return [];
  const records = readCsvRecords(body, ",");
  const bad = records.find((record) => record.badQuotes);
  if (bad !== undefined) throw new Error(`CSV from LibreOffice has a malformed quote on line ${bad.line}`);
  return records.map((record) => [...record.fields]);
}

/**
 * Sheet name → CSV file name. LibreOffice (checked with 7.4) appends the sheet name verbatim:
 * `book-Acme · Ver.csv`, `book-O'Brien Ajustar.csv`, `book-Ñandú €.csv`; hidden and very hidden
 * sheets are exported too. The harness checks the files it finds against this, so a LibreOffice that
 * maps names differently fails loudly instead of losing a sheet.
 */
export function csvFileName(stem: string, sheetName: string): string {
  return `${stem}-${sheetName}.csv`;
}

function readSheets(outDir: string, sheetNames: readonly string[]): Map<string, string[][]> {
  const files = new Set(readdirSync(outDir));
  const result = new Map<string, string[][]>();
  for (const name of sheetNames) {
    const file = csvFileName("book", name);
    if (!files.has(file)) {
      throw new Error(`LibreOffice wrote no ${file}; it wrote: ${[...files].join(" | ")}`);
    }
    result.set(name, parseCsv(readFileSync(join(outDir, file), "utf8")));
  }
  return result;
}

/**
 * Recalculates an .xlsx with headless LibreOffice and returns each sheet's displayed values as rows of
 * strings, keyed by sheet name. Uses a private, unique profile so parallel runs never share an instance,
 * and removes its temporary files.
 */
export async function recalculate(xlsxPath: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Map<string, string[][]>> {
  const work = mkdtempSync(join(tmpdir(), "vam-lo-"));
  try {
    const input = join(work, "book.xlsx");
    const outDir = join(work, "out");
    mkdirSync(outDir);
    copyFileSync(xlsxPath, input);
    const profile = pathToFileURL(join(work, "profile")).href;
    await runSoffice(
      [
        "--headless",
        "--norestore",
        "--nolockcheck",
        `-env:UserInstallation=${profile}`,
        "--calc",
        "--convert-to",
        CSV_FILTER,
        "--outdir",
        outDir,
        input,
      ],
      timeoutMs,
    );
    const zip = await JSZip.loadAsync(readFileSync(input));
    const names = (await sheetParts(zip)).map((part) => part.name);
    return readSheets(outDir, names);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * `describe` for suites that need LibreOffice. Without `soffice` and without env CI, the suite is skipped
 * with one loud console line; with CI set it always runs, so a missing `soffice` fails the build.
 */
export function describeWithLibreOffice(title: string, fn: () => void): void {
  if (libreOfficeAvailable() || process.env["CI"] !== undefined) {
    describe(title, fn);
    return;
  }
  console.warn(
    `SKIPPED "${title}": LibreOffice's ${SOFFICE} is not on PATH (install LibreOffice, or set CI=1 to fail).`,
  );
  describe.skip(title, fn);
}
