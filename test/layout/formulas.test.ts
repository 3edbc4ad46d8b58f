/**
 * Every formula of the workbook spec references only names and tables that exist, uses only functions both
 * Excel and LibreOffice compute, never a volatile function but in `vamHoy`, and no A1 address at all.
 */
import type { PlanLanguage } from "../../src/domain/plan";
import type { WorkbookSpec } from "../../src/layout/spec";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { CLIENT_CLOSED_STEM } from "../../src/layout/workbook-names";
import { fixturePlans, HOSTILE_NAMES } from "./plan-fixtures";
import { allFormulas, hasA1Address, scanFormula, type FoundFormula } from "./spec-walk";

/** Functions the layout may use: non-volatile, computed by Excel and by LibreOffice (DESIGN §3.1). */
const ALLOWED_FUNCTIONS = new Set([
  "IF",
  "AND",
  "OR",
  "NOT",
  "ISNUMBER",
  "ISBLANK",
  "COUNT",
  "COUNTIFS",
  "SUMIFS",
  "SUBSTITUTE",
  "MAX",
  "MIN",
  "MAXIFS",
  "AVERAGEIFS",
  "REPT",
  "DATE",
  // Catches the #NAME? of a closed-year marker a current client does not have (LibreOffice too).
  "IFERROR",
]);

const LANGUAGES: readonly PlanLanguage[] = ["es", "en"];

const cases = LANGUAGES.flatMap((language) =>
  fixturePlans(language).map(({ title, plan }) => ({
    title: `${title} (${language})`,
    spec: buildWorkbookSpec(plan, { today: "2027-03-15" }),
  })),
);

function headersByTable(spec: WorkbookSpec): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const sheet of spec.sheets) {
    for (const table of sheet.tables) map.set(table.name, new Set(table.columns.map((c) => c.header)));
  }
  return map;
}

/**
 * A closed-year marker (`vamAnioCerrado_<id>`, defined by Nuevo año) may be used before it exists, only as
 * the value IFERROR tries first: its #NAME? until then is caught.
 */
function guardedMarker(formula: string, name: string): boolean {
  return name.startsWith(`${CLIENT_CLOSED_STEM}_`) && formula.includes(`IFERROR(${name},`);
}

function unresolved(spec: WorkbookSpec, found: FoundFormula): string[] {
  const names = new Set(spec.names.map((n) => n.name));
  const tables = headersByTable(spec);
  const scanned = scanFormula(found.formula);
  const badNames = scanned.names
    .filter((name) => !names.has(name) && !guardedMarker(found.formula, name))
    .map((name) => `name ${name}`);
  const badRefs = scanned.structured.flatMap((ref) => {
    const headers = tables.get(ref.table);
    if (headers === undefined) return [`table ${ref.table}`];
    const badColumns = ref.columns.filter((c) => !headers.has(c)).map((c) => `column ${ref.table}[${c}]`);
    const badItems = ref.specialItems.filter((item) => item !== "#This Row").map((item) => `item ${item}`);
    return [...badColumns, ...badItems];
  });
  return [...badNames, ...badRefs].map((problem) => `${found.where}: ${problem}`);
}

describe.each(cases)("the formulas of $title", ({ spec }) => {
  const formulas = allFormulas(spec);

  it("are written in invariant form, starting with =", () => {
    expect(formulas.filter((f) => !f.formula.startsWith("="))).toEqual([]);
  });

  it("reference only defined names, tables and table columns that exist in the spec", () => {
    expect(formulas.flatMap((f) => unresolved(spec, f))).toEqual([]);
  });

  it("call only allowed functions: no INDIRECT, OFFSET or other volatile function outside vamHoy", () => {
    const outside = formulas.filter((f) => f.where !== "name vamHoy");
    const used = new Set(outside.flatMap((f) => scanFormula(f.formula).functions));
    expect([...used].filter((fn) => !ALLOWED_FUNCTIONS.has(fn))).toEqual([]);
  });

  it("hold no A1 address, whole-column reference, array constant or unbalanced string", () => {
    expect(formulas.filter((f) => hasA1Address(f.formula))).toEqual([]);
    expect(formulas.filter((f) => scanFormula(f.formula).oddities.length > 0)).toEqual([]);
  });

  it("stay within Excel's limits: 8,192 characters a formula, 255 a string literal", () => {
    // Excel specifications and limits: formula contents ≤ 8,192 characters; a text constant in a formula ≤ 255.
    expect(formulas.filter((f) => f.formula.length > 8192).map((f) => f.where)).toEqual([]);
    const literals = formulas.flatMap((f) => scanFormula(f.formula).literals);
    expect(literals.filter((literal) => literal.length > 255)).toEqual([]);
  });

  it("name vamHoy as the only place TODAY may appear", () => {
    const today = formulas.filter((f) => scanFormula(f.formula).functions.includes("TODAY"));
    expect(today.every((f) => f.where === "name vamHoy")).toBe(true);
  });
});

