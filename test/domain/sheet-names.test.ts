import fc from "fast-check";
import type { ClientPhase } from "../../src/domain/plan";
import {
  assignClientSheetNames,
  cleanSheetBase,
  cutAtCharacterBoundary,
  isValidSheetName,
  MAX_SHEET_NAME_LENGTH,
  sheetNameKey,
} from "../../src/domain/sheet-names";

const ES: Readonly<Record<ClientPhase, string>> = { ver: "Ver", ajustar: "Ajustar", medir: "Medir" };
const EN: Readonly<Record<ClientPhase, string>> = { ver: "See", ajustar: "Adjust", medir: "Measure" };
const PHASES: readonly ClientPhase[] = ["ver", "ajustar", "medir"];

function namesOf(result: Readonly<Record<ClientPhase, string>>): string[] {
  return PHASES.map((phase) => result[phase]);
}

/** Assigns names to `clientNames` one after another, each seeing the sheets already created. */
function assignAll(clientNames: readonly string[], labels = ES, initial: readonly string[] = []): string[] {
  const taken = [...initial];
  for (const name of clientNames) taken.push(...namesOf(assignClientSheetNames(name, labels, taken)));
  return taken.slice(initial.length);
}

/** Every produced name is valid, and no two produced names, nor a produced and a taken one, fold alike. */
function expectAllValidAndUnique(names: readonly string[], alsoTaken: readonly string[] = []): void {
  for (const name of names) expect(isValidSheetName(name)).toBe(true);
  for (const fold of [(name: string) => name.toLowerCase(), sheetNameKey]) {
    const produced = names.map(fold);
    expect(new Set(produced).size).toBe(produced.length);
    const taken = new Set(alsoTaken.map(fold));
    expect(produced.filter((key) => taken.has(key))).toEqual([]);
  }
}

describe("isValidSheetName", () => {
  it.each([
    ["Acme · Ver", true],
    ["a", true],
    ["x".repeat(31), true],
    ["x".repeat(32), false],
    ["", false],
    ["Sam's", true],
    ["'Sam", false],
    ["Sam'", false],
    ["History", false],
    ["HISTORY", false],
    ["history", false],
    ["History · Ver", true],
    ["a:b", false],
    ["a\\b", false],
    ["a/b", false],
    ["a?b", false],
    ["a*b", false],
    ["a[b", false],
    ["a]b", false],
    ["a\u0000b", false],
    ["a\tb", false],
    ["a\u007fb", false],
    ["a\ud800b", false],
    ["😀".repeat(15), true],
    ["😀".repeat(16), false],
    ["שלום · Ver", true],
    ["<img src=x onerror=alert(1)>", true],
  ])("given %j, answers %s", (name, expected) => {
    expect(isValidSheetName(name)).toBe(expected);
  });
});

describe("cleanSheetBase", () => {
  it.each([
    ["Acme", "Acme"],
    ["  Acme \t\n Corp  ", "Acme Corp"],
    ["Acme: Spain", "Acme - Spain"],
    ["10:30", "10-30"],
    ["A/B\\C", "A-B-C"],
    ["[Beta]", "(Beta)"],
    ["Why? Not*", "Why Not"],
    ["'Quoted'", "Quoted"],
    ["' 'Quoted' '", "Quoted"],
    ["O'Brien", "O'Brien"],
    ["a\u0000b\u0007c", "abc"],
    ["abc\u202Edef", "abcdef"],
    ["?*:/", "--"],
    ["?*", ""],
    ["\u0001\u0002", ""],
  ])("given %j, gives %j", (raw, cleaned) => {
    expect(cleanSheetBase(raw)).toBe(cleaned);
  });
});

describe("cutAtCharacterBoundary", () => {
  it.each([
    ["given a surrogate pair at the cut, drops the whole pair", "ab😀", 3, "ab"],
    ["given a combining accent after the cut, keeps the letter with its accent out", "abe\u0301", 3, "ab"],
    ["given a ZWJ family emoji across the cut, keeps none of it", "a👨‍👩‍👧", 4, "a"],
    ["given a skin-tone modifier after the cut, drops the hand too", "a👍🏽", 3, "a"],
    ["given two flags and room for one and a half, keeps one flag", "🇪🇸🇫🇷", 6, "🇪🇸"],
    ["given text that fits, returns it unchanged", "abc", 3, "abc"],
  ])("%s", (_title, text, max, expected) => {
    expect(cutAtCharacterBoundary(text, max)).toBe(expected);
  });
});

