/**
 * Test helper: reads what the CLI wrote straight from the .xlsx package (JSZip + fast-xml-parser), so the
 * checks do not depend on the writer's own library: sheets, defined names, and single cells.
 */
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";

/** A worksheet of the workbook, in tab order. */
export interface SheetEntry {
  readonly name: string;
  readonly state: string;
  /** Path of its part inside the package, e.g. `xl/worksheets/sheet2.xml`. */
  readonly part: string;
}

/** What a cell holds, as stored: `string` cells can never be formulas. */
export interface StoredCell {
  readonly type: "string" | "number" | "formula" | "empty" | "other";
  readonly text: string;
}

/** The parts of a workbook the CLI tests look at. */
export interface XlsxContents {
  readonly sheets: readonly SheetEntry[];
  /** Workbook-scoped defined names → sheet and A1 reference (`$B$5`). */
  readonly names: ReadonlyMap<string, { readonly sheet: string; readonly ref: string }>;
  readonly cell: (sheet: string, ref: string) => Promise<StoredCell>;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ["sheet", "definedName", "Relationship", "si", "r", "row", "c"].includes(name),
});

type Xml = Record<string, unknown>;

function xmlOf(text: string): Xml {
  return parser.parse(text) as Xml;
}

async function partText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`missing part ${path}`);
  return file.async("string");
}

/** Text of an `<si>` or `<is>`: plain `<t>` or rich-text runs. */
function stringItemText(item: Xml): string {
  const text = (t: unknown): string =>
    typeof t === "object" && t !== null ? String((t as Xml)["#text"] ?? "") : String(t ?? "");
  if (item.t !== undefined) return text(item.t);
  return ((item.r as Xml[] | undefined) ?? []).map((run) => text(run.t)).join("");
}

/** `'Acme · Ver'!$B$5` → sheet and reference. */
function splitReference(formula: string): { sheet: string; ref: string } {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(formula);
  if (match === null) return { sheet: "", ref: formula };
  return { sheet: match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? ""), ref: match[3] ?? "" };
}

/** Opens an .xlsx package. */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxContents> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = xmlOf(await partText(zip, "xl/workbook.xml")).workbook as Xml;
  const rels = xmlOf(await partText(zip, "xl/_rels/workbook.xml.rels")).Relationships as Xml;
  const targets = new Map(
    (rels.Relationship as Xml[]).map((rel) => [
      String(rel["@_Id"]),
      String(rel["@_Target"]).replace(/^\/?(xl\/)?/, "xl/"),
    ]),
  );
  const sheets = ((workbook.sheets as Xml).sheet as Xml[]).map((sheet) => ({
    name: String(sheet["@_name"]),
    state: String(sheet["@_state"] ?? "visible"),
    part: targets.get(String(sheet["@_r:id"])) ?? "",
  }));
  const names = new Map(
    (((workbook.definedNames as Xml | undefined)?.definedName as Xml[] | undefined) ?? []).map((name) => [
      String(name["@_name"]),
      splitReference(String(name["#text"] ?? "")),
    ]),
  );
  const sharedPart = zip.file("xl/sharedStrings.xml");
  const shared =
    sharedPart === null ? [] : (((xmlOf(await sharedPart.async("string")).sst as Xml).si as Xml[] | undefined) ?? []);
  const cell = async (sheetName: string, ref: string): Promise<StoredCell> => {
    const sheet = sheets.find((s) => s.name === sheetName);
    if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
    const data = ((xmlOf(await partText(zip, sheet.part)).worksheet as Xml).sheetData as Xml | undefined) ?? {};
    const wanted = ref.replace(/\$/g, "");
    const found = ((data.row as Xml[] | undefined) ?? [])
      .flatMap((row) => (row.c as Xml[] | undefined) ?? [])
      .find((c) => c["@_r"] === wanted);
    return found === undefined ? { type: "empty", text: "" } : storedCell(found, shared);
  };
  return { sheets, names, cell };
}

function storedCell(c: Xml, shared: readonly Xml[]): StoredCell {
  if (c.f !== undefined)
    return { type: "formula", text: String(typeof c.f === "object" ? ((c.f as Xml)["#text"] ?? "") : c.f) };
  const type = c["@_t"];
  if (type === "s") return { type: "string", text: stringItemText(shared[Number(c.v)] ?? {}) };
  if (type === "inlineStr") return { type: "string", text: stringItemText((c.is as Xml | undefined) ?? {}) };
  if (type === "str") return { type: "string", text: String(c.v ?? "") };
  if (c.v === undefined) return { type: "empty", text: "" };
  return { type: type === undefined || type === "n" ? "number" : "other", text: String(c.v) };
}
