import { writeFileSync } from "node:fs";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { describeWithLibreOffice, recalculate } from "../support/libreoffice";
import { testOutputPath } from "../support/test-output-path";
import { HOSTILE_TEXTS } from "./hostile-texts";
import { ACTIONS_SHEET, EXPECTED_CALCULATED, EXPECTED_SUMMARY, recalculationSpec } from "./recalculation-spec";

describeWithLibreOffice("writeWorkbook → LibreOffice recalculation", () => {
  let sheets: Map<string, string[][]>;

  beforeAll(async () => {
    const path = testOutputPath("xlsx", "recalculation.xlsx");
    writeFileSync(path, await writeWorkbook(recalculationSpec()));
    sheets = await recalculate(path);
  }, 240_000);

  function sheetRows(name: string): string[][] {
    const rows = sheets.get(name);
    if (rows === undefined) throw new Error(`LibreOffice returned no sheet ${name}: ${[...sheets.keys()].join(", ")}`);
    return rows;
  }

  it("given three sheets, LibreOffice returns each under its real name", () => {
    expect([...sheets.keys()]).toEqual(["Resumen", ACTIONS_SHEET, "Textos"]);
  });

  it.each(EXPECTED_SUMMARY.map(([label, f, value], i) => [label, f, value, i + 1] as const))(
    "given %s = %s, LibreOffice computes %s",
    (label, _formula, value, row) => {
      expect(sheetRows("Resumen")[row]).toEqual([label, value]);
    },
  );

  it("given calculated columns with [@Col] references, every table row is computed", () => {
    const body = sheetRows(ACTIONS_SHEET)
      .slice(1)
      .map((row) => [row[5], row[6]]);
    expect(body).toEqual(EXPECTED_CALCULATED.map((row) => [...row]));
    expect(sheetRows(ACTIONS_SHEET)[0]).toEqual(["Acción", "Nivel", "Estado", "Vence", "Importe", "Vencida", "Doble"]);
    expect(sheetRows(ACTIONS_SHEET)[1]?.[3]).toBe("2027-03-01");
  });

  it.each(HOSTILE_TEXTS.map(([label, value], i) => [label, value, i] as const))(
    "given the %s text, LibreOffice reads it unchanged in the sheet and in the table",
    (_label, value, i) => {
      // LibreOffice keeps a cell's lines as paragraphs, so CR LF comes back as LF; the file itself keeps
      // the CR (hostile-text.test.ts reads it back with ExcelJS).
      const expected = value.replace(/\r\n/g, "\n");
      const rows = sheetRows("Textos");
      expect(rows[i]?.[0]).toBe(expected);
      expect(rows[i + 1]?.[2]).toBe(expected);
    },
  );
});
