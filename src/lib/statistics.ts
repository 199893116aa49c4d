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
 * The standard normal quantile Φ⁻¹(p), by Wichura's algorithm AS 241 (PPND16, about 1e-16 relative
 * error). simple-statistics' probit uses a rough erf⁻¹ approximation: probit(0.975) = 1.95716, not 1.95996.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r + 45921.953931549871457) * r +
          13731.693765509461125) * r + 1971.5909503065514427) * r + 133.14166789178437745) * r + 3.387132872796366608)) /
      (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r + 21213.794301586595867) * r +
        5394.1960214247511077) * r + 687.1870074920579083) * r + 42.313330701600911252) * r + 1)
    );
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value =
      (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r + 1.27045825245236838258) * r +
        3.64784832476320460504) * r + 5.7694972214606914055) * r + 4.6303378461565452959) * r + 1.42343711074968357734) /
      (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r + 0.14810397642748007459) * r +
        0.68976733498510000455) * r + 1.6763848301838038494) * r + 2.05319162663775882187) * r + 1);
  } else {
    r -= 5;
    value =
      (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r + 0.026532189526576123093) * r +
        0.29656057182850489123) * r + 1.7848265399172913358) * r + 5.4637849111641143699) * r + 6.6579046435011037772) /
      (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r +
        0.0148753612908506148525) * r + 0.13692988092273580531) * r + 0.59983220655588793769) * r + 1);
  }
  return q < 0 ? -value : value;
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
