/** The full-feature spec written by writeWorkbook and read back, for the specifications of what it stores. */
import { writeFileSync } from "node:fs";
import type { WorkbookSpec } from "../../src/layout/spec";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { testOutputPath } from "../support/test-output-path";
import { readXlsx, type ReadBack } from "../support/xlsx-read";
import { fullFeatureSpec } from "./full-feature-spec";

/** The spec, and the file read back; the file is also left in test-output/xlsx/`fileName` to open by hand. */
export async function writtenFullFeature(fileName: string): Promise<{ spec: WorkbookSpec; read: ReadBack }> {
  const spec = fullFeatureSpec();
  const bytes = await writeWorkbook(spec);
  writeFileSync(testOutputPath("xlsx", fileName), bytes);
  return { spec, read: await readXlsx(bytes) };
}
