import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeWithLibreOffice, libreOfficeAvailable } from "./libreoffice";

// describeWithLibreOffice decides at collection time, so the environment is staged here, at module level.
const saved = { path: process.env["PATH"], ci: process.env["CI"] };
const warnings: unknown[][] = [];
const originalWarn = console.warn;
console.warn = (...args: unknown[]) => warnings.push(args);
process.env["PATH"] = "";
delete process.env["CI"];
describeWithLibreOffice("a suite that needs LibreOffice", () => {
  it("is skipped when soffice is missing", () => {
    throw new Error("must not run without soffice");
  });
});
console.warn = originalWarn;
process.env["PATH"] = saved.path;
if (saved.ci !== undefined) process.env["CI"] = saved.ci;

describe("describeWithLibreOffice without soffice and without CI", () => {
  it("given soffice is missing, it skips the suite with one console line naming soffice", () => {
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0]?.[0])).toMatch(/SKIPPED "a suite that needs LibreOffice".*soffice/);
  });
});

describe("libreOfficeAvailable", () => {
  const dir = mkdtempSync(join(tmpdir(), "vam-path-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function withPath<T>(path: string, run: () => T): T {
    const before = process.env["PATH"];
    process.env["PATH"] = path;
    try {
      return run();
    } finally {
      process.env["PATH"] = before;
    }
  }

  it("given an empty PATH, it is false", () => {
    expect(withPath("", libreOfficeAvailable)).toBe(false);
  });

  it("given a PATH folder with a non-executable soffice, it is false; executable, it is true", () => {
    const program = join(dir, "soffice");
    writeFileSync(program, "#!/bin/sh\n");
    chmodSync(program, 0o644);
    expect(withPath(dir, libreOfficeAvailable)).toBe(false);
    chmodSync(program, 0o755);
    expect(withPath(dir, libreOfficeAvailable)).toBe(true);
  });
});
