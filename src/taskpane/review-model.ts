/** *Revisión del plan* as data: each finding's sentence, urgency and whether it can point at a cell. */
import type { HealthFinding, HealthSeverity } from "../domain/health-check";
import type { PlanLanguage } from "../domain/plan";
import { t } from "./pane-messages";

/** One item of the review list. */
export interface ReviewItem {
  readonly finding: HealthFinding;
  readonly text: string;
  readonly severity: HealthSeverity;
  readonly severityLabel: string;
}

const SEVERITY_ORDER: Readonly<Record<HealthSeverity, number>> = { high: 0, medium: 1, low: 2 };

/** The findings, most urgent first (stable within a severity: plan order), in `language`. */
export function reviewItems(findings: readonly HealthFinding[], language: PlanLanguage): ReviewItem[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => ({
      finding,
      text: t(finding.code, language, finding.params),
      severity: finding.severity,
      severityLabel: t(`ui.review.severity.${finding.severity}`, language),
    }));
}
