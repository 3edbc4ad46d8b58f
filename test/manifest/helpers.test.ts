/** The manifest checks' own helpers must be able to fail: a checker that accepts everything proves nothing. */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./manifest-fixture";
import { pngSize } from "./png-size";
import { sequence, sequenceProblems } from "./schema-order";
import { at, descendants, localName, parseXml } from "./xml-tree";

describe("sequenceProblems", () => {
  const schema = sequence("Id", "AlternateId?", "Version", "Control+", "Extra*");

  it.each([
    ["a valid order", ["Id", "Version", "Control"], []],
    ["optional and repeatable elements", ["Id", "AlternateId", "Version", "Control", "Control", "Extra", "Extra"], []],
    ["two elements swapped", ["Version", "Id", "Control"], ["<Id> comes after <Version>"]],
    ["a missing required element", ["Id", "Control"], ["<Version> missing"]],
    ["a repeated single element", ["Id", "Version", "Version", "Control"], ["<Version> repeated"]],
    ["an unknown element", ["Id", "Version", "Control", "Bogus"], ["unexpected <Bogus>"]],
    ["a required repeatable element absent", ["Id", "Version"], ["<Control> missing"]],
  ])("given %s (%j), reports exactly the expected problems", (_case, actual, problems) => {
    expect(sequenceProblems(actual, schema)).toEqual(problems);
  });
});

describe("pngSize", () => {
  it.each([
    ["icon-16.png", 16],
    ["icon-80.png", 80],
    ["logo-filled.png", 300],
  ])("given assets/%s, reads %i px from its IHDR chunk", (file, size) => {
    expect(pngSize(fs.readFileSync(path.join(ROOT, "assets", file)))).toEqual({ width: size, height: size });
  });

  it("given a wide PNG header, reads width and height separately", () => {
    const header = Buffer.from("89504e470d0a1a0a0000000d49484452000001f400000020", "hex");
    expect(pngSize(header)).toEqual({ width: 500, height: 32 });
  });

  it.each([
    ["a JPEG", Buffer.from("ffd8ffe000104a46494600010100000100010000", "hex")],
    ["a truncated PNG", Buffer.from("89504e470d0a1a0a0000000d4948", "hex")],
    ["a PNG whose first chunk is not IHDR", Buffer.from("89504e470d0a1a0a0000000d49444154000001f400000020", "hex")],
  ])("given %s, throws", (_case, bytes) => {
    expect(() => pngSize(bytes)).toThrow();
  });
});

describe("parseXml", () => {
  const root = parseXml(`<?xml version="1.0"?><!-- note --><A xmlns:bt="urn:x"><B k="v">text</B><bt:C/><B/></A>`);

  it("keeps elements in document order with their prefixes and attributes", () => {
    expect(root.children.map((c) => c.name)).toEqual(["B", "bt:C", "B"]);
    expect(root.children[0]?.attributes).toEqual({ k: "v" });
    expect(root.children[0]?.text).toBe("text");
    expect(localName(root.children[1] ?? root)).toBe("C");
  });

  it("walks descendants with their ancestors, and refuses ambiguous paths", () => {
    expect(descendants(root).map(({ element, ancestors }) => `${ancestors.length}:${element.name}`)).toEqual([
      "1:B",
      "1:bt:C",
      "1:B",
    ]);
    expect(() => at(root, "B")).toThrow(/2 <B> children/);
  });
});
