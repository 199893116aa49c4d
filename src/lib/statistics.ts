import {
  linearRegression,
  linearRegressionLine,
  mean,
  rSquared,
  sampleCorrelation,
  sampleRankCorrelation,
  sampleStandardDeviation,
} from 'simple-statistics';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import normalQuantileOf from '@stdlib/stats-base-dists-normal-quantile';

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

export function associate(xs: readonly number[], ys: readonly number[]): Association {
  const n = xs.length;
  if (n !== ys.length) throw new RangeError(`x has ${n} values but y has ${ys.length}`);
  if (n < 4) throw new RangeError(`at least 4 pairs are needed, found ${n}`);
  const pairs = xs.map((x, i) => [x, ys[i]]);
  const pearson = sampleCorrelation([...xs], [...ys]);
  const { m: slope, b: intercept } = linearRegression(pairs);
  const line = linearRegressionLine({ m: slope, b: intercept });
  const sse = pairs.reduce((sum, [x, y]) => sum + (y - line(x)) ** 2, 0);
  return {
    n,
    pearson,
    spearman: sampleRankCorrelation([...xs], [...ys]),
    pValue: pearsonPValue(pearson, n),
    pearsonCi: pearsonConfidenceInterval(pearson, n, 0.95),
    slope,
    intercept,
    rSquared: rSquared(pairs, line),
    residualStandardError: Math.sqrt(sse / (n - 2)),
  };
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
  const xMean = mean([...xs]);
  const sxx = xs.reduce((sum, x) => sum + (x - xMean) ** 2, 0);
  const t = tQuantile(1 - (1 - level) / 2, fit.n - 2);
  return (x: number) => {
    const y = fit.intercept + fit.slope * x;
    const half = t * fit.residualStandardError * Math.sqrt(1 / fit.n + (x - xMean) ** 2 / sxx);
    return { x, y, low: y - half, high: y + half };
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
  const m = mean([...values]);
  const sd = sampleStandardDeviation([...values]);
  return values.map((v) => (v - m) / sd);
}

export function residuals(xs: readonly number[], ys: readonly number[], fit: Pick<Association, 'slope' | 'intercept'>) {
  return xs.map((x, i) => ys[i] - (fit.intercept + fit.slope * x));
}
