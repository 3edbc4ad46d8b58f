/**
 * The pages the manifest opens (task pane, function file, support page) load Office's script from
 * Microsoft's CDN, as Office requires, and carry a Content-Security-Policy that allows only our own origin
 * and that CDN: workbook content is untrusted input, and nothing else may run or be fetched.
 */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./manifest-fixture";

const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_SCRIPT = `${OFFICE_ORIGIN}/lib/1/hosted/office.js`;

/** The Content-Security-Policy of `html`'s meta tag, as directive → sources. */
function contentSecurityPolicy(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (meta === null) throw new Error("no Content-Security-Policy meta tag");
  const directives = (meta[1] ?? "").split(";").map((d) => d.trim().split(/\s+/));
  return new Map(directives.filter((d) => d[0] !== "").map(([name, ...sources]) => [name ?? "", sources]));
}

function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi)].map((m) => m[1] ?? "");
}

const PAGES = [
  ["src/taskpane/taskpane.html", true],
  ["src/commands/commands.html", true],
  ["src/taskpane/support.html", false],
] as const;

describe.each(PAGES)("%s", (file, loadsOffice) => {
  const html = fs.readFileSync(path.join(ROOT, file), "utf8");
  const policy = contentSecurityPolicy(html);

  it("allows only 'self', Office's CDN origin and data: images as sources", () => {
    const allowed = new Set(["'self'", "'none'", OFFICE_ORIGIN]);
    const others = [...policy].flatMap(([name, sources]) =>
      sources.filter((s) => !allowed.has(s) && !(name === "img-src" && s === "data:")).map((s) => `${name} ${s}`),
    );
    expect(others).toEqual([]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
  });

  it(loadsOffice ? "loads office.js from Microsoft's CDN and no other remote script" : "loads no script", () => {
    const remote = scriptSources(html).filter((src) => /^(https?:)?\/\//.test(src));
    expect(remote).toEqual(loadsOffice ? [OFFICE_SCRIPT] : []);
    if (!loadsOffice) expect(policy.get("script-src") ?? policy.get("default-src")).not.toContain(OFFICE_ORIGIN);
  });

  it("has no inline script", () => {
    expect([...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>/gi)]).toEqual([]);
  });
});
