/**
 * A plan as facts — one path per typed value (`clients[full0001].actions[2].owner`) — and the checks of
 * "nothing typed is dropped", each problem a readable line naming the path, the value and where it was
 * looked for.
 */
import type { Plan } from "../../src/domain/plan";
import type { FullClient } from "./rollover-fixtures";

/** A leaf value of the plan. */
export type Fact = string | number | boolean | null;

/** Path → value for every leaf under `value`, clients keyed by id rather than position. */
export function factsOf(value: unknown, path = "", facts = new Map<string, Fact>()): Map<string, Fact> {
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => factsOf(item, `${path}[${index}]`, facts));
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) factsOf(item, path === "" ? key : `${path}.${key}`, facts);
  } else {
    facts.set(path, value as Fact);
  }
  return facts;
}

/** A plan's facts with each client addressed by its id: `clients[<id>]…`. */
export function planFacts(plan: Plan): Map<string, Fact> {
  const facts = factsOf({ year: plan.year, targetScore: plan.targetScore, language: plan.language });
  for (const client of plan.clients) factsOf(client, `clients[${client.id}]`, facts);
  return facts;
}

const shown = (value: Fact | undefined): string => (value === undefined ? "(nothing)" : JSON.stringify(value));

/** Every difference between the facts expected and the facts found, one line each, in path order. */
export function factDiff(expected: ReadonlyMap<string, Fact>, found: ReadonlyMap<string, Fact>): string[] {
  const paths = [...new Set([...expected.keys(), ...found.keys()])].sort();
  return paths.flatMap((path) => {
    const want = expected.get(path);
    const got = found.get(path);
    return Object.is(want, got) ? [] : [`${path}: expected ${shown(want)}, found ${shown(got)}`];
  });
}

/** How the typed values were accounted for. */
export interface ValueAccount {
  /** Values found in the new year's file at their carried place. */
  readonly carried: number;
  /** Values not carried (rows left behind, last year's quarterly figures and baselines) found in last year's file. */
  readonly inOldFile: number;
  /** One line per value found in neither place it should be. */
  readonly problems: readonly string[];
}

/**
 * Checks every value the fixture typed: a value of a carried row (and every named cell) must be in the new
 * file at the row's new place; a value that is not carried — a row left behind, or a figure the new year
 * replaces — must still be in last year's file at its old place.
 */
export function accountForValues(
  clients: readonly FullClient[],
  oldFacts: ReadonlyMap<string, Fact>,
  newFacts: ReadonlyMap<string, Fact>,
): ValueAccount {
  let carried = 0;
  let inOldFile = 0;
  const problems: string[] = [];
  const expectIn = (where: "new" | "old", path: string, value: Fact): void => {
    const found = (where === "new" ? newFacts : oldFacts).get(path);
    if (Object.is(found, value)) {
      if (where === "new") carried += 1;
      else inOldFile += 1;
    } else {
      problems.push(
        `${path} = ${shown(value)}: not in the ${where === "new" ? "new" : "old"} file (found ${shown(found)})`,
      );
    }
  };
  for (const { client, rows } of clients) {
    const base = `clients[${client.id}]`;
    const { id: _id, ...scalars } = client;
    for (const [key, value] of factsOf(Object.fromEntries(Object.entries(scalars).filter(([k]) => !(k in rows))))) {
      expectIn("new", `${base}.${key}`, value);
    }
    for (const [table, expectations] of Object.entries(rows)) {
      let newIndex = 0;
      expectations.forEach(({ row, next }, oldIndex) => {
        const nextFacts = next === null ? null : factsOf(next);
        for (const [field, value] of factsOf(row)) {
          const keptAsIs = nextFacts !== null && Object.is(nextFacts.get(field), value);
          if (keptAsIs) expectIn("new", `${base}.${table}[${newIndex}].${field}`, value);
          else expectIn("old", `${base}.${table}[${oldIndex}].${field}`, value);
        }
        if (next !== null) newIndex += 1;
      });
    }
  }
  return { carried, inOldFile, problems };
}
