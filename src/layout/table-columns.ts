/**
 * The columns of every per-client table — key, header, type, validation, width, calculated formula — and how a
 * domain row becomes table cells. The single source both writers use to build the tables and readers use to
 * map a table back to the domain: a column's key is the domain field it holds (`q1`…`q4` are
 * `quarters[0…3]`; calculated columns hold no field).
 */
import type {
  Action,
  Challenge,
  Client,
  ClientPhase,
  Commitment,
  Disappointment,
  Expectation,
  Feedback,
  ImpactIndicator,
  Meeting,
  Person,
  PlanLanguage,
  ScoreSnapshot,
  Service,
} from "../domain/plan";
import { TABLE_HEADERS, type Bilingual } from "../i18n/workbook-text";
import {
  latestFormula,
  overdueFormula,
  percentOfTargetFormula,
  scoreDeltaFormula,
  type ColumnReference,
  type RowReference,
} from "./calculated-columns";
import type { StyleKey } from "./spec";
import { STYLE } from "./styles";
import type { ClientTableKind, ClosedListKind } from "./workbook-names";

/** What a domain field holds: text, a number, a yes/no answer, a list code or a date (ISO), or nothing. */
export type FieldValue = string | number | boolean | null;

/** How a column's cells are typed, validated and formatted. */
export type ColumnType =
  | { readonly kind: "text" }
  | { readonly kind: "date" }
  /** Whole number, 0–10. */
  | { readonly kind: "score" }
  | { readonly kind: "number" }
  /** A closed list: the cell holds the label of the code in the plan language. */
  | { readonly kind: "list"; readonly list: ClosedListKind }
  /** A boolean field stored as the yes/no label. */
  | { readonly kind: "yesNo" }
  | {
      readonly kind: "calculated";
      readonly style: StyleKey;
      /** The formula from references to its own row's cells and to whole columns of its table, by key. */
      readonly formula: (row: RowReference, language: PlanLanguage, column: ColumnReference) => string;
    };

/** One column of a per-client table. */
export interface ClientColumn<R> {
  /** Stable key: the domain field (see the module comment). */
  readonly key: string;
  readonly type: ColumnType;
  /** Width, characters of the default font. */
  readonly width: number;
  /** The column's value in a domain row; absent for calculated columns. */
  readonly read?: (row: R) => FieldValue;
}

/** One per-client table: where it lives, its columns and its rows in the domain. */
export interface ClientTableDefinition<R> {
  readonly phase: ClientPhase;
  readonly columns: readonly ClientColumn<R>[];
  /** Built-in Excel table style. */
  readonly style: string;
  readonly rowsOf: (client: Client) => readonly R[];
}

type KeysWhere<R, V> = { [K in keyof R]-?: R[K] extends V ? K : never }[keyof R] & string;

function columnsFor<R>() {
  const field =
    (type: ColumnType) =>
    (key: string, width: number): ClientColumn<R> => ({
      key,
      type,
      width,
      read: (row: R) => (row as Record<string, unknown>)[key] as FieldValue,
    });
  return {
    text: (key: KeysWhere<R, string>, width: number) => field({ kind: "text" })(key, width),
    date: (key: KeysWhere<R, string | null>, width = 11) => field({ kind: "date" })(key, width),
    score: (key: KeysWhere<R, number | null>, width = 12) => field({ kind: "score" })(key, width),
    number: (key: KeysWhere<R, number | null>, width = 11) => field({ kind: "number" })(key, width),
    list: (key: KeysWhere<R, string | number | null>, list: ClosedListKind, width: number) =>
      field({ kind: "list", list })(key, width),
    yesNo: (key: KeysWhere<R, boolean | null>, width = 13) => field({ kind: "yesNo" })(key, width),
  };
}

/** A calculated column: no domain field; `formula` builds its invariant-English formula. */
function calculated<R>(
  key: string,
  style: StyleKey,
  formula: Extract<ColumnType, { kind: "calculated" }>["formula"],
  width: number,
): ClientColumn<R> {
  return { key, type: { kind: "calculated", style, formula }, width };
}

const quarter = (index: 0 | 1 | 2 | 3): ClientColumn<ImpactIndicator> => ({
  key: `q${index + 1}`,
  type: { kind: "number" },
  width: 8,
  read: (row) => row.quarters[index],
});

const challenge = columnsFor<Challenge>();
const expectation = columnsFor<Expectation>();
const disappointment = columnsFor<Disappointment>();
const snapshot = columnsFor<ScoreSnapshot>();
const person = columnsFor<Person>();
const action = columnsFor<Action>();
const service = columnsFor<Service>();
const meeting = columnsFor<Meeting>();
const indicator = columnsFor<ImpactIndicator>();
const commitment = columnsFor<Commitment>();
const feedback = columnsFor<Feedback>();

/** Rows of each per-client table, in the domain. */
interface ClientTableRows {
  challenges: Challenge;
  expectations: Expectation;
  disappointments: Disappointment;
  scoreHistory: ScoreSnapshot;
  people: Person;
  actions: Action;
  services: Service;
  meetings: Meeting;
  indicators: ImpactIndicator;
  commitments: Commitment;
  feedback: Feedback;
}

