import { readScore, scoreFieldText } from "../../src/taskpane/score-input";

describe("readScore", () => {
  it.each([
    ["", null],
    ["   ", null],
    ["0", 0],
    [" 7 ", 7],
    ["10", 10],
  ])("given %p, reads %p", (text, value) => {
    expect(readScore(text, "knowledge")).toEqual({ ok: true, value });
  });

  it.each(["11", "-1", "7.5", "7,5", "siete", "1e1"])(
    "given %p, reports validation.scoreRange at the field",
    (text) => {
      const read = readScore(text, "trust");
      expect(read.ok ? null : [read.issue.code, read.issue.path, read.issue.params?.value]).toEqual([
        "validation.scoreRange",
        "trust",
        text.trim(),
      ]);
    },
  );
});

describe("scoreFieldText", () => {
  it("shows a blank score as an empty field and 0 as 0", () => {
    expect([scoreFieldText(null), scoreFieldText(0), scoreFieldText(9)]).toEqual(["", "0", "9"]);
  });
});