describe("assignClientSheetNames", () => {
  it("given a plain name, gives '<name> · <label>' for each phase", () => {
    expect(assignClientSheetNames("Acme", ES, [])).toEqual({
      ver: "Acme · Ver",
      ajustar: "Acme · Ajustar",
      medir: "Acme · Medir",
    });
  });

  it("given a name longer than fits, shortens one shared base with … so the longest label still fits", () => {
    const names = assignClientSheetNames("Very Long Company Name International Holdings", ES, []);
    expect(names.ajustar).toBe("Very Long Company Na… · Ajustar");
    expect(names.ajustar.length).toBe(MAX_SHEET_NAME_LENGTH);
    expect(names.ver).toBe("Very Long Company Na… · Ver");
  });

  it("given two names sharing their first 25 characters, gives distinct names", () => {
    const shared = "Compañía Internacional de";
    const names = assignAll([`${shared} Seguros`, `${shared} Reaseguros`]);
    expectAllValidAndUnique(names);
    expect(names[3]).toMatch(/ \(2\) · Ver$/u);
  });

  it("given a case-only duplicate of a taken sheet, numbers the base", () => {
    expect(assignClientSheetNames("ACME", ES, ["acme · ajustar"]).ver).toBe("ACME (2) · Ver");
  });

  it("given (2) taken as well, goes on to (3)", () => {
    const taken = ["Acme · Medir", "ACME (2) · VER"];
    expect(assignClientSheetNames("Acme", ES, taken).medir).toBe("Acme (3) · Medir");
  });

  it("given a long name that collides, keeps the number inside 31 characters", () => {
    const name = "Very Long Company Name International Holdings";
    const first = namesOf(assignClientSheetNames(name, ES, []));
    const second = assignClientSheetNames(name, ES, first);
    expect(second.ajustar).toBe("Very Long Compan… (2) · Ajustar");
    expectAllValidAndUnique(namesOf(second), first);
  });

  it.each([
    ["only forbidden characters", "?*?*", "Cliente · Ver"],
    ["only control characters", "\u0000\u001f", "Cliente · Ver"],
    ["only apostrophes and spaces", " ''' ", "Cliente · Ver"],
    ["an empty string", "", "Cliente · Ver"],
  ])("given %s, uses the fallback base", (_title, name, expected) => {
    expect(assignClientSheetNames(name, ES, []).ver).toBe(expected);
  });

  it("given a caller fallback, uses it for an empty base", () => {
    expect(assignClientSheetNames("***", EN, [], "Client").medir).toBe("Client · Measure");
  });

  it.each([
    ["a 32,767-character string", "x".repeat(32767)],
    ["each forbidden character", ": \\ / ? * [ ]"],
    ["leading and trailing apostrophes", "'Acme'"],
    ["History", "History"],
    ["an emoji at the cut point", `${"a".repeat(19)}😀😀😀`],
    ["a ZWJ sequence at the cut point", `${"a".repeat(18)}👩‍👩‍👧‍👦 tail`],
    ["right-to-left text", "شركة الاتصالات السعودية المحدودة"],
    ["HTML", "<img src=x onerror=alert(1)>"],
    ["a formula", '=HYPERLINK("http://x","y")'],
    ["control characters", "Ac\u0000me\u0007\r\n Corp"],
    ["a lone surrogate at the cut point", `${"a".repeat(19)}\ud83d${"b".repeat(5)}`],
  ])("given %s, gives valid, unique names", (_title, name) => {
    expectAllValidAndUnique(namesOf(assignClientSheetNames(name, ES, [])));
    expectAllValidAndUnique(namesOf(assignClientSheetNames(name, EN, [])));
  });

  it("given the same name fifty times, gives fifty distinct valid triples", () => {
    expectAllValidAndUnique(assignAll(Array.from({ length: 50 }, () => "Acme")));
  });

  it("given the same inputs twice, gives the same names (deterministic)", () => {
    const taken = ["Acme · Ver", "Otro"];
    expect(assignClientSheetNames("Acme", ES, taken)).toEqual(assignClientSheetNames("Acme", ES, taken));
  });

  it.each([
    ["a label with a forbidden character", { ver: "Ver?", ajustar: "Ajustar", medir: "Medir" }],
    ["a label ending in an apostrophe", { ver: "Ver'", ajustar: "Ajustar", medir: "Medir" }],
    ["two labels equal but for case", { ver: "Ver", ajustar: "VER", medir: "Medir" }],
    ["a label too long to leave room for a name", { ver: "x".repeat(25), ajustar: "Ajustar", medir: "Medir" }],
  ])("given %s, throws (misuse)", (_title, labels) => {
    expect(() => assignClientSheetNames("Acme", labels, [])).toThrow();
  });
});

describe("assignClientSheetNames, for any input", () => {
  const anyUnit = fc.oneof(
    fc.constantFrom(
      ":",
      "\\",
      "/",
      "?",
      "*",
      "[",
      "]",
      "'",
      " ",
      "\t",
      "\u0000",
      "\u202e",
      "…",
      "·",
      "😀",
      "\u200d",
      "\u0301",
      "🇪",
      "\ud800",
      "\udc00",
      "ß",
      "ς",
    ),
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
  );
  const anyName = fc.oneof(fc.string({ unit: anyUnit, maxLength: 60 }), fc.constantFrom("History", "Acme", "acme"));

  it("gives valid names, unique among themselves and against everything already taken", () => {
    fc.assert(
      fc.property(fc.array(anyName, { maxLength: 8 }), fc.array(anyName, { maxLength: 8 }), (names, taken) => {
        const labels = names.length % 2 === 0 ? ES : EN;
        expectAllValidAndUnique(assignAll(names, labels, taken), taken);
      }),
      { numRuns: 500, seed: 20270101 },
    );
  });
});
