#!/usr/bin/env node
/**
 * After `webpack --mode production`: prints the gzip size of the JavaScript that dist/taskpane.html loads
 * (Office's own script from Microsoft's CDN excluded) against the task pane budget, and exits 1 when over.
 * The budget is what the pane loads before it can show anything; the chunks it loads later, on first use of a
 * view (import, review, archive, December workflows), are listed with the total of a session that opens them all.
 * Usage: node scripts/build-report.js [distDir]
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

/** Budget for the task pane's own JavaScript, gzip bytes (60 KB). */
const BUDGET_GZIP_BYTES = 60 * 1024;

/** The src of every <script> in `html` that is not an absolute URL (those are Office's, not ours). */
function localScriptSources(html) {
  const sources = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) {
    const src = match[1];
    if (!/^(https?:)?\/\//i.test(src)) sources.push(src);
  }
  return sources;
}

/** Gzip size of `buffer` at the level web servers commonly use (9 gives the floor; 6 is typical). */
function gzipSize(buffer) {
  return zlib.gzipSync(buffer, { level: 9 }).length;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Scripts of `dist` that no page loads up front: the pane's chunks loaded on first use of a view. */
function reportOnDemandChunks(dist, startSources, startGzip) {
  const pageScripts = new Set(startSources.map((src) => src.split(/[?#]/)[0]));
  for (const page of fs.readdirSync(dist).filter((name) => name.endsWith(".html"))) {
    for (const src of localScriptSources(fs.readFileSync(path.join(dist, page), "utf8"))) {
      pageScripts.add(src.split(/[?#]/)[0]);
    }
  }
  const chunks = fs.readdirSync(dist).filter((name) => name.endsWith(".js") && !pageScripts.has(name));
  if (chunks.length === 0) return;
  let total = startGzip;
  console.log("Loaded later, on first use of a view:");
  for (const name of chunks.sort()) {
    const bytes = fs.readFileSync(path.join(dist, name));
    const gz = gzipSize(bytes);
    total += gz;
    console.log(`  ${name.padEnd(36)} ${kb(bytes.length).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
  }
  console.log(`  ${"total, every view opened".padEnd(36)} ${"".padStart(14)} ${kb(total).padStart(10)} gzip`);
}

function main() {
  const dist = path.resolve(process.argv[2] ?? "dist");
  const htmlPath = path.join(dist, "taskpane.html");
  if (!fs.existsSync(htmlPath)) {
    console.error(`build-report: ${htmlPath} not found; run the production build first.`);
    process.exitCode = 2;
    return;
  }
  const sources = localScriptSources(fs.readFileSync(htmlPath, "utf8"));
  if (sources.length === 0) {
    console.error("build-report: taskpane.html loads no local script; the report would be meaningless.");
    process.exitCode = 2;
    return;
  }
  let rawTotal = 0;
  let gzipTotal = 0;
  console.log("JavaScript loaded by taskpane.html (Office's office.js excluded):");
  for (const src of sources) {
    const bytes = fs.readFileSync(path.join(dist, src.split(/[?#]/)[0]));
    const gz = gzipSize(bytes);
    rawTotal += bytes.length;
    gzipTotal += gz;
    console.log(`  ${src.padEnd(36)} ${kb(bytes.length).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
  }
  const verdict = gzipTotal <= BUDGET_GZIP_BYTES ? "OK" : "OVER";
  console.log(`  ${"total at start".padEnd(36)} ${kb(rawTotal).padStart(10)} raw ${kb(gzipTotal).padStart(10)} gzip`);
  reportOnDemandChunks(dist, sources, gzipTotal);
  console.log(`Task pane budget ${kb(BUDGET_GZIP_BYTES)} gzip: ${verdict} (${gzipTotal} bytes)`);
  if (verdict === "OVER") process.exitCode = 1;
}

main();
