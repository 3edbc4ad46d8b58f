/**
 * What must hold of a plan workbook on excel-sim after every step of a co-authoring session, read from the
 * simulator's own model (not through the product's reader): every client is whole — its three sheets under
 * their own names, every defined name pointing at a live sheet, every table, one Cartera row — or readPlan
 * reports it (incomplete, or a structure finding naming it); and after a repair, every client is whole and
 * nothing is left over: no scaffold sheet, no orphan or duplicate name, table or Cartera row.
 */
import type { SimHost } from "../../../excel-sim/host";
import type { PlanView } from "../../../src/app/read-plan";
import { newClient, type ClientId } from "../../../src/domain/plan";
import { buildClientSheets } from "../../../src/layout/client-sheets";
import {
  CLIENT_NAME_STEMS,
  CLIENT_OWNER_TABLE_STEM,
  CLIENT_PHASES,
  CLIENT_TABLE_STEMS,
  phaseAnchorName,
} from "../../../src/layout/workbook-names";
import { portfolioIds } from "../../app/fixtures";

const TEMPLATE_ID = "templat0";

/** The stems of every defined name and table the layout gives one client (the same for every client). */
const CLIENT_PARTS = (() => {
  const spec = buildClientSheets(newClient({ id: TEMPLATE_ID, name: "X" }), { language: "es", takenSheetNames: [] });
  const stem = (name: string): string => name.slice(0, -(TEMPLATE_ID.length + 1));
  return {
    names: spec.names.map((n) => stem(n.name)),
    tables: spec.sheets.flatMap((s) => s.tables.map((t) => stem(t.name))),
  };
})();

const STEMS = new Set(
  [...Object.values(CLIENT_NAME_STEMS), ...Object.values(CLIENT_TABLE_STEMS), CLIENT_OWNER_TABLE_STEM].map((s) =>
    s.toLowerCase(),
  ),
);
const CLIENT_IDENTIFIER = /^(.+)_([a-z][a-z0-9]{7})$/i;
const SCAFFOLD = /^vam_([a-z][a-z0-9]{7})_(?:ver|ajustar|medir)$/i;

function idOf(identifier: string): ClientId | null {
  const match = CLIENT_IDENTIFIER.exec(identifier);
  return match !== null && STEMS.has((match[1] ?? "").toLowerCase()) ? (match[2] ?? "").toLowerCase() : null;
}

/** Every client id anything in the workbook belongs to: names, tables, scaffold sheets, Cartera rows. */
export function clientIdsIn(sim: SimHost): ClientId[] {
  const { names, tables, sheets } = sim.workbook;
  const ids = [
    ...names.map((n) => idOf(n.name)),
    ...tables.map((t) => idOf(t.name)),
    ...sheets.map((s) => SCAFFOLD.exec(s.name)?.[1]?.toLowerCase() ?? null),
    ...portfolioIds(sim).map((id) => id.toLowerCase()),
  ];
  return [...new Set(ids.filter((id): id is ClientId => id !== null))].sort();
}

function findName(sim: SimHost, name: string) {
  return sim.workbook.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
}

/** What is missing, broken or doubled of client `id`; empty when the client is whole. */
export function partsAmiss(sim: SimHost, id: ClientId): string[] {
  const { sheets, tables } = sim.workbook;
  const live = (sheetId: string | null): boolean => sheets.some((s) => s.id === sheetId);
  const names = CLIENT_PARTS.names.map((stem) => `${stem}_${id}`);
  const amiss = [
    ...names.filter((name) => {
      const ref = findName(sim, name)?.ref;
      return ref?.kind !== "range" || !live(ref.sheetId);
    }),
    ...CLIENT_PARTS.tables
      .map((stem) => `${stem}_${id}`)
      .filter((t) => !tables.some((x) => x.name.toLowerCase() === t.toLowerCase())),
    ...sheets.filter((s) => SCAFFOLD.exec(s.name)?.[1]?.toLowerCase() === id).map((s) => `scaffold sheet ${s.name}`),
  ];
  const anchored = CLIENT_PHASES.map((phase) => {
    const ref = findName(sim, phaseAnchorName(phase, id))?.ref;
    return ref?.kind === "range" ? ref.sheetId : null;
  });
  if (new Set(anchored).size !== CLIENT_PHASES.length) amiss.push("phase sheets not three distinct sheets");
  const rows = portfolioIds(sim).filter((row) => row.toLowerCase() === id).length;
  if (rows !== 1) amiss.push(`${rows} Cartera rows`);
  return amiss;
}

/** Clients readPlan says lost their Ver sheet, and with it their name (structure.identityLost). */
export function identityLostIds(view: PlanView): ClientId[] {
  return view.findings.structure.flatMap((f) =>
    f.code === "structure.identityLost" && f.clientId !== undefined ? [f.clientId] : [],
  );
}

/** Whether readPlan tells about client `id`: incomplete, or a structure finding names it. */
export function isReported(view: PlanView, id: ClientId): boolean {
  return (
    view.incomplete.includes(id) ||
    view.findings.structure.some((f) => f.clientId === id || (f.what ?? "").toLowerCase() === id)
  );
}

/** Clients with something amiss that readPlan does not report. */
export function unreportedDamage(sim: SimHost, view: PlanView): string[] {
  return clientIdsIn(sim).flatMap((id) => {
    const amiss = partsAmiss(sim, id);
    return amiss.length === 0 || isReported(view, id) ? [] : [`${id} unreported: ${amiss.join(", ")}`];
  });
}

/**
 * Findings about structure, which a repair must leave none of. The others are about what a person typed
 * (a formula in a score cell, a label in the other language): the health check's business, not repair's.
 */
const STRUCTURE_CODES = new Set([
  "structure.notAPlan",
  "structure.settingMissing",
  "structure.portfolioMissing",
  "structure.portfolioRowOrphan",
  "structure.portfolioRowMissing",
  "structure.portfolioRowDuplicate",
  "structure.identityMissing",
  "structure.leftover",
  "structure.identityLost",
  "structure.sheetMissing",
  "structure.nameMissing",
  "structure.nameBroken",
  "structure.tableMissing",
  "structure.headersUnknown",
  "structure.columnMissing",
  "structure.columnDuplicate",
]);

/** What a repair left short of a whole workbook: every client whole, nothing left over. */
export function notWhole(sim: SimHost, view: PlanView): string[] {
  const ids = clientIdsIn(sim);
  const problems = [
    ...ids.flatMap((id) => {
      const amiss = partsAmiss(sim, id);
      return amiss.length === 0 ? [] : [`${id} after repair: ${amiss.join(", ")}`];
    }),
    ...view.findings.structure
      .filter((f) => STRUCTURE_CODES.has(f.code))
      .map((f) => `finding ${f.code} ${f.clientId ?? ""} ${f.what ?? ""}`.trim()),
    ...view.incomplete.map((id) => `${id} still incomplete`),
  ];
  return problems;
}
