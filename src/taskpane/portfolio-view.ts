/** The Cartera view: active clients grouped by direction, filterable, each row opening the client view. */
import type { Direction } from "../domain/plan";
import { t } from "./pane-messages";
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
  type PortfolioRowModel,
} from "./portfolio-model";
import { statusBadge } from "./status-badge";
import type { ViewContext, ViewHandle } from "./view-context";
import { DIRECTION, labelOf } from "../i18n/vocabulary";

/** The figures of a row, in the order DESIGN §4 lists them, as label → value. */
const FIGURES = ["knowledge", "trust", "gap", "open", "overdue"] as const;

function figureValues(row: PortfolioRowModel): Record<(typeof FIGURES)[number], string> {
  return {
    knowledge: figureText(row.knowledge),
    trust: figureText(row.trust),
    gap: figureText(row.gap),
    open: String(row.openActions),
    overdue: String(row.overdueActions),
  };
}

/**
 * One client as a card: its name (a button opening the client view), its status in words and colour, and
 * its figures as a description list. Cards fit a 320 px pane where a seven-column table would not.
 */
function clientCard(ctx: ViewContext, row: PortfolioRowModel): HTMLElement {
  const say = (code: string) => t(code, ctx.language);
  const values = figureValues(row);
  // HTML allows a div around each dt/dd pair of a dl, which keeps a label and its value on one line.
  const figures = FIGURES.map((key) =>
    h(
      "div",
      {},
      h("dt", {}, say(`ui.portfolio.col.${key}`)),
      h("dd", { className: key === "overdue" && row.overdueActions > 0 ? "vam-overdue" : "" }, values[key]),
    ),
  );
  return h(
    "li",
    { className: "vam-client-card", attrs: { "data-client-id": row.clientId } },
    h(
      "div",
      { className: "vam-client-card-head" },
      h(
        "button",
        {
          className: "vam-link vam-client-name",
          attrs: { type: "button", "data-focus-key": `client:${row.clientId}` },
          on: { click: () => ctx.navigate({ view: "client", clientId: row.clientId }) },
        },
        row.name,
      ),
      statusBadge(row.status, row.statusLabel),
    ),
    h("dl", { className: "vam-figures" }, ...figures),
  );
}

function groupList(ctx: ViewContext, group: PortfolioGroup): HTMLElement {
  const title = t("ui.portfolio.group", ctx.language, { direction: group.label, count: group.rows.length });
  return h(
    "section",
    { className: "vam-group", attrs: { "aria-label": group.label } },
    h("h3", { className: "vam-group-title" }, title),
    h("ul", { className: "vam-client-list" }, ...group.rows.map((row) => clientCard(ctx, row))),
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
    else replaceChildren(body, ...model.groups.map((group) => groupList(ctx, group)));
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
