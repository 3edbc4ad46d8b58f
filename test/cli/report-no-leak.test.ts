/**
 * "No confidential leak" (issue 5): a plan whose every confidential or internal value is a unique marker is
 * written to .xlsx, `vam-plan report` makes the client's report through the command line's code path, and
 * every part of the report package — sheet XML, shared strings, workbook (defined names), document
 * properties, styles — is searched: no marker is there, and every shareable value is.
 */
import JSZip from "jszip";
import type { PlanLanguage } from "../../src/domain/plan";
import { ATTITUDE, labelsOf } from "../../src/i18n/vocabulary";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { runInMemory, type CliRun } from "./cli-fixtures";
import { leakTestPlan, REPORT_DATE, SECRET_NUMBERS } from "./report-fixtures";

/** The text of an XML part with the five predefined entities and character references decoded. */
function decodedXml(xml: string): string {
  return xml
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Every part of the package, path → decoded text. */
async function packageParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) parts.set(file.name, decodedXml(await file.async("string")));
  }
  return parts;
}

function partsHolding(parts: ReadonlyMap<string, string>, text: string): string[] {
  const wanted = text.toLowerCase();
  return [...parts].filter(([, content]) => content.toLowerCase().includes(wanted)).map(([name]) => name);
}

describe.each<PlanLanguage>(["es", "en"])("vam-plan report leaves every confidential value out (%s)", (language) => {
  const { plan, secret, shared } = leakTestPlan(language);
  const client = plan.clients[0];
  let run: CliRun;
  let parts: Map<string, string>;

  beforeAll(async () => {
    const planBytes = await writeWorkbook(buildWorkbookSpec(plan));
    const argv = [
      "report",
      "--in",
      "plan.xlsx",
      "--client",
      ` ${client?.name.toUpperCase() ?? ""} `,
      "--out",
      "r.xlsx",
    ];
    run = await runInMemory([...argv, "--date", REPORT_DATE], { files: { "plan.xlsx": planBytes } });
    const report = run.written.get("r.xlsx");
    if (report === undefined) throw new Error(`no report written; stderr:\n${run.stderr}`);
    parts = await packageParts(report);
  });

  it("writes the report through the command line, matching the client's name trimmed and ignoring case", () => {
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect([...run.written.keys()]).toEqual(["r.xlsx"]);
  });

  it("searches a real package: sheet, shared strings, workbook, document properties", () => {
    const names = [...parts.keys()];
    expect(names).toEqual(
      expect.arrayContaining([
        "xl/worksheets/sheet1.xml",
        "xl/sharedStrings.xml",
        "xl/workbook.xml",
        "docProps/core.xml",
        "docProps/app.xml",
      ]),
    );
    expect(names.filter((name) => name.startsWith("xl/worksheets/sheet"))).toEqual(["xl/worksheets/sheet1.xml"]);
  });

  it("contains no confidential or internal marker in any part", () => {
    expect(secret.length).toBeGreaterThan(30);
    const leaks = secret.flatMap((marker) => partsHolding(parts, marker).map((part) => `${marker} in ${part}`));
    expect(leaks).toEqual([]);
  });

  it("contains no number only confidential indicator rows hold", () => {
    const leaks = SECRET_NUMBERS.flatMap((n) => partsHolding(parts, String(n)).map((part) => `${n} in ${part}`));
    expect(leaks).toEqual([]);
  });

  it("shows no attitude label of the influence map, in either language", () => {
    const labels = [...labelsOf(ATTITUDE, "es"), ...labelsOf(ATTITUDE, "en")];
    const sheetText = [parts.get("xl/worksheets/sheet1.xml"), parts.get("xl/sharedStrings.xml")].join("\n");
    expect(labels.filter((label) => new RegExp(`\\b${label}\\b`, "i").test(sheetText))).toEqual([]);
  });

  it("contains every shareable value", () => {
    const missing = shared.filter((marker) => partsHolding(parts, marker).length === 0);
    expect(missing).toEqual([]);
  });

  it("defines no name but the print titles of its one sheet", () => {
    const workbook = parts.get("xl/workbook.xml") ?? "";
    const names = [...workbook.matchAll(/<definedName[^>]*name="([^"]+)"/g)].map((match) => match[1]);
    expect(names).toEqual(["_xlnm.Print_Titles"]);
  });
});
