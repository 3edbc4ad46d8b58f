/**
 * Offline checks of manifest.xml: what `office-addin-manifest validate` would need the network for, plus the
 * project's own rules (least permission, es-ES overrides, the requirement set docs/ARCHITECTURE.md states).
 * The production manifest (URLs rewritten to VAM_PRODUCTION_URL by the build) passes the same checks.
 */
import fs from "node:fs";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import {
  MANIFESTS_UNDER_TEST,
  ROOT,
  buildPlan,
  manifestUrls,
  resourceReferences,
  resources,
  type ManifestUnderTest,
  type ResourceKind,
} from "./manifest-fixture";
import { initialRoute } from "../../src/taskpane/route";
import { pngSize } from "./png-size";
import { sequence, sequenceProblems } from "./schema-order";
import { at, child, childrenNamed, descendants, localName, type XmlElement } from "./xml-tree";

/** The <Set> elements of the base manifest's <Requirements>. */
function requirementSets(manifest: XmlElement): XmlElement[] {
  return childrenNamed(at(manifest, "Requirements", "Sets"), "Set");
}

/** All elements below the manifest root called `name`. */
function all(manifest: XmlElement, name: string): XmlElement[] {
  return descendants(manifest)
    .map(({ element }) => element)
    .filter((element) => localName(element) === name);
}

function resourceUrl(manifest: XmlElement, resid: string): string {
  const found = resources(manifest).find((r) => (r.kind === "Urls" || r.kind === "Images") && r.id === resid);
  if (found === undefined) throw new Error(`no URL or image resource ${resid}`);
  return found.defaultValue;
}

