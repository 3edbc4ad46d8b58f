/**
 * Runs first in the playground's pane frame, before Office's office.js: creates the simulated Excel
 * (excel-sim) in this frame, so the pane and the workbook share one JavaScript realm as they would in
 * Office, offers it as `Excel`, and gives the playground page a bridge to the same workbook (its picture,
 * change notifications, a co-author's edits). pane-office.ts, after office.js, completes the Office side.
 */
import clientsCsv from "../../examples/clientes.csv";
import { asExcelContext } from "../../excel-sim/excel-types";
import { exportXlsx } from "../../excel-sim/export";
import { SimHost } from "../../excel-sim/host";
import type { ExcelRun } from "../excel/excel-run";
import { isoDateOfLocalDay } from "../domain/dates";
import { loadPlan } from "./example-load";
import { examplePlan } from "./example-plan";
import { shimSettingsFrom } from "./office-shim";
import { readWorkbookPicture, type WorkbookPicture } from "./workbook-picture";

/** What the playground page reaches through `frame.contentWindow.__vamPlayground`. */
export interface PlaygroundBridge {
  /** Resolves once the workbook is ready (the example plan written, when the page asked for it). */
  readonly ready: Promise<void>;
  /** The workbook as .xlsx (excel-sim's export through the project's .xlsx writer), and what it left out. */
  exportXlsx(): Promise<{ readonly bytes: Uint8Array; readonly omitted: readonly string[] }>;
  /** The workbook as a co-author sees it now. */
  readWorkbook(): Promise<WorkbookPicture>;
  /** Calls `listener` after every request the pane sends and every co-author edit. */
  onChange(listener: () => void): void;
  /** The person at this Excel starts (true) or ends (false) editing a cell: meanwhile every request fails. */
  cellEditMode(on: boolean): void;
  /** Runs `batch` as another person editing the same workbook (their changes arrive as Remote events). */
  asCoauthor<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

const { displayLanguage } = shimSettingsFrom(window.location.search);
const host = new SimHost({ firstSheetName: displayLanguage.toLowerCase().startsWith("es") ? "Hoja1" : "Sheet1" });
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** `Excel.run` on the simulated workbook, telling the page after each batch (failed ones too). */
const run: ExcelRun = (batch) => host.run(batch).finally(notify);

/** Random bytes for the example's client ids. */
function randomBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}

/** The example plan written before the pane starts, when the frame's address asks for it (`example=1`). */
async function prepare(): Promise<void> {
  if (new URLSearchParams(window.location.search).get("example") !== "1") return;
  await loadPlan((batch) => host.run(batch), examplePlan(clientsCsv, isoDateOfLocalDay(new Date()), randomBytes));
}

const bridge: PlaygroundBridge = {
  ready: prepare().finally(notify),
  exportXlsx: () => exportXlsx(host),
  readWorkbook: () => readWorkbookPicture((batch) => host.run(batch)),
  onChange: (listener) => void listeners.add(listener),
  cellEditMode: (on) => (on ? host.user.enterCellEditMode() : host.user.leaveCellEditMode()),
  asCoauthor: async (batch) => {
    const context = host.createContext();
    try {
      const result = await batch(asExcelContext(context));
      await context.sync();
      return result;
    } finally {
      notify();
    }
  },
};

const frame = window as unknown as { __vamPlayground: PlaygroundBridge; Excel: { run: ExcelRun }; OsfOptOut: boolean };
frame.Excel = { run };
frame.__vamPlayground = bridge;
// office.js sends a framed page that has no Office host information to about:blank (its anti-framing
// check in office.js, "The add-in is not hosted in plain browser top window"), unless OsfOptOut is defined.
frame.OsfOptOut = true;
