/** buildWorkbookSpec: which sheets a plan gets, what each sheet kind holds, in Spanish and in English. */
import { isValidSheetName, sheetNameKey } from "../../src/domain/sheet-names";
import type { Plan, PlanLanguage } from "../../src/domain/plan";
import type { CellValue, DefinedNameSpec, SheetSpec, WorkbookSpec } from "../../src/layout/spec";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { PORTFOLIO_TABLE, clientCellName, phaseAnchorName } from "../../src/layout/workbook-names";
import { aClient, aPlan, fixturePlans, richClient } from "./plan-fixtures";

const LANGUAGES: readonly PlanLanguage[] = ["es", "en"];

function sheetOf(spec: WorkbookSpec, key: string): SheetSpec {
  const sheet = spec.sheets.find((s) => s.key === key);
  if (sheet === undefined) throw new Error(`no sheet ${key}`);
  return sheet;
}

function rangeName(spec: WorkbookSpec, name: string): Extract<DefinedNameSpec, { kind: "range" }> {
  const found = spec.names.find((n) => n.name === name);
  if (found?.kind !== "range") throw new Error(`no range name ${name}`);
  return found;
}

/** The value of the cell a range name points at. */
function namedValue(spec: WorkbookSpec, name: string): CellValue | undefined {
  const named = rangeName(spec, name);
  return sheetOf(spec, named.sheetKey).cells.find((c) => c.row === named.range.row && c.column === named.range.column)
    ?.value;
}

function allTexts(sheet: SheetSpec): string[] {
  return sheet.cells.flatMap((c) => (c.value.kind === "text" ? [c.value.text] : []));
}

