/**
 * What a client's Ver, Ajustar and Medir sheets share: the form block on the left, one gap column, the
 * phase's tables side by side on the header row, the client's title and the direction's prompt on top, and
 * the anchor name over A1. Each phase sheet says only what differs: its form rows and widths, its tables, its
 * words.
 */
import type { ClientPhase } from "../domain/plan";
import { clientTableSpec, tableCaption } from "./client-table";
import {
  GAP_WIDTH,
  HEADER_ROW,
  anchorName,
  assembleSheet,
  clientSheetHead,
  clientTitle,
  clientTitleText,
  joinParts,
  layoutForm,
  layoutTables,
  type BuiltSheet,
  type ClientSheetInput,
  type FormRow,
  type PlacedTable,
} from "./sheet-parts";
import { tablesOfPhase } from "./table-columns";

/** What differs between a client's phase sheets. */
export interface ClientPhaseLayout {
  /** Widths of the form block's columns, characters. */
  readonly formWidths: readonly number[];
  readonly formRows: readonly FormRow[];
  /** The tables right of the form block, left to right. */
  readonly tables: readonly PlacedTable[];
  /** What follows the client's name in the title (e.g. " · Ver"). */
  readonly titleSuffix: string;
  readonly prompt: string;
}

/** The client tables of `phase` in their layout order, each with its caption for the client's direction. */
export function phaseTables(phase: ClientPhase, input: ClientSheetInput): PlacedTable[] {
  const { client, language } = input;
  return tablesOfPhase(phase).map((kind) => ({
    table: (column: number) => clientTableSpec(kind, client, language, HEADER_ROW, column),
    caption: tableCaption(kind, client.direction, language),
  }));
}

/** A client's `phase` sheet laid out from `layout`, with the names of its cells and its anchor. */
export function buildClientPhaseSheet(
  phase: ClientPhase,
  input: ClientSheetInput,
  layout: ClientPhaseLayout,
): BuiltSheet {
  const head = clientSheetHead(phase, input);
  const { formWidths, titleSuffix } = layout;
  const form = layoutForm(head.key, HEADER_ROW, formWidths, layout.formRows);
  const gap = { columnWidths: [{ column: formWidths.length, width: GAP_WIDTH }] };
  const tables = layoutTables(formWidths.length + 1, layout.tables);
  const part = joinParts(form, gap, tables);
  const sheet = assembleSheet(head, clientTitle(input, titleSuffix), layout.prompt, part, {
    titleText: clientTitleText(input, titleSuffix),
  });
  return { sheet, names: [anchorName(phase, input), ...part.names] };
}
