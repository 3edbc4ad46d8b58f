import { WorkbookError } from "../../src/excel/gateway";
import { toWorkbookError } from "../../src/excel/workbook-errors";
import { SimError } from "../../excel-sim/errors";

describe("Excel errors as WorkbookError codes", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "cellEditMode"],
    ["RequestPayloadSizeLimitExceeded", "payloadTooLarge"],
    ["ResponsePayloadSizeLimitExceeded", "payloadTooLarge"],
    ["ItemAlreadyExists", "alreadyExists"],
    ["ItemNotFound", "notFound"],
    ["InvalidArgument", "invalidArgument"],
    ["InvalidReference", "invalidArgument"],
    ["ActivityLimitReached", "busy"],
    ["ServiceNotAvailable", "busy"],
    ["GeneralException", "unknown"],
    ["SomethingNew", "unknown"],
  ])("given Excel's %s, the code is %s", (code, mapped) => {
    const error = toWorkbookError(
      Object.assign(new Error("Excel says no"), { code, debugInfo: { errorLocation: "Range.values" } }),
    );
    expect(error.code).toBe(mapped);
    expect(error.detail).toBe(`${code} at Range.values: Excel says no`);
  });

  it("given the simulator's error, it maps by its code like Excel's", () => {
    expect(toWorkbookError(new SimError("ItemNotFound")).code).toBe("notFound");
  });

  it("given a WorkbookError, it is passed through; given a bug (no Office code), it is rethrown", () => {
    const known = new WorkbookError("busy", "x");
    expect(toWorkbookError(known)).toBe(known);
    const bug = new TypeError("undefined is not a function");
    expect(() => toWorkbookError(bug)).toThrow(bug);
  });
});
