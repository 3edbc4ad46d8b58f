/** Archived clients: restore, or delete permanently behind a confirmation that names the client. */
import type { Client } from "../domain/plan";
import { h, replaceChildren, viewHeading } from "./dom";
import { button, paneForm, textField } from "./form-fields";
import type { PaneData } from "./pane-services";
import { t } from "./pane-messages";
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
  const actions = h(
    "div",
    { className: "vam-actions" },
    button(say("ui.archive.confirm"), null, { type: "submit", danger: true }),
    button(say("ui.cancel"), close),
  );
  return paneForm({ className: "vam-form vam-confirm" }, submit, field.wrapper, actions);
}

/** One archived client: its name, Restore, and Delete permanently (which opens the confirmation). */
function archivedItem(
  ctx: ViewContext,
  client: Client,
  confirming: boolean,
  setConfirming: (id: string | null) => void,
) {
  const say: Say = (code, params) => t(code, ctx.language, params);
  const restore = async (): Promise<void> => {
    const result = await ctx.run(() => ctx.services.restoreClient(client.id));
    if (result?.ok === true) ctx.announce(say("ui.archive.restored", { name: client.name }));
  };
  const name = { name: client.name };
  return h(
    "li",
    { className: "vam-archived" },
    h("span", { className: "vam-archived-name" }, client.name),
    h(
      "div",
      { className: "vam-button-row" },
      button(say("ui.archive.restore"), () => void restore(), {
        label: say("ui.archive.restoreLabel", name),
        focusKey: `restore:${client.id}`,
      }),
      button(say("ui.archive.delete"), () => setConfirming(client.id), {
        danger: true,
        label: say("ui.archive.deleteLabel", name),
        focusKey: `delete:${client.id}`,
      }),
    ),
    confirming ? confirmation(ctx, client, say, () => setConfirming(null)) : null,
  );
}

/** The archive view; while a deletion is being confirmed, a refresh leaves the list alone. */
export function archiveView(ctx: ViewContext): ViewHandle {
  const list = h("div", {});
  let confirming: string | null = null;
  let data = ctx.data;
  const setConfirming = (id: string | null): void => {
    confirming = id;
    draw();
    if (id !== null) document.getElementById(`vam-confirm-${id}`)?.focus();
  };
  const draw = (): void => {
    const archived = data?.plan.clients.filter((c) => c.state === "archived") ?? [];
    if (archived.length === 0)
      replaceChildren(list, h("p", { className: "vam-empty" }, t("ui.archive.none", ctx.language)));
    else
      replaceChildren(
        list,
        h(
          "ul",
          { className: "vam-archived-list" },
          ...archived.map((c) => archivedItem(ctx, c, confirming === c.id, setConfirming)),
        ),
      );
  };
  draw();
  return {
    element: h("section", { className: "vam-view" }, viewHeading(t("ui.archive.title", ctx.language)), list),
    update: (next: PaneData | null) => {
      data = next;
      const stillThere = data?.plan.clients.some((c) => c.id === confirming && c.state === "archived") ?? false;
      if (confirming !== null && stillThere) return;
      confirming = null;
      draw();
    },
  };
}
