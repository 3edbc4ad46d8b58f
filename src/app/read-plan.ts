/**
 * Read plan: the whole plan in one sync, with what the pane shows: each client's figures (computed by the
 * domain, the same rules the workbook's formulas follow), the health check and what the reader noticed
 * about the workbook's structure, and where each client's sheets are.
 */
import { healthCheck, type HealthFinding } from "../domain/health-check";
import type { ClientId, ClientPhase, IsoDate, Plan } from "../domain/plan";
import { portfolioFigures, type PortfolioFigures } from "../domain/portfolio";
import type { StructureFinding } from "../layout/read-plan";
import { isComplete } from "./client-scan";
import { findingsWithIdentityLoss, identityLostIds } from "./identity-loss";
import { succeed, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import { workbookContext } from "./workbook-context";

/** The plan as the pane shows it. */
export interface PlanView {
  /** False when the workbook holds no plan (then `plan` has defaults and no clients). */
  readonly hasPlan: boolean;
  readonly plan: Plan;
  /** The day figures and findings were computed for. */
  readonly today: IsoDate;
  /** Every client's figures (domain `clientFigures`) and the portfolio totals. */
  readonly figures: PortfolioFigures;
  readonly findings: {
    readonly health: readonly HealthFinding[];
    readonly structure: readonly StructureFinding[];
  };
  /** Current sheet names of each client's phases (`null` where a sheet cannot be found). */
  readonly sheetNames: Readonly<Record<ClientId, Readonly<Record<ClientPhase, string | null>>>>;
  /** Clients whose build did not finish (a failed add or import): repair or add again completes them. */
  readonly incomplete: readonly ClientId[];
}

/** Reads the plan (exactly one sync). */
export async function readPlan(session: PlanSession): Promise<AppResult<PlanView>> {
  return withWorkbook(async () => {
    const today = session.today();
    const context = workbookContext(await session.gateway.inspect(), today);
    const { plan, clients, structure } = context.reading;
    // A client that lost its Ver sheet is no unfinished build Repair completes: its finding says what to do.
    const lost = identityLostIds(context.reading);
    return succeed({
      hasPlan: !structure.some((finding) => finding.code === "structure.notAPlan"),
      plan,
      today,
      figures: portfolioFigures(plan, today),
      findings: { health: healthCheck(plan, today), structure: findingsWithIdentityLoss(context.reading) },
      sheetNames: Object.fromEntries(clients.map((c) => [c.id, c.sheetNames])),
      incomplete: [...context.scans.values()]
        .filter((scan) => !isComplete(scan) && !lost.has(scan.id))
        .map((scan) => scan.id),
    });
  });
}
