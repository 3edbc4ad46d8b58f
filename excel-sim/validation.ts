/** `Excel.DataValidation` proxy (Range.dataValidation). */
import { formatAddress } from "./address";
import type { Exec } from "./exec";
import type { Mirror } from "./excel-types";
import { SimObject, type Scalars } from "./proxy";
import type { RangeKey } from "./range";
import {
  checkErrorAlert,
  checkPrompt,
  checkRule,
  clearValidation,
  patchValidation,
  validationOver,
  validationType,
} from "./validation-rules";
import { sheetById, type ValidationModel } from "./workbook-model";

type Members = "rule" | "prompt" | "errorAlert" | "ignoreBlanks" | "type" | "clear";

/** A Range given inside a rule (list source, formula1...) becomes its absolute reference formula. */
function rangesToFormulas(exec: Exec, value: unknown): unknown {
  if (value instanceof SimObject && value._path) {
    const key = value._resolve(exec) as RangeKey;
    return `=${formatAddress(sheetById(exec.workbook, key.sheetId).name, key.rect, true)}`;
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rangesToFormulas(exec, v)]));
  }
  return value;
}

function over(exec: Exec, key: RangeKey): ValidationModel | "none" | "mixed" {
  return validationOver(sheetById(exec.workbook, key.sheetId), key.rect);
}

const SCALARS: Scalars<RangeKey> = {
  type: (e, k) => validationType(over(e, k)),
  rule: (e, k) => {
    const v = over(e, k);
    return typeof v === "string" ? null : (v.rule ?? {});
  },
  prompt: (e, k) => {
    const v = over(e, k);
    return typeof v === "string" ? null : (v.prompt ?? { message: "", showPrompt: false, title: "" });
  },
  errorAlert: (e, k) => {
    const v = over(e, k);
    return typeof v === "string" ? null : (v.errorAlert ?? { message: "", showAlert: true, style: "Stop", title: "" });
  },
  ignoreBlanks: (e, k) => {
    const v = over(e, k);
    return typeof v === "string" ? v === "none" : v.ignoreBlanks;
  },
};

/** Data validation of a range: setting a part applies it to every cell of the range. */
export class SimDataValidation extends SimObject<RangeKey> implements Mirror<Excel.DataValidation, Members> {
  protected readonly typeName = "DataValidation";

  protected scalars(): Scalars<RangeKey> {
    return SCALARS;
  }

  /** WholeNumber, Decimal, List, Date, Custom..., None, or Inconsistent when the cells differ. */
  get type(): Excel.DataValidation["type"] {
    return this.read("type");
  }

  /** The rule; exactly one kind (wholeNumber, decimal, date, list, custom...). */
  get rule(): Excel.DataValidationRule {
    return this.read("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    this.setProperty("rule", rule, (e, k) =>
      patchValidation(sheetById(e.workbook, k.sheetId), k.rect, { rule: checkRule(rangesToFormulas(e, rule)) }),
    );
  }

  /** The input message (title ≤ 32, message ≤ 255 characters). */
  get prompt(): Excel.DataValidationPrompt {
    return this.read("prompt");
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.setProperty("prompt", prompt, (e, k) =>
      patchValidation(sheetById(e.workbook, k.sheetId), k.rect, { prompt: checkPrompt(prompt) }),
    );
  }

  /** The error alert (title ≤ 32, message ≤ 225 characters). */
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.read("errorAlert");
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.setProperty("errorAlert", alert, (e, k) =>
      patchValidation(sheetById(e.workbook, k.sheetId), k.rect, { errorAlert: checkErrorAlert(alert) }),
    );
  }

  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.setProperty("ignoreBlanks", value, (e, k) =>
      patchValidation(sheetById(e.workbook, k.sheetId), k.rect, { ignoreBlanks: value === true }),
    );
  }

  /** Removes validation from the cells of the range only. */
  clear(): void {
    this.queue("clear", [], (e, k) => clearValidation(sheetById(e.workbook, k.sheetId), k.rect));
  }
}
