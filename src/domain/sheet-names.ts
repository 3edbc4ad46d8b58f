/**
 * Excel's worksheet-name rules, and the names of a client's three sheets (`Acme · Ver`, ...).
 * Lengths are UTF-16 code units, which is what Excel counts against its 31-character limit.
 */
import type { ClientPhase } from "./plan";

/** Excel's longest worksheet name, in UTF-16 code units. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Base used when a client name has nothing printable left after cleaning. */
export const DEFAULT_SHEET_BASE = "Cliente";

/** Separator between the client's base and the phase label. */
export const SHEET_NAME_SEPARATOR = " · ";

const ELLIPSIS = "…";
const PHASES: readonly ClientPhase[] = ["ver", "ajustar", "medir"];

/** Excel rejects these seven characters anywhere in a sheet name. */
const FORBIDDEN = /[:\\/?*[\]]/u;
/**
 * C0/C1 controls (Excel refuses them), lone surrogates (in a `u` regex only unpaired ones match) and
 * U+FFFE/U+FFFF: none is text, and none can be stored in the workbook's XML.
 */
const UNPRINTABLE = /[\p{Cc}\uD800-\uDFFF\uFFFE\uFFFF]/u;

/**
 * Key under which Excel treats two sheet names as equal. Excel folds case for every script; we fold more
 * (compatibility forms, `ß`→`ss`), which can only cause an unneeded ` (2)`, never a rejected name.
 */
export function sheetNameKey(name: string): string {
  return name.normalize("NFKC").toUpperCase().toLowerCase();
}

/** Whether Excel accepts `name` as a worksheet name (uniqueness aside). */
export function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !FORBIDDEN.test(name) &&
    !UNPRINTABLE.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    // Excel reserves `History` (case-insensitively) for its change-tracking sheet.
    sheetNameKey(name) !== "history"
  );
}

/** Visually close legal stand-ins for the characters Excel forbids; `?` and `*` are dropped. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  ":": "-",
  "\\": "-",
  "/": "-",
  "[": "(",
  "]": ")",
  "?": "",
  "*": "",
};

/** Bidi embedding/override/isolate controls: in a tab name they would flip the ` · Ver` suffix around. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

/**
 * A client name made fit to start a sheet name: forbidden characters replaced or removed, controls removed,
 * whitespace collapsed, apostrophes and spaces trimmed at the ends. May be empty; never shortened.
 */
export function cleanSheetBase(text: string): string {
  // "Acme: Spain" reads best as "Acme - Spain"; a colon inside a word ("10:30") becomes a hyphen.
  const cleaned = Array.from(text.replace(/\s*:\s+/gu, " - "), (ch) => REPLACEMENTS[ch] ?? ch)
    .join("")
    .replace(/[\t\n\v\f\r\u0085]/gu, " ")
    .replace(new RegExp(UNPRINTABLE.source, "gu"), "")
    .replace(BIDI_CONTROLS, "")
    .replace(/\s+/gu, " ");
  return cleaned.replace(/^[\s']+|[\s']+$/gu, "");
}

/** Code points that belong to the character before them: cutting before one would split what the user sees. */
const CLUSTER_CONTINUATION = /^(?:\p{M}|\u200C|\u200D|[\uFE00-\uFE0F]|[\u{1F3FB}-\u{1F3FF}]|[\u{E0020}-\u{E007F}])$/u;
const REGIONAL_INDICATOR = /^[\u{1F1E6}-\u{1F1FF}]$/u;

/**
 * The longest prefix of `text` that fits in `maxUnits` UTF-16 code units without splitting a surrogate
 * pair, a combining sequence, an emoji ZWJ sequence or a flag. Rule-based rather than `Intl.Segmenter`, so
 * the result is the same on every engine and ICU version.
 */
export function cutAtCharacterBoundary(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  const points = Array.from(text);
  let end = 0;
  let units = 0;
  while (end < points.length && units + (points[end] as string).length <= maxUnits) {
    units += (points[end] as string).length;
    end += 1;
  }
  while (end > 0 && !isClusterBoundary(points, end)) end -= 1;
  return points.slice(0, end).join("");
}

/**
 * `<base><suffix>` within Excel's 31 characters: `base` shortened with `…` when it does not fit, numbered
 * ` (2)`, ` (3)`… until no name in `taken` equals it ignoring case (Excel compares sheet names that way).
 */
