/** `Excel.NamedItemCollection`, `Excel.NamedItem` and `Excel.NamedItemArrayValues` proxies (workbook scope). */
import type { SimRequestContext } from "./context";
import { fail, SimError } from "./errors";
import type { Exec } from "./exec";
import type { Mirror } from "./excel-types";
import {
  addName,
  deleteName,
  nameArrayValues,
  nameFormula,
  nameRange,
  nameType,
  nameValue,
  setNameFormula,
  type NameTarget,
} from "./name-rules";
import { SimCollection, SimObject, type SimClientResult, type Scalars } from "./proxy";
import { SimRange } from "./range";
import { findName, nameById } from "./workbook-model";

/** Values and value types of the cells (or the single value) a name refers to. */
export class SimNamedItemArrayValues
  extends SimObject<string>
  implements Mirror<Excel.NamedItemArrayValues, "values" | "types">
{
  protected readonly typeName = "NamedItemArrayValues";
  protected scalars(): Scalars<string> {
    return {
      values: (e, id) => nameArrayValues(e.workbook, nameById(e.workbook, id)).values,
      types: (e, id) => nameArrayValues(e.workbook, nameById(e.workbook, id)).types,
    };
  }
  /** Cell values; a formula cell reads as `#CALC!`. */
  get values(): unknown[][] {
    return this.read("values");
  }
  get types(): Excel.RangeValueType[][] {
    return this.read("types");
  }
}

const NAME_SCALARS: Scalars<string> = {
  name: (e, id) => nameById(e.workbook, id).name,
  type: (e, id) => nameType(nameById(e.workbook, id)),
  value: (e, id) => nameValue(e.workbook, nameById(e.workbook, id)),
  formula: (e, id) => nameFormula(e.workbook, nameById(e.workbook, id)),
  comment: (e, id) => nameById(e.workbook, id).comment,
  visible: (e, id) => nameById(e.workbook, id).visible,
  scope: () => "Workbook",
};

type NameMembers =
  | "name"
  | "type"
  | "value"
  | "formula"
  | "comment"
  | "visible"
  | "scope"
  | "arrayValues"
  | "getRange"
  | "getRangeOrNullObject"
  | "delete";

/** A workbook-scoped defined name. */
export class SimNamedItem extends SimObject<string> implements Mirror<Excel.NamedItem, NameMembers> {
  protected readonly typeName = "NamedItem";
  protected scalars(): Scalars<string> {
    return NAME_SCALARS;
  }
  protected override navigations(): readonly string[] {
    return ["arrayValues"];
  }
  protected override checkAlive(exec: Exec, id: string): void {
    nameById(exec.workbook, id);
  }
  get name(): string {
    return this.read("name");
  }
  /** Range, Error (`#REF!`, or a formula the simulator does not compute), String, Integer, Double, Boolean. */
  get type(): Excel.NamedItem["type"] {
    return this.read("type");
  }
  /** The address of a range (`'Acme · Ver'!$B$3`), a constant, `#REF!`, or `#CALC!`. */
  get value(): unknown {
    return this.read("value");
  }
  /** Starts with `=`; follows renames of the sheet it refers to. */
  get formula(): unknown {
    return this.read("formula");
  }
  set formula(formula: unknown) {
    this.setProperty("formula", formula, (e, id) => setNameFormula(e.workbook, nameById(e.workbook, id), formula));
  }
  get comment(): string {
    return this.read("comment");
  }
  set comment(comment: string) {
    this.setProperty("comment", comment, (e, id) => {
      if (typeof comment !== "string") throw fail("InvalidArgument", "a comment must be a string");
      nameById(e.workbook, id).comment = comment;
    });
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(visible: boolean) {
    this.setProperty("visible", visible, (e, id) => void (nameById(e.workbook, id).visible = visible === true));
  }
  get scope(): Excel.NamedItem["scope"] {
    return this.read("scope");
  }
  get arrayValues(): SimNamedItemArrayValues {
    return this.nav(
      "arrayValues",
      () => new SimNamedItemArrayValues(this.context, `${this._path}.arrayValues`, (e) => this._resolve(e)),
    );
  }
  /** The cells the name refers to; InvalidReference when it is not (or no longer) a range. */
  getRange(): SimRange {
    return new SimRange(this.context, `${this._path}.getRange()`, (e) => {
      const target = nameRange(nameById(e.workbook, this._resolve(e)));
      if (!target)
        throw new SimError("InvalidReference", {
          location: "NamedItem.getRange",
          detail: "the name does not refer to cells",
        });
      return target;
    });
  }
  /** The cells, or a null object when the name is not a range. */
  getRangeOrNullObject(): SimRange {
    const range = new SimRange(this.context, `${this._path}.getRangeOrNullObject()`, (e) => {
      const item = nameById(e.workbook, this._resolve(e));
      return nameRange(item);
    });
    range._resolveOnSync();
    return range;
  }
  delete(): void {
    this.queue("delete", [], (e, id) => deleteName(e.workbook, nameById(e.workbook, id)));
  }
}

/** The workbook's defined names. */
export class SimNamedItemCollection
  extends SimCollection<true, SimNamedItem>
  implements Mirror<Excel.NamedItemCollection, "items" | "add" | "getItem" | "getItemOrNullObject" | "getCount">
{
  protected readonly typeName = "NamedItemCollection";
  constructor(context: SimRequestContext) {
    super(context, "workbook.names", () => true);
  }
  protected scalars(): Scalars<true> {
    return {};
  }
  protected itemKeys(exec: Exec): unknown[] {
    return exec.workbook.names.map((n) => n.id);
  }
  protected itemProxy(itemKey: unknown): SimNamedItem {
    return new SimNamedItem(this.context, `${this._path}.getItem(${JSON.stringify(itemKey)})`, () => itemKey as string);
  }
  /** Adds a name for a Range or a reference / formula text (`=Cartera!$B$2`, `=TODAY()`). */
  add(name: string, reference: SimRange | string, comment?: string): SimNamedItem {
    let created: string | null = null;
    const item = new SimNamedItem(this.context, `${this._path}.add(${JSON.stringify(name)})`, () => created);
    this.queue("add", [name, reference, comment ?? null], (e) => {
      const target: NameTarget = typeof reference === "string" ? reference : reference._resolve(e);
      created = addName(e.workbook, name, target, comment).id;
    });
    return item;
  }
  getItem(name: string): SimNamedItem {
    return new SimNamedItem(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, (e) => {
      const found = findName(e.workbook, name);
      if (!found)
        throw new SimError("ItemNotFound", { location: "NamedItemCollection.getItem", detail: `no name "${name}"` });
      return found.id;
    });
  }
  getItemOrNullObject(name: string): SimNamedItem {
    const item = new SimNamedItem(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`,
      (e) => findName(e.workbook, name)?.id ?? null,
    );
    item._resolveOnSync();
    return item;
  }
  getCount(): SimClientResult<number> {
    return this.queueResult("getCount", [], (e) => e.workbook.names.length);
  }
}
