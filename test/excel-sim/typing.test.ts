import type { Mirror } from "../../excel-sim/excel-types";
import { asExcelContext } from "../../excel-sim/excel-types";
import { blankSim } from "./fixtures";

/** Code written against @types/office-js only, as the adapter is. */
async function renameFirstSheet(context: Excel.RequestContext, name: string): Promise<string> {
  const sheet = context.workbook.worksheets.getItemOrNullObject("Hoja1");
  await context.sync();
  if (sheet.isNullObject) return "missing";
  sheet.name = name;
  sheet.load("name");
  await context.sync();
  return sheet.name;
}

// Compile-time specifications (checked by `npx tsc -p . --noEmit`): a sim class that drifts from the real
// API's shape does not compile.
export class WrongPropertyType implements Mirror<Excel.Range, "rowCount"> {
  // @ts-expect-error Range.rowCount is a number in @types/office-js
  rowCount = "three";
}
export class WrongParameters implements Mirror<Excel.Range, "getCell"> {
  // @ts-expect-error Range.getCell takes (row: number, column: number)
  getCell(address: string): never {
    throw new Error(address);
  }
}

describe("typed against @types/office-js", () => {
  it("given code written for Excel.RequestContext, it runs unchanged on the simulator through run()", async () => {
    const sim = blankSim();
    expect(await sim.run((context) => renameFirstSheet(context, "Cartera"))).toBe("Cartera");
  });

  it("given an explicit context (co-authoring tests), asExcelContext is the one documented cast", async () => {
    const sim = blankSim();
    expect(await renameFirstSheet(asExcelContext(sim.createContext()), "Otra")).toBe("Otra");
  });
});
