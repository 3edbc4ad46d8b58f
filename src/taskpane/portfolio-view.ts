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

/** The add button and the filter controls; `onFilter` gets the filter whenever the user changes it. */
function toolbar(ctx: ViewContext, onFilter: (filter: PortfolioFilter) => void): HTMLDivElement {
  const say = (code: string) => t(code, ctx.language);
  const directions = DIRECTION_ORDER.map((d) => [d, labelOf(DIRECTION, ctx.language, d)] as const);
  const all = [["all", say("ui.portfolio.filterAll")]] as const;
  const direction = selectField("vam-filter-direction", say("ui.portfolio.filter"), [...all, ...directions], "all");
  const search = textField("vam-filter-query", say("ui.portfolio.search"), { type: "search" });
  const changed = (): void =>
    onFilter({ direction: direction.control.value as Direction | "all", query: search.control.value });
  direction.control.addEventListener("change", changed);
  search.control.addEventListener("input", changed);
  return h(
    "div",
    { className: "vam-toolbar" },
    button(say("ui.portfolio.addClient"), () => ctx.navigate({ view: "addClient" }), { primary: true }),
    h("div", { className: "vam-filters", attrs: { role: "search" } }, direction.wrapper, search.wrapper),
  );
}

/** What the body shows for `data` under `filter`, with the title and summary texts. */
function portfolioBody(ctx: ViewContext, data: PaneData, filter: PortfolioFilter) {
  const say = (code: string, params?: Record<string, string | number>) => t(code, ctx.language, params);
  const model = portfolioModel(data, filter, ctx.language);
  const { activeClients: clients, openActions: open, overdueActions: overdue } = model;
  const empty = (code: string) => [h("p", { className: "vam-empty" }, say(code))];
  let parts: HTMLElement[];
  if (clients === 0) parts = empty("ui.portfolio.empty");
  else if (model.groups.length === 0) parts = empty("ui.portfolio.noMatch");
  else parts = model.groups.map((group) => groupList(ctx, group));
  return {
    title: say("ui.portfolio.title", { year: data.plan.year }),
    summary: say("ui.portfolio.summary", { clients, open, overdue }),
    parts,
  };
}

/** The Cartera view; `update` re-draws the rows and keeps the filter and the focus. */
export function portfolioView(ctx: ViewContext): ViewHandle {
  let filter: PortfolioFilter = NO_FILTER;
  let data = ctx.data;
  const title = viewHeading("");
  title.id = "vam-portfolio-title";
  const summary = h("p", { className: "vam-summary" });
  const body = h("div", { className: "vam-groups" });
  const tools = toolbar(ctx, (next) => {
    filter = next;
    draw();
  });
  const draw = (): void => {
    tools.hidden = data === null;
    const shown = data === null ? null : portfolioBody(ctx, data, filter);
    title.textContent = shown?.title ?? t("ui.setup.title", ctx.language);
    summary.textContent = shown?.summary ?? "";
    replaceChildren(body, ...(shown?.parts ?? [noPlan(ctx)]));
  };
  draw();
  const element = h(
    "section",
    { className: "vam-view", attrs: { "aria-labelledby": title.id } },
    title,
    summary,
    tools,
    body,
  );
  return {
    element,
    update: (next: PaneData | null) => {
      data = next;
      draw();
    },
  };
}
