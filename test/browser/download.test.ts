/**
 * The playground's Descargar .xlsx, as a new user would check it: the file downloaded from Chromium opens in
 * LibreOffice with every formula computing (no error value on any sheet), and the Cartera LibreOffice computes
 * says what the pane showed.
 */
import type { Frame, Page } from "playwright-core";
import { describeWithLibreOffice, recalculate } from "../support/libreoffice";
import { testOutputPath } from "../support/test-output-path";
import { browserAvailable, openPlayground, startSession, type BrowserSession } from "./browser-harness";
import { clientCard } from "./pane-driver";

/** Excel's error values as LibreOffice writes them to CSV, and LibreOffice's own `Err:nnn`. */
const ERROR_VALUE = /^(#NAME\?|#REF!|#VALUE!|#DIV\/0!|#N\/A|#NUM!|#NULL!|#CALC!|Err:\d+)$/;

const describeInBrowser = browserAvailable() ? describeWithLibreOffice : describe.skip;

describeInBrowser("the playground's downloaded workbook", () => {
  let session: BrowserSession;
  let page: Page;
  let pane: Frame;

  beforeAll(async () => {
    session = await startSession();
    ({ page, pane } = await openPlayground(session, { example: true }));
    await pane.waitForSelector(".vam-client-card");
  }, 600_000);

  afterAll(async () => {
    await session?.close();
  });

  it("opens in LibreOffice with every formula computing, and its Cartera agrees with the pane", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#pg-download")]);
    expect(download.suggestedFilename()).toBe("plan-vam.xlsx");
    const file = testOutputPath("browser", "plan-vam.xlsx");
    await download.saveAs(file);
    const sheets = await recalculate(file);
    // Hoja1 (the blank workbook's sheet), Cartera, ten clients × Ver / Ajustar / Medir, Listas and Meta.
    expect(sheets.size).toBe(34);
    const errors = [...sheets].flatMap(([name, rows]) =>
      rows.flatMap((row, r) =>
        row.flatMap((cell, c) => (ERROR_VALUE.test(cell) ? [`${name}!R${r + 1}C${c + 1}: ${cell}`] : [])),
      ),
    );
    expect(errors).toEqual([]);

    const cartera = sheets.get("Cartera") ?? [];
    const header = cartera.find((row) => row.includes("Acciones vencidas")) ?? [];
    const row = cartera.find((cells) => cells.includes("Grupo Alvarado Distribución")) ?? [];
    const computed = (column: string) => row[header.indexOf(column)];
    const shown = async (label: string) =>
      clientCard(pane, "Grupo Alvarado Distribución")
        .locator("div", { has: pane.locator(`dt:text-is("${label}")`) })
        .locator("dd")
        .textContent();
    expect([computed("Acciones abiertas"), computed("Acciones vencidas"), computed("Estado")]).toEqual([
      await shown("Abiertas"),
      await shown("Vencidas"),
      await clientCard(pane, "Grupo Alvarado Distribución").locator(".vam-badge").textContent(),
    ]);
  }, 300_000);
});
