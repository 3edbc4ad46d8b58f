import { errorText, issuesText, issueText } from "../../src/taskpane/issue-text";

describe("issueText", () => {
  it("given a catalogue code, fills its message", () => {
    expect(issueText({ code: "validation.nameDuplicate", params: { name: "Acme" } }, "en")).toBe(
      "There is already a client called “Acme”: use another name (case and spaces do not count).",
    );
  });

  it("given a code the catalogue lacks, still says what happened and what to do", () => {
    expect(issueText({ code: "app.somethingNew" }, "es")).toMatch(
      /^La operación no se completó \(app\.somethingNew\)\. Vuelve a intentarlo/,
    );
  });
});

describe("issuesText", () => {
  it("drops repeated sentences", () => {
    expect(issuesText([{ code: "validation.nameRequired" }, { code: "validation.nameRequired" }], "en")).toEqual([
      "Enter the client's name.",
    ]);
  });
});

describe("errorText", () => {
  it("given a thrown Error, names the detail and the next step", () => {
    expect(errorText(new Error("boom"), "en")).toBe(
      "Something failed while talking to Excel (boom). Try again; if it happens again, close and reopen the pane.",
    );
  });

  it("given something that is not an Error, still produces a sentence", () => {
    expect(errorText("plain", "es")).toContain("(plain)");
  });
});
