/** `vam-plan`: the command line's entry point, free of process globals so tests run it in-process. */
import { t } from "../i18n/messages";
import packageJson from "../../package.json";
import { parseCommandLine } from "./arguments";
import { runBuild } from "./build-command";
import { EXIT, type CliIo } from "./cli-io";
import { runReport } from "./report-command";
import { runRollover } from "./rollover-command";

/** The version printed by `--version`: the package's. */
export const CLI_VERSION: string = packageJson.version;

/** Runs `vam-plan` with `argv` (without `node` and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case "help":
      io.stdout(`${t("cli.help", command.language, { version: CLI_VERSION })}\n`);
      return EXIT.ok;
    case "version":
      io.stdout(`${CLI_VERSION}\n`);
      return EXIT.ok;
    case "usageError":
      io.stderr(`${t(command.code, command.language, command.params)}\n${t("cli.seeHelp", command.language)}\n`);
      return EXIT.usage;
    case "build":
      return runBuild(command.request, io);
    case "rollover":
      return runRollover(command.request, io);
    case "report":
      return runReport(command.request, io);
  }
}
