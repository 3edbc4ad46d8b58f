/**
 * The LibreOffice oracle on what the adapter built (DESIGN §6): workbooks are built on excel-sim through
 * the Office.js gateway — whole oracle plans applied as a change set, and a plan built by the use cases —
 * exported through the sim's .xlsx export, recalculated by LibreOffice, and each Cartera row must show the
 * figures src/domain computes for the same plan.
 */
import { writeFileSync } from "node:fs";
import { toWorkbookSpec } from "../../excel-sim/export-spec";
import type { SimHost } from "../../excel-sim/host";
import { addAction } from "../../src/app/add-action";
import { addClient } from "../../src/app/add-client";
import { importClients } from "../../src/app/import-clients";
import { readPlan } from "../../src/app/read-plan";
import { saveScoreSnapshot } from "../../src/app/save-score-snapshot";
import { serialToIsoDate } from "../../src/domain/dates";
import { cellAddress } from "../../src/excel/a1";
import { overdueActionsOfClientOwner, overdueActionsOfOwner } from "../../src/domain/owners";
import type { IsoDate, Plan } from "../../src/domain/plan";
import { portfolioFigures } from "../../src/domain/portfolio";
import { STATUS_LABELS } from "../../src/i18n/workbook-text";
import { listLabel } from "../../src/layout/closed-lists";
import { portfolioColumns } from "../../src/layout/portfolio-sheet";
import type { WorkbookSpec } from "../../src/layout/spec";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { PORTFOLIO_OWNER_TABLE, clientOwnerTableName } from "../../src/layout/workbook-names";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { ORACLE_PLANS, ORACLE_TODAY } from "../oracle/oracle-plans";
import { describeWithLibreOffice, recalculate } from "../support/libreoffice";
import { testOutputPath } from "../support/test-output-path";
import { fields, namedAddress, planned, sessionOn, typeInto, valueOf } from "./fixtures";

/** Number formats dropped, so LibreOffice writes full values (a `0%` format would round them). */
function withoutNumberFormats(spec: WorkbookSpec): WorkbookSpec {
  const styles = Object.fromEntries(
    Object.entries(spec.styles).map(([key, { numberFormat: _f, ...style }]) => [key, style]),
  );
  return { ...spec, styles };
}

/** The sim's workbook recalculated by LibreOffice: sheet name → rows of shown values. */
async function recalculated(sim: SimHost, title: string): Promise<Map<string, string[][]>> {
  const { spec, omitted } = toWorkbookSpec(sim.workbook);
  // Formats the export cannot express (a neighbour's box edge folded into a label cell, row heights) do not
  // touch formulas; anything else left out would.
  const cosmetic = /(borders other than a thin box|: row heights)$/;
  expect(omitted.filter((o) => !cosmetic.test(o))).toEqual([]);
  const path = testOutputPath("excel-sim-oracle", `${title}.xlsx`);
  writeFileSync(path, await writeWorkbook(withoutNumberFormats(spec)));
  return recalculate(path);
}

function isoOf(shown: string): IsoDate | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(shown)) return shown;
  return /^\d+$/.test(shown) ? serialToIsoDate(Number(shown)) : null;
}

