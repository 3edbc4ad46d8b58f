/** Formula building blocks: string literals and structured references as Excel spells them. */
import { columnRef, escapeHeader, quoteText, thisRowRef } from "../../src/layout/formula-text";

describe("quoteText", () => {
  it.each([
    ["hecha", '"hecha"'],
    ['Dice "hola"', '"Dice ""hola"""'],
    ['"', '""""'],
    ["", '""'],
    ["sí", '"sí"'],
  ])("given %p, writes the literal %p with quotes doubled", (text, literal) => {
    expect(quoteText(text)).toBe(literal);
  });
});

describe("structured references", () => {
  it.each([
    ["Estado", "T_1[Estado]"],
    ["Fecha límite", "T_1[Fecha límite]"],
    ["% hechas", "T_1[[% hechas]]"],
    ["¿Cumplido?", "T_1[[¿Cumplido?]]"],
    ["It's #1 [x]", "T_1[[It''s '#1 '[x']]]"],
    ["a@b", "T_1[[a'@b]]"],
  ])("given the header %p, reference the column as %p", (header, reference) => {
    expect(columnRef("T_1", header)).toBe(reference);
  });

  it("escape [ ] # ' @ with an apostrophe and leave other characters alone", () => {
    expect(escapeHeader("[a]#'@ b-c")).toBe("'[a']'#'''@ b-c");
  });

  it("spell this-row references in the file form LibreOffice reads", () => {
    expect(thisRowRef("vamCartera", "Confianza")).toBe("vamCartera[[#This Row],[Confianza]]");
    expect(thisRowRef("vamCartera", "It's")).toBe("vamCartera[[#This Row],[It''s]]");
  });
});
