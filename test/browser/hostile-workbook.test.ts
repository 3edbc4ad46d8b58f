/**
 * A shared workbook can hold anything. The pane opens one whose cells and sheet names carry script payloads
 * (written before the pane's first read, as a co-author would have left them): nothing runs, everything
 * shows as text, the Content-Security-Policy is in force, and no request leaves the playground's origin.
 */
import type { Frame, Page } from "playwright-core";
import { browserAvailable, openPlayground, screenshot, startSession, type BrowserSession } from "./browser-harness";
import { anyPayloadRan, clientCard, openSection } from "./pane-driver";

/** Payloads, each setting `__pwned` somewhere if it ever became markup or script. */
const PAYLOADS = {
  name: "<img src=x onerror=window.__pwned=1>",
  secondName: "<script>window.__pwned=1</script>",
  owner: "<svg onload=window.__pwned=1>",
  action: '"><img src=x onerror=window.top.__pwned=1>',
  disappointment: '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  sheet: "<img src=x onerror=__pwned=1>",
} as const;

type Payloads = typeof PAYLOADS;

/**
 * Runs in the pane frame before any of its scripts (an init script): once the playground's example plan is
 * written, a co-author puts the payloads in, all before Office reports ready, so the pane's first read sees them.
 */
function plantPayloads(payloads: Payloads): void {
  if (!window.location.pathname.endsWith("/taskpane.html")) return;
  type Bridge = {
    ready: Promise<void>;
    asCoauthor(batch: (context: Excel.RequestContext) => Promise<void>): Promise<void>;
  };
  let bridge: Bridge | undefined;
  Object.defineProperty(window, "__vamPlayground", {
    configurable: true,
    get: () => bridge,
    set: (value: Bridge) => {
      bridge = value;
      value.ready = value.ready.then(() =>
        value.asCoauthor(async (context) => {
          const names = context.workbook.names.load("items/name");
          await context.sync();
          const ids = names.items.filter((n) => n.name.startsWith("vamNombre_")).map((n) => n.name.slice(10));
          const [first, second] = ids;
          const cell = (stem: string, id: string | undefined) =>
            context.workbook.names.getItem(`${stem}_${id}`).getRange();
          // A leading apostrophe is how a person's typing is kept as text (Excel's text prefix).
          cell("vamNombre", first).values = [[`'${payloads.name}`]];
          cell("vamNombre", second).values = [[`'${payloads.secondName}`]];
          cell("vamResponsable", first).values = [[`'${payloads.owner}`]];
          context.workbook.tables.getItem(`vamAcciones_${first}`).getDataBodyRange().getCell(0, 0).values = [
            [`'${payloads.action}`],
          ];
          const disappointments = context.workbook.tables.getItem(`vamDecepciones_${first}`).getDataBodyRange();
          disappointments.getCell(0, 0).values = [[`'${payloads.disappointment}`]];
          cell("vamVer", first).worksheet.name = payloads.sheet;
          await context.sync();
        }),
      );
    },
  });
}

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser("a workbook full of script payloads", () => {
  let session: BrowserSession;
  let page: Page;
  let pane: Frame;
  const requests: string[] = [];
  const blocked: string[] = [];

  beforeAll(async () => {
    session = await startSession();
    const context = session.context;
    context.on("request", (request) => requests.push(request.url()));
    // Belt and braces: anything not for the playground is refused and recorded (the test expects none).
    await context.route(/.*/, async (route) => {
      const url = route.request().url();
      if (url.startsWith(session.url) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    await context.addInitScript(plantPayloads, PAYLOADS);
    ({ page, pane } = await openPlayground(session, { example: true }));
  }, 600_000);

  afterAll(async () => {
    await session?.close();
  });

  it("opens on the Cartera with the payload names as plain text, and nothing ran", async () => {
    await pane.waitForSelector(".vam-client-card");
    expect(await clientCard(pane, PAYLOADS.name).count()).toBe(1);
    expect(await clientCard(pane, PAYLOADS.secondName).count()).toBe(1);
    expect(await pane.locator("#vam-main img, #vam-main svg, #vam-main script, #vam-main iframe").count()).toBe(0);
    expect(await anyPayloadRan(page, pane)).toBe(false);
    await screenshot(page, "09-hostile-cartera");
  });

  it("shows the payloads as text in the client view and in Revisión del plan", async () => {
    await clientCard(pane, PAYLOADS.name).locator(".vam-client-name").click();
    expect(await pane.textContent("h2")).toBe(PAYLOADS.name);
    expect(await pane.textContent(".vam-client-facts")).toContain(PAYLOADS.owner);
    await openSection(pane, "Revisión del plan");
    const findings = (await pane.locator(".vam-finding-text").allTextContents()).join("\n");
    expect(findings).toContain(`«${PAYLOADS.action}»`);
    expect(findings).toContain(`«${PAYLOADS.disappointment}»`);
    expect(await pane.locator("#vam-main img, #vam-main svg, #vam-main script, #vam-main iframe").count()).toBe(0);
    await screenshot(page, "10-hostile-review");
    expect(await anyPayloadRan(page, pane)).toBe(false);
  });

  it("shows the payloads as text in the playground's workbook view too", async () => {
    await page.waitForSelector(`.pg-tab[data-sheet="${PAYLOADS.sheet}"]`);
    await page.click(`.pg-tab[data-sheet="${PAYLOADS.sheet}"]`);
    await page.waitForSelector(`.pg-cell[title="${PAYLOADS.name}"]`);
    expect(
      await page
        .locator("#pg-workbook-view img, #pg-workbook-view svg, #pg-workbook-view script, #pg-workbook-view iframe")
        .count(),
    ).toBe(0);
    expect(await anyPayloadRan(page, pane)).toBe(false);
  });

  it("keeps the Content-Security-Policy in force: an injected inline script is blocked and reported", async () => {
    const policy = await pane.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    const violation = await pane.evaluate(
      () =>
        new Promise<{ directive: string; ran: boolean }>((resolve) => {
          document.addEventListener(
            "securitypolicyviolation",
            (event) =>
              resolve({
                directive: event.effectiveDirective,
                ran: (window as unknown as { __inlineRan?: number }).__inlineRan === 1,
              }),
            { once: true },
          );
          const script = document.createElement("script");
          script.textContent = "window.__inlineRan = 1";
          document.body.append(script);
        }),
    );
    expect(violation).toEqual({ directive: "script-src-elem", ran: false });
    expect(await pane.evaluate(() => (window as unknown as { __inlineRan?: number }).__inlineRan)).toBeUndefined();
  });

  it("sent no request outside the playground's own origin", () => {
    expect(requests.length).toBeGreaterThan(5);
    expect(blocked).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(session.url) && !/^(blob|data):/.test(url))).toEqual([]);
  });
});
