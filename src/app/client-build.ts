/**
 * Building a client, or finishing one a failed build left behind, as changes in an order that makes a
 * failure at any point harmless and a retry idempotent:
 *
 * 1. each phase sheet is created under its scaffold name (`vam_<id>_ver`, found by a retry even before any
 *    name exists), filled, then given its names with the anchor (`vamVer_<id>`) last: an anchored sheet is a
 *    complete one; a scaffold without anchor is deleted and built again;
 * 2. the sheets are renamed to their real names;
 * 3. the Cartera row is appended last: it is the client's completion marker.
 */
import { clientNameKey } from "../domain/client-name";
import type { Client, ClientId, ClientPhase, PlanLanguage } from "../domain/plan";
import { buildClientSheets, type ClientSheetsSpec } from "../layout/client-sheets";
import { identifierKey } from "../layout/read-names";
import type { DefinedNameSpec, SheetSpec } from "../layout/spec";
import { CLIENT_PHASES, PORTFOLIO_TABLE, phaseAnchorName } from "../layout/workbook-names";
import type { ChangeBatch } from "./change-batch";
import { scaffoldSheetName, type ClientScan } from "./client-scan";

/** What building clients into one workbook shares: its language, the sheet names taken, the Cartera. */
export interface BuildContext {
  readonly language: PlanLanguage;
  /** Sheet names in the workbook and those given to clients planned so far (grows as clients are planned). */
  readonly takenSheetNames: string[];
  /** The Cartera table's only data row is blank (an empty table): the next row goes into it. */
  portfolioBlankRow: boolean;
}

/** The sheet names a client ends up with. */
export type ClientSheetNames = Readonly<Record<ClientPhase, string>>;

/** The names defined on one of the client's sheets, the anchor last (it marks the sheet complete). */
export function namesOfSheet(
  spec: ClientSheetsSpec,
  sheet: SheetSpec,
  id: ClientId,
  phase: ClientPhase,
): DefinedNameSpec[] {
  const anchor = identifierKey(phaseAnchorName(phase, id));
  const own = spec.names.filter((name) => name.kind === "range" && name.sheetKey === sheet.key);
  return [
    ...own.filter((n) => identifierKey(n.name) !== anchor),
    ...own.filter((n) => identifierKey(n.name) === anchor),
  ];
}

function without(names: readonly string[], drop: readonly string[]): string[] {
  const dropped = new Set(drop.map(identifierKey));
  return names.filter((name) => !dropped.has(identifierKey(name)));
}

/**
 * Adds a built sheet's names. Names of it that exist (from a failed build, or pointing at `#REF!` since a
 * person deleted the sheet) must go first ("already exists"): each is replaced on its own, deleted just
 * before it is added again, so a request that stops part-way leaves at most one of them missing — never all
 * of the client's identity names at once, which would leave its other sheets with no client to read.
 */
function addNamesReplacing(batch: ChangeBatch, scan: ClientScan, names: readonly DefinedNameSpec[]): void {
  const existing = new Map(scan.names.map((name) => [identifierKey(name), name]));
  if (!names.some((n) => existing.has(identifierKey(n.name)))) {
    batch.add({ kind: "addNames", names });
    return;
  }
  for (const name of names) {
    const real = existing.get(identifierKey(name.name));
    if (real !== undefined) batch.add({ kind: "deleteName", name: real });
    batch.add({ kind: "addNames", names: [name] });
  }
}

/**
 * Adds to `batch` what builds `client` (or finishes it, given what `scan` found) and returns its final
 * sheet names. `client` gives the content of sheets still to build; complete sheets are left alone.
 */
export function planClientBuild(
  batch: ChangeBatch,
  client: Client,
  scan: ClientScan,
  context: BuildContext,
): ClientSheetNames {
  const own = CLIENT_PHASES.flatMap((p) => (scan.sheets[p] === null ? [] : [scan.sheets[p]?.name ?? ""]));
  const taken = without(context.takenSheetNames, own);
  const spec = buildClientSheets(client, { language: context.language, takenSheetNames: taken });
  const finals = {} as Record<ClientPhase, string>;
  const renames: Parameters<ChangeBatch["add"]>[0][] = [];
  CLIENT_PHASES.forEach((phase, index) => {
    const sheet = spec.sheets[index];
    if (sheet === undefined) throw new Error(`client spec without its ${phase} sheet`);
    const found = scan.sheets[phase];
    let current = found?.name ?? "";
    if (found === null || !found.anchored) {
      const names = namesOfSheet(spec, sheet, client.id, phase);
      // A half-built scaffold goes first: the new one takes its name.
      if (found !== null) batch.add({ kind: "deleteSheet", sheetName: found.name });
      current = scaffoldSheetName(client.id, phase);
      batch.nameSheet(sheet.key, current).add({ kind: "addSheet", sheet: { ...sheet, name: current } });
      addNamesReplacing(batch, scan, names);
    }
    finals[phase] = found !== null && found.anchored && !found.scaffold ? found.name : sheet.name;
    if (current !== finals[phase]) {
      renames.push({
        kind: "renameSheet",
        from: current,
        to: finals[phase],
        anchorName: phaseAnchorName(phase, client.id),
      });
    }
  });
  batch.add(...renames);
  context.takenSheetNames.push(...CLIENT_PHASES.map((p) => finals[p]));
  if (scan.portfolioRows.length === 0) {
    batch.add({
      kind: "appendRows",
      table: PORTFOLIO_TABLE,
      rows: [spec.portfolioRow],
      intoBlankRow: context.portfolioBlankRow,
    });
    context.portfolioBlankRow = false;
  }
  return finals;
}

/** Whether two client names are the same name (trimmed, case-insensitive). */
export function sameClientName(a: string | null, b: string): boolean {
  return a !== null && clientNameKey(a) !== "" && clientNameKey(a) === clientNameKey(b);
}
