/**
 * The December workflows in the production task pane, in Chromium, on the playground's simulated Excel: a
 * snapshot of every client, renaming a client, the report to share (its sheet shown, nothing confidential in
 * it), repairing a table a co-author deleted, and Nuevo año (its confirmation, then last year's sheets hidden
 * under their year and the new year in Cartera). Screenshots under test-output/screenshots.
 */
import type { Frame, Page } from "playwright-core";
import type { WorkbookPicture } from "../../src/playground/workbook-picture";
import { browserAvailable, openPlayground, screenshot, startSession, type BrowserSession } from "./browser-harness";
import { addClient, clientCard, openSection, statusSays } from "./pane-driver";

const SHARED = "Ampliar la planta de Sevilla (COMPARTIDO-7Q)";
const SECRET = "Cambio de proveedor en estudio (SECRETO-4K)";

/** The workbook as a co-author sees it now. */
function picture(pane: Frame): Promise<WorkbookPicture> {
  return pane.evaluate(() =>
    (
      window as unknown as { __vamPlayground: { readWorkbook(): Promise<WorkbookPicture> } }
    ).__vamPlayground.readWorkbook(),
  );
}

/** Sheets as `name (visibility)`, tab order. */
async function tabs(pane: Frame): Promise<string[]> {
  return (await picture(pane)).sheets.map((s) => `${s.name} (${s.visibility})`);
}

/** Every text shown on one sheet. */
async function textsOn(pane: Frame, sheetName: string): Promise<string[]> {
  const sheet = (await picture(pane)).sheets.find((s) => s.name === sheetName);
  if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
  return sheet.cells.map((cell) => cell.text);
}

/** The person at this Excel starts (true) or ends (false) editing a cell: meanwhile every request fails. */
async function cellEditMode(pane: Frame, on: boolean): Promise<void> {
  await pane.evaluate(
    (value) =>
      (window as unknown as { __vamPlayground: { cellEditMode(on: boolean): void } }).__vamPlayground.cellEditMode(
        value,
      ),
    on,
  );
}

/** A co-author's edit of one client, run in the pane's frame with that frame's Excel objects. */
type CoauthorEdit = (context: Excel.RequestContext, clientId: string) => Promise<void>;

/** What `installCoauthor` adds to the pane's frame. */
interface CoauthorWindow {
  __vamPlayground: { asCoauthor(b: (c: Excel.RequestContext) => Promise<void>): Promise<void> };
  __vamCoauthor(clientName: string, edit: CoauthorEdit): Promise<void>;
}

/**
 * Gives the pane's frame `__vamCoauthor(name, edit)`: runs `edit` as another person editing the workbook, on
 * the client called `name`, found as a co-author would find it (by its name cell).
 */
