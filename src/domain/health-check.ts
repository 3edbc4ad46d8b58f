/**
 * *Revisión del plan*: what an account leader should look at before the next review. Each finding names the
 * client, and where it can, the table, row (zero-based, in the order of the client's rows) and field, so the
 * task pane can take the user to the cell. Archived clients are left out.
 */
import { clientMissStreak, MISS_STREAK_AMBER, MISS_STREAK_RED } from "./commitments";
import { isClientCommitment, isOpenAction, isOpenDisappointment, isOverdueAction } from "./counted-rows";
import type { Client, ClientId, IsoDate, Plan } from "./plan";
import { actionsPerLevel, isTopHeavy } from "./pyramid";

/** How urgent a finding is: `high` needs action now, `low` is advice. */
export type HealthSeverity = "high" | "medium" | "low";

/** The per-client tables a finding can point into (the same words as the layout's table kinds). */
export type HealthTable = "actions" | "disappointments" | "commitments";

/** One finding of the health check; `code` is a `health.*` message code, `params` fill its message. */
export interface HealthFinding {
  readonly code: string;
  readonly severity: HealthSeverity;
  readonly clientId: ClientId;
  readonly table?: HealthTable;
  /** Zero-based index of the row in the client's `table` rows. */
  readonly row?: number;
  /** The domain field of the cell to show (a column key, or `knowledge` / `trust` for the score cells). */
  readonly field?: string;
  readonly params: Readonly<Record<string, string | number>>;
}

type Finding = Omit<HealthFinding, "clientId" | "params"> & { readonly params?: Record<string, string | number> };

function actionFindings(client: Client, today: IsoDate): Finding[] {
  const findings: Finding[] = [];
  client.actions.forEach((action, row) => {
    if (!isOpenAction(action)) return;
    const at = { table: "actions" as const, row, params: { action: action.action, due: action.due ?? "" } };
    if (isOverdueAction(action, today))
      findings.push({ code: "health.actionOverdue", severity: "high", field: "due", ...at });
    if (action.owner.trim() === "")
      findings.push({ code: "health.actionWithoutOwner", severity: "medium", field: "owner", ...at });
    if (action.due === null)
      findings.push({ code: "health.actionWithoutDue", severity: "medium", field: "due", ...at });
  });
  return findings;
}

function scoreFindings(client: Client): Finding[] {
  const findings: Finding[] = [];
  if (client.knowledge === null)
    findings.push({ code: "health.missingKnowledge", severity: "medium", field: "knowledge" });
  if (client.trust === null) findings.push({ code: "health.missingTrust", severity: "medium", field: "trust" });
  return findings;
}

function pyramidFindings(client: Client): Finding[] {
  const perLevel = actionsPerLevel(client.actions);
  if (!isTopHeavy(perLevel)) return [];
  const params = { top: perLevel[5] + perLevel[6], bottom: perLevel[1] + perLevel[2] + perLevel[3] + perLevel[4] };
  return [{ code: "health.topHeavy", severity: "low", table: "actions", field: "level", params }];
}

function disappointmentFindings(client: Client): Finding[] {
  const findings: Finding[] = [];
  client.disappointments.forEach((disappointment, row) => {
    if (isOpenDisappointment(disappointment) && disappointment.talkedThrough !== true) {
      const params = { what: disappointment.what };
      findings.push({
        code: "health.notTalkedThrough",
        severity: "high",
        table: "disappointments",
        row,
        field: "talkedThrough",
        params,
      });
    }
  });
  return findings;
}

/** The latest-dated client miss, as the row to show; the first such row on a tie of dates. */
function latestMissRow(client: Client): number | undefined {
  let best: { row: number; date: IsoDate } | undefined;
  client.commitments.forEach((c, row) => {
    if (isClientCommitment(c) && c.kept === "no" && c.date !== null && (best === undefined || c.date > best.date)) {
      best = { row, date: c.date };
    }
  });
  return best?.row;
}

function commitmentFindings(client: Client): Finding[] {
  const streak = clientMissStreak(client.commitments);
  if (streak < MISS_STREAK_AMBER) return [];
  const row = latestMissRow(client);
  return [
    {
      code: "health.commitmentsMissed",
      severity: streak >= MISS_STREAK_RED ? "high" : "medium",
      table: "commitments",
      ...(row === undefined ? {} : { row }),
      field: "kept",
      params: { streak },
    },
  ];
}

/**
 * The findings of the plan health check for `today`: open actions overdue, without owner or without due
 * date; missing knowledge or trust scores; top-heavy pyramids; open disappointments not talked through;
 * client commitments missed two or more times in a row. Clients in plan order, findings in that order
 * within a client. Every finding's params include `client`, the client's name.
 */
export function healthCheck(plan: Plan, today: IsoDate): readonly HealthFinding[] {
  const findings: HealthFinding[] = [];
  for (const client of plan.clients) {
    if (client.state === "archived") continue;
    const own = [
      ...scoreFindings(client),
      ...actionFindings(client, today),
      ...pyramidFindings(client),
      ...disappointmentFindings(client),
      ...commitmentFindings(client),
    ];
    for (const finding of own) {
      findings.push({ ...finding, clientId: client.id, params: { client: client.name, ...finding.params } });
    }
  }
  return findings;
}
