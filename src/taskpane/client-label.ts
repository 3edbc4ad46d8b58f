/**
 * How the pane shows a client's name: the name as typed, or, when it cannot be read (its Ver sheet was deleted,
 * so the name cell is gone: structure.identityLost), words that say so instead of an empty heading or card.
 */
import { t } from "./pane-messages";
import type { PlanLanguage } from "../domain/plan";

/** The client's name for headings and cards; never empty. */
export function clientLabel(name: string, language: PlanLanguage): string {
  return name.trim() === "" ? t("ui.client.unnamed", language) : name;
}
