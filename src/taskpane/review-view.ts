/** *Revisión del plan*: the health-check findings, most urgent first, each a button that selects its cell. */
import { t } from "./pane-messages";
import { h, replaceChildren, viewHeading } from "./dom";
import type { PaneData } from "./pane-services";
import { reviewItems } from "./review-model";
import type { ViewContext, ViewHandle } from "./view-context";

/** The review view; `update` re-lists the findings and keeps the focus on the same finding when it is still there. */
export function reviewView(ctx: ViewContext): ViewHandle {
  const say = (code: string, params?: Record<string, string | number>) => t(code, ctx.language, params);
  const count = h("p", { className: "vam-summary" });
  const list = h("div", {});
  const draw = (data: PaneData | null): void => {
    const items = reviewItems(data?.findings ?? [], ctx.language);
    count.textContent = items.length === 0 ? say("ui.review.none") : say("ui.review.count", { count: items.length });
    if (items.length === 0) {
      replaceChildren(list);
      return;
    }
    const entries = items.map((item, index) => {
      const key = `finding:${item.finding.clientId}:${item.finding.code}:${item.finding.table ?? ""}:${item.finding.row ?? ""}:${index}`;
      return h(
        "li",
        { className: `vam-finding vam-severity-${item.severity}` },
        h("span", { className: `vam-badge vam-severity-badge-${item.severity}` }, item.severityLabel),
        h(
          "button",
          {
            className: "vam-link vam-finding-text",
            attrs: { type: "button", "data-focus-key": key, title: say("ui.review.goTo") },
            on: {
              click: () =>
                void ctx.run(() => ctx.services.goTo({ kind: "finding", finding: item.finding }), { refresh: false }),
            },
          },
          item.text,
        ),
      );
    });
    replaceChildren(list, h("ol", { className: "vam-findings" }, ...entries));
  };
  draw(ctx.data);
  return {
    element: h("section", { className: "vam-view" }, viewHeading(say("ui.review.title")), count, list),
    update: draw,
  };
}
