/**
 * The steps of a random co-authoring session, as plain data (so fast-check shrinks and prints them): use
 * cases run by one of two co-authors or by both at once, each with an injected failure or none, a person
 * typing into input cells (between steps or while a request is in flight), a person damaging the structure
 * as people do, and the repair a user would run. Clients are named by an index into the clients the
 * workbook holds when the step runs (modulo their count), so every sequence stays meaningful as it shrinks.
 */
import fc from "fast-check";
import type { FaultMode } from "../../../excel-sim/faults";
import type { ClientPhase, Score } from "../../../src/domain/plan";
import { hostileText } from "./hostile-text";

/** One use case with its arguments; `client` is an index into the workbook's clients at run time. */
export type UseCaseCall =
  | { readonly kind: "add"; readonly name: string }
  | { readonly kind: "import"; readonly names: readonly string[] }
  | { readonly kind: "rename"; readonly client: number; readonly name: string }
  | { readonly kind: "archive"; readonly client: number }
  | { readonly kind: "restore"; readonly client: number }
  | { readonly kind: "snapshot"; readonly client: number | "all" }
  | { readonly kind: "addAction"; readonly client: number; readonly text: string }
  | { readonly kind: "setScores"; readonly client: number; readonly knowledge: Score | null; readonly trust: Score }
  | { readonly kind: "repair"; readonly client: number }
  | { readonly kind: "read" }
  | { readonly kind: "delete"; readonly client: number; readonly confirmed: boolean };

/** What goes wrong while a step runs: a failing round trip (k-th of the step), or cell-edit mode from one on. */
export type Interference =
  | { readonly kind: "none" }
  | { readonly kind: "syncFault"; readonly roundTrip: number; readonly mode: FaultMode }
  | { readonly kind: "cellEditMode"; readonly fromRoundTrip: number };

/** A person typing `text` into input cell number `target` of a client (see simulated-user.ts). */
export interface Typing {
  readonly client: number;
  readonly target: number;
  readonly text: string;
}

/** Damage a person does by hand in Excel. */
export type Damage =
  | { readonly kind: "renameSheet"; readonly client: number; readonly phase: number; readonly to: string }
  | { readonly kind: "moveSheet"; readonly client: number; readonly phase: number; readonly position: number }
  | { readonly kind: "deleteTable"; readonly client: number; readonly table: number }
  | { readonly kind: "deleteSheet"; readonly client: number; readonly phase: ClientPhase }
  | { readonly kind: "deleteName"; readonly client: number; readonly name: number };

/** One step of a session. */
export type PlanStep =
  | {
      readonly kind: "run";
      readonly author: 0 | 1;
      readonly call: UseCaseCall;
      readonly interference: Interference;
      /** Typed while the k-th round trip of the step is in flight. */
      readonly typingDuring: (Typing & { readonly roundTrip: number }) | null;
    }
  | { readonly kind: "race"; readonly calls: readonly [UseCaseCall, UseCaseCall]; readonly interference: Interference }
  | { readonly kind: "type"; readonly typing: Typing }
  | { readonly kind: "damage"; readonly damage: Damage }
  | { readonly kind: "repairAll" };

/** Names chosen to collide (case, spaces, sheet-name cleaning) and to look like formulas or numbers. */
const NAME_POOL = [
  "Acme",
  "acme ",
  "Beta",
  "Grupo Ñandú",
  '=HYPERLINK("x")',
  "+34 600 000 000",
  "History",
  "'Citado'",
  "Acme?",
  "Cliente",
  "x".repeat(40),
  "😀 Emoji",
  "שלום",
];

const clientName: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NAME_POOL) },
  {
    weight: 1,
    arbitrary: hostileText(20, 1)
      .map((t) => t.replace(/\0/g, ""))
      .filter((t) => t.trim() !== ""),
  },
);

const client = fc.nat(7);
const score: fc.Arbitrary<Score> = fc.integer({ min: 0, max: 10 });

const useCaseCall: fc.Arbitrary<UseCaseCall> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("add" as const), name: clientName }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("import" as const),
      names: fc.array(clientName, { minLength: 1, maxLength: 3 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("rename" as const), client, name: clientName }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("archive" as const), client }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("restore" as const), client }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("snapshot" as const),
      client: fc.oneof(client, fc.constant("all" as const)),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("addAction" as const), client, text: clientName }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("setScores" as const),
      client,
      knowledge: fc.option(score, { nil: null }),
      trust: score,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("repair" as const), client }) },
  { weight: 1, arbitrary: fc.constant({ kind: "read" as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), client, confirmed: fc.boolean() }) },
);

const faultMode: fc.Arbitrary<FaultMode> = fc.oneof(
  fc.constant({ kind: "nothingApplied" as const }),
  fc.oneof(fc.nat(12), fc.nat(400)).map((applied) => ({ kind: "afterCommands" as const, applied })),
);

const interference: fc.Arbitrary<Interference> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: "none" as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("syncFault" as const),
      roundTrip: fc.integer({ min: 1, max: 4 }),
      mode: faultMode,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("cellEditMode" as const), fromRoundTrip: fc.integer({ min: 1, max: 3 }) }),
  },
);

const typing: fc.Arbitrary<Typing> = fc.record({
  client,
  target: fc.nat(40),
  text: fc.oneof(fc.constantFrom("Nos recomendaron", "=1+1", "+34 600", "007", "7", "sí"), hostileText(12, 1)),
});

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({
    kind: fc.constant("renameSheet" as const),
    client,
    phase: fc.nat(2),
    to: fc.constantFrom("Mi cliente", "Visión", "Plan 2027", "Seguimiento"),
  }),
  fc.record({ kind: fc.constant("moveSheet" as const), client, phase: fc.nat(2), position: fc.nat(6) }),
  fc.record({ kind: fc.constant("deleteTable" as const), client, table: fc.nat(11) }),
  fc.record({
    kind: fc.constant("deleteSheet" as const),
    client,
    phase: fc.constantFrom("ver" as const, "ajustar" as const, "medir" as const),
  }),
  fc.record({ kind: fc.constant("deleteName" as const), client, name: fc.nat(21) }),
);

/** One random step. */
export const planStep: fc.Arbitrary<PlanStep> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant("run" as const),
      author: fc.constantFrom(0 as const, 1 as const),
      call: useCaseCall,
      interference,
      typingDuring: fc.option(
        fc.record({
          client,
          target: fc.nat(40),
          text: fc.constantFrom("Escrito mientras tanto", "=2+2"),
          roundTrip: fc.integer({ min: 1, max: 3 }),
        }),
        { nil: null, freq: 3 },
      ),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("race" as const),
      calls: fc.tuple(useCaseCall, useCaseCall),
      interference,
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("type" as const), typing }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("damage" as const), damage }) },
  { weight: 1, arbitrary: fc.constant({ kind: "repairAll" as const }) },
);

/** A session: 1–`maxSteps` steps, always ending with a repair (the state must then be whole). */
export function planSession(maxSteps: number): fc.Arbitrary<PlanStep[]> {
  return fc
    .array(planStep, { minLength: 1, maxLength: maxSteps })
    .map((steps) => [...steps, { kind: "repairAll" as const }]);
}