/** Every per-client table, by kind, in sheet order (Ver, Ajustar, Medir; left to right). */
export const CLIENT_TABLES: { readonly [K in ClientTableKind]: ClientTableDefinition<ClientTableRows[K]> } = {
  challenges: {
    phase: "ver",
    style: "TableStyleMedium2",
    rowsOf: (client) => client.challenges,
    columns: [
      challenge.list("kind", "challengeKind", 14),
      challenge.text("description", 40),
      challenge.text("source", 28),
      challenge.yesNo("confirmed", 16),
      challenge.date("date"),
      challenge.yesNo("confidential"),
    ],
  },
  expectations: {
    phase: "ver",
    style: "TableStyleMedium2",
    rowsOf: (client) => client.expectations,
    columns: [
      expectation.text("expectation", 36),
      expectation.text("howWeMeetIt", 36),
      expectation.list("status", "expectationStatus", 14),
      expectation.yesNo("confidential"),
    ],
  },
  disappointments: {
    phase: "ver",
    style: "TableStyleMedium2",
    rowsOf: (client) => client.disappointments,
    columns: [
      disappointment.text("what", 32),
      disappointment.date("date"),
      disappointment.yesNo("responsibilityTaken", 18),
      disappointment.yesNo("talkedThrough", 16),
      disappointment.list("status", "disappointmentStatus", 13),
      disappointment.text("linkedAction", 24),
      disappointment.yesNo("confidential"),
    ],
  },
  scoreHistory: {
    phase: "ver",
    style: "TableStyleMedium2",
    rowsOf: (client) => client.scoreHistory,
    columns: [
      snapshot.date("date"),
      snapshot.text("period", 14),
      snapshot.score("knowledge", 14),
      calculated("knowledgeDelta", STYLE.decimal, scoreDeltaFormula("knowledge"), 14),
      snapshot.score("trust", 11),
      calculated("trustDelta", STYLE.decimal, scoreDeltaFormula("trust"), 11),
      snapshot.text("note", 30),
    ],
  },
  people: {
    phase: "ajustar",
    style: "TableStyleMedium3",
    rowsOf: (client) => client.people,
    columns: [
      person.text("name", 22),
      person.list("role", "personRole", 16),
      person.text("influences", 22),
      person.score("relationshipNow", 12),
      person.score("relationshipTarget", 12),
      person.list("attitude", "attitude", 16),
      person.text("owner", 16),
      person.text("nextStep", 28),
    ],
  },
  actions: {
    phase: "ajustar",
    style: "TableStyleMedium3",
    rowsOf: (client) => client.actions,
    columns: [
      action.text("action", 34),
      action.list("level", "pyramidLevel", 26),
      action.list("purpose", "actionPurpose", 22),
      action.text("person", 16),
      action.text("owner", 14),
      action.text("alsoInvolve", 16),
      action.date("due"),
      action.list("status", "actionStatus", 11),
      action.date("doneDate"),
      calculated("overdue", STYLE.warning, overdueFormula, 9),
      action.yesNo("confidential"),
    ],
  },
  services: {
    phase: "ajustar",
    style: "TableStyleMedium3",
    rowsOf: (client) => client.services,
    columns: [
      service.text("service", 28),
      service.yesNo("providedToday", 16),
      service.text("need", 30),
      service.text("opportunity", 30),
    ],
  },
  meetings: {
    phase: "ajustar",
    style: "TableStyleMedium3",
    rowsOf: (client) => client.meetings,
    columns: [
      meeting.date("date"),
      meeting.text("attendees", 20),
      meeting.text("needsNextYear", 28),
      meeting.text("fitWithServices", 28),
      meeting.text("experiencesAndProposal", 28),
      meeting.text("outcome", 24),
      meeting.yesNo("confidential"),
    ],
  },
  indicators: {
    phase: "medir",
    style: "TableStyleMedium7",
    rowsOf: (client) => client.indicators,
    columns: [
      indicator.text("indicator", 26),
      indicator.list("side", "impactSide", 14),
      indicator.number("baseline"),
      indicator.number("target"),
      quarter(0),
      quarter(1),
      quarter(2),
      quarter(3),
      calculated("latest", STYLE.figure, latestFormula, 9),
      calculated("percentOfTarget", STYLE.percent, percentOfTargetFormula, 12),
      indicator.text("owner", 14),
      indicator.text("source", 16),
      indicator.yesNo("confidential"),
    ],
  },
  commitments: {
    phase: "medir",
    style: "TableStyleMedium7",
    rowsOf: (client) => client.commitments,
    columns: [
      commitment.date("date"),
      commitment.text("commitment", 32),
      commitment.list("party", "commitmentParty", 14),
      commitment.text("owner", 14),
      commitment.date("due"),
      commitment.list("kept", "commitmentKept", 12),
      commitment.text("evidence", 24),
      commitment.yesNo("confidential"),
    ],
  },
  feedback: {
    phase: "medir",
    style: "TableStyleMedium7",
    rowsOf: (client) => client.feedback,
    columns: [
      feedback.date("date"),
      feedback.text("channel", 14),
      feedback.text("who", 16),
      feedback.text("comment", 36),
      feedback.score("rating", 14),
      feedback.text("followUp", 24),
      feedback.yesNo("confidential"),
    ],
  },
};

/** Every per-client table kind, in sheet order. */
export const CLIENT_TABLE_KINDS = Object.keys(CLIENT_TABLES) as readonly ClientTableKind[];

/** The per-client tables of one phase, left to right. */
export function tablesOfPhase(phase: ClientPhase): readonly ClientTableKind[] {
  return CLIENT_TABLE_KINDS.filter((kind) => CLIENT_TABLES[kind].phase === phase);
}

const HEADERS: Readonly<Record<ClientTableKind, Readonly<Record<string, Bilingual>>>> = TABLE_HEADERS;

/** Header of a column in the plan language; an unknown key is misuse and throws. */
export function columnHeader(kind: ClientTableKind, key: string, language: PlanLanguage): string {
  const header = HEADERS[kind][key];
  if (header === undefined) throw new Error(`Table ${kind} has no column ${key}`);
  return header[language];
}
