/**
 * The figures of docs/WORKBOOK.md ("Figures") as Excel expressions over one client's tables and named cells.
 * The domain (src/domain/portfolio.ts) computes the same figures from the same table; a LibreOffice oracle
 * checks they agree. Expressions have no leading `=`, so they can be nested; lists are compared by their
 * label in the plan language (COUNTIFS criteria are case-insensitive, and our labels hold no wildcard).
 */
import type { ActionStatus, ClientId, PlanLanguage, PyramidLevel } from "../domain/plan";
import { PYRAMID_LEVELS } from "../domain/plan";
import { listLabel } from "./closed-lists";
import { columnRef, quoteText } from "./formula-text";
import { columnHeader } from "./table-columns";
import {
  WORKBOOK_NAMES,
  clientCellName,
  clientTableName,
  type ClientCellKind,
  type ClientTableKind,
  type ClosedListKind,
} from "./workbook-names";

/** Every figure of one client, as expressions without the leading `=`. */
export interface ClientFigureFormulas {
  /** The score if the cell holds a number, else blank (never 0), score 0–10. */
  readonly knowledge: string;
  readonly trust: string;
  /** max(0, target − score); blank when the score is blank. */
  readonly knowledgeGap: string;
  readonly trustGap: string;
  readonly openDisappointments: string;
  readonly totalActions: string;
  readonly doneActions: string;
  readonly openActions: string;
  readonly overdueActions: string;
  /** done ÷ (filled − cancelled), 0–1; blank when the divisor is 0. */
  readonly percentDone: string;
  readonly clientMissStreak: string;
  /** Latest feedback date (serial); blank when none. */
  readonly lastFeedback: string;
  /** Trust minus the average trust of the latest dated snapshots with trust; blank when undefined. */
  readonly trustTrend: string;
  /** Actions (filled, not cancelled) at each pyramid level, 1–6. */
  readonly actionsAtLevel: Readonly<Record<PyramidLevel, string>>;
  /** TRUE when levels 5 + 6 hold more actions than levels 1–4 together. */
  readonly topHeavy: string;
  /** 10·(C+R+I)/(C+R+I+3·S) from the trust sub-scores, 0–10; blank when any is blank. */
  readonly suggestedTrust: string;
}

/** Builds references and criteria for one client in one language. */
function referencesFor(id: ClientId, language: PlanLanguage) {
  return {
    col: (kind: ClientTableKind, key: string): string =>
      columnRef(clientTableName(kind, id), columnHeader(kind, key, language)),
    cell: (kind: ClientCellKind): string => clientCellName(kind, id),
    is: (list: ClosedListKind, code: string | number): string => quoteText(listLabel(list, language, code)),
    isNot: (list: ClosedListKind, code: string | number): string => quoteText(`<>${listLabel(list, language, code)}`),
  };
}

type References = ReturnType<typeof referencesFor>;

const FILLED = '"<>"';

function scoreOrBlank(score: string): string {
  return `IF(ISNUMBER(${score}),${score},"")`;
}

function gapOrBlank(score: string): string {
  return `IF(ISNUMBER(${score}),MAX(0,${WORKBOOK_NAMES.target}-${score}),"")`;
}

/** COUNTIFS over the client's actions with *action* filled, plus more criteria. */
function countActions(r: References, ...criteria: string[]): string {
  return `COUNTIFS(${[r.col("actions", "action"), FILLED, ...criteria].join(",")})`;
}

function statusIs(r: References, code: ActionStatus): string {
  return `${r.col("actions", "status")},${r.is("actionStatus", code)}`;
}

function statusIsNot(r: References, code: ActionStatus): string {
  return `${r.col("actions", "status")},${r.isNot("actionStatus", code)}`;
}

function percentDone(r: References): string {
  const divisor = `(${countActions(r)}-${countActions(r, statusIs(r, "cancelled"))})`;
  return `IF(${divisor}=0,"",${countActions(r, statusIs(r, "done"))}/${divisor})`;
}

/**
 * Client commitments (commitment filled) kept = no, dated after the latest dated client commitment kept
 * = yes or partial (MAXIFS gives 0 when there is none, so every dated no counts).
 */
function clientMissStreak(r: References): string {
  const clientRows = `${r.col("commitments", "commitment")},${FILLED},${r.col("commitments", "party")},${r.is("commitmentParty", "client")}`;
  const latestKept = (code: "yes" | "partial"): string =>
    `MAXIFS(${r.col("commitments", "date")},${clientRows},${r.col("commitments", "kept")},${r.is("commitmentKept", code)})`;
  const since = `MAX(${latestKept("yes")},${latestKept("partial")})`;
  return `COUNTIFS(${clientRows},${r.col("commitments", "kept")},${r.is("commitmentKept", "no")},${r.col("commitments", "date")},">"&${since})`;
}

