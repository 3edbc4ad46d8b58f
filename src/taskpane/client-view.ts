/**
 * The client view: jump to Ver / Ajustar / Medir, quick scores, a score snapshot, a quick action, the report
 * to share, rename, repair and archive.
 */
import type { Client, ClientId, ClientPhase } from "../domain/plan";
import { PYRAMID_LEVELS } from "../domain/plan";
import { t } from "./pane-messages";
import { DIRECTION, labelOf, PYRAMID_LEVEL } from "../i18n/vocabulary";
import { PHASE_LABELS, STATUS_LABELS } from "../i18n/workbook-text";
import { h, replaceChildren, viewHeading } from "./dom";
import { button, formActions, paneForm, selectField, showFieldIssues, textField, type Field } from "./form-fields";
import { issueText } from "./issue-text";
import type { PaneData } from "./pane-services";
import { figureText, largestGap } from "./portfolio-model";
import { readScore, scoreFieldText } from "./score-input";
import { defaultSnapshotPeriod, readActionForm } from "./action-form-model";
import { clientTools } from "./client-tools-view";
import { statusBadge } from "./status-badge";
import type { ViewContext, ViewHandle } from "./view-context";
import { clientLabel } from "./client-label";

type Say = (code: string, params?: Record<string, string | number>) => string;

const PHASES: readonly ClientPhase[] = ["ver", "ajustar", "medir"];

function findClient(data: PaneData | null, clientId: ClientId): Client | undefined {
  return data?.plan.clients.find((client) => client.id === clientId);
}

/** Shows each field's message for `issues` (paths are field keys). */
function showIssues(
  ctx: ViewContext,
  fields: Record<string, Field<HTMLElement>>,
  issues: readonly { code: string; path?: string; params?: Readonly<Record<string, string | number>> }[],
): void {
  const messages = new Map<string, string>();
  for (const issue of issues) {
    const key = issue.path ?? "";
    if (key in fields && !messages.has(key)) messages.set(key, issueText(issue, ctx.language));
  }
  showFieldIssues(fields, messages);
}

function sheetButtons(ctx: ViewContext, client: Client, say: Say): HTMLElement {
  const buttons = PHASES.map((phase) =>
    button(
      PHASE_LABELS[ctx.language][phase],
      () => void ctx.run(() => ctx.services.goTo({ kind: "phase", clientId: client.id, phase }), { refresh: false }),
      { label: say("ui.client.goToLabel", { phase: PHASE_LABELS[ctx.language][phase], name: client.name }) },
    ),
  );
  return h(
    "div",
    { className: "vam-button-row", attrs: { role: "group", "aria-label": say("ui.client.sheets") } },
    ...buttons,
  );
}

function scoresForm(ctx: ViewContext, client: Client, say: Say): HTMLElement {
  const fields = {
    knowledge: textField("vam-score-knowledge", say("ui.client.knowledge"), {
      value: scoreFieldText(client.knowledge),
      inputMode: "numeric",
      maxLength: 3,
    }),
    trust: textField("vam-score-trust", say("ui.client.trust"), {
      value: scoreFieldText(client.trust),
      inputMode: "numeric",
      maxLength: 3,
    }),
  };
  const submit = async (): Promise<void> => {
    const knowledge = readScore(fields.knowledge.control.value, "knowledge");
    const trust = readScore(fields.trust.control.value, "trust");
    const issues = [knowledge, trust].flatMap((r) => (r.ok ? [] : [r.issue]));
    showIssues(ctx, fields, issues);
    if (!knowledge.ok || !trust.ok) return;
    const result = await ctx.run(() =>
      ctx.services.setScores(client.id, { knowledge: knowledge.value, trust: trust.value }),
    );
    if (result?.ok === true) ctx.announce(say("ui.client.scoresSaved", { name: client.name }));
  };
  return form(
    say("ui.client.scores"),
    "vam-scores",
    submit,
    [fields.knowledge.wrapper, fields.trust.wrapper],
    say("ui.client.saveScores"),
    "vam-inline-fields",
  );
}

function snapshotForm(ctx: ViewContext, client: Client, say: Say): HTMLElement {
  const example = defaultSnapshotPeriod(ctx.today, ctx.language);
  const fields = {
    period: textField("vam-snapshot-period", say("ui.client.period"), {
      value: example,
      required: true,
      maxLength: 60,
    }),
    note: textField("vam-snapshot-note", say("ui.client.note"), { maxLength: 500 }),
  };
  const submit = async (): Promise<void> => {
    const period = fields.period.control.value.trim();
    showIssues(
      ctx,
      fields,
      period === "" ? [{ code: "ui.client.periodRequired", path: "period", params: { example } }] : [],
    );
    if (period === "") return;
    const request = { clientIds: [client.id], period, note: fields.note.control.value.trim() };
    const result = await ctx.run(() => ctx.services.saveScoreSnapshot(request));
    if (result?.ok === true) ctx.announce(say("ui.client.snapshotSaved", { period, name: client.name }));
  };
  return form(
    say("ui.client.snapshot"),
    "vam-snapshot",
    submit,
    [fields.period.wrapper, fields.note.wrapper],
    say("ui.client.saveSnapshot"),
  );
}

