/* eslint-disable office-addins/no-context-sync-in-loop -- these specifications count syncs one by one on purpose. */
import { isSimError, SimError } from "../../excel-sim/errors";
import { DEFAULT_PAYLOAD_LIMIT_BYTES } from "../../excel-sim/instrumentation";
import { blankSim, errorCodeOf, valuesAt } from "./fixtures";

describe("a failing command in a batch", () => {
  it("given a batch whose second command fails, the first stays applied and the third never runs (no rollback)", async () => {
    const sim = blankSim();
    let error: unknown;
    await sim
      .run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Hoja1");
        sheet.getRange("A1").values = [["first"]];
        sheet.getRange("A2:B2").values = [["only one"]];
        sheet.getRange("A3").values = [["third"]];
        await context.sync();
      })
      .catch((e: unknown) => (error = e));
    expect(isSimError(error, "InvalidArgument")).toBe(true);
    expect(await valuesAt(sim, "Hoja1", "A1:A3")).toEqual([["first"], [""], [""]]);
  });

  it("given a failing batch, loads queued in it are not delivered", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1").load("name");
      context.workbook.worksheets.getItem("Nope").load("name");
      await context.sync().catch(() => undefined);
      expect(await errorCodeOf(() => sheet.name)).toBe("PropertyNotLoaded");
    });
  });

  it("given an Excel error, it is shaped like OfficeExtension.Error", async () => {
    const sim = blankSim();
    let error: unknown;
    await sim
      .run(async (context) => {
        context.workbook.worksheets.getItem("Hoja1").getRange("A1:B1").values = [[1]];
        await context.sync();
      })
      .catch((e: unknown) => (error = e));
    const e = error as SimError;
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("RichApi.Error");
    expect(e.code).toBe("InvalidArgument");
    expect(e.message).toBe("The argument is invalid or missing or has an incorrect format.");
    expect(e.debugInfo).toMatchObject({ code: "InvalidArgument", message: e.message, errorLocation: "Range.values" });
    expect(e.traceMessages).toEqual([]);
  });
});

describe("sync counting and request size", () => {
  it("given syncs with and without queued commands, only those with commands are round trips", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem("Hoja1").getRange("A1").values = [[1]];
      await context.sync();
      await context.sync();
    });
    expect(sim.instrumentation.syncCalls).toBe(4);
    expect(sim.instrumentation.roundTrips).toBe(1);
  });

  it("given Excel.run, commands queued after the last sync still run in a final sync (as Office.js)", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Hoja1").getRange("A1").values = [["late"]];
      return Promise.resolve();
    });
    expect(await valuesAt(sim, "Hoja1", "A1")).toEqual([["late"]]);
    expect(sim.instrumentation.requests.map((r) => r.commands)).toEqual([1, 1]);
  });

  it("given a batch function that returns no promise, run rejects with RunMustReturnPromise", async () => {
    const sim = blankSim();
    const notAsync = (() => undefined) as unknown as (context: Excel.RequestContext) => Promise<void>;
    expect(await errorCodeOf(() => sim.run(notAsync))).toBe("RunMustReturnPromise");
  });

  it("given two requests that differ only in n characters of é versus e, they differ by exactly n bytes (UTF-8)", async () => {
    const sim = blankSim();
    for (const text of ["e".repeat(300), "é".repeat(300)]) {
      await sim.run(async (context) => {
        context.workbook.worksheets.getItem("Hoja1").getRange("A1").values = [[text]];
        await context.sync();
      });
    }
    const [plain, accented] = sim.instrumentation.requests.filter((r) => r.commands === 1).map((r) => r.requestBytes);
    expect((accented ?? 0) - (plain ?? 0)).toBe(300);
    expect(plain).toBeGreaterThan(300);
  });

  it("given loaded values, the response bytes count them", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("A1").values = [["x".repeat(1000)]];
      await context.sync();
      sheet.getRange("A1").load("values");
      await context.sync();
    });
    expect(sim.instrumentation.requests[1]?.responseBytes).toBeGreaterThanOrEqual(1000);
    expect(sim.instrumentation.requests[0]?.responseBytes).toBe(0);
  });
});