function lastFeedback(r: References): string {
  const dates = r.col("feedback", "date");
  return `IF(COUNT(${dates})=0,"",MAX(${dates}))`;
}

/** ">=0" matches numbers only, so snapshots without a trust score are left out. */
function trustTrend(r: References): string {
  const trust = r.cell("trust");
  const dates = r.col("scoreHistory", "date");
  const trusts = r.col("scoreHistory", "trust");
  const latest = `MAXIFS(${dates},${trusts},">=0")`;
  const noSnapshot = `COUNTIFS(${trusts},">=0",${dates},">0")=0`;
  return `IF(OR(NOT(ISNUMBER(${trust})),${noSnapshot}),"",${trust}-AVERAGEIFS(${trusts},${trusts},">=0",${dates},${latest}))`;
}

function suggestedTrust(r: References): string {
  const [c, rel, i, s] = [r.cell("credibility"), r.cell("reliability"), r.cell("intimacy"), r.cell("selfOrientation")];
  const blank = [c, rel, i, s].map((cell) => `NOT(ISNUMBER(${cell}))`).join(",");
  const earned = `(${c}+${rel}+${i})`;
  const divisor = `(${earned}+3*${s})`;
  return `IF(OR(${blank}),"",IF(${divisor}=0,0,10*${earned}/${divisor}))`;
}

/**
 * A COUNTIFS / SUMIFS criterion matching exactly the text in `cell` (case aside): `=` first, so a text such
 * as `<5` or `=1+1` is not read as an operator, and `~`, `*`, `?` escaped, so they are not wildcards.
 * (LibreOffice, checked with 7.4, then compares the whole text; Excel may still read a text such as `0123` or
 * `TRUE` as a number or a boolean, which no owner name is in practice.)
 */
export function exactCriterion(cell: string): string {
  return `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;
}

/** Overdue actions of one client whose owner matches the text in `ownerCell` (see `exactCriterion`). */
export function overdueActionsOfOwner(id: ClientId, language: PlanLanguage, ownerCell: string): string {
  const r = referencesFor(id, language);
  const open = [statusIsNot(r, "done"), statusIsNot(r, "cancelled")];
  const due = `${r.col("actions", "due")},"<"&${WORKBOOK_NAMES.today}`;
  return countActions(r, ...open, due, `${r.col("actions", "owner")},${exactCriterion(ownerCell)}`);
}

function actionsAtLevel(r: References, level: PyramidLevel): string {
  return countActions(r, statusIsNot(r, "cancelled"), `${r.col("actions", "level")},${r.is("pyramidLevel", level)}`);
}

/** The figure formulas of one client, in the plan language (criteria compare list labels). */
export function clientFigureFormulas(id: ClientId, language: PlanLanguage): ClientFigureFormulas {
  const r = referencesFor(id, language);
  const open = [statusIsNot(r, "done"), statusIsNot(r, "cancelled")];
  const levels = Object.fromEntries(PYRAMID_LEVELS.map((level) => [level, actionsAtLevel(r, level)])) as Record<
    PyramidLevel,
    string
  >;
  return {
    knowledge: scoreOrBlank(r.cell("knowledge")),
    trust: scoreOrBlank(r.cell("trust")),
    knowledgeGap: gapOrBlank(r.cell("knowledge")),
    trustGap: gapOrBlank(r.cell("trust")),
    openDisappointments: `COUNTIFS(${r.col("disappointments", "what")},${FILLED},${r.col("disappointments", "status")},${r.isNot("disappointmentStatus", "resolved")})`,
    totalActions: countActions(r),
    doneActions: countActions(r, statusIs(r, "done")),
    openActions: countActions(r, ...open),
    overdueActions: countActions(r, ...open, `${r.col("actions", "due")},"<"&${WORKBOOK_NAMES.today}`),
    percentDone: percentDone(r),
    clientMissStreak: clientMissStreak(r),
    lastFeedback: lastFeedback(r),
    trustTrend: trustTrend(r),
    actionsAtLevel: levels,
    topHeavy: `(${levels[5]}+${levels[6]})>(${levels[1]}+${levels[2]}+${levels[3]}+${levels[4]})`,
    suggestedTrust: suggestedTrust(r),
  };
}
