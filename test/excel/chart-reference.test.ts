import { parseColumnReference } from "../../src/excel/chart-reference";

describe("chart series references", () => {
  it.each([
    ["vamCartera[Conocimiento]", "vamCartera", "Conocimiento"],
    ["vamCartera[[% hechas]]", "vamCartera", "% hechas"],
    ["t_1[['[Nota']]]", "t_1", "[Nota]"],
  ])("given %s, the table is %s and the column %s", (reference, table, column) => {
    expect(parseColumnReference(reference)).toEqual({ table, column });
  });

  it.each(["vamCartera", "vamCartera[#All]", "vamCartera[[A]:[B]]x", "Sheet1!A1:A9"])(
    "given %s, it throws",
    (reference) => {
      expect(() => parseColumnReference(reference)).toThrow();
    },
  );
});
