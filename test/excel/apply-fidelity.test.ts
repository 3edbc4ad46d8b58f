/**
 * What the gateway builds is what the spec says: a whole plan's spec applied on excel-sim, exported back to a
 * spec, compared sheet by sheet — cell contents (user text stays text), tables (place, headers, rows),
 * names (sheet and cells), validations (rule kind and cells), conditional formats, merges, panes, visibility,
 * print setup (orientation, fit, repeated rows, print blocks, header and footer), row heights and borders —
 * with nothing the export had to leave out.
 */
import { toWorkbookSpec } from "../../excel-sim/export-spec";
import { isoDateToSerial } from "../../src/domain/dates";
import type { CellRange, CellValue, SheetSpec, WorkbookSpec } from "../../src/layout/spec";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { ORACLE_PLANS } from "../oracle/oracle-plans";
import { sessionOn } from "../app/fixtures";

/** A cell as the export reports it: dates are serial numbers (their format shows them as dates). */
function asStored(value: CellValue): unknown {
  if (value.kind === "date") return { kind: "number", value: isoDateToSerial(value.iso) };
  if (value.kind === "text" || value.kind === "formula") {
    const { linkToName: _link, ...rest } = value;
    return rest;
  }
  return value;
}

const key = (r: CellRange) => `${r.row}:${r.column}:${r.rows ?? 1}:${r.columns ?? 1}`;

/** JSON with keys sorted, so two specs compare by content, not by the order their keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Border colour of every bordered cell of a sheet, from its cells' styles and its table columns' styles. */
function borders(sheet: SheetSpec, styles: WorkbookSpec["styles"]): Record<string, string> {
  const found: Record<string, string> = {};
  const mark = (row: number, column: number, style: string | undefined): void => {
    const border = style === undefined ? undefined : styles[style]?.border;
    if (border !== undefined) found[`${row}:${column}`] = border;
  };
  for (const cell of sheet.cells) mark(cell.row, cell.column, cell.style);
  for (const table of sheet.tables) {
    table.columns.forEach((column, c) => {
      for (let r = 0; r < Math.max(1, table.rows.length); r++) mark(table.row + 1 + r, table.column + c, column.style);
    });
  }
  return found;
}

/** Print setup, row heights and borders: what the .xlsx writer writes from the spec, the gateway must apply. */
function layoutDifferences(expected: SheetSpec, actual: SheetSpec, spec: WorkbookSpec, built: WorkbookSpec): string[] {
  const problems: string[] = [];
  if (canonical(actual.print) !== canonical(expected.print)) problems.push(`print ${canonical(actual.print)}`);
  const heights = (s: SheetSpec) => canonical([...(s.rowHeights ?? [])].sort((a, b) => a.row - b.row));
  if (heights(actual) !== heights(expected)) problems.push(`row heights ${heights(actual)}`);
  const wanted = borders(expected, spec.styles);
  const got = borders(actual, built.styles);
  if (canonical(got) !== canonical(wanted)) problems.push(`borders ${canonical(got)} for ${canonical(wanted)}`);
  return problems;
}

