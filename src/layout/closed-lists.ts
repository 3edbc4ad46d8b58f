/** Each closed list of src/i18n/vocabulary.ts, with the workbook name data validation draws it from. */
import type { PlanLanguage } from "../domain/plan";
import {
  ACTION_PURPOSE,
  ACTION_STATUS,
  ATTITUDE,
  CHALLENGE_KIND,
  CLIENT_KIND,
  CLIENT_STATE,
  COMMITMENT_KEPT,
  COMMITMENT_PARTY,
  DIRECTION,
  DISAPPOINTMENT_STATUS,
  EXPECTATION_STATUS,
  IMPACT_SIDE,
  PERSON_ROLE,
  PYRAMID_LEVEL,
  YES_NO,
  labelsOf,
  type Vocabulary,
} from "../i18n/vocabulary";
import { LIST_NAMES, type ClosedListKind } from "./workbook-names";

/** The vocabulary behind each closed list. */
export const CLOSED_LISTS: Readonly<Record<ClosedListKind, Vocabulary<string | number>>> = {
  direction: DIRECTION,
  clientKind: CLIENT_KIND,
  clientState: CLIENT_STATE,
  pyramidLevel: PYRAMID_LEVEL as Vocabulary<string | number>,
  actionPurpose: ACTION_PURPOSE,
  actionStatus: ACTION_STATUS,
  personRole: PERSON_ROLE,
  attitude: ATTITUDE,
  challengeKind: CHALLENGE_KIND,
  expectationStatus: EXPECTATION_STATUS,
  disappointmentStatus: DISAPPOINTMENT_STATUS,
  impactSide: IMPACT_SIDE,
  commitmentParty: COMMITMENT_PARTY,
  commitmentKept: COMMITMENT_KEPT,
  yesNo: YES_NO,
};

/** Every closed list, in the lists sheet's column order. */
export const CLOSED_LIST_KINDS = Object.keys(LIST_NAMES) as readonly ClosedListKind[];

/** The labels of one list in the plan language, in display order. */
export function listLabels(kind: ClosedListKind, language: PlanLanguage): string[] {
  return labelsOf(CLOSED_LISTS[kind], language);
}

/** The label of one code of a list in the plan language; a code outside the list is misuse and throws. */
export function listLabel(kind: ClosedListKind, language: PlanLanguage, code: string | number): string {
  const label = (CLOSED_LISTS[kind][language] as Readonly<Record<string | number, string>>)[code];
  if (label === undefined) throw new Error(`Code ${String(code)} is not in the ${kind} list`);
  return label;
}
