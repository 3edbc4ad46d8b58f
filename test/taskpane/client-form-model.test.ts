import { EMPTY_CLIENT_FORM, issuesByField, readClientForm } from "../../src/taskpane/client-form-model";

const form = (overrides: Partial<typeof EMPTY_CLIENT_FORM>) => ({ ...EMPTY_CLIENT_FORM, ...overrides });

describe("readClientForm", () => {
  it("given a name and scores, returns a trimmed draft", () => {
    expect(readClientForm(form({ name: "  Acme  ", owner: " Ana ", knowledge: "7", trust: "" }), [])).toEqual({
      ok: true,
      value: {
        name: "Acme",
        owner: "Ana",
        sector: "",
        direction: "client",
        kind: "external",
        knowledge: 7,
        trust: null,
      },
    });
  });

  it("given hostile text as the name, keeps it exactly as typed (it is only data)", () => {
    const name = '=HYPERLINK("http://example.invalid","x")';
    const read = readClientForm(form({ name }), []);
    expect(read.ok && read.value.name).toBe(name);
  });

  it.each([
    [{ name: "" }, [], [["name", "validation.nameRequired"]]],
    [{ name: "acme " }, ["ACME"], [["name", "validation.nameDuplicate"]]],
    [{ name: "Acme", knowledge: "12" }, [], [["knowledge", "validation.scoreRange"]]],
    [
      { name: " ", trust: "x" },
      [],
      [
        ["trust", "validation.scoreRange"],
        ["name", "validation.nameRequired"],
      ],
    ],
  ])("given %p with existing names %p, reports %p", (overrides, existing, expected) => {
    const read = readClientForm(form(overrides), existing);
    expect(read.ok ? [] : read.issues.map((i) => [i.path, i.code])).toEqual(expected);
  });

  it("never reports the placeholder id the use case replaces", () => {
    const read = readClientForm(form({ name: "" }), []);
    expect(read.ok ? [] : read.issues.filter((i) => i.path === "id")).toEqual([]);
  });
});

describe("issuesByField", () => {
  it("keeps the first issue of each field", () => {
    const byField = issuesByField([
      { code: "a", path: "name" },
      { code: "b", path: "name" },
      { code: "c", path: "trust" },
    ]);
    expect([...byField].map(([path, issue]) => [path, issue.code])).toEqual([
      ["name", "a"],
      ["trust", "c"],
    ]);
  });
});
