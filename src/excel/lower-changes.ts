/** A change set as steps, in the change set's order (use cases order a client's completion marker last). */
import type { ChangeSet, WorkbookChange } from "../layout/workbook-changes";
import type { DefinedNameSpec } from "../layout/spec";
import { cellInput, DATE_NUMBER_FORMAT } from "./cell-input";
import { cellSteps, EXCEL_VISIBILITY, sheetSteps, targetRange } from "./lower-sheet";
import { bodyInputs, tableSteps } from "./lower-table";
import type { SheetRef, Step } from "./steps";

function sheetRef(change: { readonly sheetName: string; readonly anchorName?: string }): SheetRef {
  return change.anchorName === undefined
    ? { by: "name", name: change.sheetName }
    : { by: "anchor", name: change.anchorName };
}

function nameStep(name: DefinedNameSpec, sheetNames: ChangeSet["sheetNames"]): Step {
  const comment = name.comment === undefined ? {} : { comment: name.comment };
  if (name.kind === "formula")
    return { kind: "addName", name: name.name, target: { kind: "formula", formula: name.formula }, ...comment };
  const sheetName = sheetNames[name.sheetKey];
  if (sheetName === undefined) throw new Error(`no sheet name for key ${name.sheetKey} (name ${name.name})`);
  return {
    kind: "addName",
    name: name.name,
    target: { kind: "range", sheet: { by: "name", name: sheetName }, range: name.range },
    ...comment,
  };
}

function appendSteps(change: Extract<WorkbookChange, { kind: "appendRows" }>): Step[] {
  if (change.rows.length === 0) return [];
  const width = change.rows[0]?.length ?? 0;
  const formulas = change.rows.map((row) => {
    if (row.length !== width) throw new Error(`appendRows to ${change.table}: rows of different widths`);
    return row.map(cellInput);
  });
  if (change.intoBlankRow !== true) return [{ kind: "appendRows", table: change.table, formulas }];
  const [first, ...rest] = formulas;
  return [
    { kind: "fillRows", table: change.table, firstRow: 0, formulas: [first ?? []] },
    ...(rest.length === 0 ? [] : [{ kind: "appendRows", table: change.table, formulas: rest } as const]),
  ];
}

/** The steps of one change. */
export function changeSteps(change: WorkbookChange, set: ChangeSet): Step[] {
  switch (change.kind) {
    case "addSheet":
      return sheetSteps(change.sheet, set.styles);
    case "addTable":
      return [
        ...tableSteps(sheetRef(change), change.table, set.styles),
        ...(change.conditionalFormats ?? []).map((f): Step => ({
          kind: "conditionalFormat",
          sheet: sheetRef(change),
          range: targetRange([change.table], f.target),
          rule: f.rule,
        })),
      ];
    case "addChart":
      return [{ kind: "chart", sheet: sheetRef(change), chart: change.chart }];
    case "addNames":
      return change.names.map((name) => nameStep(name, set.sheetNames));
    case "appendRows":
      return appendSteps(change);
    case "writeCells":
      return cellSteps(sheetRef(change), change.cells, [], set.styles);
    case "writeNamedCells":
      return change.cells.map((cell) => ({
        kind: "writeNamed",
        name: cell.name,
        // Office.js clears a cell written as "" (null would leave it as it is).
        input: cell.value.kind === "empty" ? "" : cellInput(cell.value),
        ...(cell.value.kind === "date" ? { format: DATE_NUMBER_FORMAT } : {}),
      }));
    case "renameSheet":
      return [
        {
          kind: "sheetProps",
          sheet: sheetRef({ sheetName: change.from, anchorName: change.anchorName }),
          name: change.to,
        },
      ];
    case "setVisibility":
      return [{ kind: "sheetProps", sheet: sheetRef(change), visibility: EXCEL_VISIBILITY[change.visibility] }];
    case "moveSheet":
      return [{ kind: "sheetProps", sheet: sheetRef(change), position: change.position }];
    case "deleteSheet":
      return [{ kind: "deleteSheet", sheet: sheetRef(change) }];
    case "deleteName":
      return [{ kind: "deleteName", name: change.name }];
    case "clearTableRow":
      return [
        {
          kind: "fillRows",
          table: change.table,
          firstRow: change.row,
          formulas: [Array.from({ length: change.columns }, () => "")],
        },
        ...(change.shrink ? [{ kind: "shrinkTable", table: change.table, rows: 1 } as const] : []),
      ];
    case "deleteTableRow":
      return [
        {
          kind: "deleteTableRow",
          table: change.table,
          keyHeader: change.keyHeader,
          key: change.key,
          clearOnly: change.clearOnly === true,
        },
      ];
    case "selectTableCell":
      return [{ kind: "selectTableCell", table: change.table, row: change.row, column: change.column }];
    case "selectNamedCell":
      return [{ kind: "selectNamedCell", name: change.name }];
    case "activate":
      return [{ kind: "activate", sheet: sheetRef(change), range: { row: change.row, column: change.column } }];
  }
}

/** Every step of a change set, in order. */
export function changeSetSteps(set: ChangeSet): Step[] {
  return set.changes.flatMap((change) => changeSteps(change, set));
}

export { bodyInputs };
