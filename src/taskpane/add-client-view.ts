/**
 * The add-client form: whom the plan is for first (a client, my manager, my peers, my team), with the name and
 * score questions worded for it; inline validation with the domain's messages, then the addClient use case.
 */
import type { ClientKind, Direction } from "../domain/plan";
import { VER_DIRECTION_TEXT } from "../i18n/direction-text";
import { CLIENT_KIND, DIRECTION, labelOf } from "../i18n/vocabulary";
import { EMPTY_CLIENT_FORM, issuesByField, readClientForm, type ClientFormInput } from "./client-form-model";
import { h, viewHeading } from "./dom";
import { button, formActions, paneForm, selectField, showFieldIssues, textField } from "./form-fields";
import { issueText } from "./issue-text";
import type { AppIssue } from "../app/result";
import { t } from "./pane-messages";
import { DIRECTION_ORDER } from "./portfolio-model";
import type { ViewContext, ViewHandle } from "./view-context";

type Say = (code: string) => string;

/** Sheet tabs hold 31 characters (longer names are shortened there); this only stops runaway pastes. */
const NAME_MAX_LENGTH = 255;

const KINDS: readonly ClientKind[] = ["external", "internal"];

/** The name field's label for a direction: the client's name, your manager's, your peers', your team's. */
function nameLabel(direction: Direction, say: Say): string {
  return say(direction === "client" ? "ui.addClient.name" : `ui.addClient.name.${direction}`);
}

function clientFields(ctx: ViewContext, say: Say) {
  const directions = DIRECTION_ORDER.map((d) => [d, labelOf(DIRECTION, ctx.language, d)] as const);
  const kinds = KINDS.map((k) => [k, labelOf(CLIENT_KIND, ctx.language, k)] as const);
  const start = EMPTY_CLIENT_FORM.direction;
  const question = (kind: "knowledge" | "trust") => VER_DIRECTION_TEXT[kind][start][ctx.language];
  return {
    direction: selectField("vam-client-direction", say("ui.addClient.direction"), directions, start),
    name: textField("vam-client-name", nameLabel(start, say), { required: true, maxLength: NAME_MAX_LENGTH }),
    owner: textField("vam-client-owner", say("ui.addClient.owner"), { autocomplete: "name" }),
    sector: textField("vam-client-sector", say("ui.addClient.sector")),
    kind: selectField("vam-client-kind", say("ui.addClient.kind"), kinds, EMPTY_CLIENT_FORM.kind),
    knowledge: textField("vam-client-knowledge", say("ui.addClient.knowledge"), {
      inputMode: "numeric",
      maxLength: 3,
      hint: question("knowledge"),
    }),
    trust: textField("vam-client-trust", say("ui.addClient.trust"), {
      inputMode: "numeric",
      maxLength: 3,
      hint: question("trust"),
    }),
  };
}

type ClientFields = ReturnType<typeof clientFields>;

/** Words the form fits to whom the plan is for (DESIGN §1: the four directions), as the sheets will. */
function fitWording(ctx: ViewContext, fields: ClientFields, say: Say): void {
  const direction = fields.direction.control.value as Direction;
  const set = (wrapper: HTMLElement, selector: string, text: string): void => {
    const element = wrapper.querySelector(selector);
    if (element !== null) element.textContent = text;
  };
  set(fields.name.wrapper, "label", nameLabel(direction, say));
  set(fields.knowledge.wrapper, ".vam-field-hint", VER_DIRECTION_TEXT.knowledge[direction][ctx.language]);
  set(fields.trust.wrapper, ".vam-field-hint", VER_DIRECTION_TEXT.trust[direction][ctx.language]);
}

function formInput(fields: ClientFields): ClientFormInput {
  return {
    name: fields.name.control.value,
    owner: fields.owner.control.value,
    sector: fields.sector.control.value,
    direction: fields.direction.control.value as Direction,
    kind: fields.kind.control.value as ClientKind,
    knowledge: fields.knowledge.control.value,
    trust: fields.trust.control.value,
  };
}

/** Each field's message for `issues` (paths are field names); the first issue of a field wins. */
function fieldMessages(
  issues: readonly Pick<AppIssue, "code" | "params" | "path">[],
  ctx: ViewContext,
): Map<string, string> {
  const withPaths = issues.map((i) => ({ code: i.code, path: i.path ?? "", params: i.params }));
  return new Map([...issuesByField(withPaths)].map(([path, issue]) => [path, issueText(issue, ctx.language)]));
}

/** The add-client view. */
export function addClientView(ctx: ViewContext): ViewHandle {
  const say: Say = (code) => t(code, ctx.language);
  const fields = clientFields(ctx, say);
  fields.direction.control.addEventListener("change", () => fitWording(ctx, fields, say));
  const submit = async (): Promise<void> => {
    const read = readClientForm(formInput(fields), ctx.data?.plan.clients.map((c) => c.name) ?? []);
    showFieldIssues(fields, read.ok ? new Map() : fieldMessages(read.issues, ctx));
    if (!read.ok) {
      ctx.announce(say("ui.form.fix"));
      return;
    }
    const result = await ctx.run((onProgress) => ctx.services.addClient(read.value, onProgress));
    if (result === null) return;
    if (!result.ok) {
      showFieldIssues(fields, fieldMessages(result.issues, ctx));
      return;
    }
    ctx.announce(t("ui.addClient.added", ctx.language, { name: read.value.name }));
    ctx.navigate({ view: "portfolio" });
  };
  const title = viewHeading(say("ui.addClient.title"));
  title.id = "vam-add-client-title";
  const form = paneForm(
    { labelledBy: title.id },
    submit,
    ...Object.values(fields).map((f) => f.wrapper),
    formActions(
      say("ui.addClient.submit"),
      button(say("ui.cancel"), () => ctx.navigate({ view: "portfolio" })),
    ),
  );
  return { element: h("section", { className: "vam-view" }, title, form) };
}
