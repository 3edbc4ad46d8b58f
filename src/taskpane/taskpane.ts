/**
 * Task pane bootstrap: waits for Office, picks the language from Office's display language and fills the
 * shell. The plan, portfolio and client views mount here later (their own issue).
 */
import type { PlanLanguage } from "../domain/plan";
import { languageFromTag } from "../i18n/catalogue";
import { t } from "../i18n/messages";

/** Writes `text` into the element `id` as text (never markup: workbook content is untrusted input). */
function setText(doc: Document, id: string, text: string): void {
  const element = doc.getElementById(id);
  if (element === null) throw new Error(`taskpane.html has no #${id}`);
  element.textContent = text;
}

/** Fills the shell's title and greeting in `language`; `insideOffice` is false when opened in a plain browser. */
export function renderShell(doc: Document, language: PlanLanguage, insideOffice: boolean): void {
  doc.documentElement.lang = language;
  doc.title = t("shell.title", language);
  setText(doc, "vam-title", t("shell.title", language));
  setText(doc, "vam-greeting", t(insideOffice ? "shell.greeting" : "shell.outsideOffice", language));
}

Office.onReady()
  .then((info) => {
    // Office.onReady resolves with host null when the page is not running inside an Office application.
    const insideOffice = info.host !== null;
    const tag = insideOffice ? Office.context.displayLanguage : navigator.language;
    renderShell(document, languageFromTag(tag), insideOffice);
  })
  .catch((e: unknown) => {
    console.error("VAM task pane failed to start", e instanceof Error ? e.message : e);
  });
