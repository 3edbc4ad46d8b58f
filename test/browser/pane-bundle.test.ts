/**
 * What the production build gives the pane (dist/, built by the harness as `npm run build` builds it): one
 * local script after Office's, and none of the code that must stay out of it (ExcelJS and its zip library,
 * the simulator, the command line). The gzip budget itself is enforced by `npm run build`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { browserAvailable, ensureBuilt } from "./browser-harness";

const DIST = resolve(__dirname, "..", "..", "dist");

/** Strings only those libraries' code contains (ExcelJS's and JSZip's own identifiers and messages). */
const FOREIGN_MARKERS = [
  ["ExcelJS", /exceljs|WorkbookWriter|xl\/worksheets\/sheet/i],
  ["JSZip", /JSZip|generateAsync/],
  ["excel-sim", /RunMustReturnPromise|UNCOMPUTED_FORMULA_VALUE|SimRequestContext/],
  ["command line", /["']cli\.[a-zA-Z]+["']/],
] as const;

const describeWhenBuilt = browserAvailable() ? describe : describe.skip;

describeWhenBuilt("the production task pane bundle", () => {
  let html = "";
  let script = "";

  beforeAll(async () => {
    await ensureBuilt();
    html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const name = readdirSync(DIST).find((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f)) ?? "";
    script = readFileSync(join(DIST, name), "utf8");
  }, 600_000);

  it("loads Office's script from its CDN, then exactly one script of its own", () => {
    const sources = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]);
    expect(sources).toHaveLength(2);
    expect(sources[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(sources[1]).toMatch(/^taskpane\.[0-9a-f]+\.js$/);
  });

  it.each(FOREIGN_MARKERS)("carries no %s code", (_what, marker) => {
    expect(script.length).toBeGreaterThan(50_000);
    expect(script).not.toMatch(marker);
  });
});
