/**
 * Nuevo año: reads what would happen (the use case's preview, nothing changed), says it in full, and closes
 * the year only when the user confirms — with progress, and the same button finishing a run that failed.
 */
import { h, replaceChildren, viewHeading } from "./dom";
import { button } from "./form-fields";
import { errorText, issuesText } from "./issue-text";
import { t } from "./pane-messages";
import type { YearEndOutcome } from "./pane-services";
import type { ViewContext, ViewHandle } from "./view-context";
import { yearEndDoneText, yearEndModel } from "./year-end-model";

/** The confirmation for `outcome`, after the preview's `warnings`; `close` runs Nuevo año. */
function confirmation(
  ctx: ViewContext,
  outcome: YearEndOutcome,
  warnings: readonly string[],
  close: () => void,
): HTMLElement[] {
  const model = yearEndModel(outcome, ctx.language);
  const notes = [...warnings, ...(model.resumedNote === null ? [] : [model.resumedNote])];
  return [
    ...notes.map((note) => h("p", { className: "vam-warning" }, note)),
    h("ul", { className: "vam-year-end-list" }, ...model.lines.map((line) => h("li", {}, line))),
    h(
      "div",
      { className: "vam-actions" },
      button(model.confirmText, close, { primary: true }),
      button(t("ui.cancel", ctx.language), () => ctx.navigate({ view: "setup" })),
    ),
  ];
}

/** What the view says when the preview could not be read, with a way to ask again. */
function previewFailed(ctx: ViewContext, lines: readonly string[], again: () => void): HTMLElement[] {
  return [
    ...lines.map((line) => h("p", { className: "vam-warning" }, line)),
    h("div", { className: "vam-actions" }, button(t("ui.retry", ctx.language), again)),
  ];
}

/**
 * The Nuevo año view; it asks the workbook when opened, and again after a failed attempt (which then offers
 * to finish what the failed run began). A preview that cannot be read after a failed attempt leaves the
 * confirmation as it was: the alert already says what happened.
 */
export function yearEndView(ctx: ViewContext): ViewHandle {
  const say = (code: string, params?: Record<string, string | number>) => t(code, ctx.language, params);
  const year = ctx.data?.plan.year ?? 0;
  const title = viewHeading(say("ui.yearEnd.title", { year, next: year + 1 }));
  const body = h(
    "div",
    { attrs: { "aria-live": "polite" } },
    h("p", { className: "vam-loading" }, say("ui.yearEnd.loading")),
  );
  let confirming = false;
  const close = async (fromYear: number): Promise<void> => {
    const result = await ctx.run((onProgress) => ctx.services.closeYear(fromYear, onProgress));
    if (result?.ok !== true) {
      await load();
      return;
    }
    ctx.announce(yearEndDoneText(result.value, ctx.language));
    ctx.navigate({ view: "portfolio" });
  };
  const load = async (): Promise<void> => {
    let lines: readonly string[];
    try {
      const preview = await ctx.services.previewYearEnd();
      if (preview.ok) {
        const { fromYear, toYear } = preview.value.summary;
        title.textContent = say("ui.yearEnd.title", { year: fromYear, next: toYear });
        const warnings = issuesText(preview.warnings, ctx.language);
        replaceChildren(body, ...confirmation(ctx, preview.value, warnings, () => void close(fromYear)));
        confirming = true;
        return;
      }
      lines = issuesText(preview.issues, ctx.language);
    } catch (e: unknown) {
      // The December chunk did not load (a dropped connection): say so, and let the user ask again.
      lines = [errorText(e, ctx.language)];
    }
    if (!confirming) replaceChildren(body, ...previewFailed(ctx, lines, () => void load()));
  };
  void load();
  return { element: h("section", { className: "vam-view" }, title, body) };
}
