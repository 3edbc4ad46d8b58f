#!/usr/bin/env node
/**
 * Rasterises the logo SVGs in assets/ to the PNG icons the manifest references, with the system Chromium
 * driven by playwright-core (no browser download). Run after editing an SVG: `node scripts/make-icons.mjs`.
 * Small sizes (16, 32 px) use logo-small.svg, drawn on a 16-unit grid so its edges stay crisp.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ASSETS = path.join(ROOT, "assets");

/** Each PNG the add-in ships: file name, source SVG, edge length in px. */
const OUTPUTS = [
  { file: "icon-16.png", svg: "logo-small.svg", size: 16 },
  { file: "icon-32.png", svg: "logo-small.svg", size: 32 },
  { file: "icon-64.png", svg: "logo.svg", size: 64 },
  { file: "icon-80.png", svg: "logo.svg", size: 80 },
  { file: "icon-128.png", svg: "logo.svg", size: 128 },
  { file: "logo-filled.png", svg: "logo-filled.svg", size: 300 },
];

/** Flags for a quiet, offline headless Chromium: no GPU, no QUIC, no background traffic. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** An HTML page that shows `svg` at exactly size × size CSS pixels on a transparent background. */
function pageFor(svg, size) {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  return `<!doctype html><html><body style="margin:0;background:transparent">
<img src="${src}" width="${size}" height="${size}" style="display:block" alt=""></body></html>`;
}

async function main() {
  const profile = await mkdtemp(path.join(tmpdir(), "vam-icons-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    deviceScaleFactor: 1,
    offline: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    for (const { file, svg, size } of OUTPUTS) {
      const text = await readFile(path.join(ASSETS, svg), "utf8");
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(pageFor(text, size));
      await page.locator("img").evaluate((img) => img.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await writeFile(path.join(ASSETS, file), png);
      console.log(`assets/${file}  ${size}x${size}  ${png.length} bytes`);
    }
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
