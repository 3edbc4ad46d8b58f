/** The sync part of the benchmark as text: figures, growth per figure, budgets, and the payload limit. */
import { growthText, type Growth } from "./bench-fit";
import type { SyncReport } from "./bench-sync";

/** Columns right-aligned but the first; widths from the longest cell. */
function aligned(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function figuresTable(report: SyncReport): string {
  const head = ["operation", "clients", "syncs", "max request (B)", "total requests (B)", "ms at 100 ms/round trip"];
  const rows = report.figures.map((f) =>
    [
      f.operation,
      f.clients,
      f.syncs,
      f.maxRequestBytes,
      f.totalRequestBytes,
      f.msAt100msRoundTrip,
      f.maxResponseBytes,
    ].map(String),
  );
  return aligned([...head, "max response (B)"], rows);
}

/** Each operation's figures against the number of clients: "syncs constant (2 …)", "total requests linear …". */
function growthLines(report: SyncReport): string {
  const lines = ["How each figure grows with the number of clients (least-squares line over the sizes):"];
  const kb = (g: Growth) => growthText(g, "KB", 1024, 2);
  for (const [operation, fits] of Object.entries(report.fits)) {
    lines.push(`  ${operation}`);
    lines.push(`    syncs             ${growthText(fits.syncs, "syncs", 1, 3)}`);
    lines.push(`    ms at 100 ms      ${growthText(fits.msAt100msRoundTrip, "ms", 1, 1)}`);
    lines.push(`    largest request   ${kb(fits.maxRequestBytes)}`);
    lines.push(`    all requests      ${kb(fits.totalRequestBytes)}`);
    lines.push(`    largest response  ${kb(fits.maxResponseBytes)}`);
  }
  return lines.join("\n");
}

function budgetLines(report: SyncReport): string {
  const failed = report.budgets.filter((b) => !b.ok);
  const sizes = [...new Set(report.budgets.map((b) => b.clients))].join(", ");
  const lines = [`Budgets (issue 3, and the ${report.payloadLimitBytes} B payload limit) at ${sizes} clients:`];
  const names = [...new Set(report.budgets.map((b) => b.budget))];
  for (const name of names) {
    const checks = report.budgets.filter((b) => b.budget === name);
    const cells = checks.map((b) => `${b.measured}/${b.allowed}`).join(", ");
    lines.push(`  ${checks.every((b) => b.ok) ? "ok  " : "OVER"}  ${name}: ${cells}`);
  }
  lines.push(failed.length === 0 ? "  every budget held" : `  ${failed.length} budget(s) OVER`);
  return lines.join("\n");
}

function limitLines(report: SyncReport): string {
  const read = report.overLimit;
  const share = ((100 * read.responseBytes) / report.payloadLimitBytes).toFixed(1);
  const at = report.readHitsLimitAtClients;
  const outcome = read.issueCodes.length === 0 ? "succeeded" : `refused, issues ${read.issueCodes.join(", ")}`;
  const lines = [
    `Payload limit: read of ${read.clients} clients is one sync, response ${read.responseBytes} B = ${share} % of ${report.payloadLimitBytes} B`,
    at === null
      ? "  the read's response does not grow with the plan"
      : `  extrapolated from the fit: the one-sync read's response reaches ${report.payloadLimitBytes} B at about ${Math.floor(at)} clients`,
    `  same read with excel-sim's limit at ${read.limitBytes} B: ${outcome}`,
  ];
  if (read.message !== null)
    lines.push(`  the pane says (en): ${read.message.en}`, `  the pane says (es): ${read.message.es}`);
  return lines.join("\n");
}

/** The whole sync part as a report. */
export function syncReportText(report: SyncReport): string {
  return [
    `Use cases on excel-sim through the Office.js gateway; ${report.roundTripMs} ms per round trip, modelled`,
    figuresTable(report),
    growthLines(report),
    budgetLines(report),
    limitLines(report),
  ].join("\n\n");
}
