#!/usr/bin/env node
/**
 * `npm run playground`: builds the add-in exactly as it is deployed (`npm run build`'s webpack step), builds the playground
 * page, and serves both over plain HTTP on 127.0.0.1. The pane frame gets dist/taskpane.html as built, with
 * one change made while serving: Office's script comes from node_modules/@microsoft/office-js (nothing from
 * the network), between pane-host.js (the simulated Excel, before it) and pane-office.js (the Office shim,
 * after it). The pane's JavaScript bundle is byte for byte the production one.
 *
 * Usage: node playground/serve.js [--port N] [--no-build]   (default port 8080, or any free one if it is taken)
 * Also a module: { buildPlayground, startPlayground } for the browser tests.
 */
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "out", "playground");
const OFFICE_JS = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

/**
 * The tag every page of the add-in loads Office's script with (test/manifest/pages.test.ts keeps it so),
 * quoted or not: the production build minifies the HTML.
 */
const OFFICE_SCRIPT_TAG =
  /<script\s+src=(["']?)https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js\1\s*><\/script>/;

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
};

/** Runs `command args` in the repository, output shown; throws when it fails. */
function runStep(command, args, quiet) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: quiet ? "pipe" : "inherit", encoding: "utf8" });
  if (result.status !== 0) {
    const output = quiet ? `\n${result.stdout ?? ""}${result.stderr ?? ""}` : "";
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})${output}`);
  }
}

/**
 * Production build of the add-in into dist/ (exactly `npm run build`'s webpack step) and its bundle report,
 * then the playground into out/playground. A pane over its size budget still gets served (the report says
 * OVER loudly); the budget is enforced where it belongs, by `npm run build` and CI.
 */
function buildPlayground({ quiet = false } = {}) {
  runStep("npx", ["--no-install", "webpack", "--mode", "production"], quiet);
  const report = spawnSync("node", ["scripts/build-report.js"], { cwd: ROOT, encoding: "utf8" });
  if (!quiet || report.status !== 0) process.stdout.write(report.stdout ?? "");
  if (report.status === 1)
    console.warn("\nWARNING: the task pane is over its bundle budget (see above); serving it anyway.\n");
  else if (report.status !== 0)
    throw new Error(`scripts/build-report.js failed (exit ${report.status})\n${report.stderr ?? ""}`);
  runStep("npx", ["--no-install", "webpack", "--config", "playground/webpack.config.js"], quiet);
}

/** The one file in out/playground whose name starts with `prefix` and ends in .js. */
function builtScript(prefix) {
  const found = fs.readdirSync(OUT).filter((name) => name.startsWith(`${prefix}.`) && name.endsWith(".js"));
  if (found.length !== 1) throw new Error(`expected one ${prefix}.*.js in ${OUT}, found ${found.length}; build first`);
  return found[0];
}

/** dist/taskpane.html with Office's script served locally and the simulated host installed after it. */
function paneHtml() {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  if (!OFFICE_SCRIPT_TAG.test(html)) throw new Error("dist/taskpane.html does not load office.js as expected");
  return html.replace(
    OFFICE_SCRIPT_TAG,
    [
      `<script src="/${builtScript("pane-host")}"></script>`,
      '<script src="/office-js/office.js"></script>',
      `<script src="/${builtScript("pane-office")}"></script>`,
    ].join(""),
  );
}

/** The file `relative` under `base`, or null when it would leave `base` or does not exist. */
function fileUnder(base, relative) {
  const target = path.resolve(base, `.${path.posix.normalize(`/${relative}`)}`);
  if (target !== base && !target.startsWith(`${base}${path.sep}`)) return null;
  return fs.existsSync(target) && fs.statSync(target).isFile() ? target : null;
}

function send(response, status, type, body) {
  response.writeHead(status, {
    "Content-Type": type,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  response.end(body);
}

/** Where a request path is served from: the rewritten pane page, dist/, Office's script, or the playground. */
function resolveRequest(pathname) {
  if (pathname === "/pane/taskpane.html") return { body: paneHtml(), type: CONTENT_TYPES[".html"] };
  const routes = [
    ["/pane/", DIST],
    ["/office-js/", OFFICE_JS],
    ["/", OUT],
  ];
  for (const [prefix, base] of routes) {
    if (!pathname.startsWith(prefix)) continue;
    const file = fileUnder(base, pathname === "/" ? "index.html" : pathname.slice(prefix.length));
    if (file === null) return null;
    return { file, type: CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream" };
  }
  return null;
}

function handle(request, response) {
  if (request.method !== "GET" && request.method !== "HEAD") return send(response, 405, "text/plain", "GET only");
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
  } catch {
    return send(response, 400, "text/plain", "bad path");
  }
  const found = resolveRequest(pathname);
  if (found === null) return send(response, 404, "text/plain", "not found");
  const body = found.body ?? fs.readFileSync(found.file);
  return send(response, 200, found.type, request.method === "HEAD" ? undefined : body);
}

/** Serves the built playground on 127.0.0.1:`port` (0: any free port); resolves to its URL and a close(). */
function startPlayground({ port = 0 } = {}) {
  const server = http.createServer((request, response) => {
    try {
      handle(request, response);
    } catch (e) {
      send(response, 500, "text/plain", e instanceof Error ? e.message : String(e));
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      resolve({
        url: `http://127.0.0.1:${address.port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

async function main() {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf("--port");
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a port number`);
  if (!args.includes("--no-build")) buildPlayground();
  let served;
  try {
    served = await startPlayground({ port });
  } catch (e) {
    if (!(e && e.code === "EADDRINUSE") || portIndex >= 0) throw e;
    // The default port is taken (another playground?): any free port will do.
    served = await startPlayground({ port: 0 });
  }
  const { url } = served;
  console.log(`\nVAM playground: ${url}  (Ctrl+C to stop)`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}

module.exports = { buildPlayground, startPlayground };
