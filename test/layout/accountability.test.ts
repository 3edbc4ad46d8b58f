/**
 * Accountability signals as formulas (DESIGN §2 Medir): the client's commitments missed in a row (amber at
 * 2, red from 3, with a link to the working agreement), overdue actions by owner on Medir and by client
 * owner on Cartera, and the top-heavy pyramid flagged on Cartera and on Ajustar.
 */
import type { PlanLanguage } from "../../src/domain/plan";
import { exactCriterion } from "../../src/layout/client-formulas";
import type { SheetSpec, TableSpec, WorkbookSpec } from "../../src/layout/spec";
import { TRAFFIC_LIGHT } from "../../src/layout/styles";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import {
  PORTFOLIO_OWNER_ANCHOR,
  PORTFOLIO_OWNER_TABLE,
  clientCellName,
  clientOwnerTableName,
} from "../../src/layout/workbook-names";
import { aClient, anAction, aPlan, richClient } from "./plan-fixtures";

function sheetOf(spec: WorkbookSpec, key: string): SheetSpec {
  const sheet = spec.sheets.find((s) => s.key === key);
  if (sheet === undefined) throw new Error(`no sheet ${key}`);
  return sheet;
}

function tableOf(sheet: SheetSpec, name: string): TableSpec {
  const table = sheet.tables.find((t) => t.name === name);
  if (table === undefined) throw new Error(`no table ${name}`);
  return table;
}

const ownerTexts = (table: TableSpec) => table.rows.map((row) => (row[0]?.kind === "text" ? row[0].text : ""));

