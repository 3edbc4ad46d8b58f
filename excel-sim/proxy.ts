/**
 * Proxy objects, as in Office.js: setting a property or calling a method only queues a command; nothing
 * reaches the workbook before `context.sync()`. Reading a property needs `load()` and a completed sync,
 * otherwise it throws PropertyNotLoaded, exactly like Office.js. Deliberately stricter than Office.js (so a
 * test cannot pass on a value Excel never confirmed): a property set on a proxy is not readable until it is
 * loaded again, and reading a property of a null object throws.
 */
import type { SimRequestContext } from "./context";
import { fail, SimError } from "./errors";
import { utf8Length, type Exec, type Settleable } from "./exec";
import { newTree, parseLoadOption, splitCollectionTree, type LoadTree } from "./load";

/** How each scalar property of a proxy is read from the host, given the proxy's resolved key. */
export type Scalars<K> = Readonly<Record<string, (exec: Exec, key: K) => unknown>>;

/** A queued command: what it is (for byte counting and error statements) and what it does at sync. */
export interface Command {
  readonly path: string;
  readonly op: string;
  readonly args: readonly unknown[];
  /** Where an error is reported, e.g. `Worksheet.name` or `TableCollection.add`. */
  readonly location: string;
  run(exec: Exec): void;
}

/** A value produced by a method (e.g. `getCount()`), readable after the sync that computed it. */
export class SimClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  /** The result; throws ValueNotLoaded before the sync completed. */
  get value(): T {
    if (!this.loaded) throw new SimError("ValueNotLoaded");
    return this.result as T;
  }

  /** @internal Set by the delivery of a successful sync. */
  _deliver(value: T): void {
    this.result = value;
    this.loaded = true;
  }
}

function snapshot(value: unknown): unknown {
  return value !== null && typeof value === "object" ? structuredClone(value) : value;
}

/** What every proxy offers the machinery, whatever its key type. */
export abstract class SimObjectBase implements Settleable {
  /** The request context the object belongs to (Office.js `ClientObject.context`). */
  abstract readonly context: SimRequestContext;
  /** @internal Office.js-like object path. */
  abstract readonly _path: string;
  /** @internal */
  abstract _settle(): void;
  /** @internal */
  abstract _executeLoad(exec: Exec, tree: LoadTree): void;
  /** @internal */
  abstract _hasLoaded(): boolean;
  /** A plain object with the loaded properties (Office.js `toJSON`). */
  abstract toJSON(): Record<string, unknown>;
}

/** Base of every simulated Excel object. `K` is the host key the proxy resolves to (a sheet id, a range...). */
export abstract class SimObject<K> extends SimObjectBase {
  readonly context: SimRequestContext;
  /** @internal Office.js-like object path, e.g. `workbook.worksheets.getItem("Cartera").getRange("A1")`. */
  readonly _path: string;
  private readonly locate: (exec: Exec) => K | null;
  private bound: { readonly key: K | null } | undefined;
  private nullKnown: boolean | undefined;
  private loadedValues: Map<string, unknown> | undefined;
  private readonly navCache = new Map<string, SimObjectBase>();

  /** Excel's type name, used in error locations (`Worksheet`, `Range`...). */
  protected abstract readonly typeName: string;
  /** The scalar properties `load` can read. */
  protected abstract scalars(): Scalars<K>;
  /** The navigation properties `load` can go through (getters on the object). */
  protected navigations(): readonly string[] {
    return [];
  }
  /** Throws ItemNotFound when the object a bound key points at is gone (a deleted sheet, table...). */
  protected checkAlive(_exec: Exec, _key: K): void {}

  constructor(context: SimRequestContext, path: string, locate: (exec: Exec) => K | null) {
    super();
    this.context = context;
    this._path = path;
    this.locate = locate;
  }

  /** Whether the object does not exist (…OrNullObject); known after the sync that resolved it. */
  get isNullObject(): boolean {
    if (this.nullKnown === undefined) {
      throw new SimError("PropertyNotLoaded", { arg: "isNullObject", location: `${this.typeName}.isNullObject` });
    }
    return this.nullKnown;
  }

  /** @internal The key, or null for a null object; resolved once, at the first command that needs it. */
  _tryResolve(exec: Exec): K | null {
    if (!this.bound) this.bound = { key: this.locate(exec) };
    exec.touched.add(this);
    if (this.bound.key !== null) this.checkAlive(exec, this.bound.key);
    return this.bound.key;
  }

  /** @internal The key; a command on a null object fails with ItemNotFound. */
  _resolve(exec: Exec): K {
    const key = this._tryResolve(exec);
    if (key === null) throw fail("ItemNotFound", `${this._path} is a null object`);
    return key;
  }

  /** @internal Called once the request that resolved this object succeeded. */
  override _settle(): void {
    if (this.bound) this.nullKnown = this.bound.key === null;
  }

  /** Reads a loaded scalar; PropertyNotLoaded unless it was loaded and synced. */
  protected read<T>(prop: string): T {
    if (this.nullKnown === true) {
      throw fail("InvalidOperation", `${this.typeName}.${prop} read on a null object (check isNullObject first)`);
    }
    if (!this.loadedValues?.has(prop))
      throw new SimError("PropertyNotLoaded", { arg: prop, location: `${this.typeName}.${prop}` });
    return this.loadedValues.get(prop) as T;
  }

  /** Queues a command against this object. */
  protected queue(
    op: string,
    args: readonly unknown[],
    run: (exec: Exec, key: K) => void,
    location = `${this.typeName}.${op}`,
  ): void {
    this.context._enqueue({ path: this._path, op, args, location, run: (exec) => run(exec, this._resolve(exec)) });
  }