describe.each(LANGUAGES)("a workbook in %s", (language) => {
  const plan: Plan = aPlan([richClient("rich0001", "Rica"), aClient("arch0001", "Archivada", { state: "archived" })], {
    language,
    year: 2031,
    targetScore: 8,
  });
  const spec = buildWorkbookSpec(plan, { today: "2031-03-15" });

  it("has Cartera first, three sheets per client in phase order, then the hidden lists and the very hidden meta", () => {
    expect(spec.sheets.map((s) => [s.key, s.visibility])).toEqual([
      ["portfolio", "visible"],
      ["ver:rich0001", "visible"],
      ["ajustar:rich0001", "visible"],
      ["medir:rich0001", "visible"],
      ["ver:arch0001", "hidden"],
      ["ajustar:arch0001", "hidden"],
      ["medir:arch0001", "hidden"],
      ["lists", "hidden"],
      ["meta", "veryHidden"],
    ]);
  });

  it("names sheets validly and uniquely, client sheets `<client> · <phase>`", () => {
    const names = spec.sheets.map((s) => s.name);
    expect(names.filter((n) => !isValidSheetName(n))).toEqual([]);
    expect(new Set(names.map(sheetNameKey)).size).toBe(names.length);
    expect(names.slice(1, 4)).toEqual(
      language === "es"
        ? ["Rica · Ver", "Rica · Ajustar", "Rica · Medir"]
        : ["Rica · See", "Rica · Adjust", "Rica · Measure"],
    );
  });

  it("keeps the plan year and target in the named input cells vamAnioPlan and vamObjetivo on Cartera", () => {
    expect(rangeName(spec, "vamAnioPlan").sheetKey).toBe("portfolio");
    expect(namedValue(spec, "vamAnioPlan")).toEqual({ kind: "number", value: 2031 });
    expect(namedValue(spec, "vamObjetivo")).toEqual({ kind: "number", value: 8 });
  });

  it("titles Cartera with the plan year, read from vamAnioPlan", () => {
    const title = sheetOf(spec, "portfolio").cells.find((c) => c.row === 0 && c.column === 0)?.value;
    expect(title?.kind === "formula" && title.formula.endsWith("&vamAnioPlan")).toBe(true);
  });

  it("keeps the layout version and the plan language on the very hidden meta sheet", () => {
    expect(rangeName(spec, "vamVersion").sheetKey).toBe("meta");
    expect(namedValue(spec, "vamVersion")).toEqual({ kind: "number", value: 1 });
    expect(namedValue(spec, "vamIdioma")).toEqual({ kind: "text", text: language });
  });

  it("gives the Cartera table the five headers of DESIGN §3.1 first, then live figures, status and id", () => {
    const table = sheetOf(spec, "portfolio").tables[0];
    expect(table?.name).toBe(PORTFOLIO_TABLE);
    const headers = table?.columns.map((c) => c.header) ?? [];
    expect(headers.slice(0, 5)).toEqual(
      language === "es"
        ? ["Cliente", "Responsable", "Dirección", "Conocimiento", "Confianza"]
        : ["Client", "Owner", "Direction", "Knowledge", "Trust"],
    );
    expect(table?.columns.map((c) => c.key).slice(-2)).toEqual(["status", "id"]);
  });

  it("gives each client one Cartera row of formulas, the id as text, the name linked to its Ver anchor", () => {
    const rows = sheetOf(spec, "portfolio").tables[0]?.rows ?? [];
    expect(rows).toHaveLength(2);
    for (const [index, client] of plan.clients.entries()) {
      const row = rows[index] ?? [];
      expect(row.at(-1)).toEqual({ kind: "text", text: client.id });
      expect(row.slice(0, -1).filter((v) => v.kind !== "formula")).toEqual([]);
      expect(row[0]).toMatchObject({ kind: "formula", linkToName: phaseAnchorName("ver", client.id) });
      expect(rangeName(spec, phaseAnchorName("ver", client.id))).toMatchObject({
        sheetKey: `ver:${client.id}`,
        range: { row: 0, column: 0 },
      });
    }
  });

  it("writes the status rule next to the Cartera table, one line per status label", () => {
    const texts = allTexts(sheetOf(spec, "portfolio"));
    const labels =
      language === "es"
        ? ["rojo", "ámbar", "verde", "sin puntuar", "archivado"]
        : ["red", "amber", "green", "unscored", "archived"];
    for (const label of labels) expect(texts).toContain(label);
  });

  it("puts the client's identity and scores in named cells on its Ver sheet", () => {
    expect(namedValue(spec, clientCellName("name", "rich0001"))).toEqual({ kind: "text", text: "Rica" });
    expect(namedValue(spec, clientCellName("knowledge", "rich0001"))).toEqual({ kind: "number", value: 7 });
    expect(namedValue(spec, clientCellName("credibility", "rich0001"))).toEqual({ kind: "number", value: 7 });
    expect(namedValue(spec, clientCellName("state", "arch0001"))).toEqual({
      kind: "text",
      text: language === "es" ? "archivado" : "archived",
    });
    expect(namedValue(spec, clientCellName("direction", "rich0001"))).toEqual({
      kind: "text",
      text: language === "es" ? "Cliente" : "Client",
    });
    expect(rangeName(spec, clientCellName("trustEvidence", "rich0001")).sheetKey).toBe("ver:rich0001");
    expect(rangeName(spec, clientCellName("reviewCadence", "rich0001")).sheetKey).toBe("medir:rich0001");
  });

  it("validates knowledge and trust as whole numbers 0–10, with messages in the plan language", () => {
    const ver = sheetOf(spec, "ver:rich0001");
    for (const kind of ["knowledge", "trust"] as const) {
      const at = rangeName(spec, clientCellName(kind, "rich0001")).range;
      const validation = ver.validations.find(
        (v) => v.range.row === at.row && v.range.column === at.column,
      )?.validation;
      expect(validation?.rule).toEqual({ kind: "wholeNumber", min: 0, max: 10 });
      expect(validation?.error.message).toBe(
        language === "es" ? "Escribe un número entero de 0 a 10." : "Type a whole number from 0 to 10.",
      );
    }
  });

  it("colours each score red / amber / green with three rules that leave an empty cell unpainted", () => {
    const ver = sheetOf(spec, "ver:rich0001");
    const at = rangeName(spec, clientCellName("trust", "rich0001")).range;
    const rules = ver.conditionalFormats.filter((f) => f.target.kind === "range" && f.target.range.row === at.row);
    expect(rules).toHaveLength(3);
    for (const { rule } of rules) expect(rule.kind === "expression" && rule.formula.includes("ISNUMBER(")).toBe(true);
  });

  it("asks 'why this number?' beside each score", () => {
    const texts = allTexts(sheetOf(spec, "ver:rich0001"));
    expect(texts.filter((t) => t === (language === "es" ? "¿Por qué este número?" : "Why this number?"))).toHaveLength(
      2,
    );
  });

  it("draws the pyramid top to bottom with a centred bar and a count per level, and the top-heavy warning", () => {
    const cells = sheetOf(spec, "ajustar:rich0001").cells;
    const levelTexts = cells.flatMap((c) =>
      c.value.kind === "text" && /^[1-6] /.test(c.value.text) ? [c.value.text[0]] : [],
    );
    expect(levelTexts).toEqual(["6", "5", "4", "3", "2", "1"]);
    const formulas = cells.flatMap((c) => (c.value.kind === "formula" ? [c.value.formula] : []));
    expect(formulas.filter((f) => f.startsWith("=REPT("))).toHaveLength(6);
    expect(formulas.some((f) => f.includes("Pir") || f.includes("Top-heavy"))).toBe(true);
  });

  it("flags the client's commitment streak on Medir and links to the working agreement", () => {
    const cells = sheetOf(spec, "medir:rich0001").cells;
    expect(cells.some((c) => c.value.kind === "formula" && c.value.formula.includes(">=3"))).toBe(true);
    const link = cells.find((c) => c.value.kind === "text" && c.value.linkToName !== undefined)?.value;
    expect(link).toMatchObject({ linkToName: clientCellName("reviewCadence", "rich0001") });
  });

  it("fills each client table with the plan's rows, and an empty one with one blank row", () => {
    const ajustar = sheetOf(spec, "ajustar:rich0001");
    expect(ajustar.tables.find((t) => t.name === "vamAcciones_rich0001")?.rows).toHaveLength(2);
    const empty = sheetOf(spec, "ajustar:arch0001").tables.find((t) => t.name === "vamAcciones_arch0001");
    expect(empty?.rows).toHaveLength(1);
    expect(empty?.rows[0]?.filter((v) => v.kind !== "empty" && v.kind !== "formula")).toEqual([]);
  });

  it("survives a JSON round trip unchanged (plain data)", () => {
    expect(JSON.parse(JSON.stringify(spec))).toStrictEqual(spec);
  });

  it("is deterministic: the same plan builds the same spec", () => {
    expect(buildWorkbookSpec(plan, { today: "2031-03-15" })).toEqual(spec);
  });
});

describe.each(LANGUAGES)("every fixture plan in %s", (language) => {
  it.each(fixturePlans(language))("given $title, round-trips through JSON", ({ plan }) => {
    const spec = buildWorkbookSpec(plan, { today: "2027-03-15" });
    expect(JSON.parse(JSON.stringify(spec))).toStrictEqual(spec);
  });
});

describe("a plan with no clients", () => {
  it("still has a Cartera table with exactly one blank row", () => {
    const rows = buildWorkbookSpec(aPlan([])).sheets[0]?.tables[0]?.rows ?? [];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.every((v) => v.kind === "empty")).toBe(true);
  });
});
