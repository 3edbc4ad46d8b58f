/** The build part of the benchmark as text: build time, .xlsx size and LibreOffice's recalculation per size. */
import type { BuildFigure, BuildReport, RecalcBeyond } from "./bench-build";
import { growthText } from "./bench-fit";

function recalcCells(f: BuildFigure): [string, string] {
  const recalc = f.recalc;
  if (recalc === null) return ["-", "-"];
  if (recalc.kind === "measured") return [recalc.medianMs.toFixed(0), String(recalc.sheets)];
  if (recalc.kind === "timedOut") return [`> ${recalc.limitMs.toFixed(0)}`, "-"];
  return ["not run", "-"];
}

function row(f: BuildFigure): string {
  const cells = [
    f.buildMs.toFixed(0),
    (f.xlsxBytes / 1024).toFixed(1),
    (f.xlsxBytes / 1024 / f.clients).toFixed(1),
    ...recalcCells(f),
  ];
  return `${String(f.clients).padStart(7)}   ${cells.map((c) => c.padStart(10)).join("   ")}`;
}

/** "at 200 clients a run passed the 600 s limit; the line through the finished sizes predicts 65 s there …". */
function beyondText(beyond: RecalcBeyond): string {
  const limit = `${(beyond.limitMs / 1000).toFixed(0)} s`;
  const head = `  at ${beyond.clients} clients a run passed the ${limit} limit (larger plans not run)`;
  if (beyond.predictedMs === null) return `${head}; fewer than two sizes finished, no line to compare`;
  const predicted = `${(beyond.predictedMs / 1000).toFixed(1)} s`;
  return beyond.predictedMs < beyond.limitMs
    ? `${head}; the line through the finished sizes predicts ${predicted} there: not linear`
    : `${head}; the line through the finished sizes predicts ${predicted}, over the limit too: rerun with a larger --recalc-timeout`;
}

/** The build part as a report. */
export function buildReportText(report: BuildReport): string {
  const { node, libreOffice, runs } = report.about;
  const tool = libreOffice === null ? "no LibreOffice run" : libreOffice;
  const lines = [
    `vam-plan build in-process and LibreOffice recalculation, median of ${runs} runs (node ${node}; ${tool})`,
    "clients   build (ms)   size (KB)   KB/client   recalc (ms)       sheets",
    ...report.figures.map(row),
    `build time: ${growthText(report.fits.buildMs, "ms")}`,
    `.xlsx size: ${growthText(report.fits.xlsxBytes, "KB", 1024)}`,
  ];
  const { recalcMs, recalcBeyond } = report.fits;
  if (recalcMs !== null) lines.push(`LibreOffice recalculation: ${growthText(recalcMs, "ms")}`);
  if (recalcBeyond !== null) lines.push(beyondText(recalcBeyond));
  return lines.join("\n");
}
