/**
 * Which rows the figures count (docs/WORKBOOK.md, "Figures"): a row whose key text is blank does not count.
 * "Filled" means what Excel's COUNTIFS criterion `"<>"` means — any text at all, even spaces — so the domain
 * and the workbook's formulas count the same rows.
 */
import type { Action, Commitment, Disappointment, IsoDate } from "./plan";

/** Whether a key text cell counts as filled: non-empty, exactly as COUNTIFS(range, "<>") sees it. */
export function isFilled(text: string): boolean {
  return text.length > 0;
}

/** An action that counts at all: its *action* text is filled (cancelled ones included). */
export function isCountedAction(action: Action): boolean {
  return isFilled(action.action);
}

/** A counted action that is neither done nor cancelled; a blank status is open. */
export function isOpenAction(action: Action): boolean {
  return isCountedAction(action) && action.status !== "done" && action.status !== "cancelled";
}

/** An open action whose due date is before `today` (an action due today is not overdue yet). */
export function isOverdueAction(action: Action, today: IsoDate): boolean {
  return isOpenAction(action) && action.due !== null && action.due < today;
}

/** A disappointment with *what* filled whose status is not resolved; a blank status is open. */
export function isOpenDisappointment(disappointment: Disappointment): boolean {
  return isFilled(disappointment.what) && disappointment.status !== "resolved";
}

/** A commitment with *commitment* filled that the client owes. */
export function isClientCommitment(commitment: Commitment): boolean {
  return isFilled(commitment.commitment) && commitment.party === "client";
}
