/** Small builders for the use-case specifications: a simulated Excel, a session on it, plans set up. */
import { createSimExcel, type SimHost } from "../../excel-sim/host";
import { newClient, type NewClientFields, type PlanLanguage } from "../../src/domain/plan";
import { buildClientSheets } from "../../src/layout/client-sheets";
import { OfficeWorkbookGateway } from "../../src/excel/office-gateway";
import type { AppResult } from "../../src/app/result";
import type { PlanSession } from "../../src/app/session";
import { setUpPlan } from "../../src/app/set-up-plan";

/** The day every specification runs on. */
export const TODAY = "2027-03-01";

/** Deterministic "random" bytes: a linear congruential sequence from `seed`. */
export function seededBytes(seed = 1): (n: number) => Uint8Array {
  let state = seed >>> 0;
  return (n) =>
    Uint8Array.from({ length: n }, () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state >>> 24;
    });
}

/** A session on `sim` (a fresh host unless given). */
export function sessionOn(sim: SimHost = createSimExcel({ firstSheetName: "Hoja1" }), seed = 1) {
  const gateway = new OfficeWorkbookGateway((batch) => sim.run(batch));
  const session: PlanSession = { gateway, today: () => TODAY, randomBytes: seededBytes(seed), language: "es" };
  return { sim, gateway, session };
}

/** The value of a successful result; fails the test with the issues otherwise. */
export function valueOf<T>(result: AppResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** A simulated workbook with a plan set up (2027, target 9), instrumentation reset. */
export async function planned(language: PlanLanguage = "es", seed = 1) {
  const setup = sessionOn(undefined, seed);
  valueOf(await setUpPlan(setup.session, { year: 2027, targetScore: 9, language }));
  setup.sim.instrumentation.reset();
  return setup;
}

/** Fields of a new client with a fixed id. */
export function fields(id: string, name: string, extra: Partial<NewClientFields> = {}): NewClientFields {
  return { id, name, ...extra };
}

/** A CSV of `n` clients `Cliente 1`… with owners and scores. */
export function clientsCsv(n: number, prefix = "Cliente"): string {
  const rows = Array.from(
    { length: n },
    (_, i) => `${prefix} ${i + 1};Ana ${i % 7};Banca;Cliente;externo;${i % 11};${(i * 3) % 11}`,
  );
  return ["Cliente;Responsable;Sector;Dirección;Tipo;Conocimiento;Confianza", ...rows].join("\n");
}

/** Request sizes the host measured since the last reset: how many round trips, and the largest. */
export function measured(sim: SimHost): { syncs: number; largest: number; total: number } {
  const requests = sim.instrumentation.requests;
  return {
    syncs: requests.length,
    largest: Math.max(0, ...requests.map((r) => r.requestBytes)),
    total: requests.reduce((sum, r) => sum + r.requestBytes, 0),
  };
}

/** Sheet names, tab order. */
export function sheetNames(sim: SimHost): string[] {
  return sim.workbook.sheets.map((s) => s.name);
}

/** Ids in the Cartera table's id column, in row order. */
export function portfolioIds(sim: SimHost): string[] {
  const table = sim.workbook.tables.find((t) => t.name === "vamCartera");
  if (table === undefined) return [];
  const sheet = sim.workbook.sheets.find((s) => s.id === table.sheetId);
  const idColumn = table.rect.column + table.columns.length - 1;
  const ids: string[] = [];
  for (let row = table.rect.row + 1; row < table.rect.row + table.rect.rows; row++) {
    const content = sheet?.cells.get(`${row}:${idColumn}`)?.content;
    if (content?.kind === "value" && content.value !== "") ids.push(String(content.value));
  }
  return ids;
}

/** Tables of one client (names ending in `_<id>`). */
export function tablesOf(sim: SimHost, id: string): string[] {
  return sim.workbook.tables.filter((t) => t.name.endsWith(`_${id}`)).map((t) => t.name);
}

/** Structure findings about anything but `id` (the client a failed operation left unfinished). */
export function findingsBesides(
  view: { findings: { structure: readonly { code: string; clientId?: string }[] } },
  id?: string,
) {
  return view.findings.structure.filter((f) => f.clientId === undefined || f.clientId !== id);
}

/** Types into a cell as a person would; fails the test when Excel's validation refuses it. */
export function typeInto(sim: SimHost, sheet: string, address: string, text: string): void {
  const outcome = sim.user.typeInCell(sheet, address, text);
  if (!outcome.accepted) throw new Error(`typing ${text} into ${sheet}!${address} was refused: ${outcome.reason}`);
}

/** The A1 address of a defined name's cell and its sheet, read from the host. */
export function namedAddress(sim: SimHost, name: string): { sheet: string; address: string } {
  const item = sim.workbook.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  if (item === undefined || item.ref.kind !== "range" || item.ref.sheetId === null)
    throw new Error(`no cell name ${name}`);
  const { sheetId, rect } = item.ref;
  const sheet = sim.workbook.sheets.find((s) => s.id === sheetId);
  let letters = "";
  for (let n = rect.column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return { sheet: sheet?.name ?? "", address: `${letters}${rect.row + 1}` };
}

/** What a cell holds, as a person reads it (the formula for formula cells). */
export function cellText(sim: SimHost, sheetName: string, address: string): string | number | boolean | undefined {
  const sheet = sim.workbook.sheets.find((s) => s.name === sheetName);
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!sheet || !match) return undefined;
  let column = 0;
  for (const ch of match[1] ?? "") column = column * 26 + (ch.charCodeAt(0) - 64);
  const content = sheet.cells.get(`${Number(match[2]) - 1}:${column - 1}`)?.content;
  return content === undefined ? undefined : content.kind === "formula" ? content.formula : content.value;
}

/** How many tables the layout gives one client (its three sheets' tables). */
export function tablesPerClient(): number {
  const spec = buildClientSheets(newClient({ id: "countabl", name: "X" }), { language: "es", takenSheetNames: [] });
  return spec.sheets.reduce((sum, sheet) => sum + sheet.tables.length, 0);
}
