import { linearRegression, linearRegressionLine, mean, rSquared, sampleCorrelation, sampleStandardDeviation } from 'simple-statistics';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import normalQuantileOf from '@stdlib/stats-base-dists-normal-quantile';
import { midranks } from './sort-order.ts';

/** Everything the site says about how two indicators move together, from one set of pairs. */
export interface Association {
  n: number;
  pearson: number;
  spearman: number;
  /** Two-sided p for H0: ρ = 0, from t = r√(n−2)/√(1−r²) with n−2 degrees of freedom. */
  pValue: number;
  /** 95 % confidence interval for r via Fisher's z. */
  pearsonCi: [number, number];
  slope: number;
  intercept: number;
  rSquared: number;
  /** Residual standard error of the fit, s = √(SSE/(n−2)). */
  residualStandardError: number;
}

/**
 * The numeric policy of every statistic on the site (the build's 47 prefectures and a researcher's
 * own file alike). Values must be finite and within ±LARGEST_MAGNITUDE; beyond that, differences
 * between values (a chart's span, a residual) can overflow even when the statistics themselves
 * could be computed, so such values are refused with a message instead of giving a wrong answer.
 * Within the limit, each variable is divided by a power of two near its largest magnitude before
 * any sum or square is taken. Dividing by a power of two is exact in binary floating point, so for
 * ordinary data every result is bit for bit what simple-statistics gives on the raw values, while
 * values near 1e200 (whose squares overflow) or 1e-200 (whose squares underflow) give the right
 * answer instead of NaN or a false 0.
 */
export const LARGEST_MAGNITUDE = 1e300;

/** Index of the first value that is not finite or lies beyond ±LARGEST_MAGNITUDE, or −1. */
export function firstOutOfRange(values: readonly number[]): number {
  return values.findIndex((v) => !Number.isFinite(v) || Math.abs(v) > LARGEST_MAGNITUDE);
}

/** Results that a double cannot hold (a slope of 1e300 / 1e-300), which no page may show. */
export class UnrepresentableError extends RangeError {
  constructor(what: string) {
    super(`${what} is beyond the range of double-precision numbers`);
    this.name = 'UnrepresentableError';
  }
}

/** The exponent k (−1074 … 1023) of the power of two at or just above the largest |value|. */
function binaryExponent(values: readonly number[]): number {
  let largest = 0;
  for (const v of values) largest = Math.max(largest, Math.abs(v));
  return largest === 0 ? 0 : Math.min(1023, Math.max(-1074, Math.ceil(Math.log2(largest))));
}

/** value × 2^k, in steps so that no intermediate overflows when the result does not. */
function timesPowerOfTwo(value: number, k: number): number {
  let v = value;
  let rest = k;
  for (; rest > 1000; rest -= 1000) v *= 2 ** 1000;
  for (; rest < -1000; rest += 1000) v *= 2 ** -1000;
  return v * 2 ** rest;
}

/** The values divided exactly by 2^k, and k. */
function scaled(values: readonly number[]): { k: number; values: number[] } {
  const k = binaryExponent(values);
  const divisor = 2 ** k;
  return { k, values: values.map((v) => v / divisor) };
}

function checkInputs(values: readonly number[], name: string): void {
  const i = firstOutOfRange(values);
  if (i !== -1) throw new RangeError(`${name}[${i}] = ${values[i]} is not a finite number within ±${LARGEST_MAGNITUDE}`);
  if (values.every((v) => v === values[0])) throw new RangeError(`every ${name} is ${values[0]}: a correlation needs variation`);
}

function finite<T extends Record<string, unknown>>(result: T): T {
  for (const [key, value] of Object.entries(result)) {
    const numbers = Array.isArray(value) ? value : [value];
    if (numbers.some((v) => typeof v === 'number' && !Number.isFinite(v))) throw new UnrepresentableError(key);
  }
  return result;
}