async function installCoauthor(pane: Frame): Promise<void> {
  await pane.evaluate(() => {
    const frame = window as unknown as CoauthorWindow;
    frame.__vamCoauthor = (clientName, edit) =>
      frame.__vamPlayground.asCoauthor(async (context) => {
        const names = context.workbook.names.load("items/name");
        await context.sync();
        const cells = names.items
          .filter((item) => item.name.startsWith("vamNombre_"))
          .map((item) => ({ id: item.name.slice("vamNombre_".length), range: item.getRange().load("values") }));
        await context.sync();
        const found = cells.find((cell) => cell.range.values[0]?.[0] === clientName);
        if (found === undefined) throw new Error(`no client ${clientName}`);
        await edit(context, found.id);
      });
  });
}

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser("the December workflows in the task pane", () => {
  let session: BrowserSession;
  let page: Page;
  let pane: Frame;
  let year = 0;

  beforeAll(async () => {
    session = await startSession();
    ({ page, pane } = await openPlayground(session));
    year = Number(await pane.inputValue("#vam-setup-year"));
    await pane.click('button:text-is("Crear el plan")');
    await statusSays(pane, `Plan ${year} listo`);
    await addClient(pane, "Acme", { knowledge: "7", trust: "6" });
    await addClient(pane, "Beta", { knowledge: "5", trust: "5" });
    await installCoauthor(pane);
  }, 600_000);

  afterAll(async () => {
    await session?.close();
  });

  it("saves a score snapshot of every active client from the Plan view", async () => {
    await openSection(pane, "Plan");
    await pane.fill("#vam-snapshot-all-period", "Revisión de diciembre");
    await pane.click('button:text-is("Guardar la instantánea de todos")');
    await statusSays(pane, "(clientes: 2)");
    for (const sheet of ["Acme · Ver", "Beta · Ver"])
      expect(await textsOn(pane, sheet)).toContain("Revisión de diciembre");
  });

  it("renames a client: its heading, its three sheets and its card; a name already taken is refused under the field", async () => {
    await openSection(pane, "Cartera");
    await clientCard(pane, "Acme").locator(".vam-client-name").click();
    const rename = pane.locator('form[aria-labelledby="vam-rename-title"]');
    await pane.fill("#vam-rename-name", " beta ");
    await rename.locator('button[type="submit"]').click();
    await pane.waitForSelector("#vam-rename-name[aria-invalid='true']");
    expect(await pane.textContent("#vam-rename-name-message")).toContain("Ya hay un cliente llamado");
    await pane.fill("#vam-rename-name", "Acme Iberia");
    await rename.locator('button[type="submit"]').click();
    await statusSays(pane, "Ahora se llama «Acme Iberia»");
    await pane.waitForSelector('h2:text-is("Acme Iberia")');
    const names = await tabs(pane);
    expect(names).toEqual(
      expect.arrayContaining([
        "Acme Iberia · Ver (Visible)",
        "Acme Iberia · Ajustar (Visible)",
        "Acme Iberia · Medir (Visible)",
      ]),
    );
    expect(names.filter((n) => n.startsWith("Acme ·"))).toEqual([]);
  });

  it("makes the report to share: its sheet is shown, with what may be shared and nothing marked confidential", async () => {
    await pane.evaluate(async () => {
      await (window as unknown as CoauthorWindow).__vamCoauthor("Beta", async (context, id) => {
        const fill = async (table: string, header: RegExp, text: string, confidential: string): Promise<void> => {
          const found = context.workbook.tables.getItem(`${table}_${id}`);
          const headers = found.getHeaderRowRange().load("values");
          await context.sync();
          const row = (headers.values[0] ?? []).map((h: unknown) =>
            header.test(String(h)) ? text : String(h) === "Confidencial" ? confidential : null,
          );
          found.getDataBodyRange().getRow(0).values = [row];
          await context.sync();
        };
        await fill("vamRetos", /^Descripción$/, "Cambio de proveedor en estudio (SECRETO-4K)", "sí");
        await fill("vamExpectativas", /^Expectativa$/, "Ampliar la planta de Sevilla (COMPARTIDO-7Q)", "no");
      });
    });
    await openSection(pane, "Cartera");
    await clientCard(pane, "Beta").locator(".vam-client-name").click();
    await pane.click('button:text-is("Crear el informe")');
    await statusSays(pane, "Informe listo en la hoja «Beta · Informe»");
    const shown = await picture(pane);
    expect(shown.activeSheet).toBe("Beta · Informe");
    const texts = (await textsOn(pane, "Beta · Informe")).join("\n");
    expect(texts).toContain(SHARED);
    expect(texts).not.toContain("SECRETO-4K");
    expect(await textsOn(pane, "Beta · Ver")).toContain(SECRET);
    await screenshot(page, "21-informe-para-compartir");
  });

  it("lists a table a co-author deleted under Revisión del plan and repairs it", async () => {
    await pane.evaluate(async () => {
      await (window as unknown as CoauthorWindow).__vamCoauthor("Beta", async (context, id) => {
        context.workbook.tables.getItem(`vamAcciones_${id}`).delete();
        await context.sync();
      });
    });
    await openSection(pane, "Revisión del plan");
    const group = pane.locator(".vam-structure-group", { hasText: "vamAcciones_" });
    await group.waitFor();
    expect(await group.textContent()).toContain("Beta");
    await screenshot(page, "22-estructura-reparar");
    await group.locator('button[aria-label="Reparar Beta"]').click();
    await statusSays(pane, "Beta: se ha repuesto lo que faltaba.");
    await pane.waitForSelector('.vam-empty:text-is("Las hojas, tablas y nombres del plan están completos.")');
  });

  it("points Revisión del plan at the working agreement when the client misses three commitments in a row", async () => {
    await pane.evaluate(async () => {
      await (window as unknown as CoauthorWindow).__vamCoauthor("Beta", async (context, id) => {
        const table = context.workbook.tables.getItem(`vamCompromisos_${id}`);
        const headers = table.getHeaderRowRange().load("values");
        await context.sync();
        const row = (date: number, text: string) =>
          (headers.values[0] ?? []).map((h: unknown) => {
            const header = String(h);
            if (header === "Fecha") return date;
            if (header === "Compromiso") return text;
            if (header === "De quién") return "cliente";
            if (header === "¿Cumplido?") return "no";
            return null;
          });
        table.getDataBodyRange().getRow(0).values = [row(46000, "Datos de uso")];
        // null leaves a cell as it is: the table's formula columns keep their formulas.
        const more = [row(46010, "Acceso al sistema"), row(46020, "Reunión con compras")];
        table.rows.add(undefined, more as unknown as (string | number | boolean)[][]);
        await context.sync();
      });
    });
    await openSection(pane, "Revisión del plan");
    const finding = pane.locator(".vam-finding", { hasText: "ha incumplido 3 compromisos seguidos" });
    await finding.waitFor();
    expect(await finding.locator(".vam-badge").textContent()).toBe("Urgente");
    await finding.locator('button[aria-label="Ir al acuerdo de trabajo de Beta"]').click();
    await page.waitForFunction(() =>
      document.querySelector('.pg-tab[aria-selected="true"]')?.textContent?.includes("Beta · Medir"),
    );
    await screenshot(page, "25-acuerdo-de-trabajo");
  });

  it("Nuevo año: says what will happen, then hides last year's sheets under their year and opens the new year in Cartera", async () => {
    await openSection(pane, "Plan");
    await pane.click('button:text-is("Preparar Nuevo año…")');
    await pane.waitForSelector(`h2:text-is("Nuevo año: de ${year} a ${year + 1}")`);
    const lines = await pane.locator(".vam-year-end-list li").allTextContents();
    expect(lines.join("\n")).toContain(`«Acme Iberia · Ver ${year}»`);
    expect(lines.join("\n")).toContain("clientes: 2 (archivados: 0)");
    await screenshot(page, "23-nuevo-ano");
    // Excel busy editing a cell: the attempt fails, says what to do, and the same button finishes afterwards.
    await cellEditMode(pane, true);
    await pane.click(`button:text-is("Cerrar ${year} y abrir ${year + 1}")`);
    await pane.waitForSelector("#vam-alert:not([hidden])");
    expect(await pane.textContent("#vam-alert")).toContain("pulsa Intro o Esc");
    await cellEditMode(pane, false);
    await pane.click(`button:text-is("Cerrar ${year} y abrir ${year + 1}")`);
    await statusSays(pane, `Plan ${year + 1} listo (clientes: 2)`);
    expect(await pane.textContent("h2")).toBe(`Cartera ${year + 1}`);
    expect(await pane.locator(".vam-client-name").allTextContents()).toEqual(["Acme Iberia", "Beta"]);
    const names = await tabs(pane);
    expect(names).toEqual(
      expect.arrayContaining([
        `Acme Iberia · Ver ${year} (Hidden)`,
        `Acme Iberia · Ajustar ${year} (Hidden)`,
        `Acme Iberia · Medir ${year} (Hidden)`,
        `Beta · Ver ${year} (Hidden)`,
        `Beta · Informe ${year} (Hidden)`,
        "Acme Iberia · Ver (Visible)",
        "Beta · Medir (Visible)",
        "Cartera (Visible)",
      ]),
    );
    expect((await picture(pane)).activeSheet).toBe("Cartera");
    // What was typed last year came along: the expectation, into the new Ver sheet; the old one keeps it too.
    expect(await textsOn(pane, "Beta · Ver")).toContain(SHARED);
    expect(await textsOn(pane, `Beta · Ver ${year}`)).toContain(SHARED);
    await screenshot(page, "24-cartera-ano-nuevo");
  });

  it("after Nuevo año, Revisión del plan finds the workbook's structure complete", async () => {
    await openSection(pane, "Revisión del plan");
    await pane.waitForSelector('.vam-empty:text-is("Las hojas, tablas y nombres del plan están completos.")');
    expect(await pane.locator(".vam-structure-group").count()).toBe(0);
  });

  it("adds a plan for my manager: the form words the name and score questions for the direction, and Cartera groups by it", async () => {
    await openSection(pane, "Cartera");
    await pane.click('button:text-is("Añadir cliente")');
    await pane.selectOption("#vam-client-direction", "manager");
    expect(await pane.textContent('label[for="vam-client-name"]')).toBe("Nombre de tu manager");
    expect(await pane.textContent("#vam-client-knowledge-hint")).toContain("de mi manager");
    expect(await pane.textContent("#vam-client-trust-hint")).toContain("mi manager");
    await pane.fill("#vam-client-name", "Laura Gómez");
    await pane.click('form button[type="submit"]');
    await statusSays(pane, "«Laura Gómez» añadido");
    const groups = await pane.locator(".vam-group-title").allTextContents();
    expect(groups).toEqual(["Cliente (2)", "Manager (1)"]);
    await pane.selectOption("#vam-filter-direction", "manager");
    expect(await pane.locator(".vam-client-name").allTextContents()).toEqual(["Laura Gómez"]);
    expect(await textsOn(pane, "Laura Gómez · Ver")).toEqual(
      expect.arrayContaining([expect.stringContaining("mi manager")]),
    );
  });
});
