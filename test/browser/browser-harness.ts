/**
 * Browser tests' harness: Debian's Chromium driven by playwright-core, on the playground served from an
 * ephemeral port. The playground is built once per run (a lock folder keeps parallel jest workers from
 * building twice). Without Chromium the suite is skipped with one loud line, unless CI is set: then it fails.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Frame, type Page } from "playwright-core";
import { testOutputPath } from "../support/test-output-path";

/** Debian's Chromium (`.ci/run` installs the `chromium` package). */
export const CHROMIUM = process.env["VAM_CHROMIUM"] ?? "/usr/bin/chromium";

/** The flags the issue asks for: headless, no sandbox (containers), no network chatter of the browser's own. */
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const ROOT = resolve(__dirname, "..", "..");
// The serve script is plain Node (CommonJS), shared with `npm run playground`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const serve = require(join(ROOT, "playground", "serve.js")) as {
  buildPlayground(options: { quiet: boolean }): void;
  startPlayground(options: { port: number }): Promise<{ url: string; close(): Promise<void> }>;
};

/** Whether the browser suite runs here; logs the reason once when it does not. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env["CI"] !== undefined && process.env["CI"] !== "" && process.env["CI"] !== "false") return true;
  // One loud line per test run, however many browser test files there are (each jest worker asks).
  const marker = join(ROOT, "out", `browser-skip-notice.${process.ppid}`);
  if (!existsSync(marker)) {
    mkdirSync(join(ROOT, "out"), { recursive: true });
    writeFileSync(marker, "");
    // Straight to stderr: jest drops the console output of test files whose tests are all skipped.
    process.stderr.write(
      `\n*** BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium, or set VAM_CHROMIUM) ***\n\n`,
    );
  }
  return false;
}

const LOCK = join(ROOT, "out", "playground-build.lock");
const STAMP = join(ROOT, "out", "playground-build.stamp");

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** Builds the add-in and the playground once for this test run (the stamp records the run by its parent pid). */
export async function ensureBuilt(): Promise<void> {
  // While iterating on the tests alone: VAM_BROWSER_REUSE_BUILD=1 serves the last build as it is.
  if (process.env["VAM_BROWSER_REUSE_BUILD"] === "1" && existsSync(STAMP)) return;
  const runId = String(process.ppid);
  mkdirSync(join(ROOT, "out"), { recursive: true });
  for (;;) {
    if (existsSync(STAMP) && readStamp() === runId) return;
    try {
      mkdirSync(LOCK);
    } catch {
      // Another worker is building; a lock older than 10 minutes was left by a killed run.
      const lockedAt = statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - lockedAt > 600_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      if (!(existsSync(STAMP) && readStamp() === runId)) {
        serve.buildPlayground({ quiet: true });
        writeFileSync(STAMP, runId);
      }
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

function readStamp(): string {
  return readFileSync(STAMP, "utf8");
}

/** A running browser (one fresh profile) on a served playground. */
export interface BrowserSession {
  readonly url: string;
  /** The browser's only context: Chromium on the fresh profile given with --user-data-dir. */
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Serves the built playground and launches Chromium on a fresh profile; all pages share that profile. */
export async function startSession(): Promise<BrowserSession> {
  await ensureBuilt();
  const server = await serve.startPlayground({ port: 0 });
  const profile = mkdtempSync(join(tmpdir(), "vam-chromium-"));
  const cleanUp = async (): Promise<void> => {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    // Playwright takes the profile folder here (it refuses --user-data-dir among the flags).
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1280, height: 900 },
      locale: "es-ES",
      acceptDownloads: true,
    });
    return {
      url: server.url,
      context,
      close: async () => {
        await context.close();
        await cleanUp();
      },
    };
  } catch (e: unknown) {
    await cleanUp();
    throw e;
  }
}

/** Opens the playground (Office language and theme as given, with the example plan or not) and waits for the pane to show its first view. */
export async function openPlayground(
  session: BrowserSession,
  options: { lang?: "es-ES" | "en-US"; theme?: "light" | "dark"; example?: boolean } = {},
): Promise<{ page: Page; pane: Frame }> {
  const page = await session.context.newPage();
  const query = new URLSearchParams({ lang: options.lang ?? "es-ES", theme: options.theme ?? "light" });
  if (options.example === true) query.set("example", "1");
  await page.goto(`${session.url}?${query.toString()}`);
  const handle = await page.waitForSelector("#pg-pane");
  const pane = await handle.contentFrame();
  if (pane === null) throw new Error("the pane frame did not load");
  await pane.waitForSelector("#vam-main .vam-view");
  return { page, pane };
}

/** Saves a screenshot of the whole playground page under test-output/screenshots. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = testOutputPath("screenshots", `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
