/** The repository's manifest and the build plan that serves it, loaded once for the manifest checks. */
import fs from "node:fs";
import path from "node:path";
import { at, childrenNamed, descendants, localName, parseXml, type XmlElement } from "./xml-tree";

/** The repository root. */
export const ROOT = path.resolve(__dirname, "../..");

/** The origin of every URL in the development manifest (the webpack dev server). */
export const DEV_URL = "https://localhost:3000/";

/** manifest.xml as text, and parsed. */
export const MANIFEST_XML = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
export const MANIFEST: XmlElement = parseXml(MANIFEST_XML);

/** Resource kinds of <Resources>, keyed by the collection's local name. */
export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** Every resource of the manifest: kind, id, default value and its locale overrides. */
export interface ManifestResource {
  readonly kind: ResourceKind;
  readonly id: string;
  readonly defaultValue: string;
  readonly overrides: ReadonlyMap<string, string>;
}

function overridesOf(element: XmlElement): Map<string, string> {
  return new Map(childrenNamed(element, "Override").map((o) => [o.attributes.Locale ?? "", o.attributes.Value ?? ""]));
}

/** The resources declared under VersionOverrides/Resources, in document order. */
export function resources(manifest: XmlElement = MANIFEST): ManifestResource[] {
  return at(manifest, "VersionOverrides", "Resources").children.flatMap((collection) =>
    collection.children.map((item) => ({
      kind: localName(collection) as ResourceKind,
      id: item.attributes.id ?? "",
      defaultValue: item.attributes.DefaultValue ?? "",
      overrides: overridesOf(item),
    })),
  );
}

/** Elements that reference a resource, with the element they sit in (e.g. Supertip for Title). */
export function resourceReferences(manifest: XmlElement = MANIFEST): Array<{ element: XmlElement; parent: string }> {
  return descendants(manifest)
    .filter(({ element }) => element.attributes.resid !== undefined)
    .map(({ element, ancestors }) => ({ element, parent: localName(ancestors[ancestors.length - 1] as XmlElement) }));
}

/** Every absolute URL in an attribute of the manifest (namespace declarations excluded). */
export function manifestUrls(manifest: XmlElement = MANIFEST): string[] {
  return descendants(manifest)
    .flatMap(({ element }) => Object.entries(element.attributes))
    .filter(([name, value]) => !name.startsWith("xmlns") && /^[a-z][a-z0-9+.-]*:\/\//i.test(value))
    .map(([, value]) => value);
}

/** The build's output paths (relative to dist/), with the repository file each one comes from. */
export interface BuildPlan {
  readonly served: ReadonlyMap<string, string>;
  readonly manifestTransform: ((content: Buffer) => string) | undefined;
}

type WebpackConfigFactory = (
  env: Record<string, unknown>,
  options: { mode: string },
) => Promise<{ plugins: unknown[] }>;

interface HtmlPluginLike {
  userOptions: { filename: string; template: string };
}
interface CopyPatternLike {
  from: string;
  to: string;
  transform?: (content: Buffer) => string;
}

function isHtmlPlugin(plugin: unknown): plugin is HtmlPluginLike {
  return typeof plugin === "object" && plugin !== null && "userOptions" in plugin;
}

function copyPatterns(plugins: unknown[]): CopyPatternLike[] {
  return plugins.flatMap((plugin) =>
    typeof plugin === "object" && plugin !== null && "patterns" in plugin
      ? ((plugin as { patterns: CopyPatternLike[] }).patterns ?? [])
      : [],
  );
}

/** Expands a copy pattern: `assets/*.png` → `assets/[name][ext]` for each matching file. */
function expandCopy(pattern: CopyPatternLike): Array<[string, string]> {
  if (!pattern.from.includes("*")) return [[pattern.to, pattern.from]];
  const dir = path.dirname(pattern.from);
  const extension = path.extname(pattern.from);
  return fs
    .readdirSync(path.join(ROOT, dir))
    .filter((file) => file.endsWith(extension))
    .map((file) => {
      const parsed = path.parse(file);
      return [pattern.to.replace("[name]", parsed.name).replace("[ext]", parsed.ext), path.join(dir, file)];
    });
}

/** Runs webpack.config.js (no compile) in `mode` and lists what the build would emit. */
export async function buildPlan(mode: "development" | "production"): Promise<BuildPlan> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
  const factory = require(path.join(ROOT, "webpack.config.js")) as WebpackConfigFactory;
  const config = await factory({}, { mode });
  const served = new Map<string, string>();
  for (const plugin of config.plugins.filter(isHtmlPlugin)) {
    served.set(plugin.userOptions.filename, plugin.userOptions.template.replace(/^\.\//, ""));
  }
  const patterns = copyPatterns(config.plugins);
  for (const [to, from] of patterns.flatMap(expandCopy)) served.set(to, from);
  return { served, manifestTransform: patterns.find((p) => p.from === "manifest.xml")?.transform };
}

/** The production origin the checks rewrite the manifest to (any HTTPS origin with a path behaves the same). */
export const PRODUCTION_URL = "https://planner.contoso.test/vam/";

/** Runs webpack.config.js's manifest transform as a production build with VAM_PRODUCTION_URL = `url`. */
export async function productionManifest(url: string | undefined): Promise<string> {
  const saved = process.env.VAM_PRODUCTION_URL;
  // The build warns when VAM_PRODUCTION_URL is unset; that warning is asserted elsewhere, not printed here.
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    if (url === undefined) delete process.env.VAM_PRODUCTION_URL;
    else process.env.VAM_PRODUCTION_URL = url;
    const { manifestTransform } = await buildPlan("production");
    if (manifestTransform === undefined) throw new Error("the production build does not transform manifest.xml");
    return manifestTransform(Buffer.from(MANIFEST_XML));
  } finally {
    warn.mockRestore();
    if (saved === undefined) delete process.env.VAM_PRODUCTION_URL;
    else process.env.VAM_PRODUCTION_URL = saved;
  }
}

/** A manifest under check: its text, its tree, and the origin every URL in it must start with. */
export interface ManifestUnderTest {
  readonly xml: string;
  readonly root: XmlElement;
  readonly origin: string;
}

/** The development manifest, and the production one rewritten to PRODUCTION_URL: both must pass every check. */
export const MANIFESTS_UNDER_TEST: ReadonlyArray<readonly [string, () => Promise<ManifestUnderTest>]> = [
  ["manifest.xml (development)", async () => ({ xml: MANIFEST_XML, root: MANIFEST, origin: DEV_URL })],
  [
    `the production manifest (VAM_PRODUCTION_URL=${PRODUCTION_URL})`,
    async () => {
      const xml = await productionManifest(PRODUCTION_URL);
      return { xml, root: parseXml(xml), origin: PRODUCTION_URL };
    },
  ],
];
