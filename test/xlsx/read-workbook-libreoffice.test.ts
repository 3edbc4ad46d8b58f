/**
 * A workbook saved by another program: our .xlsx recalculated and re-saved by headless LibreOffice Calc (its
 * own XML writer: no headerRowCount, bare sheet names, cached formula results) reads back as the same plan,
 * and formula cells report LibreOffice's cached results rather than their formula text.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PORTFOLIO_HEADERS } from "../../src/i18n/workbook-text";
import { readPlan, type PlanReading } from "../../src/layout/read-plan";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { PORTFOLIO_TABLE } from "../../src/layout/workbook-names";
import type { WorkbookState } from "../../src/layout/workbook-state";
import { readWorkbookState } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { normalisedForReading, richPlan } from "../layout/read-plan-fixtures";
import { SOFFICE, describeWithLibreOffice } from "../support/libreoffice";
import { testOutputPath } from "../support/test-output-path";

/** Opens `input` in LibreOffice Calc, recalculates and saves it as .xlsx; returns the new file's bytes. */
async function resaveWithLibreOffice(input: Uint8Array): Promise<Uint8Array> {
  const work = mkdtempSync(join(tmpdir(), "vam-lo-read-"));
  try {
    writeFileSync(join(work, "book.xlsx"), input);
    const profile = pathToFileURL(join(work, "profile")).href;
    const args = ["--headless", "--norestore", "--nolockcheck", `-env:UserInstallation=${profile}`, "--calc"];
    await new Promise<void>((resolve, reject) =>
      execFile(
        SOFFICE,
        [...args, "--convert-to", "xlsx", "--outdir", join(work, "out"), join(work, "book.xlsx")],
        { timeout: 180_000 },
        (error, _stdout, stderr) => (error === null ? resolve() : reject(new Error(`${error.message}\n${stderr}`))),
      ),
    );
    return new Uint8Array(readFileSync(join(work, "out", "book.xlsx")));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describeWithLibreOffice("reading a workbook LibreOffice re-saved", () => {
  const plan = richPlan("es");
  let written: WorkbookState;
  let state: WorkbookState;
  let reading: PlanReading;

  beforeAll(async () => {
    const bytes = await writeWorkbook(buildWorkbookSpec(plan, { today: "2027-03-01" }));
    const resaved = await resaveWithLibreOffice(bytes);
    writeFileSync(testOutputPath("xlsx", "read", "rich-es-libreoffice.xlsx"), resaved);
    written = await readWorkbookState(bytes);
    state = await readWorkbookState(resaved);
    reading = readPlan(state);
  }, 200_000);

  it("given the re-saved file, the plan is the one written (LibreOffice saves a CR LF break as LF), with no finding", () => {
    const lineFeeds = JSON.parse(JSON.stringify(normalisedForReading(plan)).replace(/\\r\\n/g, "\\n")) as unknown;
    expect(reading.plan).toEqual(lineFeeds);
    expect(reading.structure).toEqual([]);
  });

  it("given the Cartera's formula cells, reports LibreOffice's cached results, not formulas", () => {
    const cartera = state.tables.find((table) => table.name === PORTFOLIO_TABLE);
    const uncalculated = written.tables.find((table) => table.name === PORTFOLIO_TABLE)?.rows.flat() ?? [];
    const cells = cartera?.rows.flat() ?? [];
    expect(cells).toHaveLength(uncalculated.length);
    // Every formula our writer stored (read as its text, with no cached result) now reads as a value.
    const formulas = uncalculated.flatMap((cell, index) =>
      typeof cell === "string" && cell.startsWith("=IF") ? [index] : [],
    );
    expect(formulas.length).toBeGreaterThan(plan.clients.length);
    expect(formulas.filter((index) => cells[index] === uncalculated[index])).toEqual([]);
    const column = (key: keyof typeof PORTFOLIO_HEADERS) => cartera?.headers.indexOf(PORTFOLIO_HEADERS[key].es) ?? -1;
    const scores = cartera?.rows.map((row) => [row[column("name")], row[column("knowledge")], row[column("trust")]]);
    expect(scores).toEqual(plan.clients.map((client) => [client.name, client.knowledge ?? "", client.trust ?? ""]));
  });
});
