import { clientsAt, growthOf, growthText, type Point } from "../../scripts/bench-fit";

const SIZES = [10, 50, 200, 500];

/** The points of `value` at the benchmark's plan sizes. */
function pointsOf(value: (clients: number) => number, sizes: readonly number[] = SIZES): Point[] {
  return sizes.map((clients) => ({ clients, value: value(clients) }));
}

describe("growthOf", () => {
  it("given points on a line, fits its slope and intercept with R² 1 and calls it linear", () => {
    const growth = growthOf(pointsOf((n) => 136_000 * n + 2_000));

    expect(growth.verdict).toBe("linear");
    expect(growth.slope).toBeCloseTo(136_000, 6);
    expect(growth.intercept).toBeCloseTo(2_000, 6);
    expect(growth.r2).toBeCloseTo(1, 12);
    expect(growth.stepRatio).toBeCloseTo(1, 12);
  });

  it("given the same value at every size, calls it constant with slope 0", () => {
    const growth = growthOf(pointsOf(() => 347));

    expect(growth.verdict).toBe("constant");
    expect(growth.slope).toBe(0);
    expect(growth.intercept).toBe(347);
    expect(growth.perClient).toEqual([34.7, 6.94, 1.735, 0.694]);
  });

  it("given values within 1 % of the largest, still calls it constant", () => {
    expect(growthOf(pointsOf((n) => 100_000 + n)).verdict).toBe("constant");
  });

  it.each([
    ["quadratic", (n: number) => n * n],
    ["n log n", (n: number) => n * Math.log(n)],
    ["n^1.2", (n: number) => n ** 1.2],
    ["square root", (n: number) => Math.sqrt(n) * 1000],
  ])("given %s growth, says it is not linear", (_name, value) => {
    expect(growthOf(pointsOf(value)).verdict).toBe("not linear");
  });

  it("given n log n growth, whose R² alone would pass, rejects it by the cost per added client rising", () => {
    const growth = growthOf(pointsOf((n) => n * Math.log(n)));

    expect(growth.r2).toBeGreaterThan(0.99);
    expect(growth.stepRatio).toBeGreaterThan(1.5);
  });

  it("given syncs that step up by whole round trips (2 + ceil(136 kB × n / 4 MB)), calls them linear", () => {
    expect(growthOf(pointsOf((n) => 2 + Math.ceil((136_000 * n) / 4_000_000))).verdict).toBe("linear");
  });

  it("given noisy timings around a line, fits them with R² below 1 and calls them linear", () => {
    const noise = [1.03, 0.97, 1.02, 0.99];
    const growth = growthOf(pointsOf((n) => (240 + 23.5 * n) * (noise[SIZES.indexOf(n)] ?? 1)));

    expect(growth.verdict).toBe("linear");
    expect(growth.r2).toBeLessThan(1);
    expect(growth.slope).toBeGreaterThan(22);
    expect(growth.slope).toBeLessThan(25);
  });

  it("given a changing figure measured at two sizes only, says linearity is untested: any line fits two points", () => {
    const growth = growthOf(pointsOf((n) => n * n, [10, 50]));

    expect(growth.verdict).toBe("untested");
    expect(growth.r2).toBe(1);
    expect(growthText(growth, "ms")).toBe("untested, two sizes only: 60.0 ms per client, -500.0 ms fixed");
  });

  it("given a constant figure at two sizes, still calls it constant", () => {
    expect(growthOf(pointsOf(() => 2, [10, 50])).verdict).toBe("constant");
  });

  it("given the points in any order, fits the same line", () => {
    const forward = growthOf(pointsOf((n) => 3 * n + 1));
    const backward = growthOf([...pointsOf((n) => 3 * n + 1)].reverse());

    expect(backward.slope).toBeCloseTo(forward.slope, 12);
    expect(backward.stepRatio).toBeCloseTo(forward.stepRatio, 12);
  });

  it.each([
    ["no points", []],
    ["one size", [{ clients: 10, value: 5 }]],
    [
      "one size measured twice",
      [
        { clients: 10, value: 5 },
        { clients: 10, value: 6 },
      ],
    ],
  ])("given %s, throws: a growth needs two plan sizes", (_name, points: Point[]) => {
    expect(() => growthOf(points)).toThrow("two plan sizes");
  });

  it("given a value that is not a number (a figure that was not measured), throws", () => {
    expect(() =>
      growthOf([
        { clients: 10, value: 1 },
        { clients: 50, value: NaN },
      ]),
    ).toThrow("finite");
  });
});

describe("clientsAt", () => {
  it("given a rising line, says where it reaches a value (an extrapolation)", () => {
    expect(clientsAt(growthOf(pointsOf((n) => 3_800 * n + 2_000)), 5_000_000)).toBeCloseTo(1315.26, 2);
  });

  it("given a constant figure, says it never reaches the value", () => {
    expect(clientsAt(growthOf(pointsOf(() => 347)), 5_000_000)).toBeNull();
  });
});

describe("growthText", () => {
  it("given a linear growth, prints the cost per client, the fixed cost and the fit in the figure's unit", () => {
    const text = growthText(growthOf(pointsOf((n) => 1024 * (19 * n + 17))), "KB", 1024);

    expect(text).toBe("linear: 19.0 KB per client, 17.0 KB fixed (R² 1.0000, step ratio 1.00)");
  });

  it("given a constant, prints the value it stays at", () => {
    expect(growthText(growthOf(pointsOf(() => 2)), "syncs", 1, 0)).toBe("constant (2 syncs + 0 syncs per client)");
  });
});