describe("user text and formulas", () => {
  it.each(LANGUAGES)("given hostile client names (%s), no formula contains any of them", (language) => {
    const plan = fixturePlans(language).find((f) => f.title.includes("hostile"))?.plan;
    if (plan === undefined) throw new Error("fixture missing");
    const spec = buildWorkbookSpec(plan);
    const literals = allFormulas(spec).flatMap((f) => scanFormula(f.formula).literals);
    for (const name of HOSTILE_NAMES) expect(literals).not.toContain(name);
    const formulas = allFormulas(spec).map((f) => f.formula);
    for (const name of HOSTILE_NAMES.filter((n) => n.length > 4)) {
      expect(formulas.filter((f) => f.includes(name))).toEqual([]);
    }
  });
});

describe("vamHoy", () => {
  it("given a fixed today, is a constant DATE so figures are reproducible", () => {
    const spec = buildWorkbookSpec(fixturePlans("es")[0]!.plan, { today: "2027-03-05" });
    expect(spec.names.find((n) => n.name === "vamHoy")).toEqual({
      kind: "formula",
      name: "vamHoy",
      formula: "=DATE(2027,3,5)",
    });
  });

  it("without a fixed today, is =TODAY(), the workbook's only volatile formula", () => {
    const spec = buildWorkbookSpec(fixturePlans("es")[0]!.plan);
    expect(spec.names.find((n) => n.name === "vamHoy")).toMatchObject({ kind: "formula", formula: "=TODAY()" });
  });

  it.each(["2027-02-30", "15/03/2027", ""])("given an invalid today %p, throws (misuse)", (today) => {
    expect(() => buildWorkbookSpec(fixturePlans("es")[0]!.plan, { today })).toThrow();
  });
});

describe("the formula scanner these checks rely on", () => {
  it.each([
    ["=A1+1", true],
    ["=SUM($B$2:C3)", true],
    ["=COUNTIFS(A:A,1)", true],
    ["=SUM(1:1)", true],
    ['=IF(vamHoy>0,"A1","")', false],
    ["=vamAcciones_k3x9q2ab[[#This Row],[T1]]", false],
    ["=vamAnioPlan+LOG10(2)", false],
  ])("given %p, reports an A1 address: %p", (formula, expected) => {
    expect(hasA1Address(formula)).toBe(expected);
  });

  it("splits functions, names, structured references (with ' escapes) and literals", () => {
    const scanned = scanFormula(`=IF(vamHoy>0,COUNTIFS(T_x[[#This Row],[It''s '#1]],"a""b"),TRUE)`);
    expect(scanned.functions).toEqual(["IF", "COUNTIFS"]);
    expect(scanned.names).toEqual(["vamHoy"]);
    expect(scanned.structured).toEqual([{ table: "T_x", specialItems: ["#This Row"], columns: ["It's #1"] }]);
    expect(scanned.literals).toEqual(['a"b']);
    expect(scanned.oddities).toEqual([]);
  });

  it("flags a bare this-row reference, an array constant and an unterminated string", () => {
    expect(scanFormula("=[@Estado]").oddities).toContain("[");
    expect(scanFormula("=SUM({1,2})").oddities).toContain("{");
    expect(scanFormula('="abc').oddities).toContain("unterminated string");
  });
});
