#!/usr/bin/env node
/**
 * What the production task pane is made of: every module of the script dist/taskpane.html loads at start and
 * of each chunk the pane loads on first use of a view, with the minified bytes each one contributes. Bytes are
 * attributed through the build's own source maps (`devtool: "source-map"`), so the figures are those of the
 * shipped files, not of the sources: each mapped segment of the minified code counts for the module it came
 * from, up to the next segment. Run after `npm run build` (or `npm run bundle:modules`, which builds first).
 *
 * Usage: node scripts/bundle-modules.js [distDir] [--markdown | --json]
 * Also a module for test/supply-chain: { paneBundle, decodeMappings, moduleOrigin }.
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

/** Budget of what taskpane.html loads, gzip bytes (issue 4), and the headroom the start chunk keeps, bytes. */
const BUDGET_GZIP_BYTES = 60 * 1024;
const HEADROOM_GZIP_BYTES = 1024;

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** One source-map segment value list from its Base64 VLQ text (source map v3: 5-bit groups, sign in bit 0). */
function decodeVlq(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) throw new Error(`not a Base64 VLQ digit: ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * A source map's `mappings` as lines of segments { column, source } (generated column in UTF-16 units;
 * source index or -1 for a segment that maps nothing). Fields are deltas, the source index across lines.
 */
function decodeMappings(mappings) {
  let source = 0;
  return mappings.split(";").map((line) => {
    let column = 0;
    return line
      .split(",")
      .filter((segment) => segment !== "")
      .map((segment) => {
        const fields = decodeVlq(segment);
        column += fields[0] ?? 0;
        if (fields.length < 4) return { column, source: -1 };
        source += fields[1] ?? 0;
        return { column, source };
      });
  });
}

/**
 * Where a source path of the bundle comes from: `src/...` (ours), `webpack runtime` (the loader webpack
 * writes), or `package <name>` for anything under node_modules (a third-party runtime package).
 */
function moduleOrigin(source) {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (modules !== null) return { kind: "package", name: modules[1] };
  const ours = /\/\.\/(src\/.*)$/.exec(source);
  if (ours !== null) return { kind: "source", name: ours[1] };
  if (/\/webpack\/(runtime|bootstrap)/.test(source)) return { kind: "runtime", name: "webpack runtime" };
  return { kind: "other", name: source };
}

/** Minified UTF-8 bytes per source of `code`, by its source map; bytes no segment maps go to "(unmapped)". */
function bytesBySource(code, map) {
  const totals = new Map();
  const add = (name, text) => totals.set(name, (totals.get(name) ?? 0) + Buffer.byteLength(text, "utf8"));
  const lines = code.split("\n");
  const mapped = decodeMappings(map.mappings);
  // Lines past the mappings (the closing `//# sourceMappingURL=` comment) belong to no module.
  lines.forEach((line, lineIndex) => {
    const segments = mapped[lineIndex] ?? [];
    let covered = 0;
    segments.forEach((segment, i) => {
      if (segment.column > covered) add("(unmapped)", line.slice(covered, segment.column));
      const end = segments[i + 1]?.column ?? line.length;
      const name = segment.source < 0 ? "(unmapped)" : moduleOrigin(map.sources[segment.source] ?? "").name;
      add(name, line.slice(segment.column, end));
      covered = end;
    });
    if (covered < line.length) add("(unmapped)", line.slice(covered));
  });
  // The newlines between lines belong to no module.
  if (lines.length > 1) add("(unmapped)", "\n".repeat(lines.length - 1));
  return totals;
}