/** Every Cartera cell that disagrees with the domain, as `id column: shown ≠ expected`. */
function cartera(sim: SimHost, sheets: Map<string, string[][]>, plan: Plan, today: IsoDate): string[] {
  const table = sim.workbook.tables.find((t) => t.name === "vamCartera");
  const sheet = sim.workbook.sheets.find((s) => s.id === table?.sheetId);
  if (table === undefined || sheet === undefined) throw new Error("no Cartera");
  const rows = sheets.get(sheet.name) ?? [];
  const figures = portfolioFigures(plan, today).rows;
  const mismatches: string[] = [];
  plan.clients.forEach((client, index) => {
    const f = figures[index]?.figures;
    const shown = rows[table.rect.row + 1 + index]?.slice(table.rect.column) ?? [];
    if (f === undefined) throw new Error("no figures");
    const want: Record<string, [string | number | null, "text" | "number" | "date"]> = {
      name: [client.name, "text"],
      owner: [client.owner === "" ? null : client.owner, "text"],
      direction: [listLabel("direction", plan.language, client.direction), "text"],
      knowledge: [f.knowledge, "number"],
      trust: [f.trust, "number"],
      knowledgeGap: [f.knowledgeGap, "number"],
      trustGap: [f.trustGap, "number"],
      openDisappointments: [f.openDisappointments, "number"],
      openActions: [f.openActions, "number"],
      overdueActions: [f.overdueActions, "number"],
      percentDone: [f.percentDone, "number"],
      clientMissStreak: [f.clientMissStreak, "number"],
      lastFeedback: [f.lastFeedback, "date"],
      trustTrend: [f.trustTrend, "number"],
      status: [STATUS_LABELS[f.status][plan.language], "text"],
      id: [client.id, "text"],
    };
    // Columns by the layout's keys; a column this check has no figure for is left to the layout's own oracle.
    portfolioColumns(plan.language).forEach(({ key }, column) => {
      const expectation = want[key];
      if (expectation === undefined) return;
      const [expected, kind] = expectation;
      const value = shown[column] ?? "";
      const ok =
        expected === null || expected === ""
          ? value === ""
          : kind === "number"
            ? Math.abs(Number(value) - Number(expected)) < 1e-9 && value !== ""
            : kind === "date"
              ? isoOf(value) === expected
              : value === expected;
      if (!ok) mismatches.push(`${client.id} ${key}: ${value} ≠ ${String(expected)}`);
    });
  });
  return mismatches;
}

/** Each body row of an owner table as LibreOffice shows it: the owner text and the count beside it. */
function ownerRowsShown(sim: SimHost, sheets: Map<string, string[][]>, name: string): [string, string][] {
  const table = sim.workbook.tables.find((t) => t.name === name);
  const sheet = sim.workbook.sheets.find((s) => s.id === table?.sheetId);
  if (table === undefined || sheet === undefined) throw new Error(`no table ${name}`);
  const rows = sheets.get(sheet.name) ?? [];
  return Array.from({ length: table.rect.rows - 1 }, (_, index) => {
    const row = rows[table.rect.row + 1 + index] ?? [];
    return [row[table.rect.column] ?? "", row[table.rect.column + 1] ?? ""];
  });
}

/** Every owner-table row whose shown count differs from the domain's (`null` shows as blank). */
function ownerCountMismatches(rows: [string, string][], expected: (owner: string) => number | null): string[] {
  return rows.flatMap(([owner, shown]) => {
    const want = expected(owner);
    return shown === (want === null ? "" : String(want)) ? [] : [`${owner}: ${shown} ≠ ${String(want)}`];
  });
}

/**
 * A plan whose owners the use cases listed (clients added and imported, actions added, owners differing in
 * case or holding wildcards, a closed action) plus one a person typed into Gamma's empty Medir table;
 * `vamHoy` fixed to 2027-03-01.
 */
async function ownersByUseCases() {
  const setup = await planned();
  const { sim, gateway, session } = setup;
  await sim.run(async (context) => {
    context.workbook.names.getItem("vamHoy").formula = "=DATE(2027,3,1)";
    await context.sync();
  });
  valueOf(await addClient(session, fields("acmeacme", "Acme", { owner: "Lucía" })));
  valueOf(await addClient(session, fields("betabeta", "Beta", { owner: "LUCÍA" })));
  valueOf(await importClients(session, "Cliente;Responsable\nGamma;Ana*\nDelta;Ana María\nÉpsilon;lucía"));
  const due = "2027-02-01";
  const overdue: readonly [string, string][] = [
    ["acmeacme", "Ana"],
    ["acmeacme", "ana"],
    ["acmeacme", "Ana*"],
    ["betabeta", "Ana María"],
  ];
  for (const [id, owner] of overdue) valueOf(await addAction(session, id, { action: `De ${owner}`, owner, due }));
  valueOf(await addAction(session, "acmeacme", { action: "Cerrada", owner: "Luis", due, status: "done" }));
  const gamma = clientOwnerTableName(valueOf(await readPlan(session)).plan.clients[2]?.id ?? "");
  const table = (await gateway.inspect({ tableRanges: [gamma] })).tables.find((t) => t.name === gamma);
  if (table?.range === undefined) throw new Error("no owner table for Gamma");
  typeInto(sim, table.sheetName, cellAddress(table.range.row + 1, table.range.column), "Ana?");
  return setup;
}