export function suffixedSheetName(base: string, suffix: string, taken: readonly string[]): string {
  const takenKeys = new Set(taken.map(sheetNameKey));
  for (let n = 1; ; n += 1) {
    const marker = n === 1 ? "" : ` (${n})`;
    const room = MAX_SHEET_NAME_LENGTH - suffix.length - marker.length;
    const shortened = base.length <= room ? base : `${cutAtCharacterBoundary(base, room - 1).trimEnd()}…`;
    const name = `${shortened}${marker}${suffix}`;
    if (!isValidSheetName(name)) throw new Error(`suffixedSheetName: cannot name a sheet ${JSON.stringify(name)}`);
    // Each number is a different name and `taken` is finite, so the loop ends.
    if (!takenKeys.has(sheetNameKey(name))) return name;
  }
}

function isClusterBoundary(points: readonly string[], index: number): boolean {
  const before = points[index - 1] ?? "";
  const after = points[index] ?? "";
  if (after === "" || before === "") return true;
  if (CLUSTER_CONTINUATION.test(after) || before === "\u200D") return false;
  if (REGIONAL_INDICATOR.test(before) && REGIONAL_INDICATOR.test(after)) {
    let run = 0;
    for (let i = index - 1; i >= 0 && REGIONAL_INDICATOR.test(points[i] ?? ""); i -= 1) run += 1;
    return run % 2 === 0;
  }
  return true;
}

/** `base` shortened with `…` so that it fits in `maxUnits`; trailing spaces before the `…` are dropped. */
function shorten(base: string, maxUnits: number): string {
  if (base.length <= maxUnits) return base;
  const kept = cutAtCharacterBoundary(base, maxUnits - ELLIPSIS.length).replace(/\s+$/u, "");
  return kept + ELLIPSIS;
}

function assertUsableLabels(phaseLabels: Readonly<Record<ClientPhase, string>>, budget: number): void {
  const keys = new Set<string>();
  for (const phase of PHASES) {
    const name = `X${SHEET_NAME_SEPARATOR}${phaseLabels[phase]}`;
    if (!isValidSheetName(name) || budget < 1 + ELLIPSIS.length + " (99)".length) {
      throw new Error(`Phase label cannot end a sheet name: ${JSON.stringify(phaseLabels[phase])}`);
    }
    keys.add(sheetNameKey(phaseLabels[phase]));
  }
  if (keys.size !== PHASES.length) throw new Error("Phase labels must differ case-insensitively");
}

function namesFor(base: string, phaseLabels: Readonly<Record<ClientPhase, string>>): Record<ClientPhase, string> {
  const names = {} as Record<ClientPhase, string>;
  for (const phase of PHASES) names[phase] = `${base}${SHEET_NAME_SEPARATOR}${phaseLabels[phase]}`;
  return names;
}

/**
 * The names of a client's Ver, Ajustar and Medir sheets: `<base> · <label>`, each valid, none equal
 * (case-insensitively) to a name in `taken` or to each other. The base is the cleaned client name (or
 * `fallback` when nothing is left), one base for all three, shortened with `…` to fit, and numbered
 * ` (2)`, ` (3)`, … on collision. Deterministic. Labels that cannot end a valid name are misuse and throw.
 */
export function assignClientSheetNames(
  clientName: string,
  phaseLabels: Readonly<Record<ClientPhase, string>>,
  taken: readonly string[],
  fallback: string = DEFAULT_SHEET_BASE,
): Readonly<Record<ClientPhase, string>> {
  const longestLabel = Math.max(...PHASES.map((phase) => phaseLabels[phase].length));
  const budget = MAX_SHEET_NAME_LENGTH - SHEET_NAME_SEPARATOR.length - longestLabel;
  assertUsableLabels(phaseLabels, budget);
  const base = cleanSheetBase(clientName) || cleanSheetBase(fallback);
  if (base === "") throw new Error("The fallback sheet base must contain a printable character");
  const takenKeys = new Set(taken.map(sheetNameKey));
  const isFree = (names: Record<ClientPhase, string>): boolean =>
    PHASES.every((phase) => !takenKeys.has(sheetNameKey(names[phase])));
  const first = namesFor(shorten(base, budget), phaseLabels);
  if (isFree(first)) return first;
  // Each number is a distinct name, and `taken` is finite: at most taken.length + 1 numbers are tried.
  for (let n = 2; ; n += 1) {
    const marker = ` (${n})`;
    if (budget - marker.length < 1 + ELLIPSIS.length) throw new Error("Too many sheet-name collisions");
    const names = namesFor(shorten(base, budget - marker.length) + marker, phaseLabels);
    if (isFree(names)) return names;
  }
}
