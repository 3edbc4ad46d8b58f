/** Reading and writing the files a command names, with file-system errors turned into messages on stderr. */
import type { PlanLanguage } from "../domain/plan";
import { t } from "../i18n/messages";
import { systemErrorCode, type CliIo } from "./cli-io";

/** The reason of a file-system error in words; unknown codes are shown as they are. */
export function fileProblem(code: string, language: PlanLanguage): string {
  const known = ["ENOENT", "EACCES", "EPERM", "EISDIR", "EBUSY", "ENOSPC", "EROFS"];
  return known.includes(code) ? t(`cli.file.${code}`, language) : t("cli.file.other", language, { code });
}

/** The file's bytes; `undefined` (and the reason on stderr) when it cannot be read. */
export async function readInput(path: string, io: CliIo, language: PlanLanguage): Promise<Uint8Array | undefined> {
  try {
    return await io.readFile(path);
  } catch (e: unknown) {
    const code = systemErrorCode(e);
    if (code === undefined) throw e;
    io.stderr(`${t("cli.cannotRead", language, { path, reason: fileProblem(code, language) })}\n`);
    return undefined;
  }
}

/** Writes the file; `false` (and the reason on stderr) when it cannot be written. */
export async function writeOutput(
  path: string,
  bytes: Uint8Array,
  io: CliIo,
  language: PlanLanguage,
): Promise<boolean> {
  try {
    await io.writeFile(path, bytes);
    return true;
  } catch (e: unknown) {
    const code = systemErrorCode(e);
    if (code === undefined) throw e;
    io.stderr(`${t("cli.cannotWrite", language, { path, reason: fileProblem(code, language) })}\n`);
    return false;
  }
}
