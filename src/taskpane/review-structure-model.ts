/**
 * What Revisión del plan says beyond the health check, as data: overdue actions per owner (each pointing at
 * the owner's first overdue action), and what the reader found wrong with the workbook's structure, per
 * client, with Repair offered where the repair use case can rebuild it.
 */
import type { HealthFinding } from "../domain/health-check";
import type { ClientId, PlanLanguage } from "../domain/plan";
import type { StructureFinding } from "../layout/read-findings";
import { t } from "./pane-messages";
import type { PaneData } from "./pane-services";

/** One owner's overdue actions. */
export interface OwnerItem {
  readonly owner: string;
  readonly count: number;
  readonly text: string;
  /** The owner's first overdue action, in plan order: where its button goes. */
  readonly first: HealthFinding | undefined;
}

/** Findings about one client (or, with `clientId` null, about the workbook). */
export interface StructureGroup {
  readonly clientId: ClientId | null;
  readonly lines: readonly string[];
  /** The repair use case can rebuild what is missing (a sheet, table, name or Cartera row). */
  readonly repairable: boolean;
  /** The client's name, for Repair's label. */
  readonly name: string;
}

/** Codes repair fixes: something of the client that is missing and can be built again. */
const REPAIRABLE: ReadonlySet<string> = new Set([
  "structure.sheetMissing",
  "structure.nameMissing",
  "structure.nameBroken",
  "structure.tableMissing",
  "structure.portfolioRowMissing",
]);

/** Codes repair clears although no client can be read: leftovers holding nothing typed. */
const CLEARABLE: ReadonlySet<string> = new Set(["structure.leftover"]);

const ownerKey = (owner: string): string => owner.trim().toLocaleLowerCase("es");

/** Overdue actions per owner (as the portfolio figures count them), most first. */
export function ownerItems(data: PaneData, language: PlanLanguage): OwnerItem[] {
  const overdue = data.findings.filter((f) => f.code === "health.actionOverdue" && f.row !== undefined);
  const ownerOf = (finding: HealthFinding): string => {
    const client = data.plan.clients.find((c) => c.id === finding.clientId);
    return ownerKey(client?.actions[finding.row ?? -1]?.owner ?? "");
  };
  return Object.entries(data.figures.overdueByOwner).map(([owner, count]) => {
    const shown = owner === "" ? t("ui.review.noOwner", language) : owner;
    return {
      owner,
      count,
      text: t("ui.review.owner", language, { owner: shown, count }),
      first: overdue.find((f) => ownerOf(f) === ownerKey(owner)),
    };
  });
}

function findingText(finding: StructureFinding, language: PlanLanguage): string {
  return t(finding.code, language, { what: finding.what ?? "", value: finding.value ?? "" });
}

/** The structure findings and unfinished clients, grouped: the workbook's first, then each client in plan order. */
export function structureGroups(data: PaneData, language: PlanLanguage): StructureGroup[] {
  const named = new Map(data.plan.clients.map((c) => [c.id, c.name]));
  const unnamed = t("ui.review.unnamed", language);
  const general = data.structure.filter((f) => f.clientId === undefined).map((f) => findingText(f, language));
  const order = (id: ClientId): number => {
    const index = data.plan.clients.findIndex((c) => c.id === id);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  const ids = [...new Set([...data.structure.flatMap((f) => f.clientId ?? []), ...data.incomplete])].sort(
    (a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const groups = ids.map((id): StructureGroup => {
    const name = named.get(id) ?? unnamed;
    const own = data.structure.filter((f) => f.clientId === id);
    const lines = own.map((f) =>
      t("ui.review.structureClient", language, { client: name, text: findingText(f, language) }),
    );
    const incomplete = data.incomplete.includes(id);
    if (incomplete && lines.length === 0) lines.push(t("ui.review.incomplete", language, { client: name }));
    const fixable = incomplete || own.some((f) => REPAIRABLE.has(f.code));
    const clearable = own.some((f) => CLEARABLE.has(f.code));
    return { clientId: id, lines, repairable: (fixable && named.has(id)) || clearable, name };
  });
  return [
    ...(general.length === 0 ? [] : [{ clientId: null, lines: general, repairable: false, name: "" }]),
    ...groups,
  ];
}
