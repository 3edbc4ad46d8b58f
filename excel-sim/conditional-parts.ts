/**
 * The parts of a conditional format: `cellValue` (rule + format), `custom` (formula rule + format), `dataBar`
 * (direction, positive bar colour), and the font / fill a matching rule applies. Recorded, never evaluated.
 */
import type { SimRequestContext } from "./context";
import { checkFormula } from "./cell-typing";
import { fail } from "./errors";
import type { Exec } from "./exec";
import { SimObject, type Scalars } from "./proxy";
import { normalizeColour } from "./sheet-rules";
import { sheetById, type ConditionalFormatModel } from "./workbook-model";

/** What a conditional format resolves to. */
export interface FormatKey {
  readonly sheetId: string;
  readonly id: string;
}

export const TYPES = ["CellValue", "Custom", "DataBar"] as const;
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

export function model(exec: Exec, key: FormatKey): ConditionalFormatModel {
  const found = sheetById(exec.workbook, key.sheetId).conditionalFormats.find((f) => f.id === key.id);
  if (!found) throw fail("ItemNotFound", `conditional format ${key.id} was deleted`);
  return found;
}

export function ofType(exec: Exec, key: FormatKey, type: ConditionalFormatModel["type"]): ConditionalFormatModel {
  const found = model(exec, key);
  if (found.type !== type) throw fail("InvalidArgument", `a ${found.type} conditional format has no ${type} part`);
  return found;
}

/** Relative formulas are written as Excel takes them: a constant (`5`) or a formula (`=A1>3`). */
function checkCfFormula(value: unknown, what: string): string {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string" || value.length === 0)
    throw fail("InvalidArgument", `${what} must be a formula or a number`);
  return value.startsWith("=") ? checkFormula(value) : value;
}

