/**
 * Every main view of the pane, in Office's light and dark themes, checked with axe-core (WCAG 2.1 A and AA
 * rules plus best practices): labels, roles, names, contrast. axe runs in the pane frame through the test
 * driver, which the pane's Content-Security-Policy does not govern; nothing is added to the pane itself.
 */
import { readFileSync } from "node:fs";
import type { Frame, Page } from "playwright-core";
import { browserAvailable, openPlayground, screenshot, startSession, type BrowserSession } from "./browser-harness";
import { openSection } from "./pane-driver";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly targets: readonly string[];
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
          ): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describe.each(["light", "dark"] as const)("the pane's views in Office's %s theme", (theme) => {
  describeInBrowser("with axe-core", () => {
    let session: BrowserSession;
    let page: Page;
    let pane: Frame;

    beforeAll(async () => {
      session = await startSession();
      ({ page, pane } = await openPlayground(session, { theme, example: true }));
      await pane.waitForSelector(".vam-client-card");
    }, 600_000);

    afterAll(async () => {
      await session?.close();
    });

    it("follows the Office theme", async () => {
      expect(await pane.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await screenshot(page, `11-cartera-${theme}`);
    });

    it.each([
      ["Cartera", async () => openSection(pane, "Cartera")],
      ["client view", async () => pane.locator(".vam-client-name").first().click()],
      ["Revisión del plan", async () => openSection(pane, "Revisión del plan")],
      ["Importar", async () => openSection(pane, "Importar")],
      ["Archivados", async () => openSection(pane, "Archivados")],
      ["Plan", async () => openSection(pane, "Plan")],
      [
        "Nuevo año's confirmation",
        async () => {
          await openSection(pane, "Plan");
          await pane.click('button:text-is("Preparar Nuevo año…")');
          await pane.waitForSelector(".vam-year-end-list");
        },
      ],
      [
        "add client, with field errors",
        async () => {
          await openSection(pane, "Cartera");
          await pane.click('button:text-is("Añadir cliente")');
          await pane.click('form button[type="submit"]');
          await pane.waitForSelector('[aria-invalid="true"]');
        },
      ],
    ])("has no axe violation on %s", async (_view, open) => {
      await open();
      await pane.waitForSelector(".vam-view-title");
      expect(await violations(pane)).toEqual([]);
    });
  });
});
