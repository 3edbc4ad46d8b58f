/**
 * The detail file of `vam-plan build --detail`: JSON giving clients of the CSV their people, actions,
 * disappointments, commitments, feedback and score history. Format (examples/README.md):
 * `{ "version": 1, "clients": { "<client name>": { "profile": "...", "people": [ ... ], ... } } }`.
 * Client names match the CSV's trimmed and case-insensitively; dates may be relative to the plan year.
 */
import { clientNameKey } from "../domain/client-name";
import type {
  Action,
  Client,
  Commitment,
  Disappointment,
  Feedback,
  Person,
  PlanLanguage,
  ScoreSnapshot,
  WorkingAgreement,
} from "../domain/plan";
import {
  decodeAction,
  decodeAgreement,
  decodeCommitment,
  decodeDisappointment,
  decodeFeedback,
  decodeList,
  decodeObject,
  decodePerson,
  decodeSnapshot,
  type ItemDecoder,
} from "./detail-items";
import { fieldReader, isJsonObject, type DetailIssue, type ReadContext } from "./json-fields";

/** The only format version so far. */
export const DETAIL_FORMAT_VERSION = 1;

/** What the detail file adds to one client. */
export interface ClientDetail {
  /** The client's name as written in the detail file. */
  readonly name: string;
  readonly profile: string;
  readonly knowledgeEvidence: string;
  readonly trustEvidence: string;
  readonly people: readonly Person[];
  readonly actions: readonly Action[];
  readonly disappointments: readonly Disappointment[];
  readonly commitments: readonly Commitment[];
  readonly feedback: readonly Feedback[];
  readonly scoreHistory: readonly ScoreSnapshot[];
  readonly agreement: WorkingAgreement | null;
}

/**
 * The decoded file: details by client-name key (see `clientNameKey`), and the items left out with why.
 * `ok: false` when the file as a whole cannot be used (not JSON, wrong shape or version).
 */
export type DetailFileResult =
  | { readonly ok: true; readonly clients: ReadonlyMap<string, ClientDetail>; readonly issues: readonly DetailIssue[] }
  | { readonly ok: false; readonly issues: readonly DetailIssue[] };

/** Decodes a detail file's text for a plan year and language (the language of the allowed values in messages). */
export function parseDetailFile(text: string, planYear: number, language: PlanLanguage): DetailFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e: unknown) {
    if (!(e instanceof SyntaxError)) throw e;
    return { ok: false, issues: [{ code: "cli.detail.notJson", path: "", params: { reason: e.message } }] };
  }
  const fileIssue = checkShape(json);
  if (fileIssue !== undefined || !isJsonObject(json) || !isJsonObject(json.clients)) {
    return { ok: false, issues: [fileIssue ?? { code: "cli.detail.notObject", path: "", params: {} }] };
  }
  const context: ReadContext = { planYear, language, issues: [] };
  const clients = new Map<string, ClientDetail>();
  for (const [name, value] of Object.entries(json.clients)) {
    const path = `clients[${JSON.stringify(name)}]`;
    const key = clientNameKey(name);
    if (clients.has(key)) {
      context.issues.push({ code: "cli.detail.duplicateClient", path, params: { name } });
      continue;
    }
    const detail = decodeClientDetail(name, value, path, context);
    if (detail !== undefined) clients.set(key, detail);
  }
  return { ok: true, clients, issues: context.issues };
}

/** The file-level problem of `json`, if any: not an object, wrong version, no `clients` object, unknown keys. */
function checkShape(json: unknown): DetailIssue | undefined {
  if (!isJsonObject(json)) return { code: "cli.detail.notObject", path: "", params: {} };
  if (json.version !== DETAIL_FORMAT_VERSION) {
    return {
      code: "cli.detail.badVersion",
      path: "version",
      params: { value: JSON.stringify(json.version) ?? "", expected: DETAIL_FORMAT_VERSION },
    };
  }
  if (!isJsonObject(json.clients)) return { code: "cli.detail.expectedObject", path: "clients", params: {} };
  // `$schema` and `$comment` are JSON Schema's conventional annotation keys.
  const unknown = Object.keys(json).find((key) => !["version", "clients", "$schema", "$comment"].includes(key));
  return unknown === undefined
    ? undefined
    : { code: "cli.detail.unknownField", path: unknown, params: { field: unknown, value: "" } };
}

/** One client's entry; its bad items are left out and reported, the good ones kept. */
function decodeClientDetail(
  name: string,
  value: unknown,
  path: string,
  context: ReadContext,
): ClientDetail | undefined {
  if (!isJsonObject(value)) {
    context.issues.push({ code: "cli.detail.expectedObject", path, params: {} });
    return undefined;
  }
  const fields = fieldReader(value, path, context);
  const list = <T>(key: string, decode: ItemDecoder<T>): T[] =>
    decodeList(fields.raw(key), `${path}.${key}`, context, decode);
  const agreement = fields.raw("agreement");
  const detail: ClientDetail = {
    name,
    profile: fields.text("profile"),
    knowledgeEvidence: fields.text("knowledgeEvidence"),
    trustEvidence: fields.text("trustEvidence"),
    people: list("people", decodePerson),
    actions: list("actions", decodeAction),
    disappointments: list("disappointments", decodeDisappointment),
    commitments: list("commitments", decodeCommitment),
    feedback: list("feedback", decodeFeedback),
    scoreHistory: list("snapshots", decodeSnapshot),
    agreement:
      agreement === null ? null : (decodeObject(agreement, `${path}.agreement`, context, decodeAgreement) ?? null),
  };
  fields.raw("$comment");
  fields.unknownFields();
  return detail;
}

/** The client with the detail's content; the detail adds to what the CSV gave, it does not replace identity. */
export function applyDetail(client: Client, detail: ClientDetail): Client {
  return {
    ...client,
    profile: detail.profile,
    knowledgeEvidence: detail.knowledgeEvidence,
    trustEvidence: detail.trustEvidence,
    people: detail.people,
    actions: detail.actions,
    disappointments: detail.disappointments,
    commitments: detail.commitments,
    feedback: detail.feedback,
    scoreHistory: detail.scoreHistory,
    agreement: detail.agreement ?? client.agreement,
  };
}
