/**
 * Conditional formats: `Range.conditionalFormats.add(type)` with `cellValue`, `custom` and `dataBar` parts
 * (conditional-parts.ts). Recorded, never evaluated.
 */
import { intersects } from "./address";
import { fail } from "./errors";
import type { Exec } from "./exec";
import type { Mirror } from "./excel-types";
import { SimCollection, SimObject, type SimClientResult, type Scalars } from "./proxy";
import { SimRange, type RangeKey } from "./range";
import {
  model,
  SimCellValueFormat,
  SimCustomFormat,
  SimDataBarFormat,
  TYPES,
  type FormatKey,
} from "./conditional-parts";
import { newId, sheetById, type ConditionalFormatModel } from "./workbook-model";

export type { FormatKey } from "./conditional-parts";
export { SimCellValueFormat, SimCustomFormat, SimDataBarFormat } from "./conditional-parts";

const CF_SCALARS: Scalars<FormatKey> = {
  id: (_e, k) => k.id,
  type: (e, k) => model(e, k).type,
  stopIfTrue: (e, k) => model(e, k).stopIfTrue,
  priority: (e, k) => sheetById(e.workbook, k.sheetId).conditionalFormats.findIndex((f) => f.id === k.id),
};

/** One conditional format. */
export class SimConditionalFormat
  extends SimObject<FormatKey>
  implements Mirror<Excel.ConditionalFormat, "type" | "stopIfTrue" | "id" | "priority" | "delete" | "getRange">
{
  protected readonly typeName = "ConditionalFormat";
  protected scalars(): Scalars<FormatKey> {
    return CF_SCALARS;
  }
  protected override navigations(): readonly string[] {
    return ["cellValue", "custom", "dataBar"];
  }
  get id(): string {
    return this.read("id");
  }
  get type(): Excel.ConditionalFormat["type"] {
    return this.read("type");
  }
  get priority(): number {
    return this.read("priority");
  }
  get stopIfTrue(): boolean {
    return this.read("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this.setProperty("stopIfTrue", v, (e, k) => void (model(e, k).stopIfTrue = v === true));
  }
  get cellValue(): SimCellValueFormat {
    return this.nav(
      "cellValue",
      () => new SimCellValueFormat(this.context, `${this._path}.cellValue`, (e) => this._resolve(e)),
    );
  }
  get custom(): SimCustomFormat {
    return this.nav("custom", () => new SimCustomFormat(this.context, `${this._path}.custom`, (e) => this._resolve(e)));
  }
  get dataBar(): SimDataBarFormat {
    return this.nav(
      "dataBar",
      () => new SimDataBarFormat(this.context, `${this._path}.dataBar`, (e) => this._resolve(e)),
    );
  }
  getRange(): SimRange {
    return new SimRange(this.context, `${this._path}.getRange()`, (e) => {
      const key = this._resolve(e);
      return { sheetId: key.sheetId, rect: model(e, key).rect };
    });
  }
  delete(): void {
    this.queue("delete", [], (e, k) => {
      const sheet = sheetById(e.workbook, k.sheetId);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f.id !== k.id);
    });
  }
}

/** The conditional formats intersecting a range. */
export class SimConditionalFormatCollection
  extends SimCollection<RangeKey, SimConditionalFormat>
  implements Mirror<Excel.ConditionalFormatCollection, "add" | "clearAll" | "getCount">
{
  protected readonly typeName = "ConditionalFormatCollection";
  protected scalars(): Scalars<RangeKey> {
    return {};
  }
  protected itemKeys(exec: Exec, key: RangeKey): unknown[] {
    return sheetById(exec.workbook, key.sheetId)
      .conditionalFormats.filter((f) => intersects(f.rect, key.rect))
      .map((f) => ({ sheetId: key.sheetId, id: f.id }));
  }
  protected itemProxy(itemKey: unknown): SimConditionalFormat {
    const key = itemKey as FormatKey;
    return new SimConditionalFormat(this.context, `${this._path}.getItem(${JSON.stringify(key.id)})`, () => key);
  }
  /** Adds a CellValue, Custom or DataBar conditional format over the range. */
  add(
    type:
      "Custom" | "DataBar" | "ColorScale" | "IconSet" | "TopBottom" | "PresetCriteria" | "ContainsText" | "CellValue",
  ): SimConditionalFormat {
    let created: FormatKey | null = null;
    const proxy = new SimConditionalFormat(this.context, `${this._path}.add(${JSON.stringify(type)})`, () => {
      if (!created) throw fail("InvalidOperation", "the conditional format is used before it was added");
      return created;
    });
    this.queue("add", [type], (e, k) => {
      if (!(TYPES as readonly string[]).includes(type))
        throw fail("NotImplemented", `conditional format type ${type} is not simulated`);
      const sheet = sheetById(e.workbook, k.sheetId);
      const id = newId(e.workbook, "CF");
      sheet.conditionalFormats.push({
        id,
        rect: k.rect,
        type: type as ConditionalFormatModel["type"],
        rule: {},
        format: {},
        dataBar: {},
        stopIfTrue: false,
      });
      created = { sheetId: k.sheetId, id };
    });
    return proxy;
  }
  clearAll(): void {
    this.queue("clearAll", [], (e, k) => {
      const sheet = sheetById(e.workbook, k.sheetId);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !intersects(f.rect, k.rect));
    });
  }
  getCount(): SimClientResult<number> {
    return this.queueResult("getCount", [], (e, k) => this.itemKeys(e, k).length);
  }
}
