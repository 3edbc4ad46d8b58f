/**
 * Validation of a plan and of the fields of a new client. Results, not exceptions: every problem is an
 * issue with a message code (src/i18n/messages/validation.ts) and the path of the offending value, such as
 * `clients[2].actions[0].due`, so a form or the health check can point at it.
 */
import { clientNameKey } from "./client-name";
import { isClientId } from "./client-id";
import { isExcelDate } from "./dates";
import type {
  ActionPurpose,
  ActionStatus,
  Attitude,
  ChallengeKind,
  Client,
  ClientKind,
  ClientState,
  CommitmentKept,
  CommitmentParty,
  Direction,
  DisappointmentStatus,
  ExpectationStatus,
  ImpactSide,
  NewClientFields,
  PersonRole,
  Plan,
  PlanLanguage,
  PyramidLevel,
} from "./plan";

/** One problem: a `validation.*` message code, where it is, and the values its message needs. */
export interface ValidationIssue {
  readonly code: string;
  readonly path: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The outcome of a validation: `ok` exactly when there is no issue. */
export interface ValidationResult {
  readonly ok: boolean;
  readonly issues: readonly ValidationIssue[];
}

/** Plan years accepted, inclusive. */
export const PLAN_YEAR_RANGE = { min: 2000, max: 2100 } as const;
/** Every score (knowledge, trust, factors, relationship, rating, target) is a whole number in this range. */
export const SCORE_RANGE = { min: 0, max: 10 } as const;
/** Excel's limit on the characters of one cell: longer text is cut or refused. */
export const MAX_CELL_TEXT = 32767;

/** The codes of one closed list; a `Record` over the union so the compiler flags a missing code. */
type CodeSet<C extends string | number> = Readonly<Record<C, true>>;

const LANGUAGES: CodeSet<PlanLanguage> = { es: true, en: true };
const DIRECTIONS: CodeSet<Direction> = { client: true, manager: true, peers: true, team: true };
const CLIENT_KINDS: CodeSet<ClientKind> = { external: true, internal: true };
const CLIENT_STATES: CodeSet<ClientState> = { active: true, archived: true };
const LEVELS: CodeSet<PyramidLevel> = { 1: true, 2: true, 3: true, 4: true, 5: true, 6: true };

/** What each per-client table's fields must hold. */
interface RowRules<Row> {
  readonly scores?: readonly (keyof Row)[];
  readonly dates?: readonly (keyof Row)[];
  readonly requiredDates?: readonly (keyof Row)[];
  readonly numbers?: readonly (keyof Row)[];
  readonly codes?: Partial<Record<keyof Row, CodeSet<string | number>>>;
}

type TableKey = {
  [K in keyof Client]-?: Client[K] extends readonly unknown[] ? K : never;
}[keyof Client];

const ROW_RULES: { readonly [K in TableKey]: RowRules<Client[K][number]> } = {
  challenges: {
    dates: ["date"],
    codes: { kind: { challenge: true, problem: true, opportunity: true } satisfies CodeSet<ChallengeKind> },
  },
  expectations: { codes: { status: { met: true, partial: true, unmet: true } satisfies CodeSet<ExpectationStatus> } },
  disappointments: {
    dates: ["date"],
    codes: { status: { open: true, inProgress: true, resolved: true } satisfies CodeSet<DisappointmentStatus> },
  },
  scoreHistory: { scores: ["knowledge", "trust"], requiredDates: ["date"] },
  people: {
    scores: ["relationshipNow", "relationshipTarget"],
    codes: {
      role: {
        keyDecisionMaker: true,
        influencer: true,
        sponsor: true,
        user: true,
        other: true,
      } satisfies CodeSet<PersonRole>,
      attitude: { promoter: true, neutral: true, detractor: true } satisfies CodeSet<Attitude>,
    },
  },
  actions: {
    dates: ["due", "doneDate"],
    codes: {
      level: LEVELS,
      purpose: {
        repairTrust: true,
        increaseTrust: true,
        knowBetter: true,
        decisionMakerRelationship: true,
        influencerRelationship: true,
        explain: true,
        correct: true,
      } satisfies CodeSet<ActionPurpose>,
      status: { pending: true, inProgress: true, done: true, cancelled: true } satisfies CodeSet<ActionStatus>,
    },
  },
  services: {},
  meetings: { dates: ["date"] },
  indicators: {
    numbers: ["baseline", "target"],
    codes: { side: { ourCompany: true, client: true } satisfies CodeSet<ImpactSide> },
  },
  commitments: {
    dates: ["date", "due"],
    codes: {
      party: { us: true, client: true } satisfies CodeSet<CommitmentParty>,
      kept: { yes: true, no: true, partial: true } satisfies CodeSet<CommitmentKept>,
    },
  },
  feedback: { dates: ["date"], scores: ["rating"] },
};

type Issues = ValidationIssue[];

function at(base: string, field: string | number): string {
  if (typeof field === "number") return `${base}[${field}]`;
  return base === "" ? field : `${base}.${field}`;
}

function shown(value: unknown): string {
  return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
}

function checkScore(value: unknown, path: string, issues: Issues): void {
  if (value === null) return;
  const whole = typeof value === "number" && Number.isInteger(value);
  if (!whole || value < SCORE_RANGE.min || value > SCORE_RANGE.max) {
    issues.push({ code: "validation.scoreRange", path, params: { value: shown(value), ...SCORE_RANGE } });
  }
}

function checkDate(value: unknown, path: string, required: boolean, issues: Issues): void {
  if (value === null || value === undefined) {
    if (required) issues.push({ code: "validation.dateRequired", path });
    return;
  }
  if (typeof value !== "string" || !isExcelDate(value)) {
    issues.push({ code: "validation.dateInvalid", path, params: { value: shown(value) } });
  }
}

function checkNumber(value: unknown, path: string, issues: Issues): void {
  if (value === null || (typeof value === "number" && Number.isFinite(value))) return;
  issues.push({ code: "validation.numberInvalid", path, params: { value: shown(value) } });
}

function checkCode(value: unknown, codes: CodeSet<string | number>, path: string, issues: Issues): void {
  if (value === null) return;
  const known =
    (typeof value === "string" || typeof value === "number") && Object.prototype.hasOwnProperty.call(codes, value);
  // A pyramid level gets its own message ("1 to 6"), every other closed list the generic one.
  const code = codes === LEVELS ? "validation.levelRange" : "validation.unknownValue";
  if (!known) issues.push({ code, path, params: { value: shown(value) } });
}

/** Every string field of `record` fits in one Excel cell. */
function checkTextLengths(record: object, base: string, issues: Issues): void {
  for (const [field, value] of Object.entries(record)) {
    if (typeof value === "string" && value.length > MAX_CELL_TEXT) {
      issues.push({ code: "validation.textTooLong", path: at(base, field), params: { max: MAX_CELL_TEXT } });
    }
  }
}

function checkRow<Row extends object>(row: Row, rules: RowRules<Row>, base: string, issues: Issues): void {
  const value = (field: keyof Row): unknown => row[field];
  for (const field of rules.scores ?? []) checkScore(value(field), at(base, String(field)), issues);
  for (const field of rules.dates ?? []) checkDate(value(field), at(base, String(field)), false, issues);
  for (const field of rules.requiredDates ?? []) checkDate(value(field), at(base, String(field)), true, issues);
  for (const field of rules.numbers ?? []) checkNumber(value(field), at(base, String(field)), issues);
  for (const [field, codes] of Object.entries(rules.codes ?? {})) {
    checkCode(value(field as keyof Row), codes as CodeSet<string | number>, at(base, field), issues);
  }
  checkTextLengths(row, base, issues);
}

function checkTables(client: Client, base: string, issues: Issues): void {
  for (const key of Object.keys(ROW_RULES) as TableKey[]) {
    const rules = ROW_RULES[key] as RowRules<object>;
    client[key].forEach((row: object, index: number) => checkRow(row, rules, at(at(base, key), index), issues));
  }
  client.indicators.forEach((indicator, index) => {
    const quarters = at(at(at(base, "indicators"), index), "quarters");
    indicator.quarters.forEach((quarter, q) => checkNumber(quarter, at(quarters, q), issues));
  });
}

/** The issues of the fields a client is created with, `base` prefixing every path. */
function checkClientFields(fields: NewClientFields, base: string, issues: Issues): void {
  if (!isClientId(fields.id)) {
    issues.push({ code: "validation.clientIdInvalid", path: at(base, "id"), params: { value: shown(fields.id) } });
  }
  if (fields.name.trim() === "") issues.push({ code: "validation.nameRequired", path: at(base, "name") });
  checkScore(fields.knowledge ?? null, at(base, "knowledge"), issues);
  checkScore(fields.trust ?? null, at(base, "trust"), issues);
  if (fields.direction !== undefined) checkCode(fields.direction, DIRECTIONS, at(base, "direction"), issues);
  if (fields.kind !== undefined) checkCode(fields.kind, CLIENT_KINDS, at(base, "kind"), issues);
  checkTextLengths(fields, base, issues);
}

function result(issues: readonly ValidationIssue[]): ValidationResult {
  return { ok: issues.length === 0, issues };
}

/**
 * Validates the fields of a client about to be added: a valid id, a non-blank name not already used by
 * `existingNames` (trimmed, case-insensitive), scores whole 0–10 or blank, known direction and kind.
 */
export function validateClientFields(
  fields: NewClientFields,
  existingNames: readonly string[] = [],
  basePath = "",
): ValidationResult {
  const issues: Issues = [];
  checkClientFields(fields, basePath, issues);
  const key = clientNameKey(fields.name);
  if (key !== "" && existingNames.some((name) => clientNameKey(name) === key)) {
    issues.push({ code: "validation.nameDuplicate", path: at(basePath, "name"), params: { name: fields.name.trim() } });
  }
  return result(issues);
}

function checkClient(client: Client, base: string, issues: Issues): void {
  checkClientFields(client, base, issues);
  checkCode(client.state, CLIENT_STATES, at(base, "state"), issues);
  const factors = at(base, "trustFactors");
  for (const [field, score] of Object.entries(client.trustFactors)) checkScore(score, at(factors, field), issues);
  checkTextLengths(client.agreement, at(base, "agreement"), issues);
  checkTables(client, base, issues);
}

function checkUniqueness(clients: readonly Client[], issues: Issues): void {
  const ids = new Set<string>();
  const names = new Set<string>();
  clients.forEach((client, index) => {
    const base = at("clients", index);
    if (ids.has(client.id))
      issues.push({ code: "validation.clientIdDuplicate", path: at(base, "id"), params: { value: client.id } });
    ids.add(client.id);
    const key = clientNameKey(client.name);
    if (key !== "" && names.has(key)) {
      issues.push({ code: "validation.nameDuplicate", path: at(base, "name"), params: { name: client.name.trim() } });
    }
    names.add(key);
  });
}

/**
 * Validates a whole plan: year whole 2000–2100, target whole 0–10, a known language, and every client
 * (ids valid and unique, names present and unique, scores, dates, pyramid levels, closed-list values,
 * numbers finite, text within Excel's cell limit).
 */
export function validatePlan(plan: Plan): ValidationResult {
  const issues: Issues = [];
  const { min, max } = PLAN_YEAR_RANGE;
  if (!Number.isInteger(plan.year) || plan.year < min || plan.year > max) {
    issues.push({ code: "validation.yearRange", path: "year", params: { value: shown(plan.year), min, max } });
  }
  const target: unknown = plan.targetScore;
  if (!(
    typeof target === "number" &&
    Number.isInteger(target) &&
    target >= SCORE_RANGE.min &&
    target <= SCORE_RANGE.max
  )) {
    issues.push({
      code: "validation.targetRange",
      path: "targetScore",
      params: { value: shown(target), ...SCORE_RANGE },
    });
  }
  checkCode(plan.language, LANGUAGES, "language", issues);
  plan.clients.forEach((client, index) => checkClient(client, at("clients", index), issues));
  checkUniqueness(plan.clients, issues);
  return result(issues);
}
