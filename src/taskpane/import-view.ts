/** Import clients from a CSV file or pasted cells, with progress and the per-row report (line, name, reason). */
import { h, replaceChildren, viewHeading } from "./dom";
import { formActions, paneForm, textAreaField, type Field } from "./form-fields";
import { decodeCsvBytes, importReportRows, importWarnings, type ImportReportRow } from "./import-model";
import type { ImportOutcome } from "./pane-services";
import { t } from "./pane-messages";
import type { ViewContext, ViewHandle } from "./view-context";

type Say = (code: string, params?: Record<string, string | number>) => string;

/** How File.arrayBuffer fails when the chosen file went away or cannot be read (DOMException names). */
const UNREADABLE = new Set(["NotReadableError", "NotFoundError", "SecurityError", "AbortError"]);

function fileInput(say: Say): { wrapper: HTMLDivElement; control: HTMLInputElement } {
  const control = h("input", {
    className: "vam-input",
    id: "vam-import-file",
    attrs: { type: "file", accept: ".csv,.txt,text/csv,text/plain" },
  });
  const wrapper = h(
    "div",
    { className: "vam-field" },
    h("label", { attrs: { for: control.id } }, say("ui.import.file")),
    control,
  );
  return { wrapper, control };
}

function reportTable(rows: readonly ImportReportRow[], say: Say): HTMLElement {
  const columns = ["line", "name", "reason"].map((c) =>
    h("th", { attrs: { scope: "col" } }, say(`ui.import.col.${c}`)),
  );
  const body = rows.map((row) =>
    h("tr", {}, h("td", { className: "vam-num" }, String(row.line)), h("td", {}, row.name), h("td", {}, row.reason)),
  );
  const table = h(
    "table",
    { className: "vam-table vam-import-report" },
    h("caption", {}, say("ui.import.reportCaption")),
    h("thead", {}, h("tr", {}, ...columns)),
    h("tbody", {}, ...body),
  );
  return h("div", { className: "vam-table-scroll" }, table);
}

/** The outcome: counts, file remarks, and the table of rejected rows. */
function report(outcome: ImportOutcome, ctx: ViewContext, say: Say): HTMLElement[] {
  const rows = importReportRows(outcome.rejected, ctx.language);
  const warnings = importWarnings(outcome.warnings, ctx.language);
  const counts = { added: outcome.added, rejected: outcome.rejected.length };
  return [
    h("p", { className: "vam-summary" }, say("ui.import.result", counts)),
    ...(warnings.length === 0
      ? []
      : [
          h("h3", {}, say("ui.import.warnings")),
          h("ul", { className: "vam-warnings" }, ...warnings.map((w) => h("li", {}, w))),
        ]),
    ...(rows.length === 0 ? [] : [reportTable(rows, say)]),
  ];
}

/** Reads the chosen file as text; `null` when it cannot be read any more. */
async function fileText(file: File): Promise<string | null> {
  try {
    return decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  } catch (e: unknown) {
    if (typeof e === "object" && e !== null && "name" in e && UNREADABLE.has(String(e.name))) return null;
    throw e;
  }
}

/** The text to import (the chosen file wins over pasted cells), or `null` after saying what is missing. */
async function importText(file: HTMLInputElement, paste: Field<HTMLTextAreaElement>, ctx: ViewContext, say: Say) {
  const chosen = file.files?.[0];
  const text = chosen === undefined ? paste.control.value : await fileText(chosen);
  const problem =
    text === null
      ? say("ui.import.unreadable", { name: chosen?.name ?? "" })
      : text.trim() === ""
        ? say("ui.import.nothing")
        : null;
  paste.setIssue(problem);
  if (problem === null) return text;
  ctx.announce(problem);
  paste.control.focus();
  return null;
}

/** The import view. */
export function importView(ctx: ViewContext): ViewHandle {
  const say: Say = (code, params) => t(code, ctx.language, params);
  const file = fileInput(say);
  const paste = textAreaField("vam-import-paste", say("ui.import.paste"), 6);
  const result = h("div", { className: "vam-import-result" });
  const submit = async (): Promise<void> => {
    const text = await importText(file.control, paste, ctx, say);
    if (text === null) return;
    // The report below lists the file's remarks itself.
    const outcome = await ctx.run((onProgress) => ctx.services.importClients(text, onProgress), {
      showWarnings: false,
    });
    if (outcome === null || !outcome.ok) return;
    replaceChildren(result, ...report(outcome.value, ctx, say));
    ctx.announce(say("ui.import.result", { added: outcome.value.added, rejected: outcome.value.rejected.length }));
    file.control.value = "";
  };
  const title = viewHeading(say("ui.import.title"));
  title.id = "vam-import-title";
  const hint = h("p", { className: "vam-field-hint" }, say("ui.import.help"));
  const form = paneForm(
    { labelledBy: title.id },
    submit,
    hint,
    file.wrapper,
    paste.wrapper,
    formActions(say("ui.import.submit")),
  );
  return { element: h("section", { className: "vam-view" }, title, form, result) };
}