/** The font / fill a matching rule applies. */
export class SimConditionalFormatStyle extends SimObject<FormatKey> {
  protected readonly typeName = "ConditionalRangeFormat";
  constructor(
    context: SimRequestContext,
    path: string,
    locate: (e: Exec) => FormatKey,
    private readonly part: "font" | "fill",
  ) {
    super(context, path, locate);
  }
  protected scalars(): Scalars<FormatKey> {
    return this.part === "font"
      ? { color: (e, k) => model(e, k).format.fontColor ?? null, bold: (e, k) => model(e, k).format.bold ?? null }
      : { color: (e, k) => model(e, k).format.fill ?? null };
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    const field = this.part === "font" ? "fontColor" : "fill";
    this.setProperty("color", v, (e, k) => void (model(e, k).format[field] = normalizeColour(v)));
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(v: boolean) {
    this.setProperty("bold", v, (e, k) => {
      if (this.part !== "font" || typeof v !== "boolean") throw fail("InvalidArgument", "bold is a boolean of a font");
      model(e, k).format.bold = v;
    });
  }
}

/** `format` of a cellValue / custom conditional format. */
export class SimConditionalRangeFormat extends SimObject<FormatKey> {
  protected readonly typeName = "ConditionalRangeFormat";
  protected scalars(): Scalars<FormatKey> {
    return {};
  }
  protected override navigations(): readonly string[] {
    return ["font", "fill"];
  }
  get font(): SimConditionalFormatStyle {
    return this.nav(
      "font",
      () => new SimConditionalFormatStyle(this.context, `${this._path}.font`, (e) => this._resolve(e), "font"),
    );
  }
  get fill(): SimConditionalFormatStyle {
    return this.nav(
      "fill",
      () => new SimConditionalFormatStyle(this.context, `${this._path}.fill`, (e) => this._resolve(e), "fill"),
    );
  }
}

/** `cellValue` part: a rule `{ formula1, formula2?, operator }` set as one object, and a format. */
export class SimCellValueFormat extends SimObject<FormatKey> {
  protected readonly typeName = "CellValueConditionalFormat";
  protected scalars(): Scalars<FormatKey> {
    return { rule: (e, k) => ofType(e, k, "CellValue").rule };
  }
  protected override navigations(): readonly string[] {
    return ["format"];
  }
  get format(): SimConditionalRangeFormat {
    return this.nav(
      "format",
      () => new SimConditionalRangeFormat(this.context, `${this._path}.format`, (e) => this._resolve(e)),
    );
  }
  get rule(): Excel.ConditionalCellValueRule {
    return this.read("rule");
  }
  set rule(rule: Excel.ConditionalCellValueRule) {
    this.setProperty("rule", rule, (e, k) => {
      const target = ofType(e, k, "CellValue");
      if (!OPERATORS.includes(String(rule.operator)))
        throw fail("InvalidArgument", `operator ${String(rule.operator)}`);
      const two = rule.operator === "Between" || rule.operator === "NotBetween";
      target.rule = {
        operator: rule.operator,
        formula1: checkCfFormula(rule.formula1, "formula1"),
        ...(two ? { formula2: checkCfFormula(rule.formula2, "formula2") } : {}),
      };
    });
  }
}

/** `custom.rule`: the formula deciding whether the format applies. */
export class SimConditionalFormatRule extends SimObject<FormatKey> {
  protected readonly typeName = "ConditionalFormatRule";
  protected scalars(): Scalars<FormatKey> {
    return { formula: (e, k) => ofType(e, k, "Custom").rule.formula ?? "" };
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(formula: string) {
    this.setProperty(
      "formula",
      formula,
      (e, k) => void (ofType(e, k, "Custom").rule = { formula: checkFormula(String(formula)) }),
    );
  }
}

/** `custom` part: a formula rule and a format. */
export class SimCustomFormat extends SimObject<FormatKey> {
  protected readonly typeName = "CustomConditionalFormat";
  protected scalars(): Scalars<FormatKey> {
    return {};
  }
  protected override navigations(): readonly string[] {
    return ["format", "rule"];
  }
  get format(): SimConditionalRangeFormat {
    return this.nav(
      "format",
      () => new SimConditionalRangeFormat(this.context, `${this._path}.format`, (e) => this._resolve(e)),
    );
  }
  get rule(): SimConditionalFormatRule {
    return this.nav(
      "rule",
      () => new SimConditionalFormatRule(this.context, `${this._path}.rule`, (e) => this._resolve(e)),
    );
  }
}

/** `dataBar.positiveFormat`: the fill of positive bars. */
export class SimDataBarPositiveFormat extends SimObject<FormatKey> {
  protected readonly typeName = "ConditionalDataBarPositiveFormat";
  protected scalars(): Scalars<FormatKey> {
    return { fillColor: (e, k) => ofType(e, k, "DataBar").dataBar.positiveFillColor ?? "#638EC6" };
  }
  get fillColor(): string {
    return this.read("fillColor");
  }
  set fillColor(colour: string) {
    this.setProperty(
      "fillColor",
      colour,
      (e, k) => void (ofType(e, k, "DataBar").dataBar.positiveFillColor = normalizeColour(colour)),
    );
  }
}

/** `dataBar` part: bar direction and the positive bars' colour. */
export class SimDataBarFormat extends SimObject<FormatKey> {
  protected readonly typeName = "DataBarConditionalFormat";
  protected scalars(): Scalars<FormatKey> {
    return { barDirection: (e, k) => ofType(e, k, "DataBar").dataBar.barDirection ?? "Context" };
  }
  protected override navigations(): readonly string[] {
    return ["positiveFormat"];
  }
  get positiveFormat(): SimDataBarPositiveFormat {
    return this.nav(
      "positiveFormat",
      () => new SimDataBarPositiveFormat(this.context, `${this._path}.positiveFormat`, (e) => this._resolve(e)),
    );
  }
  get barDirection(): Excel.DataBarConditionalFormat["barDirection"] {
    return this.read("barDirection");
  }
  set barDirection(direction: Excel.DataBarConditionalFormat["barDirection"]) {
    this.setProperty("barDirection", direction, (e, k) => {
      if (!["Context", "LeftToRight", "RightToLeft"].includes(direction))
        throw fail("InvalidArgument", `bar direction ${direction}`);
      ofType(e, k, "DataBar").dataBar.barDirection = direction;
    });
  }
}
