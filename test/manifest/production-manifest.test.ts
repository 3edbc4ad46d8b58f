/**
 * The manifest `npm run build` ships (dist/manifest.xml), and schema validation with Microsoft's XSDs when
 * xmllint and the XSDs are available (they live outside the repository; CI may not have them).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { DEV_URL, MANIFEST_XML, PRODUCTION_URL, ROOT, manifestUrls, productionManifest } from "./manifest-fixture";
import { parseXml } from "./xml-tree";

const OUTPUT = path.join(ROOT, "test-output", "manifest");

describe("the production manifest", () => {
  it("points every URL at VAM_PRODUCTION_URL and keeps the XML well-formed", async () => {
    const xml = await productionManifest("https://planner.contoso.test/vam");
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain("localhost");
    const urls = manifestUrls(parseXml(xml));
    expect(urls).toHaveLength(manifestUrls().length);
    expect(urls.filter((url) => !url.startsWith(PRODUCTION_URL))).toEqual([]);
    expect(urls.map((url) => url.slice(PRODUCTION_URL.length))).toEqual(
      manifestUrls().map((url) => url.slice(DEV_URL.length)),
    );
  });

  it("falls back to the documented placeholder, with a warning, when VAM_PRODUCTION_URL is unset", async () => {
    const xml = await productionManifest(undefined);
    expect(manifestUrls(parseXml(xml)).every((url) => url.startsWith("https://vam-planner.example.com/"))).toBe(true);
  });

  it("refuses a production URL that is not HTTPS", async () => {
    await expect(productionManifest("http://planner.contoso.test/")).rejects.toThrow(/https:\/\//);
  });
});

const XSD_DIR = process.env.VAM_MANIFEST_XSD_DIR ?? "/work/shared/schemas/office-addin-manifest";
const XSD = path.join(XSD_DIR, "OfficeAppManifestV1_1.xsd");
const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;
const canValidate = hasXmllint && fs.existsSync(XSD);
if (!canValidate) {
  console.warn(
    `SKIPPED: manifest XSD validation: ${hasXmllint ? "" : "xmllint not found (apt-get install libxml2-utils); "}` +
      `${fs.existsSync(XSD) ? "" : `no ${XSD} (set VAM_MANIFEST_XSD_DIR)`}`,
  );
}

/** xmllint's verdict on `xml` against Microsoft's manifest XSD. */
function validateWithXsd(xml: string, name: string): { ok: boolean; output: string } {
  fs.mkdirSync(OUTPUT, { recursive: true });
  const file = path.join(OUTPUT, name);
  fs.writeFileSync(file, xml);
  const result = spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8" });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

(canValidate ? describe : describe.skip)("manifest validation against Microsoft's XSDs (xmllint)", () => {
  it("accepts manifest.xml", () => {
    const { ok, output } = validateWithXsd(MANIFEST_XML, "manifest.xml");
    expect([ok, output]).toEqual([true, expect.stringContaining("validates")]);
  });

  it("accepts the production manifest", async () => {
    const { ok, output } = validateWithXsd(await productionManifest(PRODUCTION_URL), "manifest.production.xml");
    expect([ok, output]).toEqual([true, expect.stringContaining("validates")]);
  });

  it("rejects a manifest with elements out of order (so the check above can fail)", () => {
    const swapped = MANIFEST_XML.replace(
      /(\s*<Version>[^<]*<\/Version>)(\s*<ProviderName>[^<]*<\/ProviderName>)/,
      "$2$1",
    );
    expect(swapped).not.toBe(MANIFEST_XML);
    expect(validateWithXsd(swapped, "manifest.out-of-order.xml").ok).toBe(false);
  });
});
