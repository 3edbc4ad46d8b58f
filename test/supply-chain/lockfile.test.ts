/**
 * The production dependency tree as package-lock.json pins it (what `npm ci --omit=dev` installs for the
 * command line): only exceljs and jszip at the top, every package pinned by a sha512 integrity that npm
 * checks on install, none running an install script, no telemetry package, and
 * every package named in docs/ARCHITECTURE.md's Supply chain section with what it is for.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");

/** One package entry of a lockfile (version 3), as far as these checks read it. */
interface LockedPackage {
  readonly version?: string;
  readonly resolved?: string;
  readonly integrity?: string;
  readonly dev?: boolean;
  readonly devOptional?: boolean;
  readonly hasInstallScript?: boolean;
}

interface Lockfile {
  readonly lockfileVersion: number;
  readonly packages: Readonly<Record<string, LockedPackage>>;
}

const NPM_REGISTRY = "https://registry.npmjs.org/";

/** Package names whose job is to report usage or errors to a service. */
const TELEMETRY =
  /applicationinsights|@microsoft\/1ds|office-addin-usage-data|telemetry|analytics|sentry|posthog|mixpanel/i;

/** The installed path's package name: `node_modules/a/node_modules/@s/b` → `@s/b`. */
function packageName(path: string): string {
  return path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
}

/** The entries npm installs without dev dependencies (neither `dev` nor `devOptional`), by installed path. */
function productionPackages(lock: Lockfile): Array<[string, LockedPackage]> {
  return Object.entries(lock.packages).filter(([path, p]) => path !== "" && p.dev !== true && p.devOptional !== true);
}

const LOCK = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as Lockfile;
const PRODUCTION = productionPackages(LOCK);

describe("reading a lockfile", () => {
  const lock: Lockfile = {
    lockfileVersion: 3,
    packages: {
      "": {},
      "node_modules/a": { version: "1.0.0" },
      "node_modules/a/node_modules/@s/b": { version: "2.0.0", hasInstallScript: true },
      "node_modules/tool": { version: "3.0.0", dev: true, hasInstallScript: true },
      "node_modules/maybe": { version: "4.0.0", devOptional: true },
    },
  };

  it("given dev and devOptional entries, keeps only what a production install gets", () => {
    expect(productionPackages(lock).map(([path]) => path)).toEqual([
      "node_modules/a",
      "node_modules/a/node_modules/@s/b",
    ]);
  });

  it.each([
    ["node_modules/jszip", "jszip"],
    ["node_modules/jszip/node_modules/readable-stream", "readable-stream"],
    ["node_modules/@fast-csv/format", "@fast-csv/format"],
  ])("names %s %s", (path, name) => {
    expect(packageName(path)).toBe(name);
  });
});

describe("the production dependencies", () => {
  it("are exceljs and jszip, and the lockfile is version 3 with the tree below them", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["exceljs", "jszip"]);
    expect(LOCK.lockfileVersion).toBe(3);
    expect(PRODUCTION.length).toBeGreaterThan(100);
  });

  it("are each pinned by a sha512 integrity npm verifies on install, whichever registry serves them", () => {
    // The lockfile records no `resolved` URL (npm then asks the configured registry); a recorded one must be npm's.
    const foreign = PRODUCTION.filter(([, p]) => p.resolved !== undefined && !p.resolved.startsWith(NPM_REGISTRY));
    expect(foreign.map(([path]) => path)).toEqual([]);
    const unpinned = PRODUCTION.filter(([, p]) => !/^sha512-[A-Za-z0-9+/]{86}==$/.test(p.integrity ?? ""));
    expect(unpinned.map(([path]) => path)).toEqual([]);
  });

  it("run no install script (preinstall, install, postinstall)", () => {
    expect(PRODUCTION.filter(([, p]) => p.hasInstallScript === true).map(([path]) => path)).toEqual([]);
  });

  it("include no telemetry package", () => {
    expect(PRODUCTION.map(([path]) => packageName(path)).filter((name) => TELEMETRY.test(name))).toEqual([]);
  });

  it("are each named in docs/ARCHITECTURE.md's Supply chain section", () => {
    const architecture = readFileSync(join(ROOT, "docs", "ARCHITECTURE.md"), "utf8");
    const section = /^## Supply chain\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(architecture)?.[1] ?? "";
    expect(section.length).toBeGreaterThan(0);
    const named = new Set([...section.matchAll(/`([@a-z0-9][\w./@-]*)`/g)].map((m) => m[1]));
    const missing = [...new Set(PRODUCTION.map(([path]) => packageName(path)))].filter((name) => !named.has(name));
    expect(missing.sort()).toEqual([]);
  });
});
