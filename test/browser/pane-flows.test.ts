/**
 * The production task pane in Chromium, on the playground's simulated Excel: a new user's day, in order
 * (set up, add, import, score, snapshot, act, review, switch language, keyboard only), with a screenshot of
 * each main view under test-output/screenshots.
 */
import type { Frame, Page } from "playwright-core";
import { browserAvailable, openPlayground, screenshot, startSession, type BrowserSession } from "./browser-harness";
import { addClient, anyPayloadRan, clientCard, openSection, statusSays, tabUntil } from "./pane-driver";

const HOSTILE_MARKUP = "<img src=x onerror=window.__pwned=1>";
const HOSTILE_FORMULA = '=HYPERLINK("http://example.invalid","x")';
const FORTY_CHARACTERS = "Corporación Iberoamericana de Logísticas";

const BAD_ROWS_CSV = [
  "Cliente;Responsable;Dirección;Conocimiento;Confianza",
  "Hotel Atlántico;Ana Ruiz;Cliente;7;6",
  ";Luis Gómez;Cliente;5;5",
  "Clínica Norte;Eva Sanz;Cliente;11;4",
  "Hotel Atlántico;Ana Ruiz;Cliente;7;6",
  "Ferretería Sol;Pablo Gil;Vecinos;6;6",
  "Seguros Brisa;Marta León;Compañeros;8;",
].join("\r\n");

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser("the task pane in Chromium", () => {
  let session: BrowserSession;
  let page: Page;
  let pane: Frame;

  beforeAll(async () => {
    session = await startSession();
    ({ page, pane } = await openPlayground(session));
  }, 600_000);

  afterAll(async () => {
    await session?.close();
  });

  it("given a new workbook, opens on Set up plan in Spanish with next year's default and creates the plan", async () => {
    expect(await pane.textContent("h2")).toBe("Configurar el plan");
    expect(await pane.evaluate(() => document.documentElement.lang)).toBe("es");
    const year = Number(await pane.inputValue("#vam-setup-year"));
    const now = new Date();
    expect(year).toBe(now.getMonth() >= 9 ? now.getFullYear() + 1 : now.getFullYear());
    await screenshot(page, "01-set-up-plan");
    await pane.click('button:text-is("Crear el plan")');
    await statusSays(pane, `Plan ${year} listo`);
    expect(await pane.textContent("h2")).toBe(`Cartera ${year}`);
  });

  it("adds three clients with hostile and long names, keeping every name as text", async () => {
    expect(FORTY_CHARACTERS).toHaveLength(40);
    await addClient(pane, HOSTILE_MARKUP, { knowledge: "7", trust: "6" });
    await addClient(pane, HOSTILE_FORMULA);
    await addClient(pane, FORTY_CHARACTERS);
    const names = await pane.locator(".vam-client-name").allTextContents();
    expect(names).toEqual([HOSTILE_MARKUP, HOSTILE_FORMULA, FORTY_CHARACTERS]);
    expect(await pane.locator(".vam-client-card img").count()).toBe(0);
    const picture = await pane.evaluate(() =>
      (window as unknown as { __vamPlayground: { readWorkbook(): Promise<unknown> } }).__vamPlayground.readWorkbook(),
    );
    const cells = JSON.stringify(picture);
    expect(cells).toContain(JSON.stringify(HOSTILE_FORMULA).slice(1, -1));
    expect(await anyPayloadRan(page, pane)).toBe(false);
    await screenshot(page, "02-cartera");
  });

  it("given a name already in the plan, says so under the field and adds nothing", async () => {
    await pane.click('button:text-is("Añadir cliente")');
    await pane.fill("#vam-client-name", ` ${HOSTILE_MARKUP.toUpperCase()} `);
    await pane.fill("#vam-client-knowledge", "12");
    await pane.click('form button[type="submit"]');
    expect(await pane.getAttribute("#vam-client-name", "aria-invalid")).toBe("true");
    expect(await pane.textContent("#vam-client-name-message")).toContain("Ya hay un cliente llamado");
    expect(await pane.textContent("#vam-client-knowledge-message")).toContain("entre 0 y 10");
    expect(await pane.evaluate(() => document.activeElement?.id)).toBe("vam-client-name");
    await screenshot(page, "03-add-client-validation");
    await pane.click('button:text-is("Cancelar")');
    expect(await pane.locator(".vam-client-card").count()).toBe(3);
  });

  it("imports a CSV file with bad rows and reports each rejected line, name and reason", async () => {
    await openSection(pane, "Importar");
    await pane.setInputFiles("#vam-import-file", {
      name: "clientes.csv",
      mimeType: "text/csv",
      buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BAD_ROWS_CSV, "utf8")]),
    });
    await pane.click('form button[type="submit"]');
    await statusSays(pane, "2 clientes importados; 4 filas rechazadas");
    const rows = await pane
      .locator(".vam-import-report tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    expect(rows.map(([line, name]) => [line, name])).toEqual([
      ["3", ""],
      ["4", "Clínica Norte"],
      ["5", "Hotel Atlántico"],
      ["6", "Ferretería Sol"],
    ]);
    expect(rows[0]?.[2]).toContain("Falta el nombre del cliente");
    expect(rows[1]?.[2]).toContain("«11» está fuera de la escala");
    expect(rows[2]?.[2]).toContain("ya aparece en la línea 2");
    expect(rows[3]?.[2]).toContain("Dirección «Vecinos» desconocida");
    await screenshot(page, "04-import-report");
    await openSection(pane, "Cartera");
    expect(await clientCard(pane, "Seguros Brisa").count()).toBe(1);
  });

  it("enters scores in the client view, refusing 11 and updating the portfolio", async () => {
    await clientCard(pane, HOSTILE_FORMULA).locator(".vam-client-name").click();
    expect(await pane.textContent("h2")).toBe(HOSTILE_FORMULA);
    await pane.fill("#vam-score-knowledge", "11");
    await pane.click('button:text-is("Guardar puntuaciones")');
    expect(await pane.textContent("#vam-score-knowledge-message")).toContain("(hay «11»)");
    await pane.fill("#vam-score-knowledge", "8");
    await pane.fill("#vam-score-trust", "4");
    await pane.click('button:text-is("Guardar puntuaciones")');
    await statusSays(pane, "guardadas");
    await pane.waitForSelector('.vam-client-facts .vam-badge:text-is("rojo")');
  });

  it("given Excel is editing a cell, says what happened and what to do, and works once it is done", async () => {
    const editing = (on: boolean) =>
      pane.evaluate(
        (value) =>
          (window as unknown as { __vamPlayground: { cellEditMode(on: boolean): void } }).__vamPlayground.cellEditMode(
            value,
          ),
        on,
      );
    await editing(true);
    await pane.fill("#vam-score-trust", "5");
    await pane.click('button:text-is("Guardar puntuaciones")');
    await pane.waitForSelector("#vam-alert:not([hidden])");
    expect(await pane.textContent("#vam-alert")).toBe(
      "Excel está editando una celda: pulsa Intro o Esc y vuelve a intentarlo. No se ha cambiado nada.",
    );
    expect(await pane.textContent(".vam-client-facts .vam-badge")).toBe("rojo");
    await editing(false);
    await pane.click('button:text-is("Guardar puntuaciones")');
    await pane.waitForSelector('.vam-client-facts .vam-badge:text-is("ámbar")');
    expect(await pane.isHidden("#vam-alert")).toBe(true);
    await pane.fill("#vam-score-trust", "4");
    await pane.click('button:text-is("Guardar puntuaciones")');
    await pane.waitForSelector('.vam-client-facts .vam-badge:text-is("rojo")');
  });

  it("saves a score snapshot into the client's history", async () => {
    const period = await pane.inputValue("#vam-snapshot-period");
    expect(period).toMatch(/^\d{4}-T[1-4]$/);
    await pane.fill("#vam-snapshot-note", "Cierre del trimestre");
    await pane.click('button:text-is("Guardar instantánea")');
    await statusSays(pane, `Instantánea «${period}» guardada`);
    const picture = JSON.stringify(
      await pane.evaluate(() =>
        (window as unknown as { __vamPlayground: { readWorkbook(): Promise<unknown> } }).__vamPlayground.readWorkbook(),
      ),
    );
    expect(picture).toContain("Cierre del trimestre");
  });

  it("adds an action due in the past, and Revisión del plan lists it as overdue and goes to its cell", async () => {
    await pane.fill("#vam-action-text", "Llamar al director financiero");
    await pane.selectOption("#vam-action-level", "4");
    await pane.fill("#vam-action-due", "2020-01-15");
    await screenshot(page, "05-client-view");
    await pane.click('form button:text-is("Añadir acción")');
    await statusSays(pane, "Acción añadida");
    await openSection(pane, "Revisión del plan");
    const finding = pane.locator(".vam-finding", { hasText: "«Llamar al director financiero» venció el 2020-01-15" });
    expect(await finding.count()).toBe(1);
    expect(await finding.locator(".vam-badge").textContent()).toBe("Urgente");
    await screenshot(page, "06-revision-del-plan");
    await finding.locator("button").click();
    // Cartera is already active with a selected cell after set-up: wait for the go-to to reach Ajustar.
    await page.waitForFunction(
      () => document.querySelector('.pg-tab[aria-selected="true"]')?.textContent?.includes("Ajustar") === true,
    );
    expect(await page.locator(".pg-selected").count()).toBeGreaterThan(0);
  });

  it("refreshes after a co-author's edit without moving the user or taking the focus", async () => {
    await openSection(pane, "Cartera");
    await pane.focus("#vam-filter-query");
    await pane.evaluate(async (name) => {
      const bridge = (
        window as unknown as {
          __vamPlayground: { asCoauthor(b: (c: Excel.RequestContext) => Promise<void>): Promise<void> };
        }
      ).__vamPlayground;
      await bridge.asCoauthor(async (context) => {
        const names = context.workbook.names.load("items/name");
        await context.sync();
        const cells = names.items
          .filter((item) => item.name.startsWith("vamNombre_"))
          .map((item) => ({ id: item.name.slice("vamNombre_".length), range: item.getRange().load("values") }));
        await context.sync();
        const target = cells.find((cell) => cell.range.values[0]?.[0] === name);
        if (target === undefined) throw new Error(`no client named ${name}`);
        context.workbook.names.getItem(`vamConfianza_${target.id}`).getRange().values = [[9]];
      });
    }, HOSTILE_MARKUP);
    await clientCard(pane, HOSTILE_MARKUP).locator("dd", { hasText: "9" }).first().waitFor();
    expect(await pane.evaluate(() => document.activeElement?.id)).toBe("vam-filter-query");
    expect(await pane.textContent("h2")).toMatch(/^Cartera \d{4}$/);
    expect(await pane.isHidden("#vam-alert")).toBe(true);
  });

  it("archives a client and restores it from Archivados", async () => {
    await clientCard(pane, "Seguros Brisa").locator(".vam-client-name").click();
    await pane.click('button:text-is("Archivar cliente")');
    await statusSays(pane, "archivado");
    expect(await clientCard(pane, "Seguros Brisa").count()).toBe(0);
    await openSection(pane, "Archivados");
    await screenshot(page, "07-archivados");
    await pane.click('button[aria-label="Restaurar Seguros Brisa"]');
    await statusSays(pane, "restaurado");
  });

  it("switches the pane to English and back", async () => {
    await pane.selectOption("#vam-language", "en");
    await statusSays(pane, "The pane is now in English.");
    expect(await pane.locator("#vam-nav button").allTextContents()).toEqual([
      "Portfolio",
      "Plan review",
      "Import",
      "Archived",
      "Plan",
    ]);
    expect(await pane.evaluate(() => document.documentElement.lang)).toBe("en");
    await openSection(pane, "Portfolio");
    expect(await pane.textContent("h2")).toMatch(/^Portfolio \d{4}$/);
    await screenshot(page, "08-portfolio-english");
    await pane.selectOption("#vam-language", "es");
    await statusSays(pane, "El panel está ahora en español.");
  });

  it("adds a client with the keyboard only, with the focus visible on every control it reaches", async () => {
    await openSection(pane, "Cartera");
    await page.mouse.click(5, 895);
    await tabUntil(page, pane, { buttonText: "Añadir cliente" });
    const outline = await pane.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await tabUntil(page, pane, { id: "vam-client-name" });
    await page.keyboard.type("Cliente por teclado");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Ana Teclado");
    await page.keyboard.press("Enter");
    await statusSays(pane, "«Cliente por teclado» añadido");
    expect(await clientCard(pane, "Cliente por teclado").count()).toBe(1);
    expect(await anyPayloadRan(page, pane)).toBe(false);
  });
});
