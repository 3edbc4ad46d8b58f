/** Archived clients: restore, or delete permanently behind a confirmation that names the client. */
import type { Client } from "../domain/plan";
import { t } from "./pane-messages";
import { h, replaceChildren, viewHeading } from "./dom";
import { button, textField } from "./form-fields";
import type { PaneData } from "./pane-services";
import type { ViewContext, ViewHandle } from "./view-context";

type Say = (code: string, params?: Record<string, string | number>) => string;

/** Whether `typed` is exactly the client's name (surrounding spaces aside), as deleteClientPermanently requires. */
export function confirmsDeletion(client: Pick<Client, "name">, typed: string): boolean {
  return typed.trim() !== "" && typed.trim() === client.name.trim();
}

function confirmation(ctx: ViewContext, client: Client, say: Say, close: () => void): HTMLElement {
  const field = textField(`vam-confirm-${client.id}`, say("ui.archive.confirmLabel", { name: client.name }), {
    required: true,
  });
  const submit = async (): Promise<void> => {
    const typed = field.control.value;
    if (!confirmsDeletion(client, typed)) {
      field.setIssue(say("ui.archive.mismatch", { name: client.name }));
      field.control.focus();
      return;
    }
    const result = await ctx.run(() => ctx.services.deleteClientPermanently(client.id, typed));
    if (result?.ok === true) ctx.announce(say("ui.archive.deleted", { name: client.name }));
  };
  return h(
    "form",
    {
      className: "vam-form vam-confirm",
      attrs: { novalidate: true },
      on: {
        submit: (event) => {
          event.preventDefault();
          void submit();
        },
      },
    },
    field.wrapper,
    h(
      "div",
      { className: "vam-actions" },
      button(say("ui.archive.confirm"), null, { type: "submit", danger: true }),
      button(say("ui.cancel"), close),
    ),
  );
}

/** The archive view; while a deletion is being confirmed, a refresh leaves the list alone. */
export function archiveView(ctx: ViewContext): ViewHandle {
  const say: Say = (code, params) => t(code, ctx.language, params);
  const list = h("div", {});
  let confirming: string | null = null;
  let data = ctx.data;
  const draw = (): void => {
    const archived = data?.plan.clients.filter((c) => c.state === "archived") ?? [];
    if (archived.length === 0) {
      replaceChildren(list, h("p", { className: "vam-empty" }, say("ui.archive.none")));
      return;
    }
    const items = archived.map((client) => {
      const restore = async (): Promise<void> => {
        const result = await ctx.run(() => ctx.services.restoreClient(client.id));
        if (result?.ok === true) ctx.announce(say("ui.archive.restored", { name: client.name }));
      };
      const open = (): void => {
        confirming = client.id;
        draw();
        document.getElementById(`vam-confirm-${client.id}`)?.focus();
      };
      const close = (): void => {
        confirming = null;
        draw();
      };
      return h(
        "li",
        { className: "vam-archived" },
        h("span", { className: "vam-archived-name" }, client.name),
        h(
          "div",
          { className: "vam-button-row" },
          button(say("ui.archive.restore"), () => void restore(), {
            label: say("ui.archive.restoreLabel", { name: client.name }),
            focusKey: `restore:${client.id}`,
          }),
          button(say("ui.archive.delete"), open, {
            danger: true,
            label: say("ui.archive.deleteLabel", { name: client.name }),
            focusKey: `delete:${client.id}`,
          }),
        ),
        confirming === client.id ? confirmation(ctx, client, say, close) : null,
      );
    });
    replaceChildren(list, h("ul", { className: "vam-archived-list" }, ...items));
  };
  draw();
  return {
    element: h("section", { className: "vam-view" }, viewHeading(say("ui.archive.title")), list),
    update: (next: PaneData | null) => {
      data = next;
      if (confirming === null || !data?.plan.clients.some((c) => c.id === confirming && c.state === "archived")) {
        confirming = null;
        draw();
      }
    },
  };
}
