/**
 * Set up plan: year (next year from October on), target score and workbook language; with a plan, also its
 * year tools (snapshot of every client, Nuevo año).
 */
import type { Plan } from "../domain/plan";
import { h, viewHeading } from "./dom";
import { formActions, paneForm, selectField, showFieldIssues, textField } from "./form-fields";
import { issueText } from "./issue-text";
import { t } from "./pane-messages";
import { planTools } from "./plan-tools-view";
import { readSetupForm, setupFormDefaults } from "./setup-model";
import type { ViewContext, ViewHandle } from "./view-context";

type Say = (code: string, params?: Record<string, string | number>) => string;

/** The form's fields, filled with the plan's settings, or with the defaults when there is no plan. */
function setupFields(ctx: ViewContext, plan: Plan | undefined, say: Say) {
  const defaults = setupFormDefaults(ctx.today, ctx.language);
  const languages = [
    ["es", say("ui.language.es")],
    ["en", say("ui.language.en")],
  ] as const;
  return {
    year: textField("vam-setup-year", say("ui.setup.year"), {
      value: plan === undefined ? defaults.year : String(plan.year),
      inputMode: "numeric",
      required: true,
      maxLength: 4,
    }),
    target: textField("vam-setup-target", say("ui.setup.target"), {
      value: plan === undefined ? defaults.target : String(plan.targetScore),
      inputMode: "numeric",
      required: true,
      maxLength: 2,
    }),
    language: selectField(
      "vam-setup-language",
      say("ui.setup.language"),
      languages,
      plan?.language ?? defaults.language,
    ),
  };
}

/** The set-up view; with a plan already in the workbook it shows its settings and re-applies idempotently. */
export function setupView(ctx: ViewContext): ViewHandle {
  const say: Say = (code, params) => t(code, ctx.language, params);
  const plan = ctx.data?.plan;
  const fields = setupFields(ctx, plan, say);
  const submit = async (): Promise<void> => {
    const read = readSetupForm({
      year: fields.year.control.value,
      target: fields.target.control.value,
      language: fields.language.control.value,
    });
    showFieldIssues(
      fields,
      read.ok ? new Map() : new Map(read.issues.map((i) => [i.path, issueText(i, ctx.language)])),
    );
    if (!read.ok) {
      ctx.announce(say("ui.form.fix"));
      return;
    }
    const result = await ctx.run((onProgress) => ctx.services.setUpPlan(read.value, onProgress));
    if (result === null || !result.ok) return;
    ctx.announce(say("ui.setup.done", { year: read.value.year }));
    ctx.navigate({ view: "portfolio" });
  };
  const intro =
    plan === undefined ? say("ui.setup.intro") : say("ui.setup.current", { year: plan.year, target: plan.targetScore });
  const title = viewHeading(say("ui.setup.title"));
  title.id = "vam-setup-title";
  const form = paneForm(
    { labelledBy: title.id },
    submit,
    ...Object.values(fields).map((f) => f.wrapper),
    formActions(say("ui.setup.submit")),
  );
  const tools = plan === undefined ? [] : planTools(ctx, plan);
  return { element: h("section", { className: "vam-view" }, title, h("p", {}, intro), form, ...tools) };
}
