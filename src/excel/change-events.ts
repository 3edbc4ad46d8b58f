/**
 * Workbook change events for the task pane's live view: `WorksheetCollection.onChanged` (ExcelApi 1.9,
 * within the manifest's 1.13) fires for a change on any sheet, including co-authors' (source Remote). The
 * handler only notifies; the pane debounces and re-reads, and never pops UI for someone else's edit.
 */
import type { ExcelRun } from "./excel-run";

/** Registers `onChange` for every worksheet change; resolves to a function that unregisters it. */
export async function subscribeToChanges(run: ExcelRun, onChange: () => void): Promise<() => Promise<void>> {
  const registration = await run(async (context) => {
    const added = context.workbook.worksheets.onChanged.add(async () => {
      onChange();
    });
    // Handlers are registered with the host at the next sync.
    await context.sync();
    return added;
  });
  return async () => {
    registration.remove();
    await registration.context.sync();
  };
}
