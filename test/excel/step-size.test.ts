/**
 * The size model against what excel-sim measures: each kind of step sent alone, and whole use cases. The
 * model may only err upwards (a request it packs under 4 MB must be under 4 MB) and by little (or requests
 * would be wasted).
 */
import { addClient } from "../../src/app/add-client";
import { importClients } from "../../src/app/import-clients";
import type { SimHost } from "../../excel-sim/host";
import { StepQueue } from "../../src/excel/queue-step";
import { requestBytes } from "../../src/excel/step-size";
import type { Step } from "../../src/excel/steps";
import { clientsCsv, fields, planned, valueOf } from "../app/fixtures";

const ver = { by: "name", name: "Acme · Ver" } as const;
const anchored = { by: "anchor", name: "vamAjustar_acmeacme" } as const;
const style = {
  bold: true,
  fontColor: "#1F4E79",
  fill: "#FFF2CC",
  wrap: true,
  horizontalAlignment: "center",
  border: "#BFBFBF",
} as const;

const STEPS: readonly Step[] = [
  { kind: "suspendCalculation" },
  { kind: "addSheet", name: "Hoja de prueba" },
  { kind: "sheetProps", sheet: ver, tabColor: "#2E75B6", position: 2 },
  { kind: "sheetProps", sheet: anchored, name: "Ajustar renombrada" },
  { kind: "freeze", sheet: ver, rows: 4, columns: 0 },
  { kind: "freeze", sheet: ver, rows: 0, columns: 2 },
  { kind: "freeze", sheet: ver, rows: 4, columns: 2 },
  { kind: "rowHeight", sheet: ver, row: 60, rows: 2, points: 30 },
  {
    kind: "pageLayout",
    sheet: ver,
    print: { orientation: "landscape", fitToPagesWide: 1, repeatRows: { first: 3, last: 3 } },
  },
  {
    kind: "pageLayout",
    sheet: anchored,
    print: {
      orientation: "portrait",
      fitToPagesWide: 2,
      areas: [
        { first: 0, last: 2 },
        { first: 4, last: 11 },
      ],
      header: "&A · Año & más",
      footer: "&P / &N",
    },
  },
  { kind: "columnWidth", sheet: ver, column: 40, columns: 3, points: 120 },
  {
    kind: "write",
    sheet: ver,
    range: { row: 60, column: 40, rows: 2, columns: 2 },
    formulas: [
      ["'Añadido · ñ", 1],
      [null, "=vamHoy"],
    ],
  },
  { kind: "numberFormat", sheet: ver, range: { row: 60, column: 40, rows: 2, columns: 1 }, format: "yyyy-mm-dd" },
  { kind: "style", sheet: ver, range: { row: 60, column: 40, rows: 2, columns: 2 }, style },
  { kind: "merge", sheet: ver, range: { row: 70, column: 40, rows: 1, columns: 3 } },
  { kind: "link", sheet: ver, range: { row: 60, column: 40 }, toName: "vamVer_acmeacme" },
  {
    kind: "validation",
    sheet: ver,
    range: { row: 61, column: 41 },
    validation: {
      rule: { kind: "list", listName: "vamListaNivel" },
      prompt: { title: "Nivel", message: "Elige" },
      error: { title: "No", message: "De la lista" },
    },
  },
  {
    kind: "conditionalFormat",
    sheet: ver,
    range: { row: 61, column: 41, rows: 5, columns: 1 },
    rule: {
      kind: "cellValue",
      operator: "between",
      formula1: "=5",
      formula2: "=vamObjetivo-1",
      style: { fill: "#FFE699", fontColor: "#7F6000" },
    },
  },
  {
    kind: "conditionalFormat",
    sheet: ver,
    range: { row: 61, column: 41 },
    rule: { kind: "expression", formula: "=AND(ISNUMBER(AP62),AP62<5)", style: { bold: true } },
  },
  {
    kind: "conditionalFormat",
    sheet: ver,
    range: { row: 61, column: 42, rows: 4, columns: 1 },
    rule: { kind: "dataBar", color: "#5B9BD5" },
  },
  {
    kind: "addTable",
    sheet: ver,
    range: { row: 80, column: 40, rows: 2, columns: 2 },
    name: "pruebaTabla",
    style: "TableStyleLight9",
  },
  {
    kind: "appendRows",
    table: "vamAcciones_acmeacme",
    formulas: [["'Llamar", 3, null, null, null, null, null, null, null, null, null]],
  },
  { kind: "fillRows", table: "vamRetos_acmeacme", firstRow: 0, formulas: [[null, "'Reto"]] },
  { kind: "shrinkTable", table: "vamAcciones_acmeacme", rows: 1 },
  { kind: "deleteTableRow", table: "vamCartera", keyHeader: "Id", key: "acmeacme", clearOnly: false },
  { kind: "deleteTableRow", table: "vamCartera", keyHeader: "Id", key: "betabeta", clearOnly: true },
  {
    kind: "addName",
    name: "pruebaNombre",
    target: { kind: "range", sheet: ver, range: { row: 60, column: 40 } },
    comment: "prueba",
  },
  { kind: "addName", name: "pruebaFormula", target: { kind: "formula", formula: "=vamHoy+1" } },
  { kind: "writeNamed", name: "vamConocimiento_acmeacme", input: 7, format: "0" },
  { kind: "deleteName", name: "pruebaNombre" },
  {
    kind: "chart",
    sheet: { by: "name", name: "Cartera" },
    chart: {
      kind: "scatter",
      title: "Gráfico",
      anchor: { row: 20, column: 0, rows: 10, columns: 2 },
      series: [{ name: "S", xValues: "vamCartera[Conocimiento]", yValues: "vamCartera[Confianza]" }],
    },
  },
  { kind: "selectTableCell", table: "vamRetos_acmeacme", row: 0, column: 1 },
  { kind: "selectNamedCell", name: "vamMedir_acmeacme" },
  { kind: "activate", sheet: ver, range: { row: 0, column: 0 } },
  { kind: "deleteSheet", sheet: { by: "name", name: "Hoja de prueba" } },
];