describeWithLibreOffice("LibreOffice on excel-sim's export: Cartera figures equal the domain's", () => {
  it.each(ORACLE_PLANS.map((p) => [p.title, p.plan] as const))(
    "given the oracle plan %s applied by the gateway",
    async (title, plan) => {
      const { sim, gateway } = sessionOn();
      const spec = buildWorkbookSpec(plan, { today: ORACLE_TODAY });
      await gateway.apply({
        changes: [
          ...spec.sheets.map((sheet) => ({ kind: "addSheet" as const, sheet })),
          { kind: "addNames", names: spec.names },
        ],
        styles: spec.styles,
        sheetNames: Object.fromEntries(spec.sheets.map((s) => [s.key, s.name])),
      });
      const sheets = await recalculated(sim, title);
      expect(cartera(sim, sheets, plan, ORACLE_TODAY)).toEqual([]);
    },
  );

  it("given owners listed by the use cases and typed by a user, every overdue-by-owner count equals the domain's", async () => {
    const { sim, session } = await ownersByUseCases();
    const plan = valueOf(await readPlan(session)).plan;
    const sheets = await recalculated(sim, "owner-tables");
    const today = "2027-03-01";
    const medir = plan.clients.flatMap((client) =>
      ownerCountMismatches(ownerRowsShown(sim, sheets, clientOwnerTableName(client.id)), (owner) =>
        overdueActionsOfOwner(client, owner, today),
      ),
    );
    const cartera = ownerCountMismatches(ownerRowsShown(sim, sheets, PORTFOLIO_OWNER_TABLE), (owner) =>
      overdueActionsOfClientOwner(plan, owner, today),
    );
    expect([...medir, ...cartera]).toEqual([]);
    expect(ownerRowsShown(sim, sheets, clientOwnerTableName("acmeacme"))).toEqual([
      ["Ana", "2"],
      ["Ana*", "1"],
      ["Luis", "0"],
    ]);
    expect(ownerRowsShown(sim, sheets, PORTFOLIO_OWNER_TABLE)).toEqual([
      ["Lucía", "4"],
      ["Ana*", "0"],
      ["Ana María", "0"],
    ]);
    expect(plan.clients[2]?.extraOwners).toEqual(["Ana?"]);
  });

  it("given a plan built by the use cases (add, scores typed, actions, snapshot), the figures agree", async () => {
    const { sim, session } = await planned();
    await sim.run(async (context) => {
      context.workbook.names.getItem("vamHoy").formula = "=DATE(2027,3,1)";
      await context.sync();
    });
    valueOf(await addClient(session, fields("acmeacme", "Acme", { knowledge: 4, trust: 9 })));
    valueOf(
      await addClient(
        session,
        fields("betabeta", "Beta", { owner: "Luis", direction: "team", knowledge: 9, trust: 9 }),
      ),
    );
    valueOf(await addClient(session, fields("gammagam", "=Gamma")));
    valueOf(await saveScoreSnapshot(session, { clientIds: "all", period: "2027-T1", note: "" }));
    const trust = namedAddress(sim, "vamConfianza_betabeta");
    typeInto(sim, trust.sheet, trust.address, "7");
    valueOf(await addAction(session, "acmeacme", { action: "Escuchar", level: 4, due: "2027-02-01" }));
    valueOf(await addAction(session, "acmeacme", { action: "Corregir", level: 6, status: "done" }));
    valueOf(
      await addAction(session, "betabeta", { action: "Comida", level: 3, due: "2027-06-01", status: "inProgress" }),
    );
    const plan = valueOf(await readPlan(session)).plan;
    const sheets = await recalculated(sim, "use-cases");
    expect(cartera(sim, sheets, plan, "2027-03-01")).toEqual([]);
    expect(portfolioFigures(plan, "2027-03-01").rows.map((r) => r.figures.status)).toEqual([
      "red",
      "amber",
      "unscored",
    ]);
  });
});
