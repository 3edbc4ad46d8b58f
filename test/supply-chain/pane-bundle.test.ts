/**
 * What the production task pane is made of (dist/, built once per test run by the browser harness, as
 * `npm run build` builds it): every byte of the script taskpane.html loads and of the chunks it loads on first
 * use is attributed through the build's source maps (scripts/bundle-modules.js, `npm run bundle:modules`), and
 * all of it is the project's own code or webpack's runtime — no third-party package (the allow-list is empty),
 * no telemetry, no network API, no address of another site. The start script keeps 1 KB under its budget.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ensureBuilt } from "../browser/browser-harness";

const ROOT = resolve(__dirname, "..", "..");
const DIST = join(ROOT, "dist");

interface ModuleBytes {
  readonly name: string;
  readonly bytes: number;
}
interface ChunkFigures {
  readonly file: string;
  readonly start: boolean;
  readonly rawBytes: number;
  readonly gzipBytes: number;
  readonly modules: readonly ModuleBytes[];
  readonly sources: ReadonlyArray<{ kind: string; name: string }>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the script is plain Node (CommonJS)
const bundle = require(join(ROOT, "scripts", "bundle-modules.js")) as {
  BUDGET_GZIP_BYTES: number;
  HEADROOM_GZIP_BYTES: number;
  decodeMappings(mappings: string): Array<Array<{ column: number; source: number }>>;
  moduleOrigin(source: string): { kind: string; name: string };
  paneBundle(dist: string): ChunkFigures[];
};

/** Third-party packages allowed in the pane: none (the pane is plain TypeScript on the DOM and Office.js). */
const ALLOWED_PACKAGES: readonly string[] = [];

/** What must not be in the pane's code: telemetry SDKs, and any way to talk to a server but Office's. */
const FORBIDDEN: ReadonlyArray<readonly [string, RegExp, string]> = [
  ["Application Insights", /applicationinsights|dc\.services\.visualstudio\.com/i, "ApplicationInsights.trackEvent"],
  [
    "1DS (Microsoft telemetry)",
    /@microsoft\/1ds|1ds-core|browser\.events\.data\.microsoft\.com/i,
    "@microsoft/1ds-core-js",
  ],
  ["office-addin-usage-data", /usage-?data/i, "office-addin-usage-data"],
  ["fetch", /\bfetch\s*\(/, "window.fetch(url)"],
  ["XMLHttpRequest", /XMLHttpRequest/, "new XMLHttpRequest()"],
  ["sendBeacon", /sendBeacon/, "navigator.sendBeacon(u, d)"],
  ["WebSocket", /WebSocket/, "new WebSocket(u)"],
  ["EventSource", /EventSource/, "new EventSource(u)"],
  ["web address (http:// or https://)", /https?:\/\//i, 'const u = "https://example.com/x"'],
];

describe("reading a source map", () => {
  it.each([
    ["AAAA", [[{ column: 0, source: 0 }]]],
    [
      "AAAA,CAAC",
      [
        [
          { column: 0, source: 0 },
          { column: 1, source: 0 },
        ],
      ],
    ],
    [
      "AAAA,CCAC;AACA",
      [
        [
          { column: 0, source: 0 },
          { column: 1, source: 1 },
        ],
        [{ column: 0, source: 1 }],
      ],
    ],
    [
      "gBAAA,C",
      [
        [
          { column: 16, source: 0 },
          { column: 17, source: -1 },
        ],
      ],
    ],
    [
      "AAAA,DDAA",
      [
        [
          { column: 0, source: 0 },
          { column: -1, source: -1 },
        ],
      ],
    ],
  ])("given mappings %j, decodes the segments' columns and sources", (mappings, expected) => {
    expect(bundle.decodeMappings(mappings)).toEqual(expected);
  });

  it.each([
    ["webpack://vam-account-planner/./src/app/add-client.ts", "source", "src/app/add-client.ts"],
    ["webpack://vam-account-planner/webpack/runtime/load script", "runtime", "webpack runtime"],
    ["webpack://vam-account-planner/./node_modules/jszip/lib/index.js", "package", "jszip"],
    [
      "webpack://vam-account-planner/./node_modules/@microsoft/1ds-core-js/dist/x.js",
      "package",
      "@microsoft/1ds-core-js",
    ],
  ])("given %s, says it is %s %s", (source, kind, name) => {
    expect(bundle.moduleOrigin(source)).toEqual({ kind, name });
  });

  it.each(FORBIDDEN)("recognises %s in code", (_what, marker, sample) => {
    expect(sample).toMatch(marker);
  });
});

describe("the production task pane's scripts", () => {
  let chunks: ChunkFigures[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    chunks = bundle.paneBundle(DIST);
  }, 600_000);

  it("are one script at start and the chunks loaded on first use of a view", () => {
    expect(chunks.filter((c) => c.start).map((c) => c.file)).toEqual([
      expect.stringMatching(/^taskpane\.[0-9a-f]+\.js$/),
    ]);
    expect(chunks.filter((c) => !c.start).map((c) => c.file.split(".")[0])).toEqual([
      "build",
      "december",
      "shared",
      "views",
    ]);
  });

  it("have every byte attributed to a module, almost all of them through the source map", () => {
    for (const chunk of chunks) {
      const attributed = chunk.modules.reduce((sum, m) => sum + m.bytes, 0);
      const unmapped = chunk.modules.find((m) => m.name === "(unmapped)")?.bytes ?? 0;
      expect([chunk.file, attributed]).toEqual([chunk.file, chunk.rawBytes]);
      // webpack's own glue has no source: the chunk's push call (about 400 bytes, the bulk of a small chunk)
      // and each module's export table (n.d(t,{…}): 5.3 % of the shared chunk, whose many small modules all
      // export to the chunks that use them).
      const limit = Math.max(0.08 * chunk.rawBytes, 512);
      expect({ file: chunk.file, unmapped, within: unmapped < limit }).toEqual({
        file: chunk.file,
        unmapped,
        within: true,
      });
    }
  });

  it("carry only the project's own modules and webpack's runtime: no third-party package", () => {
    const foreign = chunks.flatMap((chunk) =>
      chunk.sources
        .filter((s) => s.kind !== "source" && s.kind !== "runtime")
        .filter((s) => !(s.kind === "package" && ALLOWED_PACKAGES.includes(s.name)))
        .map((s) => `${chunk.file}: ${s.kind} ${s.name}`),
    );
    expect(foreign).toEqual([]);
    expect(chunks.every((chunk) => chunk.sources.some((s) => s.kind === "source"))).toBe(true);
  });

  it.each(FORBIDDEN)("contain no %s", (_what, marker) => {
    for (const chunk of chunks) {
      const code = readFileSync(join(DIST, chunk.file), "utf8");
      expect([chunk.file, marker.exec(code)?.[0] ?? null]).toEqual([chunk.file, null]);
    }
  });

  it("start with at least 1 KB of gzip headroom under the 60 KB budget", () => {
    const start = chunks.filter((c) => c.start).reduce((sum, c) => sum + c.gzipBytes, 0);
    expect(bundle.BUDGET_GZIP_BYTES - start).toBeGreaterThanOrEqual(bundle.HEADROOM_GZIP_BYTES);
  });
});
