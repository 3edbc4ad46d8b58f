/**
 * Damage a person does by hand to a client's structure, as the simulated Excel lets them: renaming or
 * moving a sheet, deleting a table (with its contents), a sheet or a defined name — the Ver sheet and the
 * anchor and identity names included. A Ver sheet deleted takes the client's name with it: readPlan reports
 * it (structure.identityLost) and the person gives the name back with Rename (see plan-world.ts).
 */
import { isSimError } from "../../../excel-sim/errors";
import type { ClientId, ClientPhase } from "../../../src/domain/plan";
import {
  CLIENT_NAME_STEMS,
  CLIENT_OWNER_TABLE_STEM,
  CLIENT_PHASES,
  CLIENT_TABLE_STEMS,
  phaseAnchorName,
  type ClientCellKind,
} from "../../../src/layout/workbook-names";
import type { Damage } from "./plan-steps";
import type { PlanWorld } from "./plan-world";

/** Every per-client name a person can delete in Name Manager. */
const DELETABLE_NAMES = (Object.keys(CLIENT_NAME_STEMS) as ClientCellKind[]).map((kind) => CLIENT_NAME_STEMS[kind]);
const TABLE_STEMS = [...Object.values(CLIENT_TABLE_STEMS), CLIENT_OWNER_TABLE_STEM];

function phaseSheetName(world: PlanWorld, id: ClientId, phase: ClientPhase): string | null {
  const { names, sheets } = world.sim.workbook;
  const anchor = names.find((n) => n.name.toLowerCase() === phaseAnchorName(phase, id).toLowerCase());
  const ref = anchor?.ref;
  return ref?.kind === "range" ? (sheets.find((s) => s.id === ref.sheetId)?.name ?? null) : null;
}

function deleteTable(world: PlanWorld, id: ClientId, index: number): void {
  const name = `${TABLE_STEMS[index % TABLE_STEMS.length] ?? ""}_${id}`;
  const table = world.sim.workbook.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  if (table === undefined) return;
  world.user.forgetWithin(table.sheetId, table.rect);
  world.sim.user.deleteTable(table.name);
}

function act(world: PlanWorld, id: ClientId, damage: Damage): void {
  const user = world.sim.user;
  const phase = (n: number): ClientPhase => CLIENT_PHASES[n % CLIENT_PHASES.length] ?? "ver";
  switch (damage.kind) {
    case "renameSheet": {
      const sheet = phaseSheetName(world, id, phase(damage.phase));
      if (sheet !== null) user.renameSheet(sheet, `${damage.to} ${id.slice(0, 4)}`);
      return;
    }
    case "moveSheet": {
      const sheet = phaseSheetName(world, id, phase(damage.phase));
      if (sheet !== null) user.moveSheet(sheet, damage.position % world.sim.workbook.sheets.length);
      return;
    }
    case "deleteTable":
      return deleteTable(world, id, damage.table);
    case "deleteSheet": {
      const sheet = phaseSheetName(world, id, damage.phase);
      if (sheet === null) return;
      user.deleteSheet(sheet);
      world.user.forgetDeletedSheets();
      return;
    }
    case "deleteName": {
      const name = `${DELETABLE_NAMES[damage.name % DELETABLE_NAMES.length] ?? ""}_${id}`;
      if (world.sim.workbook.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) user.deleteName(name);
    }
  }
}

/** Does `damage` to a client the person can see; what Excel refuses (a taken sheet name...) does not happen. */
export function applyDamage(world: PlanWorld, damage: Damage): void {
  const id = world.visibleClientAt(damage.client);
  if (id === null) return;
  try {
    act(world, id, damage);
  } catch (e: unknown) {
    if (!isSimError(e)) throw e;
  }
}
