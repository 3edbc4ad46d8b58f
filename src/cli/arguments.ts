/** Command-line arguments of `vam-plan` → a command to run, or a usage error with a message code. */
import { parseArgs } from "node:util";
import type { PlanLanguage } from "../domain/plan";
import { buildRequest, reportRequest, rolloverRequest, type OptionValues, type Parsed } from "./command-requests";
import type { BuildRequest, ReportRequest, RolloverRequest } from "./command-requests";

export type { BuildRequest, ReportRequest, RolloverRequest } from "./command-requests";
export { YEAR_RANGE } from "./command-requests";

/** The parsed command line. `language` is the one messages are shown in. */
export type CliCommand =
  | { readonly kind: "help"; readonly language: PlanLanguage }
  | { readonly kind: "version"; readonly language: PlanLanguage }
  | { readonly kind: "build"; readonly language: PlanLanguage; readonly request: BuildRequest }
  | { readonly kind: "rollover"; readonly language: PlanLanguage; readonly request: RolloverRequest }
  | { readonly kind: "report"; readonly language: PlanLanguage; readonly request: ReportRequest }
  | {
      readonly kind: "usageError";
      readonly language: PlanLanguage;
      readonly code: string;
      readonly params: Readonly<Record<string, string>>;
    };

/** Every option of every command; which command takes which is `COMMAND_OPTIONS`. */
const OPTIONS = {
  clients: { type: "string" },
  out: { type: "string" },
  detail: { type: "string" },
  year: { type: "string" },
  lang: { type: "string" },
  target: { type: "string" },
  in: { type: "string" },
  client: { type: "string" },
  "closing-date": { type: "string" },
  date: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

type OptionName = keyof typeof OPTIONS;

type CommandName = "build" | "rollover" | "report";

const GLOBAL_OPTIONS: readonly OptionName[] = ["help", "version", "lang"];

/** The options each command takes, besides --help, --version and --lang. */
const COMMAND_OPTIONS: Readonly<Record<CommandName, readonly OptionName[]>> = {
  build: ["clients", "out", "detail", "year", "target"],
  rollover: ["in", "out", "year", "closing-date"],
  report: ["in", "client", "out", "date"],
};

function isCommandName(name: string | undefined): name is CommandName {
  return name !== undefined && Object.prototype.hasOwnProperty.call(COMMAND_OPTIONS, name);
}

function problem(code: string, params: Readonly<Record<string, string>> = {}): Parsed<never> {
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
  if (!isCommandName(command)) return problem("cli.unknownCommand", { command });
  if (extra !== undefined) return problem("cli.unexpectedArgument", { argument: extra });
  switch (command) {
    case "build": {
      const request = buildRequest(values, language);
      return request.ok ? { ok: true, value: { kind: "build", language, request: request.value } } : request;
    }
    case "rollover": {
      const request = rolloverRequest(values, language);
      return request.ok ? { ok: true, value: { kind: "rollover", language, request: request.value } } : request;
    }
    case "report": {
      const request = reportRequest(values, language);
      return request.ok ? { ok: true, value: { kind: "report", language, request: request.value } } : request;
    }
  }
}

/** The `--lang` value when it is valid, so even usage errors speak the requested language. */
function languageHint(argv: readonly string[]): PlanLanguage {
  const index = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  const value =
    index < 0 ? undefined : argv[index]?.includes("=") ? argv[index]?.slice("--lang=".length) : argv[index + 1];
  return value === "en" ? "en" : "es";
}

/**
 * An option the command does not take: build's message lists build's options (as before there were other
 * commands); the newer commands name themselves and list theirs. Without a known command, only options no
 * command takes are reported here (the missing or unknown command is reported next).
 */
function unknownOption(rawName: string, command: string | undefined): Parsed<never> {
  if (command === "rollover" || command === "report") {
    const options = [...COMMAND_OPTIONS[command], ...GLOBAL_OPTIONS].map((name) => `--${name}`).join(", ");
    return problem("cli.unknownOptionOf", { option: rawName, command, options });
  }
  return problem("cli.unknownOption", { option: rawName });
}

/** Whether `command` takes the option `name` (any option when the command is missing or unknown). */
function takes(command: string | undefined, name: string): boolean {
  if (!Object.prototype.hasOwnProperty.call(OPTIONS, name)) return false;
  if (!isCommandName(command)) return true;
  return [...COMMAND_OPTIONS[command], ...GLOBAL_OPTIONS].includes(name as OptionName);
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
  const positionals = tokens.flatMap((token) => (token.kind === "positional" ? [token.value] : []));
  const command = positionals[0];
  const values: OptionValues = {};
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (!takes(command, token.name)) return unknownOption(token.rawName, command);
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
