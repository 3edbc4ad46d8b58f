/**
 * Score history and trust on the sheets: Historial's calculated change since the previous snapshot, Ver's
 * trust trend (the figure Cartera and Medir show) and the trust the four sub-scores suggest.
 */
import type { PlanLanguage } from "../../src/domain/plan";
import { clientFigureFormulas } from "../../src/layout/client-formulas";
import { clientTableColumns } from "../../src/layout/client-table";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { clientCellName } from "../../src/layout/workbook-names";
import { aPlan, richClient } from "./plan-fixtures";

describe.each<PlanLanguage>(["es", "en"])("score history and trust (%s)", (language) => {
  const spec = buildWorkbookSpec(aPlan([richClient("rich0001", "Rica")], { language }));
  const ver = spec.sheets.find((s) => s.key === "ver:rich0001");
  const formulas = clientFigureFormulas("rich0001", language);
  const verFormulas = ver?.cells.flatMap((c) => (c.value.kind === "formula" ? [c.value.formula] : [])) ?? [];

  it("gives Historial a change column after each score, calculated against its own table by date", () => {
    const columns = clientTableColumns("scoreHistory", "rich0001", language);
    expect(columns.map((c) => c.key)).toEqual([
      "date",
      "period",
      "knowledge",
      "knowledgeDelta",
      "trust",
      "trustDelta",
      "note",
    ]);
    for (const key of ["knowledgeDelta", "trustDelta"]) {
      const formula = columns.find((c) => c.key === key)?.formula ?? "";
      expect(formula).toMatch(/MAXIFS\(vamHistorial_rich0001\[[^\]]+\],vamHistorial_rich0001\[/);
      expect(formula).toContain('"<"&vamHistorial_rich0001[[#This Row],[');
      expect(formula).toContain("AVERAGEIFS(");
    }
  });

  it("shows on Ver the same trust trend formula as Cartera and Medir", () => {
    expect(verFormulas).toContain(`=${formulas.trustTrend}`);
    const cartera = spec.sheets[0]?.tables[0]?.rows[0] ?? [];
    expect(cartera.some((v) => v.kind === "formula" && v.formula === `=${formulas.trustTrend}`)).toBe(true);
  });

  it("suggests a trust from the four sub-scores, blank while any is blank", () => {
    expect(verFormulas).toContain(`=${formulas.suggestedTrust}`);
    for (const kind of ["credibility", "reliability", "intimacy", "selfOrientation"] as const) {
      expect(formulas.suggestedTrust).toContain(`NOT(ISNUMBER(${clientCellName(kind, "rich0001")}))`);
    }
    expect(formulas.suggestedTrust).toMatch(/10\*\(.+\)\/\(\(.+\)\+3\*vamAutoorientacion_rich0001\)/);
  });
});
