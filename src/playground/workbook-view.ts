/**
 * The playground's view of the simulated workbook: sheet tabs, then the active tab's cells, formula cells
 * showing their formula and styled apart. Built with createElement / textContent only: cell text is
 * untrusted and must stay text.
 */
import { translate, type MessageParams } from "../i18n/catalogue";
import { PLAYGROUND_MESSAGES } from "../i18n/messages/playground";
import type { PlanLanguage } from "../domain/plan";
import { h, replaceChildren } from "../taskpane/dom";
import { cellOfAddress, columnLetters, gridModel, type GridModel } from "./grid-model";
import type { PictureSheet, WorkbookPicture } from "./workbook-picture";

/** Draws pictures of the workbook into `container`, following the sheet the pane activates. */
export class WorkbookView {
  private shownSheet: string | null = null;
  private lastActive: string | null = null;
  private lastSelection: string | null = null;
  private picture: WorkbookPicture | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly language: PlanLanguage,
  ) {}

  private say(code: string, params?: MessageParams): string {
    return translate(PLAYGROUND_MESSAGES, code, this.language, params);
  }

  /** Shows `picture`; switches to the active sheet when the workbook's active sheet changed. */
  show(picture: WorkbookPicture): void {
    this.picture = picture;
    const names = picture.sheets.map((s) => s.name);
    if (picture.activeSheet !== this.lastActive || this.shownSheet === null || !names.includes(this.shownSheet)) {
      this.shownSheet = picture.activeSheet;
    }
    const moved = picture.activeSheet !== this.lastActive || picture.selection !== this.lastSelection;
    this.lastActive = picture.activeSheet;
    this.lastSelection = picture.selection;
    this.draw();
    // Follow the pane's "go to": bring the selected cell into view (scrolling only, never the focus).
    if (moved) this.container.querySelector(".pg-selected")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  private draw(): void {
    const picture = this.picture;
    if (picture === null) return;
    const sheet = picture.sheets.find((s) => s.name === this.shownSheet) ?? picture.sheets[0];
    const selected = sheet?.name === picture.activeSheet ? cellOfAddress(picture.selection) : null;
    replaceChildren(
      this.container,
      this.tabs(picture, sheet?.name ?? ""),
      sheet === undefined ? null : this.grid(sheet, selected),
    );
  }

  private tabs(picture: WorkbookPicture, current: string): HTMLElement {
    const tabs = picture.sheets.map((sheet) => {
      const label =
        sheet.visibility === "Visible"
          ? sheet.name
          : this.say(sheet.visibility === "Hidden" ? "playground.hidden" : "playground.veryHidden", {
              name: sheet.name,
            });
      const tab = h(
        "button",
        {
          className: `pg-tab pg-tab-${sheet.visibility.toLowerCase()}`,
          attrs: {
            type: "button",
            role: "tab",
            "aria-selected": sheet.name === current ? "true" : "false",
            "data-sheet": sheet.name,
            "data-focus-key": `tab:${sheet.name}`,
          },
          on: {
            click: () => {
              this.shownSheet = sheet.name;
              this.draw();
            },
          },
        },
        label,
      );
      // The sheet's tab colour as a stripe; a CSSOM property write, which the page's CSP allows (no inline style attribute parsing).
      if (/^#[0-9a-f]{6}$/iu.test(sheet.tabColor)) tab.style.borderBottomColor = sheet.tabColor;
      return tab;
    });
    return h(
      "div",
      { className: "pg-tabs", attrs: { role: "tablist", "aria-label": this.say("playground.sheets") } },
      ...tabs,
    );
  }

  private grid(sheet: PictureSheet, selected: { row: number; column: number } | null): HTMLElement {
    const model = gridModel(sheet);
    if (model.rows === 0) {
      return h("p", { className: "pg-empty", attrs: { role: "tabpanel" } }, this.say("playground.emptySheet"));
    }
    const counts = { rows: model.rows, columns: model.columns, allRows: sheet.rows, allColumns: sheet.columns };
    const note = model.truncated ? h("p", { className: "pg-note" }, this.say("playground.truncated", counts)) : null;
    return h(
      "div",
      { className: "pg-sheet", attrs: { role: "tabpanel", "aria-label": sheet.name } },
      note,
      h("div", { className: "pg-grid-scroll" }, gridTable(model, selected)),
    );
  }
}

/** The cells of `model` as a table with column letters and row numbers; `selected` is outlined. */
function gridTable(model: GridModel, selected: { row: number; column: number } | null): HTMLTableElement {
  const columns = Array.from({ length: model.columns }, (_, c) => c);
  const letters = columns.map((c) => h("th", { attrs: { scope: "col" } }, columnLetters(c)));
  const rows = Array.from({ length: model.rows }, (_, r) => {
    const cells = columns.map((c) => {
      const cell = model.cells.get(`${r}:${c}`);
      const isSelected = selected !== null && selected.row === r && selected.column === c;
      const classes = ["pg-cell", cell === undefined ? "" : `pg-${cell.kind}`, isSelected ? "pg-selected" : ""];
      const attrs = { "data-cell": `${columnLetters(c)}${r + 1}`, title: cell?.text };
      return h("td", { className: classes.filter((x) => x !== "").join(" "), attrs }, cell?.text ?? "");
    });
    return h("tr", {}, h("th", { attrs: { scope: "row" } }, String(r + 1)), ...cells);
  });
  const head = h("tr", {}, h("th", { className: "pg-corner" }), ...letters);
  return h("table", { className: "pg-grid" }, h("thead", {}, head), h("tbody", {}, ...rows));
}
