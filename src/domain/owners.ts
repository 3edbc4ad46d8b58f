/**
 * Who is behind on what (DESIGN §2 Medir, accountability): overdue actions per owner of a client's actions,
 * and per client owner across the portfolio. Owners are matched as COUNTIFS / SUMIFS match a criterion
 * `"=" & owner` with wildcards escaped: the whole text, ignoring case — no trimming, no partial match.
 */
import { isOverdueAction } from "./counted-rows";
import type { Client, IsoDate, Plan } from "./plan";

/** Case-insensitive equality of two owner texts, as an Excel criterion compares them. */
export function sameOwner(a: string, b: string): boolean {
  return a.toLocaleLowerCase("es") === b.toLocaleLowerCase("es");
}

/** Distinct non-blank owners, first spelling kept, in alphabetical order (Spanish collation). */
function distinctOwners(owners: readonly string[]): string[] {
  const kept: string[] = [];
  for (const owner of owners) {
    if (owner !== "" && !kept.some((k) => sameOwner(k, owner))) kept.push(owner);
  }
  return kept.sort((a, b) => a.localeCompare(b, "es") || (a < b ? -1 : a > b ? 1 : 0));
}

/** The owners of a client's actions (blank ones left out): the rows Medir's overdue-by-owner table starts with. */
export function actionOwners(client: Pick<Client, "actions">): string[] {
  return distinctOwners(client.actions.map((action) => action.owner));
}

/** Whether an owner text lists anybody: a whitespace-only cell is a blank one, nobody's row. */
export function isListedOwner(owner: string): boolean {
  return owner.trim() !== "";
}

/**
 * The owners of `listed` that none of `covered` matches (as the criterion matches), first spelling kept, in
 * the order of `listed`; blank ones left out.
 */
export function ownersBeyond(listed: readonly string[], covered: readonly string[]): string[] {
  const kept: string[] = [];
  for (const owner of listed) {
    const known = [...covered, ...kept].some((other) => sameOwner(other, owner));
    if (isListedOwner(owner) && !known) kept.push(owner);
  }
  return kept;
}

/**
 * Every row of Medir's overdue-by-owner table: the actions' owners (alphabetical), then the extra ones in
 * their own order — so a table read back and built again lists the same rows in the same order.
 */
export function listedActionOwners(client: Client): string[] {
  const owners = actionOwners(client);
  return [...owners, ...ownersBeyond(client.extraOwners ?? [], owners)];
}

/** Overdue actions of one client whose owner is `owner`; `null` for a blank owner (a row that does not count). */
export function overdueActionsOfOwner(client: Client, owner: string, today: IsoDate): number | null {
  if (owner === "") return null;
  return client.actions.filter((a) => isOverdueAction(a, today) && sameOwner(a.owner, owner)).length;
}

/** The owners of the active clients (blank ones left out): the rows Cartera's overdue-by-owner table starts with. */
export function clientOwners(plan: Pick<Plan, "clients">): string[] {
  return distinctOwners(plan.clients.filter((c) => c.state !== "archived").map((c) => c.owner));
}

/** Every row of Cartera's overdue-by-owner table: the active clients' owners (alphabetical), then the extra ones. */
export function listedClientOwners(plan: Plan): string[] {
  const owners = clientOwners(plan);
  return [...owners, ...ownersBeyond(plan.extraClientOwners ?? [], owners)];
}

/**
 * Overdue actions of the active clients whose owner is `owner` — the sum of their Cartera overdue figures;
 * `null` for a blank owner.
 */
export function overdueActionsOfClientOwner(plan: Plan, owner: string, today: IsoDate): number | null {
  if (owner === "") return null;
  return plan.clients
    .filter((client) => client.state !== "archived" && sameOwner(client.owner, owner))
    .reduce((sum, client) => sum + client.actions.filter((a) => isOverdueAction(a, today)).length, 0);
}
