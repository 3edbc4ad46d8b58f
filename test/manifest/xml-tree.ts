/** A small element tree over fast-xml-parser's order-preserving output, for manifest checks. */
import { XMLParser } from "fast-xml-parser";

/** One XML element: qualified name (`bt:Image`), attributes, child elements in document order, text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

function toElement(node: OrderedNode): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ":@");
  if (name === undefined || name.startsWith("#") || name.startsWith("?")) return undefined;
  const raw = (node[name] ?? []) as OrderedNode[];
  const text = raw
    .map((child) => child["#text"])
    .filter((value): value is string => typeof value === "string")
    .join("");
  const children = raw.map(toElement).filter((child): child is XmlElement => child !== undefined);
  return { name, attributes: node[":@"] ?? {}, children, text };
}

/** Parses `xml` and returns its root element; comments and the XML declaration are dropped. */
export function parseXml(xml: string): XmlElement {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const roots = (parser.parse(xml) as OrderedNode[]).map(toElement).filter((e): e is XmlElement => e !== undefined);
  const [root, ...others] = roots;
  if (root === undefined || others.length > 0) throw new Error("expected exactly one root element");
  return root;
}

/** The name without its namespace prefix: `bt:Image` → `Image`. */
export function localName(element: XmlElement): string {
  return element.name.slice(element.name.indexOf(":") + 1);
}

/** The direct children whose local name is `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => localName(child) === name);
}

/** The one direct child called `name`; throws when there is none or several, so a test fails loudly. */
export function child(element: XmlElement, name: string): XmlElement {
  const found = childrenNamed(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}> children, expected 1`);
  return found[0] as XmlElement;
}

/** Follows a path of single children: `at(root, "VersionOverrides", "Resources")`. */
export function at(element: XmlElement, ...names: string[]): XmlElement {
  return names.reduce(child, element);
}

/** Every element below `element` (itself excluded), depth first, with the chain of ancestors. */
export function descendants(
  element: XmlElement,
  ancestors: readonly XmlElement[] = [],
): Array<{
  element: XmlElement;
  ancestors: readonly XmlElement[];
}> {
  const chain = [...ancestors, element];
  return element.children.flatMap((c) => [{ element: c, ancestors: chain }, ...descendants(c, chain)]);
}
