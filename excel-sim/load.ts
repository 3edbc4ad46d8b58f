/**
 * Load options → a tree of what to load. Office.js accepts `load("a, b/c")`, `load(["a", "b/c"])` and
 * `load({ select, expand })`; a path goes through navigation properties (`format/font/bold`,
 * `worksheet/name`) and, on collections, through `items` (`items/rows/items/values`). A navigation named
 * without a sub-path loads all its scalar properties (the docs: `load("format")` is `format.load()`).
 */
import { fail } from "./errors";

/** What to load on one object: some (or all) scalars, and sub-trees for navigation properties. */
export interface LoadTree {
  all: boolean;
  readonly scalars: Set<string>;
  readonly navs: Map<string, LoadTree>;
}

/** An empty tree; `all` means "every scalar property". */
export function newTree(all = false): LoadTree {
  return { all, scalars: new Set(), navs: new Map() };
}

function addPath(tree: LoadTree, path: string, expand: boolean): void {
  const parts = path.split("/").map((p) => p.trim());
  if (parts.some((p) => p === "")) throw fail("InvalidArgument", `"${path}" is not a property path`);
  let node = tree;
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    if (last && !expand) {
      node.scalars.add(part);
      return;
    }
    let next = node.navs.get(part);
    if (!next) {
      next = newTree(last);
      node.navs.set(part, next);
    }
    node = next;
  });
}

function splitList(value: unknown, what: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string")
    return value
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
    return value
      .flatMap((v: string) => v.split(","))
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  }
  throw fail("InvalidArgument", `${what} must be a string or an array of strings`);
}

/** Parses any Office.js load option; no option (or an empty one) means all scalar properties. */
export function parseLoadOption(option: unknown): LoadTree {
  if (option === undefined || option === null) return newTree(true);
  const tree = newTree(false);
  if (typeof option === "string" || Array.isArray(option)) {
    for (const path of splitList(option, "load()")) addPath(tree, path, false);
  } else if (typeof option === "object") {
    const o = option as Record<string, unknown>;
    if (o.top !== undefined || o.skip !== undefined)
      throw fail("NotImplemented", "load({ top, skip }) is not simulated");
    for (const path of splitList(o.select, "select")) addPath(tree, path, false);
    for (const path of splitList(o.expand, "expand")) addPath(tree, path, true);
  } else {
    throw fail("InvalidArgument", "load() takes a string, an array of strings or { select, expand }");
  }
  if (tree.scalars.size === 0 && tree.navs.size === 0) tree.all = true;
  return tree;
}

/**
 * Splits a collection's tree: its own scalars (e.g. `count`) and the tree for each item, or null when the
 * items are not asked for. On a collection `load("name")` is short for `load("items/name")`, and `load()`
 * loads every scalar of every item.
 */
export function splitCollectionTree(
  tree: LoadTree,
  ownScalars: readonly string[],
): { own: string[]; items: LoadTree | null } {
  if (tree.all) return { own: [...ownScalars], items: newTree(true) };
  let items: LoadTree | null = tree.navs.get("items") ?? null;
  const own: string[] = [];
  for (const name of tree.scalars) {
    if (ownScalars.includes(name)) own.push(name);
    else if (name === "items") items = items ?? newTree(true);
    else (items = items ?? newTree()).scalars.add(name);
  }
  for (const [name, sub] of tree.navs) if (name !== "items") (items = items ?? newTree()).navs.set(name, sub);
  return { own, items };
}