function differences(expected: SheetSpec, actual: SheetSpec, spec: WorkbookSpec, built: WorkbookSpec): string[] {
  const problems: string[] = [];
  const cells = new Map(actual.cells.map((c) => [`${c.row}:${c.column}`, asStored(c.value)]));
  for (const cell of expected.cells) {
    if (cell.value.kind === "empty") continue;
    const got = cells.get(`${cell.row}:${cell.column}`);
    if (JSON.stringify(got) !== JSON.stringify(asStored(cell.value)))
      problems.push(`cell ${cell.row}:${cell.column} ${JSON.stringify(got)}`);
  }
  for (const table of expected.tables) {
    const got = actual.tables.find((t) => t.name === table.name);
    const headers = table.columns.map((c) => c.header);
    if (got === undefined) problems.push(`table ${table.name} missing`);
    else if (
      got.row !== table.row ||
      got.column !== table.column ||
      JSON.stringify(got.columns.map((c) => c.header)) !== JSON.stringify(headers)
    )
      problems.push(`table ${table.name} at ${got.row}:${got.column} ${got.columns.map((c) => c.header).join("|")}`);
    else if (got.rows.length !== Math.max(1, table.rows.length))
      problems.push(`table ${table.name} has ${got.rows.length} rows`);
    else {
      table.rows.forEach((row, r) =>
        row.forEach((value, c) => {
          const stored = got.rows[r]?.[c] ?? { kind: "empty" };
          if (JSON.stringify(asStored(stored)) !== JSON.stringify(asStored(value))) {
            problems.push(`table ${table.name} ${r}:${c} ${JSON.stringify(stored)} for ${JSON.stringify(value)}`);
          }
        }),
      );
    }
  }
  const validations = new Set(actual.validations.map((v) => `${key(v.range)}:${v.validation.rule.kind}`));
  const wanted = [
    ...expected.validations.map((v) => `${key(v.range)}:${v.validation.rule.kind}`),
    ...expected.tables.flatMap((t) =>
      t.columns.flatMap((c, i) =>
        c.validation === undefined
          ? []
          : [
              `${key({ row: t.row + 1, column: t.column + i, rows: Math.max(1, t.rows.length), columns: 1 })}:${c.validation.rule.kind}`,
            ],
      ),
    ),
  ];
  for (const v of wanted) if (!validations.has(v)) problems.push(`validation ${v} missing`);
  if (actual.conditionalFormats.length !== expected.conditionalFormats.length) {
    problems.push(`${actual.conditionalFormats.length} conditional formats, not ${expected.conditionalFormats.length}`);
  }
  if (JSON.stringify(actual.merges.map(key).sort()) !== JSON.stringify(expected.merges.map(key).sort()))
    problems.push("merges differ");
  if (JSON.stringify(actual.freeze) !== JSON.stringify(expected.freeze))
    problems.push(`freeze ${JSON.stringify(actual.freeze)}`);
  if (actual.visibility !== expected.visibility) problems.push(`visibility ${actual.visibility}`);
  const names = spec.names.filter((n) => n.kind === "range" && n.sheetKey === expected.key);
  for (const name of names) {
    const got = built.names.find((n) => n.name === name.name);
    if (
      got?.kind !== "range" ||
      got.sheetKey !== actual.key ||
      (name.kind === "range" && key(got.range) !== key(name.range))
    ) {
      problems.push(`name ${name.name} ${JSON.stringify(got)}`);
    }
  }
  return [...problems, ...layoutDifferences(expected, actual, spec, built)];
}

describe("what the gateway applies is the spec", () => {
  it.each(ORACLE_PLANS.map((p) => [p.title, p.plan] as const))(
    "given the plan %s, every sheet matches its spec",
    async (_title, plan) => {
      const { sim, gateway } = sessionOn();
      const spec = buildWorkbookSpec(plan, { today: "2027-03-15" });
      await gateway.apply({
        changes: [
          ...spec.sheets.map((sheet) => ({ kind: "addSheet" as const, sheet })),
          { kind: "addNames", names: spec.names },
        ],
        styles: spec.styles,
        sheetNames: Object.fromEntries(spec.sheets.map((s) => [s.key, s.name])),
      });
      const { spec: built, omitted } = toWorkbookSpec(sim.workbook);
      expect(omitted).toEqual([]);
      const problems = spec.sheets.flatMap((sheet) => {
        const actual = built.sheets.find((s) => s.name === sheet.name);
        return actual === undefined
          ? [`${sheet.name} missing`]
          : differences(sheet, actual, spec, built).map((p) => `${sheet.name}: ${p}`);
      });
      expect(problems).toEqual([]);
      expect(built.names.map((n) => n.name).sort()).toEqual(spec.names.map((n) => n.name).sort());
    },
  );
});