function actionForm(ctx: ViewContext, client: Client, say: Say): HTMLElement {
  const levels = PYRAMID_LEVELS.map((level) => [String(level), labelOf(PYRAMID_LEVEL, ctx.language, level)] as const);
  const fields = {
    action: textField("vam-action-text", say("ui.client.actionText"), { required: true, maxLength: 1000 }),
    level: selectField("vam-action-level", say("ui.client.level"), [["", ""], ...levels], ""),
    owner: textField("vam-action-owner", say("ui.client.actionOwner"), { value: client.owner }),
    due: textField("vam-action-due", say("ui.client.due"), { type: "date" }),
  };
  const submit = async (): Promise<void> => {
    const read = readActionForm({
      action: fields.action.control.value,
      level: fields.level.control.value,
      owner: fields.owner.control.value,
      due: fields.due.control.value,
    });
    showIssues(ctx, fields, read.ok ? [] : read.issues);
    if (!read.ok) return;
    const result = await ctx.run(() => ctx.services.addAction(client.id, read.value));
    if (result?.ok !== true) return;
    fields.action.control.value = "";
    fields.level.control.value = "";
    fields.due.control.value = "";
    ctx.announce(say("ui.client.actionAdded", { name: client.name }));
  };
  const parts = [fields.action.wrapper, fields.level.wrapper, fields.owner.wrapper, fields.due.wrapper];
  return form(say("ui.client.action"), "vam-action", submit, parts, say("ui.client.addAction"));
}

/** A titled card form whose submit (button or Enter in a field) runs `submit`. */
function form(
  title: string,
  id: string,
  submit: () => Promise<void>,
  parts: HTMLElement[],
  submitText: string,
  fieldsClass?: string,
): HTMLElement {
  const heading = h("h3", { id: `${id}-title`, className: "vam-card-title" }, title);
  const fields = h("div", { className: fieldsClass ?? "" }, ...parts);
  return paneForm(
    { className: "vam-form vam-card", labelledBy: heading.id },
    submit,
    heading,
    fields,
    formActions(submitText),
  );
}

function figuresLine(ctx: ViewContext, client: Client, data: PaneData, say: Say): HTMLElement {
  const figures = data.figures.rows.find((row) => row.clientId === client.id)?.figures;
  const direction = labelOf(DIRECTION, ctx.language, client.direction);
  const owner = client.owner.trim() === "" ? say("ui.client.noOwner") : client.owner;
  return h(
    "div",
    { className: "vam-client-facts" },
    h("p", {}, say("ui.client.details", { direction, owner })),
    figures === undefined
      ? null
      : h(
          "p",
          {},
          statusBadge(figures.status, STATUS_LABELS[figures.status][ctx.language]),
          " ",
          say("ui.client.figures", { open: figures.openActions, overdue: figures.overdueActions }),
          " · ",
          say("ui.portfolio.gap", { gap: figureText(largestGap(figures.knowledgeGap, figures.trustGap)) }),
        ),
  );
}

/** Repair and Archive, the client's less frequent actions. */
function clientActions(ctx: ViewContext, client: Client, say: Say): HTMLElement {
  const archive = async (): Promise<void> => {
    const result = await ctx.run(() => ctx.services.archiveClient(client.id));
    if (result?.ok !== true) return;
    ctx.announce(say("ui.client.archived", { name: client.name }));
    ctx.navigate({ view: "portfolio" });
  };
  const repair = async (): Promise<void> => {
    const result = await ctx.run(() => ctx.services.repairClient(client.id));
    if (result?.ok === true) ctx.announce(say("ui.client.repaired", { name: client.name }));
  };
  return h(
    "div",
    { className: "vam-button-row vam-secondary-actions" },
    button(say("ui.client.repair"), () => void repair()),
    button(say("ui.client.archive"), () => void archive(), { danger: true }),
  );
}

/** The client view for `clientId`; `update` refreshes its facts and never clears what the user is typing. */
export function clientView(ctx: ViewContext, clientId: ClientId): ViewHandle {
  const say: Say = (code, params) => t(code, ctx.language, params);
  const client = findClient(ctx.data, clientId);
  const back = button(say("ui.client.back"), () => ctx.navigate({ view: "portfolio" }));
  if (client === undefined || ctx.data === null) {
    const gone = h("p", {}, say("ui.client.missing"));
    return { element: h("section", { className: "vam-view" }, back, viewHeading(say("ui.nav.portfolio")), gone) };
  }
  const heading = viewHeading(clientLabel(client.name, ctx.language));
  const facts = h("div", {}, figuresLine(ctx, client, ctx.data, say));
  const warning = (code: string, hidden: boolean) => h("p", { className: "vam-warning", attrs: { hidden } }, say(code));
  const missing = warning("ui.client.missing", true);
  const incomplete = warning("ui.client.incomplete", !ctx.data.incomplete.includes(clientId));
  const element = h(
    "section",
    { className: "vam-view" },
    back,
    heading,
    facts,
    missing,
    incomplete,
    sheetButtons(ctx, client, say),
    scoresForm(ctx, client, say),
    snapshotForm(ctx, client, say),
    actionForm(ctx, client, say),
    ...clientTools(ctx, client),
    clientActions(ctx, client, say),
  );
  return {
    element,
    update: (data) => {
      const now = findClient(data, clientId);
      missing.hidden = now !== undefined && now.state === "active";
      incomplete.hidden = !(data?.incomplete.includes(clientId) ?? false);
      if (now === undefined || data === null) return;
      // A rename (here or by a co-author) shows in the heading; the forms keep what the user is typing.
      heading.textContent = now.name;
      replaceChildren(facts, figuresLine(ctx, now, data, say));
    },
  };
}
