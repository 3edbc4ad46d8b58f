/**
 * The 0–10 rule travels in the file: a co-author without the add-in who types 11 into a score is stopped by
 * Excel's own data validation, with the input message and error alert in the plan language.
 */
import type { PlanLanguage } from "../../src/domain/plan";
import { cellAddress } from "../../src/xlsx/a1";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { clientCellName } from "../../src/layout/workbook-names";
import type { DefinedNameSpec } from "../../src/layout/spec";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { aClient, aPlan } from "../layout/plan-fixtures";
import { readXlsx, sheetNamed, validationsOf } from "../support/xlsx-read";

describe.each<PlanLanguage>(["es", "en"])("given a %s plan written to .xlsx", (language) => {
  const plan = aPlan([aClient("acme0001", "Acme", { knowledge: 6, trust: 4 })], { language });
  const spec = buildWorkbookSpec(plan, { today: "2027-03-15" });

  it.each(["knowledge", "trust"] as const)("the %s score cell only accepts whole numbers 0–10", async (kind) => {
    const name = spec.names.find((n) => n.name === clientCellName(kind, "acme0001")) as DefinedNameSpec & {
      kind: "range";
    };
    const sheet = spec.sheets.find((s) => s.key === name.sheetKey);
    if (sheet === undefined) throw new Error(`no sheet for ${name.name}`);
    const read = await readXlsx(await writeWorkbook(spec));
    const rule = validationsOf(sheetNamed(read, sheet.name))[cellAddress(name.range.row, name.range.column)];
    expect(rule).toMatchObject({ type: "whole", operator: "between", formulae: [0, 10], showErrorMessage: true });
    expect(rule?.error).toMatch(language === "es" ? /entero|0 y 10/i : /whole|0 and 10/i);
    expect(rule?.prompt?.length ?? 0).toBeGreaterThan(0);
  });
});
