import type { SheetSpec, TableSpec, WorkbookSpec } from "../../src/layout/spec";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { EMPTY, cell, column, num, sheet, table, text } from "./spec-builders";

function workbook(sheetExtra: Partial<SheetSpec>, rest: Partial<WorkbookSpec> = {}): WorkbookSpec {
  return { sheets: [sheet("portfolio", "Cartera", sheetExtra)], names: [], styles: {}, ...rest };
}

const actions: TableSpec = table("vamAcciones_x", { row: 2, column: 0 }, [column("Acción"), column("Estado")], []);
const validation = { rule: { kind: "wholeNumber" as const, min: 0, max: 10 }, error: { title: "t", message: "m" } };

describe("writeWorkbook refuses a spec the file format cannot hold", () => {
  it.each<[string, WorkbookSpec, RegExp]>([
    ["an unknown style key", workbook({ cells: [cell(0, 0, text("x"), "nope")] }), /unknown style nope/],
    ["a colour that is not #RRGGBB", workbook({ tabColor: "red" }), /#RRGGBB/],
    ["a non-finite number", workbook({ cells: [cell(0, 0, num(Number.NaN))] }), /finite/],
    ["an impossible date", workbook({ cells: [cell(0, 0, { kind: "date", iso: "2027-02-30" })] }), /calendar date/],
    ["a text over 32,767 characters", workbook({ cells: [cell(0, 0, text("x".repeat(32768)))] }), /32767/],
    ["a one-cell merge", workbook({ merges: [{ row: 0, column: 0 }] }), /at least two cells/],
    ["a cell outside the grid", workbook({ cells: [cell(1048576, 0, text("x"))] }), /outside Excel's grid/],
    ["a column width over 255", workbook({ columnWidths: [{ column: 0, width: 256 }] }), /0–255/],
    ["fit to zero pages wide", workbook({ print: { orientation: "portrait", fitToPagesWide: 0 } }), /fitToPagesWide/],
    [
      "a table row of the wrong width",
      workbook({ tables: [{ ...actions, rows: [[text("a")]] }] }),
      /row 0 has 1 values for 2 columns/,
    ],
    [
      "repeated table headers (case-insensitive)",
      workbook({ tables: [{ ...actions, columns: [column("Estado"), column("ESTADO", { key: "x" })] }] }),
      /repeated/,
    ],
    [
      "a table name that is a cell reference",
      workbook({ tables: [{ ...actions, name: "AB12" }] }),
      /not a valid Excel name/,
    ],
    [
      "a table name with a space",
      workbook({ tables: [{ ...actions, name: "vam Acciones" }] }),
      /not a valid Excel name/,
    ],
    [
      "an unknown table style",
      workbook({ tables: [{ ...actions, style: "TableStyleMedium29" }] }),
      /built-in table style/,
    ],
    [
      "a conditional format on an unknown table column",
      workbook({
        tables: [actions],
        conditionalFormats: [
          {
            target: { kind: "tableColumn", table: "vamAcciones_x", columnKey: "nope" },
            rule: { kind: "dataBar", color: "#000000" },
          },
        ],
      }),
      /no column with key nope/,
    ],
    [
      "a conditional format on a table of another sheet",
      workbook({
        conditionalFormats: [
          {
            target: { kind: "tableColumn", table: "vamOtra", columnKey: "x" },
            rule: { kind: "dataBar", color: "#000000" },
          },
        ],
      }),
      /has no table vamOtra/,
    ],
    [
      "a between rule without formula2",
      workbook({
        conditionalFormats: [
          {
            target: { kind: "range", range: { row: 0, column: 0 } },
            rule: { kind: "cellValue", operator: "between", formula1: "1", style: { bold: true } },
          },
        ],
      }),
      /formula2/,
    ],
    [
      "a validation error title over 32 characters",
      workbook({
        validations: [
          {
            range: { row: 0, column: 0 },
            validation: { ...validation, error: { title: "t".repeat(33), message: "m" } },
          },
        ],
      }),
      /at most 32/,
    ],
    [
      "a validation prompt over 255 characters",
      workbook({
        validations: [
          {
            range: { row: 0, column: 0 },
            validation: { ...validation, prompt: { title: "t", message: "m".repeat(256) } },
          },
        ],
      }),
      /at most 255/,
    ],
    [
      "a list validation whose source is not a name",
      workbook({
        validations: [
          {
            range: { row: 0, column: 0 },
            validation: { rule: { kind: "list", listName: "sí,no" }, error: { title: "t", message: "m" } },
          },
        ],
      }),
      /not a valid Excel name/,
    ],
    [
      "a name on a sheet key the spec lacks",
      workbook({}, { names: [{ kind: "range", name: "vamX", sheetKey: "ver:nope", range: { row: 0, column: 0 } }] }),
      /sheet key ver:nope/,
    ],
    [
      "the same name twice, differing only in case",
      workbook(
        {},
        {
          names: [
            { kind: "formula", name: "vamHoy", formula: "=TODAY()" },
            { kind: "formula", name: "VAMHOY", formula: "=TODAY()" },
          ],
        },
      ),
      /appears twice/,
    ],
    [
      "a dynamic-array formula",
      workbook({ cells: [cell(0, 0, { kind: "formula", formula: "=SORT(A2:A9)" })] }),
      /dynamic-array/,
    ],
    [
      "an unqualified structured reference outside a table",
      workbook({ cells: [cell(0, 0, { kind: "formula", formula: "=[@Estado]" })] }),
      /table context/,
    ],
    ["no visible sheet", workbook({ visibility: "hidden" }), /at least one visible sheet/],
  ])("given %s, it throws", async (_what, spec, message) => {
    await expect(writeWorkbook(spec)).rejects.toThrow(message);
  });

  it("given a valid small spec, it does not throw (the cases above fail for their own reason)", async () => {
    const spec = workbook({ cells: [cell(0, 0, text("x"))], tables: [{ ...actions, rows: [[text("a"), EMPTY]] }] });
    await expect(writeWorkbook(spec)).resolves.toBeInstanceOf(Uint8Array);
  });
});
