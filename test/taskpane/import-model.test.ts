import { importReportRows, importWarnings } from "../../src/taskpane/import-model";
import { loadChunkMessages } from "./pane-fixtures";

// These views' messages come with their chunk (src/taskpane/views-chunk.ts), added when it loads.
beforeAll(loadChunkMessages);

describe("importReportRows", () => {
  it("gives one row per reason, sorted by line, in the language asked", () => {
    const rows = importReportRows(
      [
        { line: 5, name: "", issues: [{ code: "import.blankName", params: {} }] },
        {
          line: 3,
          name: "Acme",
          issues: [
            { code: "import.scoreOutOfRange", params: { column: "Confianza", value: "11" } },
            { code: "import.unknownKind", params: { value: "mixto" } },
          ],
        },
      ],
      "es",
    );
    expect(rows).toEqual([
      { line: 3, name: "Acme", reason: "Confianza «11» está fuera de la escala. Escribe un entero de 0 a 10." },
      { line: 3, name: "Acme", reason: "Tipo «mixto» desconocido. Usa externo o interno." },
      { line: 5, name: "", reason: "Falta el nombre del cliente. Escríbelo en la columna Cliente o borra la fila." },
    ]);
  });
});

describe("importWarnings", () => {
  it("writes file-level remarks as sentences", () => {
    expect(importWarnings([{ code: "import.unknownColumn", params: { column: "Notas" } }], "en")).toEqual([
      "Column “Notas” is ignored: it is not Client, Owner, Sector, Direction, Type, Knowledge or Trust.",
    ]);
  });
});