/** Sends each step alone, one after the other (each its own Excel.run), and pairs measured and estimated bytes. */
async function measureEach(
  sim: SimHost,
  steps: readonly Step[],
): Promise<{ kind: string; measured: number; estimated: number }[]> {
  const [step, ...rest] = steps;
  if (step === undefined) return [];
  sim.instrumentation.reset();
  await sim.run(async (context) => {
    new StepQueue(context).queue(step);
    await context.sync();
  });
  const measured = sim.instrumentation.requests[0]?.requestBytes ?? 0;
  return [{ kind: step.kind, measured, estimated: requestBytes([step]) }, ...(await measureEach(sim, rest))];
}

describe("the request size model", () => {
  it("given each kind of step alone, it estimates what the host measures (a new table's proxy path: a few bytes over)", async () => {
    const { sim, session } = await planned();
    valueOf(await addClient(session, fields("acmeacme", "Acme")));
    valueOf(await addClient(session, fields("betabeta", "Beta")));
    const results = await measureEach(sim, STEPS);
    expect(results.filter((r) => r.kind !== "addTable" && r.estimated !== r.measured)).toEqual([]);
    expect(results.filter((r) => r.estimated < r.measured || r.estimated > r.measured + 16)).toEqual([]);
  });

  it("given a whole import, each request's estimate covers its measured size within 0.5%", async () => {
    const { sim, session, gateway } = await planned();
    valueOf(await importClients(session, clientsCsv(12)));
    const measured = sim.instrumentation.requests.slice(1).map((r) => r.requestBytes);
    const estimated = gateway.lastApplyReport.requests.map((r) => r.bytes);
    expect(estimated).toHaveLength(measured.length);
    estimated.forEach((bytes, i) => {
      expect(bytes).toBeGreaterThanOrEqual(measured[i] ?? Infinity);
      expect(bytes).toBeLessThanOrEqual((measured[i] ?? 0) * 1.005);
    });
  });
});
