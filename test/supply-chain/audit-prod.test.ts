/**
 * `npm run audit:prod` (scripts/audit-prod.js) tells apart an advisory service that cannot be asked (exit 0,
 * with a loud line: nothing was checked) from high or critical advisories (exit 1). The two "unreachable"
 * reports are what npm 11 printed on this project's network (fixtures/); the others follow npm's audit report
 * format v2 and are made up for the test.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { testOutputPath } from "../support/test-output-path";

const ROOT = resolve(__dirname, "..", "..");
const SCRIPT = join(ROOT, "scripts", "audit-prod.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the script is plain Node (CommonJS)
const { classifyAudit } = require(SCRIPT) as { classifyAudit(report: unknown): { kind: string } };

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(__dirname, "fixtures", name), "utf8"));
}

/** An audit report (format v2) with one advisory of `severity` on jszip. */
function reportWith(severity: "low" | "moderate" | "high" | "critical"): unknown {
  const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, [severity]: 1, total: 1 };
  return {
    auditReportVersion: 2,
    vulnerabilities: {
      jszip: {
        name: "jszip",
        severity,
        isDirect: true,
        via: [{ source: 1, name: "jszip", title: "Made-up advisory for the test", severity, range: "<99.0.0" }],
        effects: [],
        range: "<99.0.0",
        nodes: ["node_modules/jszip"],
        fixAvailable: false,
      },
    },
    metadata: { vulnerabilities: counts, dependencies: { prod: 196, dev: 0, total: 195 } },
  };
}

const CLEAN = {
  auditReportVersion: 2,
  vulnerabilities: {},
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } },
};

interface AuditCase {
  readonly name: string;
  readonly report: unknown;
  readonly kind: "unreachable" | "clean" | "advisories" | "failed";
  readonly code: 0 | 1 | 2;
  readonly line: RegExp;
}

const NOTHING_CHECKED = /ADVISORY SERVICE UNREACHABLE, NOTHING WAS CHECKED/;
const NO_HIGH = /no high or critical advisory/;

const CASES: readonly AuditCase[] = [
  {
    name: "the registry answers 405 to the advisory endpoint",
    report: fixture("audit-405.json"),
    kind: "unreachable",
    code: 0,
    line: NOTHING_CHECKED,
  },
  {
    name: "the advisory host does not resolve",
    report: fixture("audit-enotfound.json"),
    kind: "unreachable",
    code: 0,
    line: NOTHING_CHECKED,
  },
  { name: "no advisory at all", report: CLEAN, kind: "clean", code: 0, line: NO_HIGH },
  { name: "only a moderate advisory", report: reportWith("moderate"), kind: "clean", code: 0, line: NO_HIGH },
  {
    name: "a high advisory",
    report: reportWith("high"),
    kind: "advisories",
    code: 1,
    line: /HIGH OR CRITICAL ADVISORIES.*jszip \(high\)/,
  },
  {
    name: "a critical advisory",
    report: reportWith("critical"),
    kind: "advisories",
    code: 1,
    line: /HIGH OR CRITICAL ADVISORIES.*jszip \(critical\)/,
  },
  {
    name: "npm finds no lockfile",
    report: { error: { code: "ENOLOCK", summary: "This command requires an existing lockfile." } },
    kind: "failed",
    code: 2,
    line: /npm audit failed/,
  },
  {
    name: "an HTTP error from another endpoint",
    report: { message: "404 Not Found - GET https://registry.npmjs.org/x", statusCode: 404 },
    kind: "failed",
    code: 2,
    line: /npm audit failed/,
  },
];

describe("audit:prod", () => {
  it.each(CASES)("given $name, classifies the report as $kind", ({ report, kind }) => {
    expect(classifyAudit(report).kind).toBe(kind);
  });

  it.each(CASES)("given $name, exits $code and says so", ({ name, report, code, line }) => {
    const file = testOutputPath("supply-chain", `audit-${CASES.findIndex((c) => c.name === name)}.json`);
    writeFileSync(file, JSON.stringify(report));
    const run = spawnSync(process.execPath, [SCRIPT, "--from", file], { encoding: "utf8" });
    expect(run.status).toBe(code);
    expect(`${run.stdout}${run.stderr}`).toMatch(line);
  });

  it("is the package's audit:prod script", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts["audit:prod"]).toBe("node scripts/audit-prod.js");
  });
});
