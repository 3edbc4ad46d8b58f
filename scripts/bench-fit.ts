/**
 * How a benchmark figure grows with the number of clients: the least-squares line through the measured
 * points, how well it fits (R²), the figure per client at each size, and a verdict — constant, linear, or
 * not linear. Shared by the benchmarks (scripts/bench-sync.ts, scripts/bench-build.ts); pure.
 */

/** One measurement: `clients` in the plan, `value` in the figure's unit. */
export interface Point {
  readonly clients: number;
  readonly value: number;
}

/** A figure's growth over the measured plan sizes. */
export interface Growth {
  /** Figure units per added client. */
  readonly slope: number;
  /** The line's value at zero clients (fixed cost), figure units. */
  readonly intercept: number;
  /** Coefficient of determination of the line, 0–1 (1 when every point is on it). */
  readonly r2: number;
  /** value / clients at each size, in the order of the points. */
  readonly perClient: readonly number[];
  /** Cost per added client of the last step between sizes over that of the first step (1 on a straight line). */
  readonly stepRatio: number;
  /** Distinct plan sizes measured. */
  readonly sizes: number;
  /** "untested": a figure that changes, measured at two sizes only, which any line fits. */
  readonly verdict: "constant" | "linear" | "not linear" | "untested";
}

/** Spread under which a figure counts as constant: 1 % of its largest value. */
const CONSTANT_SPREAD = 0.01;
/** R² from which a figure counts as linear in the number of clients. */
const LINEAR_R2 = 0.99;
/**
 * How far the cost per added client may drift from the first step to the last and still count as linear.
 * R² alone is too lenient over 10–500 clients: n·log n scores 0.997 and n^1.2 0.996, but their step ratios
 * are 1.6 and 1.7; a step function such as ceil(bytes / 4 MB) syncs stays within it.
 */
const LINEAR_STEP_RATIO = 1.5;

/** Mean value at each distinct plan size, smallest size first. */
function meanBySize(points: readonly Point[]): Point[] {
  const sums = new Map<number, { total: number; count: number }>();
  for (const p of points) {
    const sum = sums.get(p.clients) ?? { total: 0, count: 0 };
    sums.set(p.clients, { total: sum.total + p.value, count: sum.count + 1 });
  }
  return [...sums]
    .map(([clients, sum]) => ({ clients, value: sum.total / sum.count }))
    .sort((a, b) => a.clients - b.clients);
}

/** Last step's cost per added client over the first step's; Infinity when the first step does not rise. */
function stepRatioOf(sizes: readonly Point[]): number {
  const slope = (a: Point | undefined, b: Point | undefined) =>
    a === undefined || b === undefined ? NaN : (b.value - a.value) / (b.clients - a.clients);
  const first = slope(sizes[0], sizes[1]);
  const last = slope(sizes[sizes.length - 2], sizes[sizes.length - 1]);
  if (first === last) return 1;
  return first > 0 ? last / first : Infinity;
}

/** The least-squares line through `points` (at least two distinct plan sizes), with its verdict. */
export function growthOf(points: readonly Point[]): Growth {
  const sizes = meanBySize(points);
  if (sizes.length < 2) throw new Error("a growth needs points at two plan sizes at least");
  if (points.some((p) => !Number.isFinite(p.value))) throw new Error("a growth needs finite values");
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.clients, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.value, 0) / n;
  const sxx = points.reduce((sum, p) => sum + (p.clients - meanX) ** 2, 0);
  const sxy = points.reduce((sum, p) => sum + (p.clients - meanX) * (p.value - meanY), 0);
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const residual = points.reduce((sum, p) => sum + (p.value - (intercept + slope * p.clients)) ** 2, 0);
  const total = points.reduce((sum, p) => sum + (p.value - meanY) ** 2, 0);
  const r2 = total === 0 ? 1 : 1 - residual / total;
  const values = points.map((p) => p.value);
  const largest = Math.max(...values.map(Math.abs));
  const stepRatio = stepRatioOf(sizes);
  const constant = Math.max(...values) - Math.min(...values) <= CONSTANT_SPREAD * largest;
  const straight = r2 >= LINEAR_R2 && stepRatio <= LINEAR_STEP_RATIO && stepRatio >= 1 / LINEAR_STEP_RATIO;
  const verdict = constant ? "constant" : sizes.length < 3 ? "untested" : straight ? "linear" : "not linear";
  const perClient = points.map((p) => p.value / p.clients);
  return { slope, intercept, r2, perClient, stepRatio, sizes: sizes.length, verdict };
}

/** Plan size at which the line reaches `value` (an extrapolation past the measured sizes); null if it never rises. */
export function clientsAt(growth: Growth, value: number): number | null {
  return growth.slope > 0 ? (value - growth.intercept) / growth.slope : null;
}

/** One line for a report: "linear: 18.9 KB per client, 16.8 KB fixed (R² 1.0000, step ratio 1.00)". */
export function growthText(growth: Growth, unit: string, scale = 1, digits = 1): string {
  const per = (growth.slope / scale).toFixed(digits);
  const fixed = (growth.intercept / scale).toFixed(digits);
  if (growth.verdict === "constant") return `constant (${fixed} ${unit} + ${per} ${unit} per client)`;
  if (growth.verdict === "untested")
    return `untested, two sizes only: ${per} ${unit} per client, ${fixed} ${unit} fixed`;
  const fit = `R² ${growth.r2.toFixed(4)}, step ratio ${growth.stepRatio.toFixed(2)}`;
  return `${growth.verdict}: ${per} ${unit} per client, ${fixed} ${unit} fixed (${fit})`;
}
