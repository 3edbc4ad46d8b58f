#!/usr/bin/env node
/**
 * `npm run audit:prod`: `npm audit --omit=dev` (exceljs, jszip and what they pull in; the task pane ships none
 * of them) with outcomes a CI job can act on:
 *   exit 0  no high or critical advisory, or the advisory service could not be asked — then a loud line says
 *           that NOTHING WAS CHECKED (some registries and mirrors answer 405 to the advisory endpoint, or a
 *           network without the internet cannot reach it), so CI on such a network does not fail for it;
 *   exit 1  high or critical advisories found, listed by package;
 *   exit 2  npm audit failed some other way (no lockfile, unreadable output): its output is shown.
 * Usage: node scripts/audit-prod.js [--from report.json]   (--from classifies a saved `npm audit --json`)
 * Also a module: { classifyAudit } for test/supply-chain.
 */
const fs = require("node:fs");
const { spawnSync } = require("node:child_process");

/** Severities that fail the audit. */
const FAILING = ["high", "critical"];

/** Network failures npm reports in an audit error's message when it never got an answer. */
const NETWORK_FAILURE =
  /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up)\b/;

/**
 * What an `npm audit --json` report says: `unreachable` (an HTTP error from the advisory endpoint, or no
 * network), `advisories` (high or critical found), `clean`, or `failed` (anything else).
 */
function classifyAudit(report) {
  const counts = report?.metadata?.vulnerabilities;
  if (counts !== undefined && counts !== null && typeof counts === "object") {
    const failing = Object.entries(report.vulnerabilities ?? {})
      .filter(([, v]) => FAILING.includes(v?.severity))
      .map(([name, v]) => `${name} (${v.severity})`);
    const total = FAILING.reduce((sum, level) => sum + (Number(counts[level]) || 0), 0);
    return total > 0 || failing.length > 0 ? { kind: "advisories", counts, failing } : { kind: "clean", counts };
  }
  const message = typeof report?.message === "string" ? report.message : "";
  const fromAdvisoryService = /\/-\/npm\/v1\/security\//.test(`${message} ${report?.uri ?? ""}`);
  const httpError = typeof report?.statusCode === "number" && report.statusCode >= 400;
  if (fromAdvisoryService && (httpError || NETWORK_FAILURE.test(message))) return { kind: "unreachable", message };
  return { kind: "failed", message: message || "npm audit gave no report" };
}

/** Runs npm audit for production dependencies and returns its JSON report (or why there is none). */
function runNpmAudit() {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["audit", "--omit=dev", "--json"], {
    encoding: "utf8",
    shell: process.platform === "win32",
  });
  try {
    return JSON.parse(result.stdout);
  } catch {
    return { message: `npm audit printed no JSON (exit ${result.status}): ${result.stderr || result.stdout}` };
  }
}

function main() {
  const from = process.argv.indexOf("--from");
  const report = from >= 0 ? JSON.parse(fs.readFileSync(process.argv[from + 1], "utf8")) : runNpmAudit();
  const verdict = classifyAudit(report);
  switch (verdict.kind) {
    case "clean":
      console.log(`audit:prod: no high or critical advisory (${JSON.stringify(verdict.counts)})`);
      return 0;
    case "advisories":
      console.error(
        `audit:prod: HIGH OR CRITICAL ADVISORIES in production dependencies: ${verdict.failing.join(", ")}`,
      );
      console.error("  Run `npm audit --omit=dev` for the advisories and fixes.");
      return 1;
    case "unreachable":
      console.warn("*** audit:prod: ADVISORY SERVICE UNREACHABLE, NOTHING WAS CHECKED ***");
      console.warn(`    ${verdict.message}`);
      console.warn("    Run `npm run audit:prod` where the npm registry's advisory endpoint answers.");
      return 0;
    default:
      console.error(`audit:prod: npm audit failed: ${verdict.message}`);
      return 2;
  }
}

if (require.main === module) process.exitCode = main();

module.exports = { classifyAudit };