/** The src of every <script> in `html` that is not an absolute URL (those are Office's, not ours). */
function localScriptSources(html) {
  return [...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)]
    .map((match) => match[1].split(/[?#]/)[0])
    .filter((src) => !/^(https?:)?\/\//i.test(src));
}

function gzipSize(buffer) {
  return zlib.gzipSync(buffer, { level: 9 }).length;
}

/** One shipped script: its size raw and gzip (level 9, as build-report.js), its modules, largest first. */
function chunkFigures(dist, file, start) {
  const code = fs.readFileSync(path.join(dist, file), "utf8");
  const mapFile = path.join(dist, `${file}.map`);
  if (!fs.existsSync(mapFile)) throw new Error(`${mapFile} not found: the build must write source maps`);
  const map = JSON.parse(fs.readFileSync(mapFile, "utf8"));
  const modules = [...bytesBySource(code, map)]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
  const sources = map.sources.map(moduleOrigin);
  return { file, start, rawBytes: Buffer.byteLength(code, "utf8"), gzipBytes: gzipSize(code), modules, sources };
}

/**
 * The pane's scripts in dist/: those taskpane.html loads (start) and those no page loads, which webpack
 * fetches on first use of a view; each with its modules. Other pages' scripts (the ribbon's) are left out.
 */
function paneBundle(dist) {
  const pages = fs.readdirSync(dist).filter((name) => name.endsWith(".html"));
  if (!pages.includes("taskpane.html")) throw new Error(`${dist}/taskpane.html not found: build first`);
  const start = localScriptSources(fs.readFileSync(path.join(dist, "taskpane.html"), "utf8"));
  const loadedByPages = new Set(
    pages.flatMap((page) => localScriptSources(fs.readFileSync(path.join(dist, page), "utf8"))),
  );
  const onDemand = fs
    .readdirSync(dist)
    .filter((name) => name.endsWith(".js") && !loadedByPages.has(name))
    .sort();
  return [
    ...start.map((file) => chunkFigures(dist, file, true)),
    ...onDemand.map((file) => chunkFigures(dist, file, false)),
  ];
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Minified bytes per folder (src/app, src/i18n …) of one chunk, largest first. */
function byFolder(chunk) {
  const totals = new Map();
  for (const m of chunk.modules) {
    const folder = m.name.startsWith("src/") ? path.posix.dirname(m.name) : m.name;
    totals.set(folder, (totals.get(folder) ?? 0) + m.bytes);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

function chunkTitle(chunk) {
  const when = chunk.start ? "loaded by taskpane.html at start" : "loaded on first use of a view";
  return `${chunk.file} (${when}): ${kb(chunk.rawBytes)} minified, ${kb(chunk.gzipBytes)} gzip, ${chunk.modules.length} entries`;
}

function startSummary(chunks) {
  const startGzip = chunks.filter((c) => c.start).reduce((sum, c) => sum + c.gzipBytes, 0);
  const allGzip = chunks.reduce((sum, c) => sum + c.gzipBytes, 0);
  const headroom = BUDGET_GZIP_BYTES - startGzip;
  return [
    `At start: ${kb(startGzip)} gzip (${startGzip} B) of the ${kb(BUDGET_GZIP_BYTES)} budget; headroom ${headroom} B` +
      ` (${headroom >= HEADROOM_GZIP_BYTES ? "at least" : "UNDER"} the ${HEADROOM_GZIP_BYTES} B kept).`,
    `Every view opened: ${kb(allGzip)} gzip.`,
  ];
}

function textReport(chunks) {
  const out = [];
  for (const chunk of chunks) {
    out.push(chunkTitle(chunk), "  by folder:");
    for (const [folder, bytes] of byFolder(chunk)) out.push(`    ${folder.padEnd(34)} ${String(bytes).padStart(8)} B`);
    out.push("  modules (minified bytes):");
    for (const m of chunk.modules) out.push(`    ${m.name.padEnd(50)} ${String(m.bytes).padStart(8)} B`);
    out.push("");
  }
  return [...out, ...startSummary(chunks)].join("\n");
}

function markdownReport(chunks) {
  const out = [...startSummary(chunks), ""];
  for (const chunk of chunks) {
    out.push(`#### ${chunkTitle(chunk).replace(/^([^ ]+)/, "`$1`")}`, "");
    out.push("| folder | minified (B) | share |", "| ------ | -----------: | ----: |");
    for (const [folder, bytes] of byFolder(chunk)) {
      out.push(`| ${folder} | ${bytes} | ${((100 * bytes) / chunk.rawBytes).toFixed(1)} % |`);
    }
    out.push("", "| module | minified (B) |", "| ------ | -----------: |");
    for (const m of chunk.modules) out.push(`| ${m.name} | ${m.bytes} |`);
    out.push("");
  }
  return out.join("\n");
}

function main() {
  const args = process.argv.slice(2);
  const dist = path.resolve(args.find((a) => !a.startsWith("--")) ?? "dist");
  const chunks = paneBundle(dist);
  if (args.includes("--json")) {
    const withoutSources = chunks.map((chunk) => ({ ...chunk, sources: undefined }));
    process.stdout.write(`${JSON.stringify(withoutSources, null, 2)}\n`);
  } else {
    process.stdout.write(`${args.includes("--markdown") ? markdownReport(chunks) : textReport(chunks)}\n`);
  }
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    console.error(`bundle-modules: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  }
}

module.exports = { BUDGET_GZIP_BYTES, HEADROOM_GZIP_BYTES, decodeMappings, moduleOrigin, paneBundle };
