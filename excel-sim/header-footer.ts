/**
 * `Excel.HeaderFooterGroup` and `Excel.HeaderFooter` (ExcelApi 1.9): the page header and footer of a sheet.
 * Only `defaultForAllPages` is simulated (first-page and odd/even headers are not). Sections hold Excel's
 * header codes as text (`&A` sheet name, `&P` page, `&N` pages, `&&` a literal ampersand); nothing renders
 * them here.
 */
import { fail } from "./errors";
import type { Exec } from "./exec";
import type { Mirror } from "./excel-types";
import { SimObject, type Scalars } from "./proxy";
import { sheetById, type HeaderFooterModel } from "./workbook-model";

type Section = keyof HeaderFooterModel;

const SECTIONS: readonly Section[] = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
];

/**
 * Excel keeps a header (and a footer) as one string, `&L…&C…&R…` with empty sections left out, and caps it
 * at 255 characters (MS-XLSB HeaderFooterString, MS-OI29500 for the .xlsx `oddHeader`). The API docs state
 * no limit, so the simulator takes the file format's: a longer header is refused with InvalidArgument.
 */
export const MAX_HEADER_FOOTER_LENGTH = 255;

/** The stored form of a header or footer: `&L`, `&C`, `&R` before each non-empty section. */
export function composedHeaderFooter(left: string, center: string, right: string): string {
  return [left ? `&L${left}` : "", center ? `&C${center}` : "", right ? `&R${right}` : ""].join("");
}

function setSection(model: HeaderFooterModel, section: Section, value: unknown): void {
  if (typeof value !== "string") throw fail("InvalidArgument", `${section} must be a string`);
  const next = { ...model, [section]: value };
  const header = composedHeaderFooter(next.leftHeader, next.centerHeader, next.rightHeader);
  const footer = composedHeaderFooter(next.leftFooter, next.centerFooter, next.rightFooter);
  const longest = Math.max(header.length, footer.length);
  if (longest > MAX_HEADER_FOOTER_LENGTH)
    throw fail("InvalidArgument", `a page header or footer holds at most 255 characters (got ${longest})`);
  model[section] = value;
}

/** The header and footer used on every page. */
export class SimHeaderFooter extends SimObject<string> implements Mirror<Excel.HeaderFooter, Section> {
  protected readonly typeName = "HeaderFooter";
  protected scalars(): Scalars<string> {
    return Object.fromEntries(
      SECTIONS.map((section) => [
        section,
        (e: Exec, id: string) => sheetById(e.workbook, id).pageLayout.headersFooters[section],
      ]),
    );
  }
  private section(section: Section): string {
    return this.read(section);
  }
  private assign(section: Section, value: string): void {
    this.setProperty(section, value, (e, id) =>
      setSection(sheetById(e.workbook, id).pageLayout.headersFooters, section, value),
    );
  }
  get leftHeader(): string {
    return this.section("leftHeader");
  }
  set leftHeader(value: string) {
    this.assign("leftHeader", value);
  }
  get centerHeader(): string {
    return this.section("centerHeader");
  }
  set centerHeader(value: string) {
    this.assign("centerHeader", value);
  }
  get rightHeader(): string {
    return this.section("rightHeader");
  }
  set rightHeader(value: string) {
    this.assign("rightHeader", value);
  }
  get leftFooter(): string {
    return this.section("leftFooter");
  }
  set leftFooter(value: string) {
    this.assign("leftFooter", value);
  }
  get centerFooter(): string {
    return this.section("centerFooter");
  }
  set centerFooter(value: string) {
    this.assign("centerFooter", value);
  }
  get rightFooter(): string {
    return this.section("rightFooter");
  }
  set rightFooter(value: string) {
    this.assign("rightFooter", value);
  }
}

/** A sheet's headers and footers; only the default set (every page) is simulated. */
export class SimHeaderFooterGroup
  extends SimObject<string>
  implements Mirror<Excel.HeaderFooterGroup, "defaultForAllPages">
{
  protected readonly typeName = "HeaderFooterGroup";
  protected scalars(): Scalars<string> {
    return {};
  }
  protected override navigations(): readonly string[] {
    return ["defaultForAllPages"];
  }
  /** The header and footer of every page (unless first-page or odd/even ones are set, which are not simulated). */
  get defaultForAllPages(): SimHeaderFooter {
    return this.nav(
      "defaultForAllPages",
      () => new SimHeaderFooter(this.context, `${this._path}.defaultForAllPages`, (exec) => this._resolve(exec)),
    );
  }
}
