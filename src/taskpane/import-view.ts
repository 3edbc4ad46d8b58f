/** Import clients from a CSV file or pasted cells, with progress and the per-row report (line, name, reason). */
import { t } from "./pane-messages";
import { h, replaceChildren, viewHeading } from "./dom";
import { button, textAreaField, type Field } from "./form-fields";
import { decodeCsvBytes, importReportRows, importWarnings } from "./import-model";
import type { ImportOutcome } from "./pane-services";
import type { ViewContext, ViewHandle } from "./view-context";

type Say = (code: string, params?: Record<string, string | number>) => string;

function fileField(say: Say): Field<HTMLInputElement> & { readonly wrapper: HTMLDivElement } {
  const input = h("input", {
    className: "vam-input",
    id: "vam-import-file",
    attrs: { type: "file", accept: ".csv,.txt,text/csv,text/plain" },
  });
  const wrapper = h(
    "div",
    { className: "vam-field" },
    h("label", { attrs: { for: input.id } }, say("ui.import.file")),
    input,
  );
  return { wrapper, control: input, setIssue: () => undefined };
}

function report(outcome: ImportOutcome, ctx: ViewContext, say: Say): HTMLElement[] {
  const rows = importReportRows(outcome.rejected, ctx.language);
  const warnings = importWarnings(outcome.warnings, ctx.language);
  const parts: HTMLElement[] = [
    h(
      "p",
      { className: "vam-summary" },
      say("ui.import.result", { added: outcome.added, rejected: outcome.rejected.length }),
    ),
  ];
  if (warnings.length > 0) {
    parts.push(
      h("h3", {}, say("ui.import.warnings")),
      h("ul", { className: "vam-warnings" }, ...warnings.map((w) => h("li", {}, w))),
    );
  }
  if (rows.length > 0) {
    const head = h(
      "tr",
      {},
      ...["line", "name", "reason"].map((c) => h("th", { attrs: { scope: "col" } }, say(`ui.import.col.${c}`))),
    );
    const body = rows.map((row) =>
      h("tr", {}, h("td", { className: "vam-num" }, String(row.line)), h("td", {}, row.name), h("td", {}, row.reason)),
    );
    parts.push(
      h(
        "div",
        { className: "vam-table-scroll" },
        h(
          "table",
          { className: "vam-table vam-import-report" },
          h("caption", {}, say("ui.import.reportCaption")),
          h("thead", {}, head),
          h("tbody", {}, ...body),
        ),
      ),
    );
  }
  return parts;
}

/** Reads the chosen file as text; `null` when it cannot be read (the message says what to do). */
async function fileText(file: File): Promise<string | null> {
  try {
    return decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  } catch (e: unknown) {
    // A file removed or locked after it was chosen fails here with a DOMException: report, do not crash.
    if (e instanceof Error || (typeof e === "object" && e !== null && "name" in e)) return null;
    throw e;
  }
}

/** The import view. */
export function importView(ctx: ViewContext): ViewHandle {
  const say: Say = (code, params) => t(code, ctx.language, params);
  const file = fileField(say);
  const paste = textAreaField("vam-import-paste", say("ui.import.paste"), 6);
  const result = h("div", { className: "vam-import-result", attrs: { "aria-live": "polite" } });
  const submit = async (): Promise<void> => {
    const chosen = file.control.files?.[0];
    let text = paste.control.value;
    if (chosen !== undefined) {
      const read = await fileText(chosen);
      if (read === null) {
        ctx.announce(say("ui.import.unreadable", { name: chosen.name }));
        paste.setIssue(say("ui.import.unreadable", { name: chosen.name }));
        return;
      }
      text = read;
    }
    if (text.trim() === "") {
      paste.setIssue(say("ui.import.nothing"));
      paste.control.focus();
      return;
    }
    paste.setIssue(null);
    const outcome = await ctx.run((onProgress) => ctx.services.importClients(text, onProgress), {
      showWarnings: false,
    });
    if (outcome === null || !outcome.ok) return;
    replaceChildren(result, ...report(outcome.value, ctx, say));
    ctx.announce(say("ui.import.result", { added: outcome.value.added, rejected: outcome.value.rejected.length }));
    file.control.value = "";
  };
  const form = h(
    "form",
    {
      className: "vam-form",
      attrs: { novalidate: true, "aria-labelledby": "vam-import-title" },
      on: {
        submit: (event) => {
          event.preventDefault();
          void submit();
        },
      },
    },
    h("p", { className: "vam-field-hint" }, say("ui.import.help")),
    file.wrapper,
    paste.wrapper,
    h("div", { className: "vam-actions" }, button(say("ui.import.submit"), null, { primary: true, type: "submit" })),
  );
  const title = viewHeading(say("ui.import.title"));
  title.id = "vam-import-title";
  return { element: h("section", { className: "vam-view" }, title, form, result) };
}
