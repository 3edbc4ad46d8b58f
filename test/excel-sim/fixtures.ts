/** Small builders shared by the excel-sim specifications. */
import { isSimError, type SimErrorCode } from "../../excel-sim/errors";
import { createSimExcel, type SimHost } from "../../excel-sim/host";

/** A blank simulated workbook whose only sheet is named `Hoja1`. */
export function blankSim(): SimHost {
  return createSimExcel({ firstSheetName: "Hoja1" });
}

/** Runs `write` in one Excel.run on a fresh simulator and returns the simulator. */
export async function simWith(write: (context: Excel.RequestContext) => void): Promise<SimHost> {
  const sim = blankSim();
  await sim.run(async (context) => {
    write(context);
    await context.sync();
  });
  return sim;
}

/** The Excel error code `action` rejects (or throws) with; fails the test when it succeeds or throws something else. */
export async function errorCodeOf(action: () => Promise<unknown> | unknown): Promise<SimErrorCode> {
  try {
    await action();
  } catch (e: unknown) {
    if (isSimError(e)) return e.code;
    throw e;
  }
  throw new Error("expected an Excel error, but the action succeeded");
}

/** Values of `address` on `sheet`, read through the API in its own run. */
export async function valuesAt(sim: SimHost, sheet: string, address: string): Promise<unknown[][]> {
  return sim.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load("values");
    await context.sync();
    return range.values;
  });
}

/** Formulas of `address` on `sheet`, read through the API in its own run. */
export async function formulasAt(sim: SimHost, sheet: string, address: string): Promise<unknown[][]> {
  return sim.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load("formulas");
    await context.sync();
    return range.formulas;
  });
}
