/** Process entry of `vam-plan` (bin/vam-plan.js requires the compiled form of this file). */
import { t } from "../i18n/messages";
import { parseCommandLine } from "./arguments";
import { EXIT, nodeIo } from "./cli-io";
import { runCli } from "./main";

const argv = process.argv.slice(2);
runCli(argv, nodeIo()).then(
  (code) => {
    // exitCode rather than exit(): lets stdout/stderr flush when they are pipes.
    process.exitCode = code;
  },
  (e: unknown) => {
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    process.stderr.write(`${t("cli.internalError", parseCommandLine(argv).language, { detail })}\n`);
    process.exitCode = EXIT.failure;
  },
);
