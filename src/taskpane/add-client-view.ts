/** The add-client form: inline validation with the domain's messages, then the addClient use case. */
import type { ClientKind, Direction } from "../domain/plan";
import { t } from "./pane-messages";
import { CLIENT_KIND, DIRECTION, labelOf } from "../i18n/vocabulary";
import { EMPTY_CLIENT_FORM, issuesByField, readClientForm } from "./client-form-model";
import { h, viewHeading } from "./dom";
import { button, selectField, showFieldIssues, textField } from "./form-fields";
import { issueText } from "./issue-text";
import { DIRECTION_ORDER } from "./portfolio-model";
import type { ViewContext, ViewHandle } from "./view-context";

/** Excel sheet tabs hold 31 characters; longer names are fine (they are shortened on the tabs), this only stops runaway pastes. */
const NAME_MAX_LENGTH = 255;

/** The add-client view. */
export function addClientView(ctx: ViewContext): ViewHandle {
  const say = (code: string, params?: Record<string, string | number>) => t(code, ctx.language, params);
  const kinds: readonly ClientKind[] = ["external", "internal"];
  const fields = {
    name: textField("vam-client-name", say("ui.addClient.name"), { required: true, maxLength: NAME_MAX_LENGTH }),
    owner: textField("vam-client-owner", say("ui.addClient.owner"), { autocomplete: "name" }),
    sector: textField("vam-client-sector", say("ui.addClient.sector")),
    direction: selectField(
      "vam-client-direction",
      say("ui.addClient.direction"),
      DIRECTION_ORDER.map((d) => [d, labelOf(DIRECTION, ctx.language, d)] as const),
      EMPTY_CLIENT_FORM.direction,
    ),
    kind: selectField(
      "vam-client-kind",
      say("ui.addClient.kind"),
      kinds.map((k) => [k, labelOf(CLIENT_KIND, ctx.language, k)] as const),
      EMPTY_CLIENT_FORM.kind,
    ),
    knowledge: textField("vam-client-knowledge", say("ui.addClient.knowledge"), { inputMode: "numeric", maxLength: 3 }),
    trust: textField("vam-client-trust", say("ui.addClient.trust"), { inputMode: "numeric", maxLength: 3 }),
  };
  const submit = async (): Promise<void> => {
    const existing = ctx.data?.plan.clients.map((c) => c.name) ?? [];
    const read = readClientForm(
      {
        name: fields.name.control.value,
        owner: fields.owner.control.value,
        sector: fields.sector.control.value,
        direction: fields.direction.control.value as Direction,
        kind: fields.kind.control.value as ClientKind,
        knowledge: fields.knowledge.control.value,
        trust: fields.trust.control.value,
      },
      existing,
    );
    if (!read.ok) {
      const messages = new Map(
        [...issuesByField(read.issues)].map(([path, issue]) => [path, issueText(issue, ctx.language)]),
      );
      showFieldIssues(fields, messages);
      ctx.announce(say("ui.form.fix"));
      return;
    }
    showFieldIssues(fields, new Map());
    const result = await ctx.run((onProgress) => ctx.services.addClient(read.value, onProgress));
    if (result === null) return;
    if (!result.ok) {
      const messages = new Map(
        [...issuesByField(result.issues.map((i) => ({ code: i.code, path: i.path ?? "", params: i.params })))].map(
          ([path, issue]) => [path, issueText(issue, ctx.language)],
        ),
      );
      showFieldIssues(fields, messages);
      return;
    }
    ctx.announce(say("ui.addClient.added", { name: read.value.name }));
    ctx.navigate({ view: "portfolio" });
  };
  const form = h(
    "form",
    {
      className: "vam-form",
      attrs: { novalidate: true, "aria-labelledby": "vam-add-client-title" },
      on: {
        submit: (event) => {
          event.preventDefault();
          void submit();
        },
      },
    },
    ...Object.values(fields).map((f) => f.wrapper),
    h(
      "div",
      { className: "vam-actions" },
      button(say("ui.addClient.submit"), null, { primary: true, type: "submit" }),
      button(say("ui.cancel"), () => ctx.navigate({ view: "portfolio" })),
    ),
  );
  const title = viewHeading(say("ui.addClient.title"));
  title.id = "vam-add-client-title";
  return { element: h("section", { className: "vam-view" }, title, form) };
}
