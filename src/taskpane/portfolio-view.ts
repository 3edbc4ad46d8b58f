/** The Cartera view: active clients grouped by direction, filterable, each row opening the client view. */
import type { Direction } from "../domain/plan";
import { t } from "../i18n/messages";
import { h, replaceChildren, viewHeading } from "./dom";
import { button, selectField, textField } from "./form-fields";
import type { PaneData } from "./pane-services";
import {
  DIRECTION_ORDER,
  figureText,
  NO_FILTER,
  portfolioModel,
  type PortfolioFilter,
  type PortfolioGroup,
} from "./portfolio-model";
import { statusBadge } from "./status-badge";
import type { ViewContext, ViewHandle } from "./view-context";
import { DIRECTION, labelOf } from "../i18n/vocabulary";

const COLUMNS = ["client", "knowledge", "trust", "gap", "open", "overdue", "status"] as const;

function groupTable(ctx: ViewContext, group: PortfolioGroup): HTMLElement {
  const say = (code: string, params?: Record<string, string | number>) => t(code, ctx.language, params);
  const head = h("tr", {}, ...COLUMNS.map((c) => h("th", { attrs: { scope: "col" } }, say(`ui.portfolio.col.${c}`))));
  const rows = group.rows.map((row) =>
    h(
      "tr",
      { attrs: { "data-client-id": row.clientId } },
      h(
        "th",
        { attrs: { scope: "row" } },
        h(
          "button",
          {
            className: "vam-link",
            attrs: { type: "button", "data-focus-key": `client:${row.clientId}` },
            on: { click: () => ctx.navigate({ view: "client", clientId: row.clientId }) },
          },
          row.name,
        ),
      ),
      h("td", { className: "vam-num" }, figureText(row.knowledge)),
      h("td", { className: "vam-num" }, figureText(row.trust)),
      h("td", { className: "vam-num" }, figureText(row.gap)),
      h("td", { className: "vam-num" }, String(row.openActions)),
      h("td", { className: row.overdueActions > 0 ? "vam-num vam-overdue" : "vam-num" }, String(row.overdueActions)),
      h("td", {}, statusBadge(row.status, row.statusLabel)),
    ),
  );
  return h(
    "section",
    { className: "vam-group", attrs: { "aria-label": group.label } },
    h(
      "h3",
      { className: "vam-group-title" },
      say("ui.portfolio.group", { direction: group.label, count: group.rows.length }),
    ),
    h(
      "div",
      { className: "vam-table-scroll" },
      h(
        "table",
        { className: "vam-table" },
        h("caption", { className: "vam-visually-hidden" }, say("ui.portfolio.caption", { direction: group.label })),
        h("thead", {}, head),
        h("tbody", {}, ...rows),
      ),
    ),
  );
}

function noPlan(ctx: ViewContext): HTMLElement {
  return h(
    "div",
    { className: "vam-empty" },
    h("p", {}, t("ui.setup.intro", ctx.language)),
    button(t("ui.setup.title", ctx.language), () => ctx.navigate({ view: "setup" }), { primary: true }),
  );
}

/** The Cartera view; `update` re-draws the rows and keeps the filter and the focus. */
export function portfolioView(ctx: ViewContext): ViewHandle {
  const say = (code: string, params?: Record<string, string | number>) => t(code, ctx.language, params);
  let filter: PortfolioFilter = NO_FILTER;
  let data = ctx.data;
  const title = viewHeading(say("ui.portfolio.title", { year: data?.plan.year ?? "" }));
  const summary = h("p", { className: "vam-summary" });
  const body = h("div", { className: "vam-groups" });
  const directions = DIRECTION_ORDER.map((d) => [d, labelOf(DIRECTION, ctx.language, d)] as const);
  const directionField = selectField(
    "vam-filter-direction",
    say("ui.portfolio.filter"),
    [["all", say("ui.portfolio.filterAll")], ...directions],
    "all",
  );
  const searchField = textField("vam-filter-query", say("ui.portfolio.search"), { type: "search" });
  const toolbar = h("div", { className: "vam-toolbar" });
  const draw = (): void => {
    toolbar.hidden = data === null;
    if (data === null) {
      title.textContent = say("ui.setup.title");
      summary.textContent = "";
      replaceChildren(body, noPlan(ctx));
      return;
    }
    const model = portfolioModel(data, filter, ctx.language);
    title.textContent = say("ui.portfolio.title", { year: data.plan.year });
    summary.textContent = say("ui.portfolio.summary", {
      clients: model.activeClients,
      open: model.openActions,
      overdue: model.overdueActions,
    });
    if (model.activeClients === 0) replaceChildren(body, h("p", { className: "vam-empty" }, say("ui.portfolio.empty")));
    else if (model.groups.length === 0)
      replaceChildren(body, h("p", { className: "vam-empty" }, say("ui.portfolio.noMatch")));
    else replaceChildren(body, ...model.groups.map((group) => groupTable(ctx, group)));
  };
  const onFilter = (): void => {
    filter = { direction: directionField.control.value as Direction | "all", query: searchField.control.value };
    draw();
  };
  directionField.control.addEventListener("change", onFilter);
  searchField.control.addEventListener("input", onFilter);
  toolbar.append(
    button(say("ui.portfolio.addClient"), () => ctx.navigate({ view: "addClient" }), { primary: true }),
    h("div", { className: "vam-filters", attrs: { role: "search" } }, directionField.wrapper, searchField.wrapper),
  );
  draw();
  const element = h(
    "section",
    { className: "vam-view", attrs: { "aria-labelledby": "vam-portfolio-title" } },
    title,
    summary,
    toolbar,
    body,
  );
  title.id = "vam-portfolio-title";
  return {
    element,
    update: (next: PaneData | null) => {
      data = next;
      draw();
    },
  };
}
