/** Paths under test-output/ (git-ignored) for files tests generate; parent folders are created. */
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..", "test-output");

/** `test-output/<parts...>`, with its folder created. */
export function testOutputPath(...parts: string[]): string {
  const path = join(ROOT, ...parts);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
