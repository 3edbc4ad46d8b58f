/** Set up plan: year (next year from October on), target score and workbook language. */
import { t } from "./pane-messages";
import { h, viewHeading } from "./dom";
import { button, selectField, showFieldIssues, textField } from "./form-fields";
import { issueText } from "./issue-text";
import { readSetupForm, setupFormDefaults } from "./setup-model";
import type { ViewContext, ViewHandle } from "./view-context";

/** The set-up view; with a plan already in the workbook it shows its settings and re-applies idempotently. */
export function setupView(ctx: ViewContext): ViewHandle {
  const say = (code: string, params?: Record<string, string | number>) => t(code, ctx.language, params);
  const plan = ctx.data?.plan;
  const defaults = setupFormDefaults(ctx.today, ctx.language);
  const fields = {
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
      [
        ["es", say("ui.language.es")],
        ["en", say("ui.language.en")],
      ],
      plan?.language ?? defaults.language,
    ),
  };
  const submit = async (): Promise<void> => {
    const read = readSetupForm({
      year: fields.year.control.value,
      target: fields.target.control.value,
      language: fields.language.control.value,
    });
    if (!read.ok) {
      showFieldIssues(fields, new Map(read.issues.map((issue) => [issue.path, issueText(issue, ctx.language)])));
      ctx.announce(say("ui.form.fix"));
      return;
    }
    showFieldIssues(fields, new Map());
    const result = await ctx.run((onProgress) => ctx.services.setUpPlan(read.value, onProgress));
    if (result === null || !result.ok) return;
    ctx.announce(say("ui.setup.done", { year: read.value.year }));
    ctx.navigate({ view: "portfolio" });
  };
  const intro =
    plan === undefined ? say("ui.setup.intro") : say("ui.setup.current", { year: plan.year, target: plan.targetScore });
  const title = viewHeading(say("ui.setup.title"));
  title.id = "vam-setup-title";
  const form = h(
    "form",
    {
      className: "vam-form",
      attrs: { novalidate: true, "aria-labelledby": title.id },
      on: {
        submit: (event) => {
          event.preventDefault();
          void submit();
        },
      },
    },
    fields.year.wrapper,
    fields.target.wrapper,
    fields.language.wrapper,
    h("div", { className: "vam-actions" }, button(say("ui.setup.submit"), null, { primary: true, type: "submit" })),
  );
  return { element: h("section", { className: "vam-view" }, title, h("p", {}, intro), form) };
}
