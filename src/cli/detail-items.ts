/** Decoders of the items a detail file lists per client: people, actions, disappointments, ... */
import type {
  Action,
  Commitment,
  Disappointment,
  Feedback,
  Person,
  PyramidLevel,
  ScoreSnapshot,
  WorkingAgreement,
} from "../domain/plan";
import {
  ACTION_PURPOSE,
  ACTION_STATUS,
  ATTITUDE,
  COMMITMENT_KEPT,
  COMMITMENT_PARTY,
  DISAPPOINTMENT_STATUS,
  PERSON_ROLE,
  PYRAMID_LEVEL,
} from "../i18n/vocabulary";
import { fieldReader, isJsonObject, type FieldReader, type ReadContext } from "./json-fields";

/** Builds one item from its fields. */
export type ItemDecoder<T> = (fields: FieldReader) => T;

/**
 * The items of a list; an item with any problem is left out (its problems are in `context.issues`),
 * so one typo costs one item, not the whole file. A missing list is empty.
 */
export function decodeList<T>(value: unknown, path: string, context: ReadContext, decode: ItemDecoder<T>): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    context.issues.push({ code: "cli.detail.expectedList", path, params: {} });
    return [];
  }
  const items: T[] = [];
  value.forEach((element: unknown, index) => {
    const itemPath = `${path}[${index}]`;
    const item = decodeObject(element, itemPath, context, decode);
    if (item !== undefined) items.push(item);
  });
  return items;
}

/** One object decoded, or `undefined` when it has a problem (reported in `context.issues`). */
export function decodeObject<T>(
  value: unknown,
  path: string,
  context: ReadContext,
  decode: ItemDecoder<T>,
): T | undefined {
  if (!isJsonObject(value)) {
    context.issues.push({ code: "cli.detail.expectedObject", path, params: {} });
    return undefined;
  }
  const before = context.issues.length;
  const fields = fieldReader(value, path, context);
  const item = decode(fields);
  fields.unknownFields();
  return context.issues.length === before ? item : undefined;
}

/** A person of the influence map. */
export const decodePerson: ItemDecoder<Person> = (f) => ({
  name: f.requiredText("name"),
  role: f.choice("role", PERSON_ROLE),
  influences: f.text("influences"),
  relationshipNow: f.score("relationshipNow"),
  relationshipTarget: f.score("relationshipTarget"),
  attitude: f.choice("attitude", ATTITUDE),
  owner: f.text("owner"),
  nextStep: f.text("nextStep"),
});

/** An action on a level of the Influence Pyramid. */
export const decodeAction: ItemDecoder<Action> = (f) => ({
  action: f.requiredText("action"),
  level: f.choice<PyramidLevel>("level", PYRAMID_LEVEL),
  purpose: f.choice("purpose", ACTION_PURPOSE),
  person: f.text("person"),
  owner: f.text("owner"),
  alsoInvolve: f.text("alsoInvolve"),
  due: f.date("due"),
  status: f.choice("status", ACTION_STATUS),
  doneDate: f.date("doneDate"),
  confidential: f.flag("confidential"),
});

/** Something that disappointed the client. */
export const decodeDisappointment: ItemDecoder<Disappointment> = (f) => ({
  what: f.requiredText("what"),
  date: f.date("date"),
  responsibilityTaken: f.yesNo("responsibilityTaken"),
  talkedThrough: f.yesNo("talkedThrough"),
  status: f.choice("status", DISAPPOINTMENT_STATUS),
  linkedAction: f.text("linkedAction"),
  confidential: f.flag("confidential"),
});

/** A commitment of ours or of the client's. */
export const decodeCommitment: ItemDecoder<Commitment> = (f) => ({
  date: f.date("date"),
  commitment: f.requiredText("commitment"),
  party: f.choice("party", COMMITMENT_PARTY),
  owner: f.text("owner"),
  due: f.date("due"),
  kept: f.choice("kept", COMMITMENT_KEPT),
  evidence: f.text("evidence"),
  confidential: f.flag("confidential"),
});

/** Feedback from the client. */
export const decodeFeedback: ItemDecoder<Feedback> = (f) => ({
  date: f.date("date"),
  channel: f.text("channel"),
  who: f.text("who"),
  comment: f.requiredText("comment"),
  rating: f.score("rating"),
  followUp: f.text("followUp"),
  confidential: f.flag("confidential"),
});

/** A score snapshot of the history (its date is required: snapshots are ordered by it). */
export const decodeSnapshot: ItemDecoder<ScoreSnapshot> = (f) => ({
  date: f.requiredDate("date"),
  period: f.text("period"),
  knowledge: f.score("knowledge"),
  trust: f.score("trust"),
  note: f.text("note"),
});

/** The working agreement. */
export const decodeAgreement: ItemDecoder<WorkingAgreement> = (f) => ({
  reviewCadence: f.text("reviewCadence"),
  sponsorReceives: f.text("sponsorReceives"),
  teamReceives: f.text("teamReceives"),
  confidentialMatters: f.text("confidentialMatters"),
});
