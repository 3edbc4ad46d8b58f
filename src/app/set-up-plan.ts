/**
 * Set up plan: creates Cartera, the lists and the meta sheet when the workbook has no plan; on a workbook
 * that has one, updates the year and target cells and recreates any workbook-level part that went missing.
 * The plan language is chosen once: every label of the workbook is in it.
 */
import { validatePlan } from "../domain/validation";
import type { PlanLanguage, Score } from "../domain/plan";
import type { ApplyProgress } from "../excel/gateway";
import { portfolioRow } from "../layout/portfolio-sheet";
import { identifierKey } from "../layout/read-names";
import { WORKBOOK_NAMES } from "../layout/workbook-names";
import { SHEET_NAMES } from "../i18n/workbook-text";
import { ChangeBatch } from "./change-batch";
import { fail, succeed, type AppIssue, type AppResult } from "./result";
import { withWorkbook, type PlanSession } from "./session";
import { planWorkbookParts } from "./workbook-parts";
import { workbookContext, type WorkbookContext } from "./workbook-context";

/** The settings a plan is set up with. */
export interface PlanSettings {
  readonly year: number;
  /** Target score, 0–10. */
  readonly targetScore: Score;
  readonly language: PlanLanguage;
}

/** What setting up did. */
export interface SetUpOutcome {
  /** True when the plan was created; false when an existing plan was updated. */
  readonly created: boolean;
}

function hasPlan(context: WorkbookContext): boolean {
  return !context.reading.structure.some((finding) => finding.code === "structure.notAPlan");
}

function settingWrites(context: WorkbookContext, settings: PlanSettings) {
  const works = (name: string): boolean => context.index.names.get(identifierKey(name))?.sheetName !== undefined;
  return [
    { name: WORKBOOK_NAMES.planYear, value: { kind: "number", value: settings.year } as const },
    { name: WORKBOOK_NAMES.target, value: { kind: "number", value: settings.targetScore } as const },
  ].filter((write) => works(write.name));
}

/** Sets the plan up, or updates its settings. */
export async function setUpPlan(
  session: PlanSession,
  settings: PlanSettings,
  onProgress?: ApplyProgress,
): Promise<AppResult<SetUpOutcome>> {
  const checked = validatePlan({ ...settings, clients: [] });
  if (!checked.ok) return fail(...checked.issues);
  return withWorkbook(async () => {
    const context = workbookContext(await session.gateway.inspect());
    const batch = new ChangeBatch();
    const warnings: AppIssue[] = [];
    const existing = hasPlan(context);
    const language = existing ? context.reading.plan.language : settings.language;
    if (existing) {
      if (language !== settings.language) warnings.push({ code: "app.languageFixed", params: { language } });
      const writes = settingWrites(context, settings);
      if (writes.length > 0) batch.add({ kind: "writeNamedCells", cells: writes });
    }
    const plan = { ...settings, language, clients: context.reading.plan.clients };
    planWorkbookParts(
      batch,
      context,
      plan,
      plan.clients.map((client) => portfolioRow(client.id, language)),
    );
    // A new plan opens on its home page, Cartera, rather than on the workbook's empty first sheet.
    if (!existing) batch.add({ kind: "activate", sheetName: SHEET_NAMES.portfolio[language], row: 0, column: 0 });
    if (batch.size > 0) await session.gateway.apply(batch.toChangeSet(), onProgress);
    return succeed({ created: !existing }, warnings);
  });
}
