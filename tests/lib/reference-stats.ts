/**
 * Reference statistics for the tests, written out from the textbook formulas with plain loops so
 * that they share no code with src/lib/statistics.ts or simple-statistics.
 */

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

export function mean(values: readonly number[]): number {
  return sum(values) / values.length;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Sample standard deviation: √(Σ(v − v̄)² / (n − 1)). */
export function sampleSd(values: readonly number[]): number {
  const m = mean(values);
  let ss = 0;
  for (const v of values) ss += (v - m) ** 2;
  return Math.sqrt(ss / (values.length - 1));
}

/** r = Sxy / √(Sxx·Syy). */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Ranks 1…n from the smallest value, tied values sharing the average of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
  const ranks: number[] = [];
  for (let i = 0; i < values.length; i++) {
    let below = 0;
    let equal = 0;
    for (const other of values) {
      if (other < values[i]) below++;
      else if (other === values[i]) equal++;
    }
    // The tied block occupies ranks below+1 … below+equal; their average:
    ranks.push(below + (equal + 1) / 2);
  }
  return ranks;
}

export function spearman(xs: readonly number[], ys: readonly number[]): number {
  return pearson(averageRanks(xs), averageRanks(ys));
}

/** Competition ranks from the largest value: 1 + how many values are strictly larger. */
export function competitionRanksDescending(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => b - a);
  return values.map((v) => sorted.indexOf(v) + 1);
}

/** Ordinary least squares y = a + b·x: b = Sxy/Sxx, a = ȳ − b·x̄, R² = 1 − SSE/SST, s = √(SSE/(n−2)). */
export function ols(xs: readonly number[], ys: readonly number[]) {
  const n = xs.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let sst = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    sst += (ys[i] - my) ** 2;
  }
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const residuals = xs.map((x, i) => ys[i] - (intercept + slope * x));
  let sse = 0;
  for (const e of residuals) sse += e * e;
  return { slope, intercept, residuals, sse, sxx, xMean: mx, rSquared: 1 - sse / sst, s: Math.sqrt(sse / (n - 2)) };
}

/** 95 % CI of r via Fisher's z: tanh(atanh(r) ± z₀.₉₇₅/√(n−3)); atanh written out as ½·ln((1+r)/(1−r)). */
export function fisherCi(r: number, n: number, z975: number): [number, number] {
  const z = 0.5 * Math.log((1 + r) / (1 - r));
  const half = z975 / Math.sqrt(n - 3);
  const tanh = (v: number) => (Math.exp(2 * v) - 1) / (Math.exp(2 * v) + 1);
  return [tanh(z - half), tanh(z + half)];
}

/** Quantiles taken from scipy 1.17.1 (python3: scipy.stats.norm.ppf(0.975), scipy.stats.t.ppf(0.975, 45)). */
export const Z_975 = 1.959963984540054;
export const T_975_DF45 = 2.014103388880846;

/** How far an output rounded to `digits` decimals may sit from the exact value (half a unit in the last place). */
export function roundingTolerance(digits: number): number {
  return 0.5 * 10 ** -digits + 1e-12;
}
