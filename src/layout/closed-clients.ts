/**
 * Last year's clients after an in-place Nuevo año: each carries a `vamAnioCerrado_<id>` formula name holding
 * the plan year it closed (workbook-names.ts). Readers leave these ids out, so the archived sheets keep
 * their names and tables (and their formulas keep working) without being read as current clients.
 */
import { isClientId } from "../domain/client-id";
import type { ClientId } from "../domain/plan";
import { identifierKey } from "./read-names";
import { CLIENT_CLOSED_STEM } from "./workbook-names";
import type { NameState } from "./workbook-state";

const STEM_KEY = identifierKey(CLIENT_CLOSED_STEM);

/** The year a marker's formula holds (`=2026`), or `null` when a user changed it into something else. */
function closedYear(formula: string): number | null {
  const match = /^=\s*(\d{4})\s*$/u.exec(formula);
  return match === null ? null : Number(match[1]);
}

/** Ids of the clients a Nuevo año closed, with the plan year each closed (`null`: unreadable marker). */
export function closedClients(names: readonly NameState[]): ReadonlyMap<ClientId, number | null> {
  const closed = new Map<ClientId, number | null>();
  for (const name of names) {
    const cut = name.name.lastIndexOf("_");
    if (cut < 0 || identifierKey(name.name.slice(0, cut)) !== STEM_KEY) continue;
    // Excel keeps the case a name was typed in; ids are lower case.
    const id = name.name.slice(cut + 1).toLowerCase();
    if (isClientId(id) && !closed.has(id)) closed.set(id, closedYear(name.formula));
  }
  return closed;
}