describe.each(MANIFESTS_UNDER_TEST)("%s", (_manifest, load) => {
  let m: ManifestUnderTest;
  let MANIFEST: XmlElement;

  beforeAll(async () => {
    m = await load();
    MANIFEST = m.root;
  });

  describe("structure", () => {
    it("is well-formed XML", () => {
      expect(XMLValidator.validate(m.xml)).toBe(true);
    });

    it("is an add-in-only manifest for a task pane app", () => {
      expect(MANIFEST.name).toBe("OfficeApp");
      expect(MANIFEST.attributes["xsi:type"]).toBe("TaskPaneApp");
    });

    it("lists the OfficeApp elements in the XSD's order (OfficeApp base, then TaskPaneApp)", () => {
      const schema = sequence(
        ...["Id", "AlternateId?", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description"],
        ...["IconUrl?", "HighResolutionIconUrl?", "SupportUrl?", "AppDomains?", "Hosts?"],
        ...["Requirements?", "DefaultSettings", "Permissions", "Dictionary?", "VersionOverrides?"],
      );
      expect(sequenceProblems(MANIFEST.children.map(localName), schema)).toEqual([]);
    });

    it.each([
      [
        ["VersionOverrides"],
        ["Description?", "Requirements?", "Hosts?", "Resources?", "WebApplicationInfo?", "EquivalentAddins?"],
      ],
      [
        ["VersionOverrides", "Resources"],
        ["Images?", "Urls?", "ShortStrings?", "LongStrings?"],
      ],
    ])("lists the children of %j in the XSD's order", (pathToElement, order) => {
      expect(sequenceProblems(at(MANIFEST, ...pathToElement).children.map(localName), sequence(...order))).toEqual([]);
    });

    it.each([
      ["DesktopFormFactor", ["GetStarted?", "FunctionFile?", "ExtensionPoint+"]],
      ["GetStarted", ["Title", "Description", "LearnMoreUrl"]],
      ["Group", ["Label", "Icon", "Control+"]],
      ["Control", ["Label", "Supertip", "Icon", "Action"]],
      ["Supertip", ["Title", "Description"]],
      ["Action", ["TaskpaneId?", "SourceLocation", "Title?"]],
    ])("lists the children of every <%s> in the XSD's order", (name, order) => {
      const elements = all(MANIFEST, name);
      expect(elements.length).toBeGreaterThan(0);
      for (const element of elements) {
        expect(sequenceProblems(element.children.map(localName), sequence(...order))).toEqual([]);
      }
    });

    it("targets Excel only, both in the base manifest and in the version overrides", () => {
      expect(childrenNamed(child(MANIFEST, "Hosts"), "Host").map((h) => h.attributes.Name)).toEqual(["Workbook"]);
      const overrideHosts = childrenNamed(at(MANIFEST, "VersionOverrides", "Hosts"), "Host");
      expect(overrideHosts.map((h) => h.attributes["xsi:type"])).toEqual(["Workbook"]);
    });

    it("declares the manifest version as package.json's version plus a fourth part", () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
      expect(child(MANIFEST, "Version").text).toBe(`${pkg.version}.0`);
    });
  });

  describe("resources", () => {
    /** Which resource collection an element with `resid` must point into, by element and parent. */
    function expectedKind(name: string, parent: string): ResourceKind {
      if (name === "Image") return "Images";
      if (["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(name)) return "Urls";
      if (name === "Description" && ["Supertip", "GetStarted", "VersionOverrides"].includes(parent))
        return "LongStrings";
      return "ShortStrings";
    }

    it("resolves every resid to a resource of the right kind", () => {
      const references = resourceReferences(MANIFEST);
      expect(references.length).toBeGreaterThan(0);
      const declared = new Set(resources(MANIFEST).map((r) => `${r.kind}:${r.id}`));
      const unresolved = references
        .map(({ element, parent }) => `${expectedKind(localName(element), parent)}:${element.attributes.resid ?? ""}`)
        .filter((key) => !declared.has(key));
      expect(unresolved).toEqual([]);
    });

    it("keeps resource ids unique, at most 32 characters, and every resource used", () => {
      const ids = resources(MANIFEST).map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.filter((id) => id.length > 32)).toEqual([]);
      const used = new Set(resourceReferences(MANIFEST).map(({ element }) => element.attributes.resid));
      expect(ids.filter((id) => !used.has(id))).toEqual([]);
    });

    it("gives every string resource an es-ES override within the XSD's length limits", () => {
      const strings = resources(MANIFEST).filter((r) => r.kind === "ShortStrings" || r.kind === "LongStrings");
      expect(strings.length).toBeGreaterThan(0);
      for (const resource of strings) {
        const limit = resource.kind === "ShortStrings" ? 125 : 250;
        const spanish = resource.overrides.get("es-ES");
        expect([resource.id, spanish !== undefined && spanish.length > 0]).toEqual([resource.id, true]);
        expect([resource.id, Math.max(resource.defaultValue.length, spanish?.length ?? 0) <= limit]).toEqual([
          resource.id,
          true,
        ]);
      }
    });

    it("overrides DisplayName and Description for es-ES", () => {
      for (const name of ["DisplayName", "Description"]) {
        const overrides = childrenNamed(child(MANIFEST, name), "Override").map((o) => o.attributes.Locale);
        expect([name, overrides]).toEqual([name, ["es-ES"]]);
      }
    });
  });

  describe("icons and URLs", () => {
    it.each([
      ["IconUrl", 32],
      ["HighResolutionIconUrl", 64],
    ])("points %s to a square PNG of %i px", async (name, size) => {
      const plan = await buildPlan("development");
      const url = child(MANIFEST, name).attributes.DefaultValue ?? "";
      const source = plan.served.get(url.slice(m.origin.length));
      expect(source).toBeDefined();
      expect(pngSize(fs.readFileSync(path.join(ROOT, source ?? "")))).toEqual({ width: size, height: size });
    });

    it("points every ribbon icon to a PNG of its declared size, with the required 16, 32 and 80 px", async () => {
      const plan = await buildPlan("development");
      for (const icon of all(MANIFEST, "Icon")) {
        const images = childrenNamed(icon, "Image");
        expect(images.map((i) => Number(i.attributes.size))).toEqual(expect.arrayContaining([16, 32, 80]));
        for (const image of images) {
          const size = Number(image.attributes.size);
          const source =
            plan.served.get(resourceUrl(MANIFEST, image.attributes.resid ?? "").slice(m.origin.length)) ?? "missing";
          expect([source, pngSize(fs.readFileSync(path.join(ROOT, source)))]).toEqual([
            source,
            { width: size, height: size },
          ]);
        }
      }
    });

    it("uses only HTTPS URLs on its origin, each one a file the build plan emits", async () => {
      const plan = await buildPlan("development");
      const urls = manifestUrls(MANIFEST);
      expect(urls.length).toBeGreaterThan(5);
      expect(m.origin).toMatch(/^https:\/\/[^/]+\/(.*\/)?$/);
      expect(urls.filter((url) => !url.startsWith(m.origin))).toEqual([]);
      // A query string (`taskpane.html?view=review`) addresses a view of the page, not another file.
      const files = urls.map((url) => url.slice(m.origin.length).split("?")[0] ?? "");
      expect(files.filter((file) => !plan.served.has(file))).toEqual([]);
    });

    /** The ShowTaskpane actions of the Home tab's buttons. */
    function homeTabPaneActions(): XmlElement[] {
      const tab = all(MANIFEST, "OfficeTab").find((t) => t.attributes.id === "TabHome");
      expect(tab).toBeDefined();
      return descendants(tab as XmlElement)
        .map(({ element }) => element)
        .filter((e) => localName(e) === "Action" && e.attributes["xsi:type"] === "ShowTaskpane");
    }

    it("opens the default task pane page from the Home tab's first button", () => {
      const [first] = homeTabPaneActions();
      const pane = resourceUrl(MANIFEST, child(first as XmlElement, "SourceLocation").attributes.resid ?? "");
      expect(pane).toBe(at(MANIFEST, "DefaultSettings", "SourceLocation").attributes.DefaultValue);
    });

    it("opens every other pane button on a view of that same page, in the same pane (one TaskpaneId)", () => {
      const actions = homeTabPaneActions();
      expect(actions.length).toBeGreaterThan(1);
      const page = at(MANIFEST, "DefaultSettings", "SourceLocation").attributes.DefaultValue ?? "";
      const views = actions
        .slice(1)
        .map((a) => resourceUrl(MANIFEST, child(a, "SourceLocation").attributes.resid ?? ""));
      expect(views.filter((url) => !url.startsWith(`${page}?view=`))).toEqual([]);
      expect(new Set(actions.map((a) => child(a, "TaskpaneId").text))).toEqual(new Set(["Vam.Taskpane"]));
    });

    it("opens only views the pane knows how to start on (src/taskpane/route.ts)", () => {
      const views = homeTabPaneActions()
        .slice(1)
        .map((a) => new URL(resourceUrl(MANIFEST, child(a, "SourceLocation").attributes.resid ?? "")).search);
      expect(views.map((search) => initialRoute(search).view)).toEqual(
        views.map((search) => new URLSearchParams(search).get("view")),
      );
    });
  });

  describe("permissions and requirements", () => {
    it("asks for ReadWriteDocument: the least level that can write the workbook and subscribe to its events", () => {
      expect(child(MANIFEST, "Permissions").text).toBe("ReadWriteDocument");
    });

    it("declares no AppDomains: the add-in never navigates away from its own origin", () => {
      expect(childrenNamed(MANIFEST, "AppDomains")).toEqual([]);
    });

    it("requires exactly the ExcelApi version that docs/ARCHITECTURE.md states as the minimum", () => {
      const architecture = fs.readFileSync(path.join(ROOT, "docs/ARCHITECTURE.md"), "utf8");
      const stated = /Minimum requirement set:\s*\**\s*ExcelApi (\d+\.\d+)/.exec(architecture)?.[1];
      expect(stated).toBeDefined();
      expect(requirementSets(MANIFEST).map((s) => [s.attributes.Name, s.attributes.MinVersion])).toEqual([
        ["ExcelApi", stated],
      ]);
    });
  });
});