export function associate(xs: readonly number[], ys: readonly number[]): Association {
  const n = xs.length;
  if (n !== ys.length) throw new RangeError(`x has ${n} values but y has ${ys.length}`);
  if (n < 4) throw new RangeError(`at least 4 pairs are needed, found ${n}`);
  checkInputs(xs, 'x');
  checkInputs(ys, 'y');
  const [x, y] = [scaled(xs), scaled(ys)];
  const pairs = x.values.map((u, i) => [u, y.values[i]]);
  // Rounding can carry |r| a hair past 1 for points on a line; atanh and √(1−r²) need it within.
  const pearson = Math.max(-1, Math.min(1, sampleCorrelation(x.values, y.values)));
  const { m, b } = linearRegression(pairs);
  const line = linearRegressionLine({ m, b });
  const sse = pairs.reduce((sum, [u, v]) => sum + (v - line(u)) ** 2, 0);
  return finite({
    n,
    pearson,
    spearman: Math.max(-1, Math.min(1, spearman(xs, ys))),
    pValue: pearsonPValue(pearson, n),
    pearsonCi: pearsonConfidenceInterval(pearson, n, 0.95),
    slope: timesPowerOfTwo(m, y.k - x.k),
    intercept: timesPowerOfTwo(b, y.k),
    rSquared: rSquared(pairs, line),
    residualStandardError: timesPowerOfTwo(Math.sqrt(sse / (n - 2)), y.k),
  });
}

/**
 * Spearman's ρ exactly as simple-statistics' sampleRankCorrelation computes it (the Pearson
 * correlation of the midranks), with the midranks found by a linear-time sort: the library's
 * comparison sort of [value, index] pairs takes seconds for the 500,000 rows a reader may bring.
 */
function spearman(xs: readonly number[], ys: readonly number[]): number {
  return sampleCorrelation(Array.from(midranks(xs)), Array.from(midranks(ys)));
}

export function pearsonPValue(r: number, n: number): number {
  const df = n - 2;
  const t = (r * Math.sqrt(df)) / Math.sqrt(1 - r * r);
  return 2 * (1 - tCdf(Math.abs(t), df));
}

export function pearsonConfidenceInterval(r: number, n: number, level: number): [number, number] {
  const z = Math.atanh(r);
  const half = normalQuantile(1 - (1 - level) / 2) / Math.sqrt(n - 3);
  return [Math.tanh(z - half), Math.tanh(z + half)];
}

/**
 * The standard normal quantile Φ⁻¹(p). From stdlib rather than simple-statistics, whose probit
 * uses a rough erf⁻¹ approximation: probit(0.975) = 1.95716, not 1.95996.
 */
export function normalQuantile(p: number): number {
  return normalQuantileOf(p, 0, 1);
}

/**
 * The 95 % confidence band of the fitted mean at x: ŷ ± t(0.975, n−2) · s · √(1/n + (x−x̄)²/Sxx).
 */
export function confidenceBand(xs: readonly number[], fit: Association, level = 0.95) {
  // On x scaled by a power of two (exact): Sxx of values near 1e200 would overflow.
  const x = scaled(xs);
  const divisor = 2 ** x.k;
  const uMean = mean(x.values);
  const suu = x.values.reduce((sum, u) => sum + (u - uMean) ** 2, 0);
  const t = tQuantile(1 - (1 - level) / 2, fit.n - 2);
  return (at: number) => {
    const y = fit.intercept + fit.slope * at;
    const d = at / divisor - uMean;
    const half = t * fit.residualStandardError * Math.sqrt(1 / fit.n + (d * d) / suu);
    return { x: at, y, low: y - half, high: y + half };
  };
}

/** The fit and its band at `samples` + 1 evenly spaced x from the smallest x to the largest, for charts. */
export function sampleConfidenceBand(xs: readonly number[], fit: Association, samples: number) {
  let [lo, hi] = [Infinity, -Infinity];
  for (const x of xs) [lo, hi] = [Math.min(lo, x), Math.max(hi, x)];
  const bandAt = confidenceBand(xs, fit);
  return Array.from({ length: samples + 1 }, (_, i) => bandAt(lo + ((hi - lo) * i) / samples));
}

/** Competition ranks ("1224"): ties share the best rank. Rank 1 is the largest value. */
export function ranksDescending(values: readonly number[]): number[] {
  return values.map((v) => 1 + values.filter((other) => other > v).length);
}

export function zScores(values: readonly number[]): number[] {
  const { values: us } = scaled(values);
  const m = mean(us);
  const sd = sampleStandardDeviation(us);
  return us.map((u) => (u - m) / sd);
}

export function residuals(xs: readonly number[], ys: readonly number[], fit: Pick<Association, 'slope' | 'intercept'>) {
  return xs.map((x, i) => ys[i] - (fit.intercept + fit.slope * x));
}