describe("the request payload limit", () => {
  it("defaults to Excel on the web's 5 MB", () => {
    expect(blankSim().instrumentation.payloadLimitBytes).toBe(DEFAULT_PAYLOAD_LIMIT_BYTES);
    expect(DEFAULT_PAYLOAD_LIMIT_BYTES).toBe(5_000_000);
  });

  it("given a request over 5 MB, it fails with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const sim = blankSim();
    const big = Array.from({ length: 200 }, () => ["x".repeat(30_000)]);
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Hoja1");
        sheet.getRange("C1").values = [["small, first"]];
        sheet.getRange("A1:A200").values = big;
        await context.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(await valuesAt(sim, "Hoja1", "C1")).toEqual([[""]]);
    expect(sim.instrumentation.requests[0]?.requestBytes).toBeGreaterThan(6_000_000);
  });

  it("given the same data split over two syncs, each under the limit, both apply", async () => {
    const sim = blankSim();
    const half = Array.from({ length: 100 }, () => ["x".repeat(30_000)]);
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      sheet.getRange("A1:A100").values = half;
      await context.sync();
      sheet.getRange("A101:A200").values = half;
      await context.sync();
    });
    expect(sim.instrumentation.largestRequestBytes).toBeLessThan(DEFAULT_PAYLOAD_LIMIT_BYTES);
    expect((await valuesAt(sim, "Hoja1", "A200"))[0]?.[0]).toHaveLength(30_000);
  });

  it("given a configured limit, it applies to every request", async () => {
    const sim = blankSim();
    sim.instrumentation.payloadLimitBytes = 200;
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Hoja1").getRange("A1").values = [["y".repeat(300)]];
        await context.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
  });
});

describe("the response payload limit", () => {
  it("given loaded values over the limit, the sync fails with ResponsePayloadSizeLimitExceeded and delivers nothing", async () => {
    const sim = blankSim();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Hoja1").getRange("A1:A3").values = [
        ["x".repeat(400)],
        ["y".repeat(400)],
        ["z".repeat(400)],
      ];
      await context.sync();
    });
    sim.instrumentation.payloadLimitBytes = 1000;
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Hoja1").getRange("A1:A3").load("values");
      const code = await context.sync().then(
        () => "ok",
        (e: { code: string }) => e.code,
      );
      expect(code).toBe("ResponsePayloadSizeLimitExceeded");
      expect(await errorCodeOf(() => range.values)).toBe("PropertyNotLoaded");
    });
  });
});

describe("injected latency", () => {
  it("given a latency, each round trip waits for it before applying, and the modelled time adds up", async () => {
    const sim = blankSim();
    const waits: number[] = [];
    let release: () => void = () => undefined;
    sim.instrumentation.latencyMs = 250;
    sim.instrumentation.sleep = (ms) => {
      waits.push(ms);
      return new Promise<void>((resolve) => (release = resolve));
    };
    const context = sim.createContext();
    context.workbook.worksheets.getItem("Hoja1").getRange("A1").values = [["slow"]];
    let done = false;
    const syncing = context.sync().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    expect(sim.workbook.sheets[0]?.cells.size).toBe(0);
    release();
    await syncing;
    expect(done).toBe(true);
    expect(waits).toEqual([250]);
    expect(sim.instrumentation.simulatedLatencyMs).toBe(250);
  });
});

describe("injected faults", () => {
  it("given the 2nd sync planned to fail with nothing applied, the 1st and 3rd apply and the 2nd does not", async () => {
    const sim = blankSim();
    sim.failSync(2);
    const outcomes: string[] = [];
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Hoja1");
      for (const address of ["A1", "A2", "A3"]) {
        sheet.getRange(address).values = [[address]];
        outcomes.push(
          await context.sync().then(
            () => "ok",
            (e: unknown) => (isSimError(e) ? e.code : "other"),
          ),
        );
      }
    });
    expect(outcomes).toEqual(["ok", "GeneralException", "ok"]);
    expect(await valuesAt(sim, "Hoja1", "A1:A3")).toEqual([["A1"], [""], ["A3"]]);
  });

  it("given a sync planned to fail after 2 commands, those 2 stay applied and the rest are not", async () => {
    const sim = blankSim();
    sim.failSync(1, { kind: "afterCommands", applied: 2 }, "GeneralException");
    const code = await errorCodeOf(() =>
      sim.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Hoja1");
        ["A1", "A2", "A3", "A4"].forEach((a) => (sheet.getRange(a).values = [[a]]));
        await context.sync();
      }),
    );
    expect(code).toBe("GeneralException");
    expect(await valuesAt(sim, "Hoja1", "A1:A4")).toEqual([["A1"], ["A2"], [""], [""]]);
    expect(sim.faults.pending).toEqual([]);
  });
});

describe("cell-edit mode", () => {
  it("given the user is editing a cell, every request fails with InvalidOperationInCellEditMode until they leave", async () => {
    const sim = blankSim();
    sim.user.enterCellEditMode();
    const write = (): Promise<void> =>
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Hoja1").getRange("A1").values = [["x"]];
        await context.sync();
      });
    expect(await errorCodeOf(write)).toBe("InvalidOperationInCellEditMode");
    expect(await errorCodeOf(write)).toBe("InvalidOperationInCellEditMode");
    expect(sim.workbook.sheets[0]?.cells.size).toBe(0);
    sim.user.leaveCellEditMode();
    await write();
    expect(await valuesAt(sim, "Hoja1", "A1")).toEqual([["x"]]);
  });

  it("given the message, it is Office.js's cell-editing text", async () => {
    const sim = blankSim();
    sim.user.enterCellEditMode();
    const error = await sim
      .run(async (context) => {
        context.workbook.worksheets.load("items");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^Excel is in cell-editing mode\./);
  });
});