  /** Queues setting a property; the locally loaded value is forgotten until it is loaded again. */
  protected setProperty(prop: string, value: unknown, apply: (exec: Exec, key: K) => void): void {
    this.loadedValues?.delete(prop);
    this.queue(prop, [value], apply, `${this.typeName}.${prop}`);
  }

  /** Queues a method whose result is readable after sync. */
  protected queueResult<T>(
    op: string,
    args: readonly unknown[],
    compute: (exec: Exec, key: K) => T,
  ): SimClientResult<T> {
    const result = new SimClientResult<T>();
    this.queue(op, args, (exec, key) => {
      const value = compute(exec, key);
      exec.responseBytes += utf8Length(JSON.stringify(value) ?? "");
      exec.deliveries.push(() => result._deliver(value));
    });
    return result;
  }

  /** @internal Queues resolving this object now, so `isNullObject` is known after the next sync (…OrNullObject). */
  _resolveOnSync(): void {
    this.context._enqueue({
      path: this._path,
      op: "resolve",
      args: [],
      location: this.typeName,
      run: (exec) => void this._tryResolve(exec),
    });
  }

  /** The cached child proxy of a navigation property (the same object on every read, as in Office.js). */
  protected nav<T extends SimObjectBase>(name: string, make: () => T): T {
    let child = this.navCache.get(name);
    if (!child) {
      child = make();
      this.navCache.set(name, child);
    }
    return child as T;
  }

  /** Queues loading properties: `load("a, b/c")`, `load(["a"])`, `load({ select, expand })`, or `load()`. */
  load(option?: unknown): this {
    const tree = parseLoadOption(option);
    this.context._enqueue({
      path: this._path,
      op: "load",
      args: [option ?? null],
      location: `${this.typeName}.load`,
      run: (exec) => this._executeLoad(exec, tree),
    });
    return this;
  }

  /** @internal Reads what `tree` asks for, now, and queues handing it over if the request succeeds. */
  override _executeLoad(exec: Exec, tree: LoadTree): void {
    const key = this._tryResolve(exec);
    const values = new Map<string, unknown>();
    if (key !== null) {
      const scalars = this.scalars();
      const names = tree.all ? Object.keys(scalars) : [...tree.scalars];
      for (const name of names) {
        const read = scalars[name];
        if (!read) {
          if (this.navigations().includes(name)) {
            this.child(name)._executeLoad(exec, newTree(true));
            continue;
          }
          throw fail("InvalidArgument", `${this.typeName} has no property "${name}" to load`);
        }
        const value = snapshot(read(exec, key));
        exec.responseBytes += utf8Length(JSON.stringify(value) ?? "");
        values.set(name, value);
      }
      for (const [name, sub] of tree.navs) this.child(name)._executeLoad(exec, sub);
    }
    exec.deliveries.push(() => {
      this.loadedValues = this.loadedValues ?? new Map();
      for (const [name, value] of values) this.loadedValues.set(name, value);
    });
  }

  private child(name: string): SimObjectBase {
    if (!this.navigations().includes(name))
      throw fail("InvalidArgument", `${this.typeName} has no navigation "${name}"`);
    return (this as unknown as Record<string, SimObjectBase>)[name] as SimObjectBase;
  }

  /** @internal Whether anything was ever loaded into this object (for toJSON). */
  override _hasLoaded(): boolean {
    return this.loadedValues !== undefined;
  }

  /** A plain object with the loaded scalars and loaded navigation objects (Office.js `toJSON`). */
  override toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = Object.fromEntries(this.loadedValues ?? []);
    for (const [name, child] of this.navCache) if (child._hasLoaded()) json[name] = child.toJSON();
    return json;
  }
}

/** Base of collections: `items` after a load, plus the collection's own scalars (e.g. `count`). */
export abstract class SimCollection<K, I extends SimObjectBase> extends SimObject<K> {
  private loadedItems: I[] | undefined;

  /** The item keys, in Excel's order. */
  protected abstract itemKeys(exec: Exec, key: K): unknown[];
  /** A proxy bound to one item. */
  protected abstract itemProxy(itemKey: unknown, index: number): I;

  /** The loaded items; PropertyNotLoaded unless the collection was loaded and synced. */
  get items(): I[] {
    if (!this.loadedItems)
      throw new SimError("PropertyNotLoaded", { arg: "items", location: `${this.typeName}.items` });
    return this.loadedItems;
  }

  override _executeLoad(exec: Exec, tree: LoadTree): void {
    const key = this._resolve(exec);
    const scalars = this.scalars();
    const { own, items } = splitCollectionTree(tree, Object.keys(scalars));
    const ownTree = newTree(false);
    own.forEach((name) => ownTree.scalars.add(name));
    if (own.length > 0) super._executeLoad(exec, ownTree);
    if (!items) return;
    const proxies = this.itemKeys(exec, key).map((itemKey, i) => this.itemProxy(itemKey, i));
    for (const proxy of proxies) proxy._executeLoad(exec, items);
    exec.deliveries.push(() => (this.loadedItems = proxies));
  }

  override _hasLoaded(): boolean {
    return this.loadedItems !== undefined || super._hasLoaded();
  }

  override toJSON(): Record<string, unknown> {
    const json = super.toJSON();
    if (this.loadedItems) json.items = this.loadedItems.map((item) => item.toJSON());
    return json;
  }
}
