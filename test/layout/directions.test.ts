/**
 * The four directions (DESIGN §1): a plan for my manager, my peers or my team uses the same Ver / Ajustar /
 * Medir sheets as a client's, with prompts, captions and validation messages that say whom it is for —
 * while table headers, names and list labels stay the same, so readers and formulas do not change.
 */
import type { Direction, PlanLanguage } from "../../src/domain/plan";
import type { SheetSpec, ValidationSpec } from "../../src/layout/spec";
import { buildWorkbookSpec } from "../../src/layout/workbook";
import { clientCellName } from "../../src/layout/workbook-names";
import { aClient, aPlan } from "./plan-fixtures";

const DIRECTIONS: readonly Direction[] = ["client", "manager", "peers", "team"];

/** The word each direction's texts use, per language. */
const WORD: Readonly<Record<PlanLanguage, Readonly<Record<Exclude<Direction, "client">, RegExp>>>> = {
  es: { manager: /mi manager|tu manager/, peers: /mis compañeros|tus compañeros/, team: /mi equipo|tu equipo/ },
  en: { manager: /my manager|your manager/i, peers: /my peers|your peers/i, team: /my team|your team/i },
};

function planOf(language: PlanLanguage) {
  return aPlan(
    DIRECTIONS.map((direction, index) => aClient(`dir${index}0000`.slice(0, 8), `Plan ${direction}`, { direction })),
    { language },
  );
}

/** The texts a client's three sheets show (captions, labels, prompts), and its validations. */
function wording(sheets: readonly SheetSpec[]) {
  const texts = sheets.flatMap((s) => s.cells.flatMap((c) => (c.value.kind === "text" ? [c.value.text] : [])));
  const validations: ValidationSpec[] = sheets.flatMap((s) => s.validations.map((v) => v.validation));
  const literals = sheets.flatMap((s) =>
    s.cells.flatMap((c) =>
      c.value.kind === "formula" ? [...c.value.formula.matchAll(/"([^"]+)"/g)].map((m) => m[1]!) : [],
    ),
  );
  return { texts, validations, literals };
}

describe.each<PlanLanguage>(["es", "en"])("a plan with one client of each direction (%s)", (language) => {
  const spec = buildWorkbookSpec(planOf(language));
  const sheetsOf = (index: number) => spec.sheets.filter((s) => s.clientId === `dir${index}0000`.slice(0, 8));

  it.each(DIRECTIONS.slice(1).map((direction) => [direction, DIRECTIONS.indexOf(direction)] as const))(
    "given a plan for %s, its prompts and captions name them, and the client's wording is gone",
    (direction, index) => {
      const { texts } = wording(sheetsOf(index));
      const word = WORD[language][direction as Exclude<Direction, "client">];
      const prompts = sheetsOf(index).map((s) => s.cells.find((c) => c.row === 1 && c.column === 0)?.value);
      for (const prompt of prompts) expect(prompt?.kind === "text" && word.test(prompt.text)).toBe(true);
      expect(texts.filter((t) => word.test(t)).length).toBeGreaterThanOrEqual(10);
      const client = language === "es" ? /del cliente|este cliente|el cliente/ : /the client|this client/i;
      expect(texts.filter((t) => client.test(t))).toEqual(
        texts.filter((t) => /Confirmado con el cliente|Confirmed with the client/.test(t)),
      );
    },
  );

  it("given each direction, asks the knowledge and trust questions about whom the plan is for", () => {
    const prompts = DIRECTIONS.map((_, index) =>
      (["knowledge", "trust"] as const).map((kind) => {
        const ver = sheetsOf(index).find((s) => s.kind === "ver");
        const at = spec.names.find((n) => n.name === clientCellName(kind, `dir${index}0000`.slice(0, 8)));
        if (ver === undefined || at?.kind !== "range") throw new Error("no score cell");
        return ver.validations.find((v) => v.range.row === at.range.row && v.range.column === at.range.column)
          ?.validation.prompt?.message;
      }),
    );
    expect(new Set(prompts.flat()).size).toBe(8);
    for (const message of prompts.flat()) expect(message?.length).toBeLessThanOrEqual(255);
    DIRECTIONS.slice(1).forEach((direction, offset) => {
      const word = WORD[language][direction as Exclude<Direction, "client">];
      for (const message of prompts[offset + 1] ?? []) expect(message).toMatch(word);
    });
  });

  it("given each direction, words the Medir signals for them (the working agreement still named)", () => {
    const agreement = language === "es" ? /acuerdo de trabajo/ : /working agreement/;
    const signals = DIRECTIONS.map((_, index) => wording(sheetsOf(index)).literals.filter((l) => agreement.test(l)));
    // Red and amber, for each direction, all different.
    expect(signals.map((s) => s.length)).toEqual([2, 2, 2, 2]);
    expect(new Set(signals.flat()).size).toBe(8);
  });

  it("keeps every table's headers and every name the same, whatever the direction", () => {
    const headers = DIRECTIONS.map((_, index) =>
      sheetsOf(index).flatMap((s) => s.tables.map((t) => t.columns.map((c) => c.header).join("|"))),
    );
    for (const other of headers.slice(1)) expect(other).toEqual(headers[0]);
  });
});