describe.each<PlanLanguage>(["es", "en"])("accountability in a %s workbook", (language) => {
  const plan = aPlan(
    [
      richClient("rich0001", "Rica"),
      aClient("own00001", "Dueños", {
        owner: "lucía",
        actions: [
          anAction({ owner: "Luis" }),
          anAction({ owner: "ana" }),
          anAction({ owner: "Ana" }),
          anAction({ owner: "" }),
        ],
      }),
      aClient("arch0001", "Archivada", { owner: "Pilar", state: "archived" }),
      aClient("empt0001", "Vacía", { owner: "Lucía" }),
    ],
    { language },
  );
  const spec = buildWorkbookSpec(plan, { today: "2027-03-15" });
  const portfolio = sheetOf(spec, "portfolio");
  const cartera = portfolio.tables[0]!;

  it("lists each client's action owners once (first spelling) in Medir's overdue-by-owner table", () => {
    const medir = sheetOf(spec, "medir:own00001");
    expect(ownerTexts(tableOf(medir, clientOwnerTableName("own00001")))).toEqual(["ana", "Luis"]);
    const empty = tableOf(sheetOf(spec, "medir:empt0001"), clientOwnerTableName("empt0001"));
    expect(empty.rows).toHaveLength(1);
    expect(empty.rows[0]?.[0]).toEqual({ kind: "empty" });
  });

  it("counts overdue actions per owner with an exact, case-blind criterion, blank for a blank owner", () => {
    const table = tableOf(sheetOf(spec, "medir:own00001"), clientOwnerTableName("own00001"));
    const formula = table.columns[1]?.formula ?? "";
    expect(formula).toMatch(/^=IF\(vamVencidasResp_own00001\[\[#This Row\],\[[^\]]+\]\]="","",COUNTIFS\(/);
    expect(formula).toContain(exactCriterion(`vamVencidasResp_own00001[[#This Row],[${table.columns[0]?.header}]]`));
    expect(formula).toContain("vamHoy");
    expect(table.rows.every((row) => row[1]?.kind === "formula")).toBe(true);
  });

  it("lists the active clients' owners in Cartera's table, summing Cartera's overdue column without archived rows", () => {
    const owners = tableOf(portfolio, PORTFOLIO_OWNER_TABLE);
    expect(ownerTexts(owners)).toEqual(["Ana", "lucía"]);
    const formula = owners.columns[1]?.formula ?? "";
    expect(formula).toContain("SUMIFS(vamCartera[");
    expect(formula).toContain(language === "es" ? '"<>archivado"' : '"<>archived"');
    expect(owners.column).toBeGreaterThan(cartera.column + cartera.columns.length);
  });

  it("links the settings block to Cartera's owner table through a name over its caption", () => {
    const anchor = spec.names.find((n) => n.name === PORTFOLIO_OWNER_ANCHOR);
    const owners = tableOf(portfolio, PORTFOLIO_OWNER_TABLE);
    expect(anchor).toMatchObject({ kind: "range", sheetKey: "portfolio", range: { row: 2, column: owners.column } });
    const link = portfolio.cells.find((c) => c.value.kind === "text" && c.value.linkToName === PORTFOLIO_OWNER_ANCHOR);
    expect(link).toBeDefined();
  });

  it("points each Cartera row to its client's working agreement, red from 3 misses and amber at 2", () => {
    const index = cartera.columns.findIndex((c) => c.key === "agreement");
    plan.clients.forEach((client, row) => {
      const cell = cartera.rows[row]?.[index];
      expect(cell).toMatchObject({ kind: "formula", linkToName: clientCellName("reviewCadence", client.id) });
      expect(cell?.kind === "formula" && /IF\(.*>=3,.*IF\(.*=2,/.test(cell.formula)).toBe(true);
    });
  });

  it("colours the miss streak amber at 2 and red from 3, on Cartera and on Medir", () => {
    const rules = portfolio.conditionalFormats.filter(
      (f) => f.target.kind === "tableColumn" && f.target.columnKey === "clientMissStreak",
    );
    expect(rules.map((f) => f.rule)).toEqual([
      { kind: "cellValue", operator: "greaterThanOrEqual", formula1: "=3", style: TRAFFIC_LIGHT.red },
      { kind: "cellValue", operator: "equal", formula1: "=2", style: TRAFFIC_LIGHT.amber },
    ]);
    const medir = sheetOf(spec, "medir:rich0001");
    expect(
      medir.conditionalFormats.filter((f) => f.rule.kind === "cellValue" && f.rule.formula1 === "=3"),
    ).toHaveLength(1);
  });

  it("flags a top-heavy pyramid in its own Cartera column, in red, and paints Ajustar's warning red", () => {
    const index = cartera.columns.findIndex((c) => c.key === "topHeavy");
    expect(cartera.rows[0]?.[index]).toMatchObject({ kind: "formula" });
    const flags = portfolio.conditionalFormats.filter(
      (f) => f.target.kind === "tableColumn" && f.target.columnKey === "topHeavy",
    );
    expect(flags.map((f) => f.rule)).toEqual([
      {
        kind: "cellValue",
        operator: "equal",
        formula1: language === "es" ? '="sí"' : '="yes"',
        style: TRAFFIC_LIGHT.red,
      },
    ]);
    const ajustar = sheetOf(spec, "ajustar:rich0001");
    expect(
      ajustar.conditionalFormats.some((f) => f.rule.kind === "cellValue" && f.rule.style === TRAFFIC_LIGHT.red),
    ).toBe(true);
  });

  it("sums Cartera up per direction: active clients, red ones and overdue actions, four rows", () => {
    const formulas = portfolio.cells.flatMap((c) => (c.value.kind === "formula" ? [c.value.formula] : []));
    const perDirection = formulas.filter((f) => /^=(COUNTIFS|SUMIFS)\(vamCartera\[/.test(f));
    expect(perDirection).toHaveLength(12);
  });
});

describe("exactCriterion", () => {
  it("prefixes = and escapes the three wildcard characters, the tilde first", () => {
    expect(exactCriterion("T[[#This Row],[Owner]]")).toBe(
      '"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(T[[#This Row],[Owner]],"~","~~"),"*","~*"),"?","~?")',
    );
  });
});
