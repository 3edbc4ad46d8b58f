import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HOSTILE_BAD_ROWS, HOSTILE_GOOD_NAMES, hostileClientsCsv } from "./hostile-clients";
import { readXlsx } from "./xlsx-contents";

const ROOT = join(__dirname, "..", "..");
const OUT = join(ROOT, "test-output", "cli");
const BIN = join(ROOT, "bin", "vam-plan.js");

function vamPlan(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("bin/vam-plan.js as a real process", () => {
  beforeAll(() => {
    // The real entry point is the compiled CommonJS of `npm run build:cli`.
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT });
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, "hostile.csv"), hostileClientsCsv(), "utf8");
  });

  it("given the hostile CSV, exits 0, lists each bad row with its line and writes one sheet set per good row", async () => {
    const out = join(OUT, "hostile.xlsx");
    const run = vamPlan(["build", "--clients", join(OUT, "hostile.csv"), "--out", out, "--year", "2027"]);
    expect(run.status).toBe(0);
    expect(run.stderr.match(/^Línea (\d+)/gm)).toEqual(HOSTILE_BAD_ROWS.map((row) => `Línea ${row.line}`));
    expect(run.stdout).toContain(`Plan 2027 creado: ${out}`);
    const book = await readXlsx(readFileSync(out));
    const verSheets = [...book.names.keys()].filter((name) => name.startsWith("vamVer_"));
    expect(verSheets).toHaveLength(HOSTILE_GOOD_NAMES.length);
    // Cartera, the hidden lists sheet and the very hidden meta sheet, then three sheets per client.
    expect(book.sheets).toHaveLength(3 + 3 * HOSTILE_GOOD_NAMES.length);
  });

  it("given an unknown flag, exits 2 and says which", () => {
    const run = vamPlan(["build", "--clients", "x.csv", "--out", "x.xlsx", "--sheets"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Opción desconocida --sheets.");
  });

  it("given a clients file that does not exist, exits 1", () => {
    const run = vamPlan(["build", "--clients", join(OUT, "missing.csv"), "--out", join(OUT, "missing.xlsx")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("no existe");
  });
});
