/** buildClientSheets: everything one client adds, the same as in a whole workbook, avoiding taken names. */
import { sheetNameKey } from "../../src/domain/sheet-names";
import { buildClientSheets } from "../../src/layout/client-sheets";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { aClient, aPlan, richClient } from "./plan-fixtures";

describe("buildClientSheets", () => {
  const rich = richClient("rich0001", "Rica");

  it("builds the same sheets, names and Cartera row as the whole workbook does", () => {
    const whole = buildWorkbookSpec(aPlan([rich]));
    const part = buildClientSheets(rich, { language: "es", takenSheetNames: ["Cartera", "Listas", "Meta"] });
    expect(part.sheets).toEqual(whole.sheets.filter((s) => s.clientId === rich.id));
    expect(whole.names).toEqual(expect.arrayContaining([...part.names]));
    expect(whole.sheets[0]?.tables[0]?.rows[0]).toEqual(part.portfolioRow);
    expect(part.styles).toEqual(whole.styles);
  });

  it("given sheet names already taken (in any case), picks other names for all three sheets", () => {
    const taken = ["rica · ver", "Cartera"];
    const part = buildClientSheets(rich, { language: "es", takenSheetNames: taken });
    const keys = new Set(taken.map(sheetNameKey));
    expect(part.sheets.map((s) => s.name).filter((n) => keys.has(sheetNameKey(n)))).toEqual([]);
    expect(part.sheets.map((s) => s.name)).toEqual(["Rica (2) · Ver", "Rica (2) · Ajustar", "Rica (2) · Medir"]);
  });

  it("given two clients with the same name, names the second one's sheets apart in the workbook", () => {
    const spec = buildWorkbookSpec(aPlan([aClient("same0001", "Igual"), aClient("same0002", "IGUAL")]));
    const names = spec.sheets.map((s) => sheetNameKey(s.name));
    expect(new Set(names).size).toBe(names.length);
  });

  it("keeps every client-scoped name and table carrying the client's id", () => {
    const part = buildClientSheets(rich, { language: "en", takenSheetNames: [] });
    expect(part.names.filter((n) => !n.name.endsWith(`_${rich.id}`))).toEqual([]);
    const tables = part.sheets.flatMap((s) => s.tables.map((t) => t.name));
    // The eleven tables of CLIENT_TABLES, plus Medir's overdue actions per owner.
    expect(tables).toHaveLength(12);
    expect(tables.filter((t) => !t.endsWith(`_${rich.id}`))).toEqual([]);
  });
});
