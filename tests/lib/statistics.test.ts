import { describe, expect, it } from 'vitest';
import {
  associate,
  confidenceBand,
  normalQuantile,
  pearsonConfidenceInterval,
  pearsonPValue,
  ranksDescending,
  residuals,
  zScores,
} from '../../src/lib/statistics.ts';
import { PUBLISHED } from '../support/published.ts';
import {
  averageRanks,
  competitionRanksDescending,
  fisherCi,
  mean,
  ols,
  pearson,
  sampleSd,
  spearman,
  T_975_DF45,
  Z_975,
} from './reference-stats.ts';

// The scatter on p.11: x = SMEs per fee-charging placement agency (p.10), y = job-opening ratio (p.9).
const xs = PUBLISHED.map((p) => p.smes);
const ys = PUBLISHED.map((p) => p.ratio);

describe('associate() on the 47 published prefecture values', () => {
  const fit = associate(xs, ys);
  const ref = ols(xs, ys);

  it('counts 47 pairs', () => {
    expect(fit.n).toBe(47);
  });

  it('gives Pearson r = 0.4740 to 4 decimals (0.47398 before rounding), not the printed 0.4731076', () => {
    expect(fit.pearson.toFixed(4)).toBe('0.4740');
    expect(fit.pearson.toFixed(5)).toBe('0.47398');
    expect(fit.pearson).toBeCloseTo(pearson(xs, ys), 14);
    // The guidebook prints r=0.4731076 (p.11); recomputing from its own rounded tables gives 0.47398.
    expect(Math.abs(fit.pearson - 0.4731076)).toBeGreaterThan(0.0008);
    expect(Math.abs(fit.pearson - 0.4731076)).toBeLessThan(0.001);
  });

  it('gives Spearman ρ with average ranks for ties', () => {
    // Both tables have ties (e.g. 1.50 for 岩手県 and 福井県, 3.22 for 和歌山県 and 岡山県).
    expect(new Set(ys).size).toBeLessThan(47);
    expect(fit.spearman).toBeCloseTo(spearman(xs, ys), 14);
    // Cross-check: scipy.stats.spearmanr on the same 47 pairs (scipy 1.17.1) = 0.3693402010125508.
    expect(fit.spearman).toBeCloseTo(0.3693402010125508, 12);
  });

  it('gives the OLS slope, intercept, R² and residual standard error', () => {
    expect(fit.slope).toBeCloseTo(ref.slope, 14);
    expect(fit.intercept).toBeCloseTo(ref.intercept, 12);
    expect(fit.rSquared).toBeCloseTo(ref.rSquared, 14);
    expect(fit.rSquared).toBeCloseTo(pearson(xs, ys) ** 2, 14);
    expect(fit.residualStandardError).toBeCloseTo(ref.s, 12);
    // Cross-check: scipy.stats.linregress (scipy 1.17.1).
    expect(fit.slope).toBeCloseTo(0.0051039813884603095, 14);
    expect(fit.intercept).toBeCloseTo(0.9225456908065515, 12);
  });

  it('gives the two-sided p-value of t = r√(n−2)/√(1−r²) on n−2 = 45 df', () => {
    const r = pearson(xs, ys);
    const t = (r * Math.sqrt(45)) / Math.sqrt(1 - r * r);
    expect(t).toBeCloseTo(3.6109315959326453, 12);
    // Reference from python3 scipy 1.17.1: 2 * scipy.stats.t.sf(3.6109315959326453, 45).
    expect(fit.pValue).toBeCloseTo(0.0007641198305455893, 12);
    expect(fit.pValue / 0.0007641198305455893).toBeCloseTo(1, 8);
  });

  it('gives the Fisher-z 95 % confidence interval of r', () => {
    const [lo, hi] = fisherCi(pearson(xs, ys), 47, Z_975);
    expect(fit.pearsonCi[0]).toBeCloseTo(lo, 12);
    expect(fit.pearsonCi[1]).toBeCloseTo(hi, 12);
    // numpy: tanh(arctanh(r) ∓ norm.ppf(0.975)/√44) = 0.2162467393502804, 0.6699578943532568 (scipy 1.17.1).
    expect(fit.pearsonCi[0]).toBeCloseTo(0.2162467393502804, 12);
    expect(fit.pearsonCi[1]).toBeCloseTo(0.6699578943532568, 12);
  });

  it('gives the 95 % confidence band ŷ ± t(0.975, 45)·s·√(1/n + (x−x̄)²/Sxx)', () => {
    const bandAt = confidenceBand(xs, fit);
    for (const x of [43.9, ref.xMean, 123.4, 250, 437.6, 500]) {
      const y = ref.intercept + ref.slope * x;
      const half = T_975_DF45 * ref.s * Math.sqrt(1 / 47 + (x - ref.xMean) ** 2 / ref.sxx);
      const point = bandAt(x);
      expect(point.x).toBe(x);
      expect(point.y).toBeCloseTo(y, 12);
      expect(point.low).toBeCloseTo(y - half, 10);
      expect(point.high).toBeCloseTo(y + half, 10);
    }
    // The band is narrowest at x̄.
    const atMean = bandAt(ref.xMean);
    expect(atMean.high - atMean.low).toBeCloseTo((2 * T_975_DF45 * ref.s) / Math.sqrt(47), 12);
  });

  it('gives residuals y − (a + b·x)', () => {
    const got = residuals(xs, ys, fit);
    expect(got).toHaveLength(47);
    got.forEach((e, i) => expect(e).toBeCloseTo(ref.residuals[i], 12));
    // OLS residuals sum to zero.
    expect(Math.abs(got.reduce((a, b) => a + b, 0))).toBeLessThan(1e-10);
  });
});

