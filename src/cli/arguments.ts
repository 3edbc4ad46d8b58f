/** Command-line arguments of `vam-plan` → a command to run, or a usage error with a message code. */
import { parseArgs } from "node:util";
import { DEFAULT_TARGET_SCORE, type PlanLanguage } from "../domain/plan";

/** What `vam-plan build` was asked to do; `year` is `undefined` for the default plan year. */
export interface BuildRequest {
  readonly clientsPath: string;
  readonly outPath: string;
  readonly detailPath: string | undefined;
  readonly year: number | undefined;
  readonly language: PlanLanguage;
  /** Target score, 0–10. */
  readonly target: number;
}

/** The parsed command line. `language` is the one messages are shown in. */
export type CliCommand =
  | { readonly kind: "help"; readonly language: PlanLanguage }
  | { readonly kind: "version"; readonly language: PlanLanguage }
  | { readonly kind: "build"; readonly language: PlanLanguage; readonly request: BuildRequest }
  | {
      readonly kind: "usageError";
      readonly language: PlanLanguage;
      readonly code: string;
      readonly params: Readonly<Record<string, string>>;
    };

const OPTIONS = {
  clients: { type: "string" },
  out: { type: "string" },
  detail: { type: "string" },
  year: { type: "string" },
  lang: { type: "string" },
  target: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

type OptionName = keyof typeof OPTIONS;

/** Plan years the command accepts. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

/** A usage problem: the message code and its parameters. */
interface UsageProblem {
  readonly ok: false;
  readonly code: string;
  readonly params: Readonly<Record<string, string>>;
}

type Parsed<T> = { readonly ok: true; readonly value: T } | UsageProblem;

type OptionValues = Partial<Record<OptionName, string | boolean>>;

function problem(code: string, params: Readonly<Record<string, string>> = {}): UsageProblem {
  return { ok: false, code, params };
}

/** Parses `argv` (without `node` and the script); never throws for bad input. */
export function parseCommandLine(argv: readonly string[]): CliCommand {
  const language = languageHint(argv);
  const parsed = readCommand(argv, language);
  return parsed.ok ? parsed.value : { kind: "usageError", language, code: parsed.code, params: parsed.params };
}

function readCommand(argv: readonly string[], language: PlanLanguage): Parsed<CliCommand> {
  const tokens = readTokens(argv);
  if (!tokens.ok) return tokens;
  const { values, positionals } = tokens.value;
  if (values.help === true) return { ok: true, value: { kind: "help", language } };
  if (values.version === true) return { ok: true, value: { kind: "version", language } };
  const [command, extra] = positionals;
  if (command === undefined) return problem("cli.noCommand");
  if (command !== "build") return problem("cli.unknownCommand", { command });
  if (extra !== undefined) return problem("cli.unexpectedArgument", { argument: extra });
  const request = buildRequest(values, language);
  return request.ok ? { ok: true, value: { kind: "build", language, request: request.value } } : request;
}

/** The `--lang` value when it is valid, so even usage errors speak the requested language. */
function languageHint(argv: readonly string[]): PlanLanguage {
  const index = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  const value =
    index < 0 ? undefined : argv[index]?.includes("=") ? argv[index]?.slice("--lang=".length) : argv[index + 1];
  return value === "en" ? "en" : "es";
}

/**
 * Options and positionals. parseArgs runs non-strict with tokens so each problem gets our own
 * message in the user's language instead of Node's English error text.
 */
function readTokens(argv: readonly string[]): Parsed<{ values: OptionValues; positionals: string[] }> {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: OptionValues = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    if (!Object.prototype.hasOwnProperty.call(OPTIONS, token.name)) {
      return problem("cli.unknownOption", { option: token.rawName });
    }
    const name = token.name as OptionName;
    if (OPTIONS[name].type === "boolean") {
      if (token.value !== undefined) return problem("cli.unexpectedValue", { option: token.rawName });
      values[name] = true;
      continue;
    }
    // Like strict parseArgs: `--out --year` means the value was forgotten, not an output file called `--year`.
    if (token.value === undefined || (token.inlineValue !== true && token.value.startsWith("-"))) {
      return problem("cli.missingValue", { option: token.rawName });
    }
    values[name] = token.value;
  }
  return { ok: true, value: { values, positionals } };
}

function buildRequest(values: OptionValues, language: PlanLanguage): Parsed<BuildRequest> {
  const text = (name: OptionName): string | undefined => {
    const value = values[name];
    return typeof value === "string" ? value : undefined;
  };
  const clientsPath = text("clients");
  const outPath = text("out");
  if (clientsPath === undefined) return problem("cli.missingOption", { option: "--clients" });
  if (outPath === undefined) return problem("cli.missingOption", { option: "--out" });
  // Excel refuses to open a workbook whose extension does not match its format.
  if (!/\.xlsx$/i.test(outPath)) return problem("cli.outNotXlsx", { path: outPath });
  const lang = text("lang");
  if (lang !== undefined && lang !== "es" && lang !== "en") return problem("cli.badLang", { value: lang });
  const year = wholeNumber(text("year"), YEAR_RANGE.min, YEAR_RANGE.max, "cli.badYear");
  if (!year.ok) return year;
  const target = wholeNumber(text("target"), 0, 10, "cli.badTarget");
  if (!target.ok) return target;
  const detailPath = text("detail");
  return {
    ok: true,
    value: {
      clientsPath,
      outPath,
      detailPath,
      year: year.value,
      language,
      target: target.value ?? DEFAULT_TARGET_SCORE,
    },
  };
}

function wholeNumber(value: string | undefined, min: number, max: number, code: string): Parsed<number | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  const number = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!(number >= min && number <= max)) return problem(code, { value, min: String(min), max: String(max) });
  return { ok: true, value: number };
}
