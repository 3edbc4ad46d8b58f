import { confirmsDeletion } from "../../src/taskpane/archive-view";

describe("confirmsDeletion", () => {
  it.each([
    ["Acme Ibérica", true],
    ["  Acme Ibérica ", true],
    ["acme ibérica", false],
    ["Acme", false],
    ["", false],
  ])("given %p typed for Acme Ibérica, confirms: %p", (typed, confirms) => {
    expect(confirmsDeletion({ name: "Acme Ibérica" }, typed)).toBe(confirms);
  });
});
