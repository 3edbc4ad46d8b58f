/**
 * *Revisión del plan*: the health-check findings, most urgent first, each a button that selects its cell (and,
 * for commitments the client keeps missing, one to the working agreement); overdue actions by owner; and
 * what is wrong with the workbook's structure, with Repair where it can be rebuilt.
 */
import { t } from "./pane-messages";
import { h, replaceChildren, viewHeading } from "./dom";
import { button } from "./form-fields";
import type { PaneData } from "./pane-services";
import { reviewItems, type ReviewItem } from "./review-model";
import { ownerItems, structureGroups, type StructureGroup } from "./review-structure-model";
import type { ViewContext, ViewHandle } from "./view-context";

type Say = (code: string, params?: Record<string, string | number>) => string;

function findingEntry(ctx: ViewContext, item: ReviewItem, index: number, say: Say): HTMLElement {
  const { finding } = item;
  const key = `finding:${finding.clientId}:${finding.code}:${finding.table ?? ""}:${finding.row ?? ""}:${index}`;
  const goTo = () => void ctx.run(() => ctx.services.goTo({ kind: "finding", finding }), { refresh: false });
  const agreement =
    finding.code === "health.commitmentsMissed"
      ? button(
          say("ui.review.agreement"),
          () => void ctx.run(() => ctx.services.goToAgreement(finding.clientId), { refresh: false }),
          {
            label: say("ui.review.agreementLabel", { client: String(finding.params["client"] ?? "") }),
            focusKey: `${key}:agreement`,
          },
        )
      : null;
  return h(
    "li",
    { className: `vam-finding vam-severity-${item.severity}` },
    h("span", { className: `vam-badge vam-severity-badge-${item.severity}` }, item.severityLabel),
    h(
      "button",
      {
        className: "vam-link vam-finding-text",
        attrs: { type: "button", "data-focus-key": key, title: say("ui.review.goTo") },
        on: { click: goTo },
      },
      item.text,
    ),
    agreement,
  );
}

function ownersSection(ctx: ViewContext, data: PaneData | null, say: Say): HTMLElement | null {
  const owners = data === null ? [] : ownerItems(data, ctx.language);
  if (owners.length === 0) return null;
  const entries = owners.map((item) => {
    const first = item.first;
    if (first === undefined) return h("li", {}, item.text);
    const go = () => void ctx.run(() => ctx.services.goTo({ kind: "finding", finding: first }), { refresh: false });
    return h("li", {}, button(item.text, go, { focusKey: `owner:${item.owner}` }));
  });
  return h(
    "section",
    { className: "vam-review-part" },
    h("h3", { className: "vam-group-title" }, say("ui.review.owners")),
    h("ul", { className: "vam-owner-list" }, ...entries),
  );
}

function structureGroupEntry(ctx: ViewContext, group: StructureGroup, say: Say): HTMLElement {
  const { clientId } = group;
  const repair = async (id: string): Promise<void> => {
    const result = await ctx.run(() => ctx.services.repairClient(id));
    if (result?.ok === true) ctx.announce(say("ui.review.repaired", { client: group.name }));
  };
  const action =
    clientId !== null && group.repairable
      ? button(say("ui.review.repair"), () => void repair(clientId), {
          label: say("ui.review.repairLabel", { client: group.name }),
          focusKey: `repair:${clientId}`,
        })
      : null;
  return h("li", { className: "vam-structure-group" }, ...group.lines.map((line) => h("p", {}, line)), action);
}

function structureSection(ctx: ViewContext, data: PaneData | null, say: Say): HTMLElement {
  const groups = data === null ? [] : structureGroups(data, ctx.language);
  const body =
    groups.length === 0
      ? h("p", { className: "vam-empty" }, say("ui.review.structureNone"))
      : h("ul", { className: "vam-structure-list" }, ...groups.map((g) => structureGroupEntry(ctx, g, say)));
  return h(
    "section",
    { className: "vam-review-part" },
    h("h3", { className: "vam-group-title" }, say("ui.review.structure")),
    body,
  );
}

/** The review view; `update` re-lists everything and keeps the focus on the same item when it is still there. */
export function reviewView(ctx: ViewContext): ViewHandle {
  const say: Say = (code, params) => t(code, ctx.language, params);
  const count = h("p", { className: "vam-summary" });
  const list = h("div", {});
  const draw = (data: PaneData | null): void => {
    const items = reviewItems(data?.findings ?? [], ctx.language);
    count.textContent = items.length === 0 ? say("ui.review.none") : say("ui.review.count", { count: items.length });
    const findings =
      items.length === 0
        ? null
        : h("ol", { className: "vam-findings" }, ...items.map((item, i) => findingEntry(ctx, item, i, say)));
    replaceChildren(list, findings, ownersSection(ctx, data, say), structureSection(ctx, data, say));
  };
  draw(ctx.data);
  return {
    element: h("section", { className: "vam-view" }, viewHeading(say("ui.review.title")), count, list),
    update: draw,
  };
}