describe('statistics on small hand-checked samples', () => {
  it('matches the textbook example x = 1…5, y = 2,4,5,4,5 (r = √0.6, b = 0.6, a = 2.2)', () => {
    const fit = associate([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]);
    expect(fit.pearson).toBeCloseTo(Math.sqrt(0.6), 14);
    expect(fit.slope).toBeCloseTo(0.6, 14);
    expect(fit.intercept).toBeCloseTo(2.2, 14);
    expect(fit.rSquared).toBeCloseTo(0.6, 14);
    // SSE = 2.4, s = √(2.4/3).
    expect(fit.residualStandardError).toBeCloseTo(Math.sqrt(0.8), 14);
    // scipy.stats.pearsonr([1,2,3,4,5],[2,4,5,4,5]).pvalue (scipy 1.17.1).
    expect(fit.pValue).toBeCloseTo(0.1240270626575546, 10);
  });

  it('averages the ranks of ties in Spearman ρ', () => {
    // x ranks 1, 2.5, 2.5, 4; y ranks 1, 3, 2, 4. scipy.stats.spearmanr gives 0.9486832980505139 (scipy 1.17.1).
    expect(averageRanks([1, 2, 2, 3])).toEqual([1, 2.5, 2.5, 4]);
    const fit = associate([1, 2, 2, 3], [1, 3, 2, 4]);
    expect(fit.spearman).toBeCloseTo(0.9486832980505139, 14);
    expect(fit.spearman).toBeCloseTo(spearman([1, 2, 2, 3], [1, 3, 2, 4]), 14);
  });

  it('rejects mismatched or too few pairs with exact messages', () => {
    expect(() => associate([1, 2, 3, 4], [1, 2, 3])).toThrow(new RangeError('x has 4 values but y has 3'));
    expect(() => associate([1, 2, 3], [1, 2, 3])).toThrow(new RangeError('at least 4 pairs are needed, found 3'));
  });

  it('computes the p-value and Fisher CI for other r and n', () => {
    // 2 * scipy.stats.t.sf(t, df) with t = r√df/√(1−r²) (scipy 1.17.1).
    expect(pearsonPValue(0.4731076, 47)).toBeCloseTo(0.0007838856477277356, 12);
    expect(pearsonPValue(-0.4731076, 47)).toBeCloseTo(0.0007838856477277356, 12);
    expect(pearsonPValue(0, 47)).toBe(1);
    const [lo, hi] = pearsonConfidenceInterval(-0.3, 20, 0.95);
    const [refLo, refHi] = fisherCi(-0.3, 20, Z_975);
    expect(lo).toBeCloseTo(refLo, 12);
    expect(hi).toBeCloseTo(refHi, 12);
  });
});

describe('normalQuantile()', () => {
  it('matches scipy.stats.norm.ppf to 12 decimals in the body and 7 in the far tail', () => {
    // [p, scipy.stats.norm.ppf(p)] from python3 scipy 1.17.1.
    const reference: [number, number][] = [
      [1e-5, -4.264890793922825],
      [0.025, -1.9599639845400545],
      [0.1, -1.2815515655446004],
      [0.3, -0.5244005127080409],
      [0.5, 0],
      [0.75, 0.6744897501960817],
      [0.95, 1.6448536269514722],
      [0.975, 1.959963984540054],
      [0.995, 2.5758293035489004],
      [0.999, 3.090232306167813],
    ];
    for (const [p, z] of reference) expect(normalQuantile(p)).toBeCloseTo(z, 12);
    // stdlib's far tail is accurate to about 1e-8 relative; nothing here uses p below 0.0005.
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 7);
    expect(normalQuantile(0.975)).toBeCloseTo(Z_975, 14);
    expect([normalQuantile(0), normalQuantile(1)]).toEqual([-Infinity, Infinity]);
    expect(normalQuantile(1.5)).toBeNaN();
  });
});

describe('ranksDescending()', () => {
  it('gives competition ranks, largest first, ties sharing the best rank', () => {
    expect(ranksDescending([10, 30, 20, 30, 5])).toEqual([4, 1, 3, 1, 5]);
    expect(ranksDescending([1.5, 1.5, 1.5])).toEqual([1, 1, 1]);
  });

  it('matches an independent sort-based ranking on both published tables', () => {
    expect(ranksDescending(ys)).toEqual(competitionRanksDescending(ys));
    expect(ranksDescending(xs)).toEqual(competitionRanksDescending(xs));
    // 青森県 tops both tables; 神奈川県 is last for the ratio, 東京都 last for SMEs per agency.
    const code = (c: string) => PUBLISHED.findIndex((p) => p.code === c);
    expect(ranksDescending(ys)[code('02')]).toBe(1);
    expect(ranksDescending(xs)[code('02')]).toBe(1);
    expect(ranksDescending(ys)[code('14')]).toBe(47);
    expect(ranksDescending(xs)[code('13')]).toBe(47);
    // 和歌山県 and 岡山県 share 3.22: both get the same rank, and the next value skips one.
    const wakayama = ranksDescending(ys)[code('30')];
    expect(ranksDescending(ys)[code('33')]).toBe(wakayama);
    expect(ranksDescending(ys)).not.toContain(wakayama + 1);
  });
});

describe('zScores()', () => {
  it('standardises with the mean and the sample standard deviation', () => {
    expect(zScores([2, 4, 4, 4, 5, 5, 7, 9])).toEqual([2, 4, 4, 4, 5, 5, 7, 9].map((v) => expect.closeTo((v - 5) / Math.sqrt(32 / 7), 14)));
    const z = zScores(ys);
    const m = mean(ys);
    const sd = sampleSd(ys);
    z.forEach((value, i) => expect(value).toBeCloseTo((ys[i] - m) / sd, 14));
  });
});
