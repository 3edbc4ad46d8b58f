/**
 * What every import result must satisfy, whatever the text: issues the catalogue can say in both
 * languages, accepted rows the domain accepts, and a plan built from them that is the same every time.
 */
import type { ClientImportOptions, ImportedClient, ImportIssue } from "../../../src/domain/client-csv";
import { newClient, type Plan } from "../../../src/domain/plan";
import { validatePlan } from "../../../src/domain/validation";
import { MESSAGES } from "../../../src/i18n/messages";
import { CLIENT_KIND, codeOf, DIRECTION } from "../../../src/i18n/vocabulary";
import { buildWorkbookSpec } from "../../../src/layout/workbook";

/** The label readers every caller of the import passes. */
export const LABELS: ClientImportOptions["labels"] = {
  direction: (word) => codeOf(DIRECTION, word),
  kind: (word) => codeOf(CLIENT_KIND, word),
};

/** The day the built workbooks are fixed to, so specs compare. */
export const BUILD_DAY = "2027-03-01";

/** Problems with an issue: unknown code, or a placeholder of its es/en message without a parameter. */
export function unsayable(issue: ImportIssue): string[] {
  const message = MESSAGES[issue.code];
  if (message === undefined) return [`unknown code ${issue.code}`];
  return (["es", "en"] as const).flatMap((language) =>
    [...message[language].matchAll(/\{(\w+)\}/g)]
      .map((match) => match[1] ?? "")
      .filter((key) => !Object.prototype.hasOwnProperty.call(issue.params, key))
      .map((key) => `${issue.code} (${language}) lacks {${key}}`),
  );
}

/** A valid client id for the n-th imported row (`c` and seven digits), as the caller would assign. */
export function rowId(n: number): string {
  return `c${String(n).padStart(7, "0")}`;
}

/** The plan the accepted rows make, ids given in row order. */
export function planOf(rows: readonly ImportedClient[]): Plan {
  return {
    year: 2027,
    targetScore: 9,
    language: "es",
    clients: rows.map(({ line: _line, ...fields }, n) => newClient({ ...fields, id: rowId(n) })),
  };
}

/** Problems with building the accepted rows: the plan is invalid, or two builds differ. */
export function buildProblems(rows: readonly ImportedClient[]): string[] {
  const plan = planOf(rows);
  const checked = validatePlan(plan);
  if (!checked.ok) return checked.issues.map((i) => `${i.code} at ${i.path}`);
  const first = JSON.stringify(buildWorkbookSpec(plan, { today: BUILD_DAY }));
  const second = JSON.stringify(buildWorkbookSpec(planOf(rows), { today: BUILD_DAY }));
  return first === second ? [] : ["two builds of the same rows differ"];
}
