/** The add-client form: raw text in, a client draft or the domain's validation issues out. */
import type { ClientKind, Direction } from "../domain/plan";
import { validateClientFields, type ValidationIssue } from "../domain/validation";
import type { ClientDraft } from "./pane-services";
import { readScore } from "./score-input";

/** The add-client form's fields as typed or picked. */
export interface ClientFormInput {
  readonly name: string;
  readonly owner: string;
  readonly sector: string;
  readonly direction: Direction;
  readonly kind: ClientKind;
  readonly knowledge: string;
  readonly trust: string;
}

/** An empty form: a client of the Cliente direction, external. */
export const EMPTY_CLIENT_FORM: ClientFormInput = {
  name: "",
  owner: "",
  sector: "",
  direction: "client",
  kind: "external",
  knowledge: "",
  trust: "",
};

/**
 * Stands in for the id the use case will assign, so the domain's field validation can run before there is
 * one; issues about the id itself are therefore dropped.
 */
const PLACEHOLDER_ID = "pendingx";

/** The draft, or every issue (path = the form field) found by the domain's `validateClientFields`. */
export function readClientForm(
  input: ClientFormInput,
  existingNames: readonly string[],
): { ok: true; value: ClientDraft } | { ok: false; issues: ValidationIssue[] } {
  const knowledge = readScore(input.knowledge, "knowledge");
  const trust = readScore(input.trust, "trust");
  const draft: ClientDraft = {
    name: input.name.trim(),
    owner: input.owner.trim(),
    sector: input.sector.trim(),
    direction: input.direction,
    kind: input.kind,
    knowledge: knowledge.ok ? knowledge.value : null,
    trust: trust.ok ? trust.value : null,
  };
  const issues: ValidationIssue[] = [];
  if (!knowledge.ok) issues.push(knowledge.issue);
  if (!trust.ok) issues.push(trust.issue);
  const checked = validateClientFields({ ...draft, id: PLACEHOLDER_ID }, existingNames);
  issues.push(...checked.issues.filter((issue) => issue.path !== "id"));
  return issues.length === 0 ? { ok: true, value: draft } : { ok: false, issues };
}

/** The first issue of each field, by path: what a form shows under each input. */
export function issuesByField(issues: readonly ValidationIssue[]): ReadonlyMap<string, ValidationIssue> {
  const byField = new Map<string, ValidationIssue>();
  for (const issue of issues) if (!byField.has(issue.path)) byField.set(issue.path, issue);
  return byField;
}
