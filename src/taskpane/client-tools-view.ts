/** The client view's less frequent tools: the report to share, and renaming the client. */
import type { Client } from "../domain/plan";
import type { AppIssue } from "../app/result";
import { h } from "./dom";
import { formActions, paneForm, showFieldIssues, textField } from "./form-fields";
import { issueText } from "./issue-text";
import { t } from "./pane-messages";
import type { ViewContext } from "./view-context";

type Say = (code: string, params?: Record<string, string | number>) => string;

/** Names the add-client form stops at; sheet tabs show 31 characters (longer names are shortened there). */
const NAME_MAX_LENGTH = 255;

/** Informe para compartir: adds or refreshes the client's report sheet and shows it. */
function reportCard(ctx: ViewContext, client: Client, say: Say): HTMLElement {
  const submit = async (): Promise<void> => {
    const result = await ctx.run(() => ctx.services.shareReport(client.id));
    if (result?.ok !== true) return;
    const { sheetName, confidentialRows, people } = result.value;
    ctx.announce(say("ui.report.done", { sheet: sheetName, rows: confidentialRows, people }));
  };
  const heading = h("h3", { id: "vam-report-title", className: "vam-card-title" }, say("ui.report.title"));
  return paneForm(
    { className: "vam-form vam-card", labelledBy: heading.id },
    submit,
    heading,
    h("p", {}, say("ui.report.help", { name: client.name })),
    formActions(say("ui.report.submit")),
  );
}

/** The issue of a rename the name field shows (a blank or repeated name); others go to the alert. */
function nameIssue(issues: readonly AppIssue[], ctx: ViewContext): string | undefined {
  const issue = issues.find((i) => i.path === "name");
  return issue === undefined ? undefined : issueText(issue, ctx.language);
}

/** Rename: the name cell and the three sheets (the use case checks the name like the add-client form). */
function renameCard(ctx: ViewContext, client: Client, say: Say): HTMLElement {
  const name = textField("vam-rename-name", say("ui.client.newName"), {
    value: client.name,
    required: true,
    maxLength: NAME_MAX_LENGTH,
  });
  const submit = async (): Promise<void> => {
    const wanted = name.control.value.trim();
    showFieldIssues({ name }, new Map());
    const result = await ctx.run(() => ctx.services.renameClient(client.id, wanted));
    if (result === null) return;
    if (!result.ok) {
      const message = nameIssue(result.issues, ctx);
      if (message !== undefined) showFieldIssues({ name }, new Map([["name", message]]));
      return;
    }
    ctx.announce(say("ui.client.renamed", { name: wanted, sheet: result.value["ver"] ?? "" }));
  };
  const heading = h("h3", { id: "vam-rename-title", className: "vam-card-title" }, say("ui.client.rename"));
  return paneForm(
    { className: "vam-form vam-card", labelledBy: heading.id },
    submit,
    heading,
    name.wrapper,
    formActions(say("ui.client.renameSubmit")),
  );
}

/** The report and rename cards of `client`. */
export function clientTools(ctx: ViewContext, client: Client): HTMLElement[] {
  const say: Say = (code, params) => t(code, ctx.language, params);
  return [reportCard(ctx, client, say), renameCard(ctx, client, say)];
}
