/**
 * The columns of every per-client table — key, header, type, validation, width, calculated formula — and how a
 * domain row becomes table cells. The single source both writers use to build the tables and readers use to
 * map a table back to the domain: a column's key is the domain field it holds (`q1`…`q4` are
 * `quarters[0…3]`; calculated columns hold no field).
 * Column types and builders: client-columns.ts.
 */
import type {
  Action,
  Challenge,
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
import { latestFormula, overdueFormula, percentOfTargetFormula, scoreDeltaFormula } from "./calculated-columns";
import { calculated, columnsFor, type ClientColumn, type ClientTableDefinition } from "./client-columns";
import { STYLE } from "./styles";
import type { ClientTableKind } from "./workbook-names";

export type { ClientColumn, ClientTableDefinition, ColumnType, FieldValue } from "./client-columns";

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
