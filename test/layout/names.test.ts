/**
 * Table names and defined names are valid Excel names, unique in their shared namespace, point where they
 * should, and everything that refers to a name (list validations, links, formats) finds it.
 */
import { definedNameKey, isValidDefinedName, isValidTableName } from "../../src/domain/excel-names";
import type { PlanLanguage } from "../../src/domain/plan";
import type { DefinedNameSpec, SheetSpec, ValidationSpec, WorkbookSpec } from "../../src/layout/spec";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import {
  CLIENT_CELL_PHASE,
  CLIENT_NAME_STEMS,
  CLIENT_TABLE_STEMS,
  LIST_NAMES,
  clientCellName,
  clientSheetKey,
  clientTableName,
  type ClientCellKind,
  type ClientTableKind,
} from "../../src/layout/workbook-names";
import { fixturePlans } from "./plan-fixtures";
import { allCellValues } from "./spec-walk";

const cases = (["es", "en"] as const satisfies readonly PlanLanguage[]).flatMap((language) =>
  fixturePlans(language).map(({ title, plan }) => ({
    title: `${title} (${language})`,
    plan,
    spec: buildWorkbookSpec(plan),
  })),
);

function allValidations(sheet: SheetSpec): ValidationSpec[] {
  return [
    ...sheet.validations.map((v) => v.validation),
    ...sheet.tables.flatMap((t) => t.columns.flatMap((c) => (c.validation === undefined ? [] : [c.validation]))),
  ];
}

function cellsInRange(name: Extract<DefinedNameSpec, { kind: "range" }>): { row: number; column: number }[] {
  const { row, column, rows = 1, columns = 1 } = name.range;
  return Array.from({ length: rows * columns }, (_, i) => ({
    row: row + Math.floor(i / columns),
    column: column + (i % columns),
  }));
}

function rangeNames(spec: WorkbookSpec): Extract<DefinedNameSpec, { kind: "range" }>[] {
  return spec.names.filter((n): n is Extract<DefinedNameSpec, { kind: "range" }> => n.kind === "range");
}

describe.each(cases)("the names of $title", ({ plan, spec }) => {
  const tables = spec.sheets.flatMap((s) => s.tables.map((t) => t.name));
  const names = spec.names.map((n) => n.name);

  it("are valid Excel table names and defined names", () => {
    expect(tables.filter((t) => !isValidTableName(t))).toEqual([]);
    expect(names.filter((n) => !isValidDefinedName(n))).toEqual([]);
  });

  it("are unique case-insensitively across tables and defined names (one namespace in Excel)", () => {
    const keys = [...tables, ...names].map(definedNameKey);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it("put every range name on an existing sheet, over cells the sheet writes", () => {
    for (const name of rangeNames(spec)) {
      const sheet = spec.sheets.find((s) => s.key === name.sheetKey);
      expect(sheet).toBeDefined();
      const written = new Set(sheet?.cells.map((c) => `${c.row},${c.column}`));
      expect(cellsInRange(name).filter((c) => !written.has(`${c.row},${c.column}`))).toEqual([]);
    }
  });

  it("give every client all its named cells and all its tables", () => {
    for (const client of plan.clients) {
      for (const kind of Object.keys(CLIENT_NAME_STEMS) as ClientCellKind[]) {
        expect(names).toContain(clientCellName(kind, client.id));
      }
      for (const kind of Object.keys(CLIENT_TABLE_STEMS) as ClientTableKind[]) {
        expect(tables).toContain(clientTableName(kind, client.id));
      }
    }
  });

  it("put every named cell of a client on the phase sheet CLIENT_CELL_PHASE says", () => {
    for (const client of plan.clients) {
      for (const kind of Object.keys(CLIENT_NAME_STEMS) as ClientCellKind[]) {
        const name = spec.names.find((n) => n.name === clientCellName(kind, client.id));
        const sheetKey = name?.kind === "range" ? name.sheetKey : null;
        expect([kind, sheetKey]).toEqual([kind, clientSheetKey(CLIENT_CELL_PHASE[kind], client.id)]);
      }
    }
  });

  it("define every vamLista name, and every list validation names one of them", () => {
    for (const listName of Object.values(LIST_NAMES)) expect(names).toContain(listName);
    const listNames = spec.sheets
      .flatMap(allValidations)
      .flatMap((v) => (v.rule.kind === "list" ? [v.rule.listName] : []));
    if (plan.clients.length > 0) expect(listNames.length).toBeGreaterThan(0);
    expect(listNames.filter((n) => !Object.values(LIST_NAMES).includes(n))).toEqual([]);
  });

  it("give every validation an error alert, in the plan language, and scores an input message", () => {
    for (const validation of spec.sheets.flatMap(allValidations)) {
      expect(validation.error.title).not.toBe("");
      expect(validation.error.message).not.toBe("");
      if (validation.rule.kind === "wholeNumber") expect(validation.prompt?.message).toBeTruthy();
    }
  });

  it("keep validation texts within Excel's limits: titles 32, error 225, input message 255 characters", () => {
    // [MS-XLSB] 2.5.37 DValStrings: the lengths Excel accepts for these four strings.
    const tooLong = spec.sheets
      .flatMap(allValidations)
      .filter(
        (v) =>
          v.error.title.length > 32 ||
          v.error.message.length > 225 ||
          (v.prompt?.title.length ?? 0) > 32 ||
          (v.prompt?.message.length ?? 0) > 255,
      );
    expect(tooLong).toEqual([]);
  });

  it("resolve every hyperlink to a range name", () => {
    const links = allCellValues(spec).flatMap(({ value }) =>
      (value.kind === "text" || value.kind === "formula") && value.linkToName !== undefined ? [value.linkToName] : [],
    );
    const targets = new Set(rangeNames(spec).map((n) => n.name));
    expect(links.filter((l) => !targets.has(l))).toEqual([]);
    expect(links.length).toBeGreaterThanOrEqual(plan.clients.length * 2);
  });

  it("aim every table-column format at an existing table and column key", () => {
    const columns = new Map(
      spec.sheets.flatMap((s) => s.tables.map((t) => [t.name, t.columns.map((c) => c.key)] as const)),
    );
    for (const sheet of spec.sheets) {
      for (const format of sheet.conditionalFormats) {
        if (format.target.kind !== "tableColumn") continue;
        expect(columns.get(format.target.table)).toContain(format.target.columnKey);
      }
    }
  });
});

describe("the lists", () => {
  it.each(["es", "en"] as const)("hold, under each vamLista name, exactly the list's labels in %s", (language) => {
    const spec = buildWorkbookSpec(fixturePlans(language)[0]!.plan);
    const lists = spec.sheets.find((s) => s.kind === "lists");
    const pyramid = rangeNames(spec).find((n) => n.name === LIST_NAMES.pyramidLevel);
    if (lists === undefined || pyramid === undefined) throw new Error("lists missing");
    const texts = cellsInRange(pyramid).map((at) => {
      const value = lists.cells.find((c) => c.row === at.row && c.column === at.column)?.value;
      return value?.kind === "text" ? value.text : undefined;
    });
    expect(texts).toEqual(
      language === "es"
        ? [
            "1 Mentalidad hacia fuera",
            "2 Relaciones con quienes influyen",
            "3 Relación con la persona",
            "4 Escuchar y aprender",
            "5 Explicar y comunicar",
            "6 Corregir",
          ]
        : [
            "1 Outward mindset",
            "2 Relationships with their influencers",
            "3 Relationship with the person",
            "4 Listen and learn",
            "5 Explain and communicate",
            "6 Correct",
          ],
    );
  });
});
