/** The plan view's year tools: a score snapshot of every active client, and the way into Nuevo año. */
import type { Plan } from "../domain/plan";
import { defaultSnapshotPeriod } from "./action-form-model";
import { h } from "./dom";
import { button, formActions, paneForm, showFieldIssues, textField } from "./form-fields";
import { t } from "./pane-messages";
import type { ViewContext } from "./view-context";

type Say = (code: string, params?: Record<string, string | number>) => string;

function card(id: string, title: string, ...children: (HTMLElement | null)[]): HTMLElement {
  const heading = h("h3", { id, className: "vam-card-title" }, title);
  return h("section", { className: "vam-card", attrs: { "aria-labelledby": id } }, heading, ...children);
}

/** Saves today's scores of every active client in their histories (the use case picks them). */
function snapshotAllCard(ctx: ViewContext, say: Say): HTMLElement {
  const example = defaultSnapshotPeriod(ctx.today, ctx.language);
  const period = textField("vam-snapshot-all-period", say("ui.client.period"), {
    value: example,
    required: true,
    maxLength: 60,
  });
  const note = textField("vam-snapshot-all-note", say("ui.client.note"), { maxLength: 500 });
  const submit = async (): Promise<void> => {
    const text = period.control.value.trim();
    const issue = text === "" ? say("ui.client.periodRequired", { example }) : null;
    showFieldIssues({ period }, new Map(issue === null ? [] : [["period", issue]]));
    if (text === "") return;
    const request = { clientIds: "all" as const, period: text, note: note.control.value.trim() };
    const result = await ctx.run(() => ctx.services.saveScoreSnapshot(request));
    if (result?.ok !== true) return;
    ctx.announce(say("ui.snapshotAll.done", { period: text, count: result.value.length }));
  };
  const form = paneForm(
    { labelledBy: "vam-snapshot-all-title" },
    submit,
    period.wrapper,
    note.wrapper,
    formActions(say("ui.snapshotAll.submit")),
  );
  return card("vam-snapshot-all-title", say("ui.snapshotAll.title"), h("p", {}, say("ui.snapshotAll.help")), form);
}

/** Says what Nuevo año is and opens its confirmation. */
function yearEndCard(ctx: ViewContext, plan: Plan, say: Say): HTMLElement {
  const help = say("ui.yearEnd.cardHelp", { year: plan.year, next: plan.year + 1 });
  const open = button(say("ui.yearEnd.open"), () => ctx.navigate({ view: "yearEnd" }));
  return card(
    "vam-year-end-title",
    say("ui.yearEnd.card"),
    h("p", {}, help),
    h("div", { className: "vam-actions" }, open),
  );
}

/** The year tools for `plan`. */
export function planTools(ctx: ViewContext, plan: Plan): HTMLElement[] {
  const say: Say = (code, params) => t(code, ctx.language, params);
  return [snapshotAllCard(ctx, say), yearEndCard(ctx, plan, say)];
}
