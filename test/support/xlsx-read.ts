/**
 * Reads an .xlsx back for tests: ExcelJS's view of it (cells, styles, tables, validations, conditional
 * formats, views, page setup) plus the raw package parts for what ExcelJS does not read back — formula
 * defined names, internal hyperlinks (`location`, no relationship) and calculated-column formulas.
 */
import ExcelJS from "exceljs";
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";

/** A `<definedName>` as stored. */
export interface StoredDefinedName {
  readonly name: string;
  readonly text: string;
  readonly comment?: string;
  readonly localSheetId?: number;
}

/** A `<hyperlink>` as stored. */
export interface StoredHyperlink {
  readonly ref: string;
  readonly location?: string;
  readonly relationshipId?: string;
}

/** A `<tableColumn>` as stored. */
export interface StoredTableColumn {
  readonly name: string;
  readonly calculatedColumnFormula?: string;
}

/** A table part as stored. */
export interface StoredTable {
  readonly name: string;
  readonly ref: string;
  readonly style?: string;
  readonly showRowStripes?: boolean;
  readonly columns: readonly StoredTableColumn[];
}

/** A workbook read back: ExcelJS's model and the raw parts. */
export interface ReadBack {
  readonly workbook: ExcelJS.Workbook;
  readonly zip: JSZip;
  /** Sheet names in workbook order, as workbook.xml stores them. */
  readonly sheetNames: readonly string[];
  readonly definedNames: readonly StoredDefinedName[];
  /** Hyperlinks by sheet name. */
  readonly hyperlinks: ReadonlyMap<string, readonly StoredHyperlink[]>;
  /** Tables by table name. */
  readonly tables: ReadonlyMap<string, StoredTable>;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ["sheet", "definedName", "hyperlink", "tableColumn", "Relationship"].includes(name),
});

type XmlNode = Record<string, unknown>;

function asNodes(value: unknown): XmlNode[] {
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function textOf(node: XmlNode | string | undefined): string {
  if (typeof node === "string") return node;
  const text = node?.["#text"];
  return typeof text === "string" ? text : "";
}

/** The XML of one package part, parsed. Throws if the part is missing. */
export async function readPart(zip: JSZip, path: string): Promise<XmlNode> {
  const file = zip.file(path);
  if (file === null) throw new Error(`no part ${path} in the package`);
  return parser.parse(await file.async("string")) as XmlNode;
}

/** Sheet names and their part paths, in workbook order (workbook.xml + its relationships). */
export async function sheetParts(zip: JSZip): Promise<{ name: string; path: string }[]> {
  const workbook = (await readPart(zip, "xl/workbook.xml"))["workbook"] as XmlNode;
  const rels = (await readPart(zip, "xl/_rels/workbook.xml.rels"))["Relationships"] as XmlNode;
  const targets = new Map(asNodes(rels["Relationship"]).map((rel) => [String(rel["Id"]), String(rel["Target"])]));
  return asNodes((workbook["sheets"] as XmlNode)["sheet"]).map((sheet) => {
    const target = targets.get(String(sheet["r:id"])) ?? "";
    return { name: String(sheet["name"]), path: target.startsWith("/") ? target.slice(1) : `xl/${target}` };
  });
}

async function definedNames(zip: JSZip): Promise<StoredDefinedName[]> {
  const workbook = (await readPart(zip, "xl/workbook.xml"))["workbook"] as XmlNode;
  const container = workbook["definedNames"] as XmlNode | undefined;
  return asNodes(container?.["definedName"]).map((node) => ({
    name: String(node["name"]),
    text: textOf(node),
    ...(node["comment"] !== undefined ? { comment: String(node["comment"]) } : {}),
    ...(node["localSheetId"] !== undefined ? { localSheetId: Number(node["localSheetId"]) } : {}),
  }));
}

async function hyperlinks(
  zip: JSZip,
  parts: { name: string; path: string }[],
): Promise<Map<string, StoredHyperlink[]>> {
  const result = new Map<string, StoredHyperlink[]>();
  for (const { name, path } of parts) {
    const sheet = (await readPart(zip, path))["worksheet"] as XmlNode;
    const links = asNodes((sheet["hyperlinks"] as XmlNode | undefined)?.["hyperlink"]).map((node) => ({
      ref: String(node["ref"]),
      ...(node["location"] !== undefined ? { location: String(node["location"]) } : {}),
      ...(node["r:id"] !== undefined ? { relationshipId: String(node["r:id"]) } : {}),
    }));
    result.set(name, links);
  }
  return result;
}

function storedTable(node: XmlNode): StoredTable {
  const style = node["tableStyleInfo"] as XmlNode | undefined;
  const columns = asNodes((node["tableColumns"] as XmlNode)["tableColumn"]).map((column) => {
    const formula = column["calculatedColumnFormula"] as XmlNode | string | undefined;
    return {
      name: String(column["name"]),
      ...(formula !== undefined ? { calculatedColumnFormula: textOf(formula) } : {}),
    };
  });
  return {
    name: String(node["name"]),
    ref: String(node["ref"]),
    ...(style?.["name"] !== undefined ? { style: String(style["name"]) } : {}),
    ...(style?.["showRowStripes"] !== undefined ? { showRowStripes: style["showRowStripes"] === "1" } : {}),
    columns,
  };
}

async function tables(zip: JSZip): Promise<Map<string, StoredTable>> {
  const result = new Map<string, StoredTable>();
  for (const path of Object.keys(zip.files).filter((name) => /^xl\/tables\/[^/]+\.xml$/.test(name))) {
    const table = storedTable((await readPart(zip, path))["table"] as XmlNode);
    result.set(table.name, table);
  }
  return result;
}

/**
 * The package as ExcelJS 4.4 can load it: its table reader loses every column after a
 * `<calculatedColumnFormula>` and then throws (exceljs/exceljs#1240, fix PR #1936 unmerged), so the
 * formulas are removed from this copy; `ReadBack.tables` reads them from the untouched package.
 */
async function loadableByExcelJs(bytes: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter((name) => /^xl\/tables\/[^/]+\.xml$/.test(name))) {
    const xml = await (zip.file(path) as JSZip.JSZipObject).async("string");
    zip.file(path, xml.replace(/<calculatedColumnFormula>[\s\S]*?<\/calculatedColumnFormula>/g, ""));
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

/** Reads .xlsx bytes with ExcelJS and with a plain XML parser. */
export async function readXlsx(bytes: Uint8Array): Promise<ReadBack> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await loadableByExcelJs(bytes)) as unknown as ArrayBuffer);
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  return {
    workbook,
    zip,
    sheetNames: parts.map((part) => part.name),
    definedNames: await definedNames(zip),
    hyperlinks: await hyperlinks(zip, parts),
    tables: await tables(zip),
  };
}

/** The ExcelJS worksheet with this name; throws if there is none. */
export function sheetNamed(read: ReadBack, name: string): ExcelJS.Worksheet {
  const sheet = read.workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet named ${name}; sheets: ${read.sheetNames.join(", ")}`);
  return sheet;
}

/** A sheet's conditional formats as ExcelJS read them (runtime field, missing from its typings). */
export function conditionalFormatsOf(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
}

/** A sheet's data validations by cell address, as ExcelJS read them (ranges expanded to cells). */
export function validationsOf(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation | undefined> {
  return (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations
    .model;
}
