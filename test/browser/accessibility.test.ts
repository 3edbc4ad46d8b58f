/**
 * Every view of the pane, in both languages and in Office's light and dark themes, checked with axe-core
 * (WCAG 2.1 A and AA rules plus best practices): labels, roles, names, contrast. Views are reached the way a
 * person reaches them, with texts from the catalogue of the language shown, so both languages run the same
 * steps. axe runs in the pane frame through the test driver, which the pane's Content-Security-Policy does not
 * govern; nothing is added to the pane itself. The matrix is in docs/ARCHITECTURE.md (Accessibility coverage).
 */
import { readFileSync } from "node:fs";
import type { Frame, Page } from "playwright-core";
import { translate } from "../../src/i18n/catalogue";
import { MESSAGES } from "../../src/i18n/messages";
import { browserAvailable, openPlayground, screenshot, startSession, type BrowserSession } from "./browser-harness";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly targets: readonly string[];
  /** Each element's markup and axe's reason (e.g. the colours and the contrast it measured). */
  readonly details: readonly string[];
}

/** axe's violations on the pane's document, with the elements they concern. */
async function violations(pane: Frame): Promise<Violation[]> {
  if (!(await pane.evaluate(() => "axe" in window))) await pane.evaluate(AXE_SOURCE);
  return pane.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: Array<{
              id: string;
              impact: string | null;
              nodes: Array<{ target: string[]; html: string; failureSummary?: string }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(" ")),
      details: v.nodes.map((n) => `${n.html} ${n.failureSummary ?? ""}`),
    }));
  });
}

type OfficeLanguage = "es-ES" | "en-US";
type Theme = "light" | "dark";

/** What a step needs: the pane, and the catalogue's text for `code` in the language the pane shows. */
interface StepContext {
  readonly pane: Frame;
  readonly say: (code: string) => string;
}

/** Opens a navigation section by its data-section, whatever the language. */
async function openSection(pane: Frame, section: string): Promise<void> {
  await pane.click(`#vam-nav button[data-section="${section}"]`);
  await pane.waitForSelector(`#vam-nav button[data-section="${section}"][aria-current="page"]`);
}

/** Clicks the button whose text is exactly the catalogue's `code`. */
async function clickButton({ pane, say }: StepContext, code: string): Promise<void> {
  await pane.click(`button:text-is("${say(code)}")`);
}

/** A co-author deletes the first client's actions table, so Revisión del plan offers Repair. */
async function deleteActionsTable(pane: Frame): Promise<void> {
  await pane.evaluate(() =>
    (
      window as unknown as {
        __vamPlayground: { asCoauthor(b: (c: Excel.RequestContext) => Promise<void>): Promise<void> };
      }
    ).__vamPlayground.asCoauthor(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      const actions = tables.items.find((table) => table.name.startsWith("vamAcciones_"));
      if (actions === undefined) throw new Error("the example plan has no actions table");
      actions.delete();
      await context.sync();
    }),
  );
}

const BAD_ROWS_CSV = [
  "Cliente;Responsable;Conocimiento;Confianza",
  "Hotel Atlántico;Ana Ruiz;7;6",
  ";Luis Gómez;5;5",
].join("\r\n");

/**
 * The views in the order a person could open them in one session (later steps change the plan: an import,
 * an archived client, a deleted table). Each waits for what it opens; axe runs once it is shown.
 */
const VIEW_STEPS: ReadonlyArray<readonly [string, (c: StepContext) => Promise<void>]> = [
  ["Cartera", async ({ pane }) => openSection(pane, "portfolio")],
  ["client view", async ({ pane }) => pane.locator(".vam-client-name").first().click()],
  ["Revisión del plan", async ({ pane }) => openSection(pane, "review")],
  ["Importar", async ({ pane }) => openSection(pane, "import")],
  [
    "Importar, with the per-row report",
    async (c) => {
      await c.pane.fill("#vam-import-paste", BAD_ROWS_CSV);
      await c.pane.click('form button[type="submit"]');
      await c.pane.waitForSelector(".vam-import-result table");
    },
  ],
  ["Archivados, none archived", async ({ pane }) => openSection(pane, "archive")],
  ["Plan", async ({ pane }) => openSection(pane, "setup")],
  [
    "Nuevo año's confirmation",
    async (c) => {
      await openSection(c.pane, "setup");
      await clickButton(c, "ui.yearEnd.open");
      await c.pane.waitForSelector(".vam-year-end-list");
    },
  ],
  [
    "add client, with field errors",
    async (c) => {
      await openSection(c.pane, "portfolio");
      await clickButton(c, "ui.portfolio.addClient");
      await c.pane.click('form button[type="submit"]');
      await c.pane.waitForSelector('[aria-invalid="true"]');
    },
  ],
  [
    "Archivados, with a client archived and its deletion being confirmed",
    async (c) => {
      await openSection(c.pane, "portfolio");
      await c.pane.locator(".vam-client-name").last().click();
      await clickButton(c, "ui.client.archive");
      await c.pane.waitForSelector(`#vam-nav button[data-section="portfolio"][aria-current="page"]`);
      await openSection(c.pane, "archive");
      await c.pane.waitForSelector(".vam-archived-list");
      await clickButton(c, "ui.archive.delete");
      await c.pane.waitForSelector('input[id^="vam-confirm-"]');
    },
  ],
  [
    "Revisión del plan, with a deleted table to repair",
    async (c) => {
      await deleteActionsTable(c.pane);
      await openSection(c.pane, "review");
      await c.pane.waitForSelector(".vam-structure-group button");
    },
  ],
];

const LANGUAGES: ReadonlyArray<readonly [OfficeLanguage, "es" | "en"]> = [
  ["es-ES", "es"],
  ["en-US", "en"],
];
const THEMES: readonly Theme[] = ["light", "dark"];
const COMBINATIONS = LANGUAGES.flatMap(([office, language]) =>
  THEMES.map((theme) => [office, language, theme] as const),
);

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser("the pane's views with axe-core", () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await startSession();
  }, 600_000);

  afterAll(async () => {
    await session?.close();
  });

  describe.each(COMBINATIONS)("with Office in %s (pane in %s), %s theme", (office, language, theme) => {
    const say = (code: string): string => translate(MESSAGES, code, language);
    const suffix = language === "es" ? theme : `${theme}-${language}`;
    let page: Page;
    let pane: Frame;

    beforeAll(async () => {
      ({ page, pane } = await openPlayground(session, { lang: office, theme, example: true }));
      await pane.waitForSelector(".vam-client-card");
    }, 120_000);

    afterAll(async () => {
      await page?.close();
    });

    it("follows the Office theme and display language", async () => {
      expect(await pane.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect(await pane.evaluate(() => document.documentElement.lang)).toBe(language);
      await screenshot(page, `11-cartera-${suffix}`);
    });

    it("has no axe violation on Set up plan, in a workbook without a plan", async () => {
      const fresh = await openPlayground(session, { lang: office, theme });
      try {
        await fresh.pane.waitForSelector("#vam-setup-year");
        expect(await fresh.pane.textContent("h2")).toBe(say("ui.setup.title"));
        expect(await violations(fresh.pane)).toEqual([]);
      } finally {
        await fresh.page.close();
      }
    });

    it.each(VIEW_STEPS)("has no axe violation on %s", async (_view, open) => {
      await open({ pane, say });
      await pane.waitForSelector(".vam-view-title");
      expect(await violations(pane)).toEqual([]);
    });
  });
});
