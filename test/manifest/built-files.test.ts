/**
 * The manifests against what the production build really emits (dist/, built once per test run by the
 * browser harness, exactly as `npm run build`'s webpack step; shared with the browser tests): every URL of
 * the development manifest, of the production manifest and of dist/manifest.xml as built is a file in dist/;
 * every page the ribbon or Office opens loads only scripts and styles that are there too; every icon is a PNG
 * of its declared size. A manifest can be valid and still open a blank pane; these checks are for that.
 */
import fs from "node:fs";
import path from "node:path";
import { ensureBuilt } from "../browser/browser-harness";
import {
  MANIFESTS_UNDER_TEST,
  ROOT,
  manifestUrls,
  productionManifest,
  resources,
  type ManifestUnderTest,
} from "./manifest-fixture";
import { pngSize } from "./png-size";
import { at, child, descendants, localName, parseXml, type XmlElement } from "./xml-tree";

const DIST = path.join(ROOT, "dist");

/** The origin the build writes into dist/manifest.xml (webpack.config.js: VAM_PRODUCTION_URL or its placeholder). */
function builtOrigin(): string {
  const fromEnv = (process.env.VAM_PRODUCTION_URL ?? "").trim();
  if (fromEnv === "") return "https://vam-planner.example.com/";
  return fromEnv.endsWith("/") ? fromEnv : `${fromEnv}/`;
}

/** dist/manifest.xml as the build wrote it. */
async function builtManifest(): Promise<ManifestUnderTest> {
  const xml = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
  return { xml, root: parseXml(xml), origin: builtOrigin() };
}

/** The file in dist/ that `url` names (query and fragment address a view of the page, not another file). */
function distFile(url: string, origin: string): string {
  return url.slice(origin.length).split(/[?#]/)[0] ?? "";
}

/** The URLs of pages Office opens: the default pane, every ShowTaskpane button, the function file, support. */
function pageUrls(manifest: XmlElement): string[] {
  const byResid = new Map(resources(manifest).map((r) => [r.id, r.defaultValue]));
  const referenced = descendants(manifest)
    .map(({ element }) => element)
    .filter((e) => ["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(localName(e)))
    .map((e) => e.attributes.resid ?? e.attributes.DefaultValue ?? "");
  const direct = [child(manifest, "SupportUrl").attributes.DefaultValue ?? ""];
  return [...direct, ...referenced.map((ref) => byResid.get(ref) ?? ref)];
}

/** Same-origin scripts and stylesheets an HTML page loads (Office's CDN script is not ours to emit). */
function pageAssets(html: string): string[] {
  const links = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map(
    (m) => m[1] ?? "",
  );
  return links.filter((link) => !/^([a-z]+:)?\/\//i.test(link)).map((link) => link.split(/[?#]/)[0] ?? "");
}

/** Declared image sizes: the two manifest icons and every ribbon <bt:Image>, as [url, px]. */
function declaredImages(manifest: XmlElement): Array<[string, number]> {
  const byResid = new Map(resources(manifest).map((r) => [r.id, r.defaultValue]));
  const icons: Array<[string, number]> = [
    [child(manifest, "IconUrl").attributes.DefaultValue ?? "", 32],
    [child(manifest, "HighResolutionIconUrl").attributes.DefaultValue ?? "", 64],
  ];
  const ribbon = descendants(at(manifest, "VersionOverrides", "Hosts"))
    .map(({ element }) => element)
    .filter((e) => localName(e) === "Image")
    .map((e): [string, number] => [byResid.get(e.attributes.resid ?? "") ?? "", Number(e.attributes.size)]);
  return [...icons, ...ribbon];
}

const CASES = [...MANIFESTS_UNDER_TEST, ["dist/manifest.xml, as the build wrote it", builtManifest] as const];

describe.each(CASES)("%s, against dist/", (_manifest, load) => {
  let m: ManifestUnderTest;

  beforeAll(async () => {
    await ensureBuilt();
    m = await load();
  }, 600_000);

  it("names only files the build emits", () => {
    const urls = manifestUrls(m.root);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith(m.origin))).toEqual([]);
    const missing = urls.filter((url) => !fs.existsSync(path.join(DIST, distFile(url, m.origin))));
    expect(missing).toEqual([]);
  });

  it("opens pages (task pane, ribbon buttons, function file, support) whose scripts and styles are all built", () => {
    const pages = [...new Set(pageUrls(m.root).map((url) => distFile(url, m.origin)))];
    expect(pages).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "support.html"]));
    for (const page of pages) {
      const html = fs.readFileSync(path.join(DIST, page), "utf8");
      const missing = pageAssets(html).filter((asset) => !fs.existsSync(path.join(DIST, path.dirname(page), asset)));
      expect([page, missing]).toEqual([page, []]);
    }
    const pane = pageAssets(fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8"));
    expect(pane.filter((asset) => asset.endsWith(".js"))).toHaveLength(1);
  });

  it("points every icon at a built PNG of its declared size", () => {
    const images = declaredImages(m.root);
    expect(images.map(([, size]) => size)).toEqual(expect.arrayContaining([16, 32, 64, 80]));
    for (const [url, size] of images) {
      const file = path.join(DIST, distFile(url, m.origin));
      expect([url, pngSize(fs.readFileSync(file))]).toEqual([url, { width: size, height: size }]);
    }
  });
});

describe("dist/manifest.xml", () => {
  it("is exactly manifest.xml rewritten to the build's production URL, with no trace of the dev server", async () => {
    await ensureBuilt();
    const built = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    expect(built).toBe(await productionManifest(process.env.VAM_PRODUCTION_URL));
    expect(built).not.toContain("localhost");
  }, 600_000);
});
