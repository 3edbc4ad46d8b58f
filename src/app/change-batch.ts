/** A change set under construction: changes in order, the sheet-key → name map their names use. */
import type { StyleKey, CellStyle } from "../layout/spec";
import { STYLES } from "../layout/styles";
import type { ChangeSet, WorkbookChange } from "../layout/workbook-changes";

/** Collects the changes of one use case. */
export class ChangeBatch {
  private readonly changes: WorkbookChange[] = [];
  private readonly sheetNames: Record<string, string> = {};

  /** Appends changes. */
  add(...changes: WorkbookChange[]): this {
    this.changes.push(...changes);
    return this;
  }

  /** Records the current name of a sheet key, for the names that refer to it. */
  nameSheet(key: string, name: string): this {
    this.sheetNames[key] = name;
    return this;
  }

  /** Number of changes so far. */
  get size(): number {
    return this.changes.length;
  }

  /** The change set, with the workbook's style table. */
  toChangeSet(styles: Readonly<Record<StyleKey, CellStyle>> = STYLES): ChangeSet {
    return { changes: [...this.changes], styles, sheetNames: { ...this.sheetNames } };
  }
}
