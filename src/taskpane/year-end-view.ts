/**
 * Nuevo año: reads what would happen (the use case's preview, nothing changed), says it in full, and closes
 * the year only when the user confirms — with progress, and the same button finishing a run that failed.
 */
import { h, replaceChildren, viewHeading } from "./dom";
import { button } from "./form-fields";
import { issuesText } from "./issue-text";
import { t } from "./pane-messages";
import type { YearEndOutcome } from "./pane-services";
import type { ViewContext, ViewHandle } from "./view-context";
import { yearEndDoneText, yearEndModel } from "./year-end-model";

/** The confirmation for `outcome`; `close` runs Nuevo año. */
function confirmation(ctx: ViewContext, outcome: YearEndOutcome, close: () => void): HTMLElement[] {
  const model = yearEndModel(outcome, ctx.language);
  return [
    ...(model.resumedNote === null ? [] : [h("p", { className: "vam-warning" }, model.resumedNote)]),
    h("ul", { className: "vam-year-end-list" }, ...model.lines.map((line) => h("li", {}, line))),
    h(
      "div",
      { className: "vam-actions" },
      button(model.confirmText, close, { primary: true }),
      button(t("ui.cancel", ctx.language), () => ctx.navigate({ view: "setup" })),
    ),
  ];
}

/** The Nuevo año view; it asks the workbook when opened, and again after each attempt. */
export function yearEndView(ctx: ViewContext): ViewHandle {
  const say = (code: string, params?: Record<string, string | number>) => t(code, ctx.language, params);
  const year = ctx.data?.plan.year ?? 0;
  const title = viewHeading(say("ui.yearEnd.title", { year, next: year + 1 }));
  const body = h(
    "div",
    { attrs: { "aria-live": "polite" } },
    h("p", { className: "vam-loading" }, say("ui.yearEnd.loading")),
  );
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
    const preview = await ctx.services.previewYearEnd();
    if (!preview.ok) {
      replaceChildren(
        body,
        ...issuesText(preview.issues, ctx.language).map((line) => h("p", { className: "vam-warning" }, line)),
      );
      return;
    }
    const { summary } = preview.value;
    title.textContent = say("ui.yearEnd.title", { year: summary.fromYear, next: summary.toYear });
    const warnings = issuesText(preview.warnings, ctx.language).map((line) =>
      h("p", { className: "vam-warning" }, line),
    );
    replaceChildren(body, ...warnings, ...confirmation(ctx, preview.value, () => void close(summary.fromYear)));
  };
  load().catch((e: unknown) => console.error("VAM: Nuevo año preview failed", e instanceof Error ? e.message : e));
  return { element: h("section", { className: "vam-view" }, title, body) };
}
