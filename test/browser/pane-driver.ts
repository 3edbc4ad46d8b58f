/** Steps a person takes in the pane, for the browser tests: each waits for what the pane shows after it. */
import type { Frame, Page } from "playwright-core";

/** Waits until the status live region says something containing `text`. */
export async function statusSays(pane: Frame, text: string): Promise<void> {
  await pane.waitForFunction((t) => (document.getElementById("vam-status")?.textContent ?? "").includes(t), text);
}

/** Opens a navigation section by its label. */
export async function openSection(pane: Frame, label: string): Promise<void> {
  await pane.click(`#vam-nav button:text-is("${label}")`);
  await pane.waitForSelector(`#vam-nav button[aria-current="page"]:text-is("${label}")`);
}

/** The card of the client called `name` on the Cartera view (exact text of its name button). */
export function clientCard(pane: Frame, name: string) {
  return pane.locator(".vam-client-card", { has: pane.locator(".vam-client-name", { hasText: name }) });
}

/** Adds a client through the add-client form (mouse and keyboard as a person would). */
export async function addClient(
  pane: Frame,
  name: string,
  scores: { knowledge?: string; trust?: string } = {},
): Promise<void> {
  await openSection(pane, "Cartera");
  await pane.click('button:text-is("Añadir cliente")');
  await pane.fill("#vam-client-name", name);
  if (scores.knowledge !== undefined) await pane.fill("#vam-client-knowledge", scores.knowledge);
  if (scores.trust !== undefined) await pane.fill("#vam-client-trust", scores.trust);
  await pane.click('form button[type="submit"]');
  await statusSays(pane, "añadido");
  await pane.waitForSelector(".vam-client-card");
}

/** What the focused element must be: its id, or the exact text of a button. */
export type FocusTarget = { readonly id: string } | { readonly buttonText: string };

/** Presses Tab in `page` until the focused element of `pane` is `target`, at most `limit` times. */
export async function tabUntil(page: Page, pane: Frame, target: FocusTarget, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    const found = await pane.evaluate((wanted) => {
      const element = document.activeElement;
      if (element === null || element === document.body) return false;
      if ("id" in wanted) return element.id === wanted.id;
      return element.tagName === "BUTTON" && element.textContent === wanted.buttonText;
    }, target);
    if (found) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}

/** Whether any window of the page (the playground or the pane frame) had a payload run. */
export async function anyPayloadRan(page: Page, pane: Frame): Promise<boolean> {
  const flags = await Promise.all(
    [page, pane].map((target) => target.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)),
  );
  return flags.some((flag) => flag !== undefined);
}
