/**
 * Saves the simulated workbook as .xlsx through the project's one writer (src/xlsx/write-workbook.ts), so
 * LibreOffice can recalculate exactly what the adapter built. Kept apart from index.ts: it pulls in ExcelJS.
 */
import { writeWorkbook } from "../src/xlsx/write-workbook";
import { toWorkbookSpec } from "./export-spec";
import type { SimHost } from "./host";

/** The .xlsx bytes of the host's workbook, and what the spec could not express (see export-spec.ts). */
export async function exportXlsx(
  host: SimHost,
): Promise<{ readonly bytes: Uint8Array; readonly omitted: readonly string[] }> {
  const { spec, omitted } = toWorkbookSpec(host.workbook);
  return { bytes: await writeWorkbook(spec), omitted };
}
