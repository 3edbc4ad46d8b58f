import { packRequests, splitStep } from "../../src/excel/pack-requests";
import { requestBytes, stepBytes } from "../../src/excel/step-size";
import type { Step } from "../../src/excel/steps";

const sheet = { by: "name", name: "Acme · Ver" } as const;

function write(row: number, rows: number, text = "x".repeat(100)): Step {
  return {
    kind: "write",
    sheet,
    range: { row, column: 0, rows, columns: 2 },
    formulas: Array.from({ length: rows }, () => [`'${text}`, 1]),
  };
}

describe("packing steps into requests", () => {
  it("given steps, each request stays under the budget, keeps their order and opens by suspending calculation", () => {
    const steps = Array.from({ length: 40 }, (_, i) => write(i * 10, 10));
    const requests = packRequests(steps, 20_000);
    expect(requests.length).toBeGreaterThan(1);
    for (const request of requests) {
      expect(request.bytes).toBeLessThanOrEqual(20_000);
      expect(request.steps[0]).toEqual({ kind: "suspendCalculation" });
      expect(request.bytes).toBe(requestBytes(request.steps));
    }
    expect(requests.flatMap((r) => r.steps.filter((s) => s.kind !== "suspendCalculation"))).toEqual(steps);
  });

  it("given a write of many rows, it is cut into row bands that write the same cells", () => {
    const big = write(3, 400);
    const bands = splitStep(big, 10_000);
    expect(bands.length).toBeGreaterThan(1);
    let row = 3;
    for (const band of bands) {
      if (band.kind !== "write") throw new Error("not a write");
      expect(band.range.row).toBe(row);
      expect(band.formulas).toHaveLength(band.range.rows ?? 0);
      expect(stepBytes(band)).toBeLessThanOrEqual(10_000);
      row += band.range.rows ?? 0;
    }
    expect(row).toBe(403);
    expect(bands.flatMap((b) => (b.kind === "write" ? b.formulas : []))).toEqual(
      big.kind === "write" ? big.formulas : [],
    );
  });

  it("given appended rows over the budget, they are appended in bands, in order", () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`'fila ${i}`, i]);
    const bands = splitStep({ kind: "appendRows", table: "vamAcciones_k3x9q2ab", formulas: rows }, 5_000);
    expect(bands.every((b) => b.kind === "appendRows")).toBe(true);
    expect(bands.flatMap((b) => (b.kind === "appendRows" ? b.formulas : []))).toEqual(rows);
  });

  it("given an empty list, there is no request; given only a selection, nothing is suspended", () => {
    expect(packRequests([])).toEqual([]);
    const select: Step = { kind: "selectNamedCell", name: "vamVer_k3x9q2ab" };
    expect(packRequests([select])).toEqual([{ steps: [select], bytes: requestBytes([select]) }]);
  });

  it("given one cell bigger than a request, it is misuse and throws", () => {
    expect(() => packRequests([write(0, 1, "y".repeat(30_000))], 20_000)).toThrow(/does not fit/);
  });
});
