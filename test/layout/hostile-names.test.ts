/**
 * Hostile client names (formulas, phone numbers, quotes, markup, sheet-name breakers) stay exactly what was
 * typed, as text, in the client's name cell; everything else reads the cell, and sheet names stay valid.
 */
import { isValidSheetName } from "../../src/domain/sheet-names";
import type { PlanLanguage } from "../../src/domain/plan";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { clientCellName } from "../../src/layout/workbook-names";
import { aClient, anAction, aPlan, HOSTILE_NAMES } from "./plan-fixtures";
import { allCellValues } from "./spec-walk";

const cases = (["es", "en"] as const satisfies readonly PlanLanguage[]).flatMap((language) =>
  HOSTILE_NAMES.map((name) => ({ language, name })),
);

describe.each(cases)("given a client named $name ($language)", ({ language, name }) => {
  const client = aClient("host0001", name, { owner: name, actions: [anAction({ action: name, owner: name })] });
  const spec = buildWorkbookSpec(aPlan([client], { language }));

  it("stores the name unchanged as text in the client's name cell", () => {
    const named = spec.names.find((n) => n.name === clientCellName("name", client.id));
    if (named?.kind !== "range") throw new Error("no name cell");
    const sheet = spec.sheets.find((s) => s.key === named.sheetKey);
    const cell = sheet?.cells.find((c) => c.row === named.range.row && c.column === named.range.column);
    expect(cell?.value).toEqual({ kind: "text", text: name });
  });

  it("writes the name, the owner and the action text only as text cells, never as formulas", () => {
    const holding = allCellValues(spec).filter(({ value }) => value.kind === "text" && value.text === name);
    expect(holding.length).toBeGreaterThanOrEqual(4);
    const formulas = allCellValues(spec).flatMap(({ value }) => (value.kind === "formula" ? [value.formula] : []));
    expect(formulas.filter((f) => f.includes(name) && name.length > 4)).toEqual([]);
  });

  it("gives the client three valid sheet names", () => {
    const names = spec.sheets.filter((s) => s.clientId === client.id).map((s) => s.name);
    expect(names).toHaveLength(3);
    expect(names.filter((n) => !isValidSheetName(n))).toEqual([]);
  });
});
