/**
 * The numeric policy of src/lib/statistics.ts: ordinary data give bit for bit what simple-statistics
 * gives on the raw values; values whose squares would overflow or underflow give the right answer;
 * values beyond ±1e300 and fits beyond a double's range are refused with a message, never shown as
 * NaN, ∞ or a statistic of overflowed numbers. Review cases: huge-y.csv, overflow.csv, numbers.csv.
 */
import { linearRegression, linearRegressionLine, rSquared, sampleCorrelation, sampleRankCorrelation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/your-data-analysis.ts';
import {
  associate,
  confidenceBand,
  firstOutOfRange,
  LARGEST_MAGNITUDE,
  residuals,
  sampleConfidenceBand,
  UnrepresentableError,
  zScores,
} from '../../src/lib/statistics.ts';
import { PUBLISHED } from '../support/published.ts';

const xs = PUBLISHED.map((p) => p.smes);
const ys = PUBLISHED.map((p) => p.ratio);

describe('ordinary data: exactly what simple-statistics gives on the raw values', () => {
  it('the 47 published pairs give the same bits for r, ρ, slope, intercept and R²', () => {
    const fit = associate(xs, ys);
    const pairs = xs.map((x, i) => [x, ys[i]]);
    const raw = linearRegression(pairs);
    expect(fit.pearson).toBe(sampleCorrelation(xs, ys));
    expect(fit.spearman).toBe(sampleRankCorrelation(xs, ys));
    expect(fit.slope).toBe(raw.m);
    expect(fit.intercept).toBe(raw.b);
    expect(fit.rSquared).toBe(rSquared(pairs, linearRegressionLine(raw)));
  });

  it('scaling x and y by powers of two scales slope and intercept exactly and leaves r alone', () => {
    const a = associate(xs, ys);
    const b = associate(
      xs.map((x) => x * 2 ** 600),
      ys.map((y) => y * 2 ** -600),
    );
    expect(b.pearson).toBe(a.pearson);
    expect(b.spearman).toBe(a.spearman);
    expect(b.pValue).toBe(a.pValue);
    expect(b.pearsonCi).toEqual(a.pearsonCi);
    expect(b.rSquared).toBe(a.rSquared);
    expect(b.slope).toBe(a.slope * 2 ** -1200);
    expect(b.intercept).toBe(a.intercept * 2 ** -600);
    expect(b.residualStandardError).toBe(a.residualStandardError * 2 ** -600);
  });
});

describe('values whose squares leave the double range (review F2.3)', () => {
  // huge-y.csv: x = 0…5, y = 1e200, 2e200, −3e200, 5e199, 1e200, 0. Before: Pearson −0.0000, p 1.000, R² NaN.
  const hx = [0, 1, 2, 3, 4, 5];
  const hy = [1e200, 2e200, -3e200, 5e199, 1e200, 0];
  const unit = associate(hx, [1, 2, -3, 0.5, 1, 0]);

  it('huge-y.csv gives the true r = −0.139 (Python statistics.correlation: −0.13945529431199324)', () => {
    const fit = associate(hx, hy);
    expect(fit.pearson.toFixed(3)).toBe('-0.139');
    expect(fit.pearson).toBeCloseTo(-0.13945529431199324, 15);
    expect(fit.spearman).toBeCloseTo(-0.43482827673933633, 15);
    expect(fit.pValue).toBeCloseTo(unit.pValue, 14);
    expect(fit.rSquared).toBeCloseTo(0.019447779111644636, 15);
    // Python statistics.linear_regression on y / 1e200: slope −0.12857142857142856, intercept 0.5714285714285714.
    expect(fit.slope / 1e199).toBeCloseTo(-1.2857142857142856, 14);
    expect(fit.intercept / 1e199).toBeCloseTo(5.714285714285714, 14);
    expect(fit.residualStandardError / 1e200).toBeCloseTo(unit.residualStandardError, 14);
  });

  it('its residuals and confidence band are finite and 1e200 times those of y / 1e200', () => {
    const fit = associate(hx, hy);
    const res = residuals(hx, hy, fit);
    residuals(hx, [1, 2, -3, 0.5, 1, 0], unit).forEach((r, i) => expect(res[i] / 1e200).toBeCloseTo(r, 13));
    const band = sampleConfidenceBand(hx, fit, 10);
    const unitBand = sampleConfidenceBand(hx, unit, 10);
    expect(band).toHaveLength(11);
    band.forEach((b, i) => {
      expect(b.x).toBe(unitBand[i].x);
      expect(b.low / 1e200).toBeCloseTo(unitBand[i].low, 13);
      expect(b.high / 1e200).toBeCloseTo(unitBand[i].high, 13);
    });
  });

  it('x near 1e200 (Sxx would overflow) gives a finite band, the same as for x / 1e200', () => {
    const big = hx.map((x) => x * 1e200);
    const fit = associate(big, [1, 2, -3, 0.5, 1, 0]);
    const at = confidenceBand(big, fit)(2.5e200);
    const ref = confidenceBand(hx, unit)(2.5);
    expect(at.y).toBeCloseTo(ref.y, 14);
    expect(at.high - at.y).toBeCloseTo(ref.high - ref.y, 13);
  });

  it('values near 1e-200 (squares underflow to 0) give the same r as the unit values', () => {
    const fit = associate(
      hx.map((x) => x * 1e-200),
      [1, 2, -3, 0.5, 1, 0].map((y) => y * 1e-200),
    );
    expect(fit.pearson).toBeCloseTo(-0.13945529431199324, 15);
    expect(fit.slope).toBeCloseTo(-0.12857142857142856, 14);
  });

  it('z-scores of values near ±1e300 are those of the values divided by 1e300', () => {
    expect(zScores([1e300, -1e300, 0, 5e299]).map((z) => z.toFixed(12))).toEqual(zScores([1, -1, 0, 0.5]).map((z) => z.toFixed(12)));
  });

  it('points on a line give r = ρ = 1, p = 0 and CI [1, 1], never a hair past 1 (NaN from atanh)', () => {
    const fit = associate([1, 2, 3, 4], [2, 4, 6, 8]);
    expect([fit.pearson, fit.spearman, fit.pValue, ...fit.pearsonCi]).toEqual([1, 1, 0, 1, 1]);
  });
});

describe('values and results beyond the range are refused with a message', () => {
  it('the limit is ±1e300, inclusive', () => {
    expect(LARGEST_MAGNITUDE).toBe(1e300);
    expect(firstOutOfRange([1e300, -1e300, 0])).toBe(-1);
    expect(firstOutOfRange([0, 1.0000000000000001e300 * 1.00001])).toBe(1);
    expect(firstOutOfRange([1, Number.NaN])).toBe(1);
    expect(firstOutOfRange([-Infinity])).toBe(0);
  });

  it.each([
    // overflow.csv's x column (before: Pearson NaN, fit "y = NaN + NaN × x")
    { x: [1e308, -1e308, 1.5e308, -1.7e308, 1e307, 0], message: 'x[0] = 1e+308 is not a finite number within ±1e+300' },
    { x: [1, 2, 3, -1e301], message: 'x[3] = -1e+301 is not a finite number within ±1e+300' },
    { x: [1, 2, Number.NaN, 4], message: 'x[2] = NaN is not a finite number within ±1e+300' },
    { x: [1, Infinity, 3, 4], message: 'x[1] = Infinity is not a finite number within ±1e+300' },
    { x: [5, 5, 5, 5], message: 'every x is 5: a correlation needs variation' },
  ])('associate($x) → "$message"', ({ x, message }) => {
    expect(() => associate(x, [1, 2, 3, 4, 5, 6].slice(0, x.length))).toThrow(new RangeError(message));
  });

  it('a slope no double can hold (x near 1e-300, y near 1e300) is an UnrepresentableError, not ∞', () => {
    const call = () => associate([1e-300, 2e-300, 3e-300, 5e-300], [1e300, -1e300, 5e299, 0]);
    expect(call).toThrow(UnrepresentableError);
    expect(call).toThrow('slope is beyond the range of double-precision numbers');
  });
});

describe('analyse() (the your-data page) turns the policy into a located failure', () => {
  const points = (pairs: [number, number][]) => pairs.map(([x, y], i) => ({ line: i + 2, label: `p${i}`, x, y }));

  it('overflow.csv: the first value beyond ±1e300 with its line', () => {
    const xs6 = [1e308, -1e308, 1.5e308, -1.7e308, 1e307, 0];
    expect(analyse(points(xs6.map((x, i) => [x, i])))).toEqual({ kind: 'too-large', axis: 'x', line: 2, value: 1e308 });
  });

  it('numbers.csv style: one -1e308 among ordinary y values', () => {
    expect(
      analyse(
        points([
          [1, 1],
          [2, 2],
          [3, 3],
          [4, -1e308],
          [5, 5],
        ]),
      ),
    ).toEqual({ kind: 'too-large', axis: 'y', line: 5, value: -1e308 });
  });

  it('a fit no double can hold', () => {
    expect(
      analyse(
        points([
          [1e-300, 1e300],
          [2e-300, -1e300],
          [3e-300, 5e299],
          [5e-300, 0],
        ]),
      ),
    ).toEqual({ kind: 'unrepresentable' });
  });

  it('huge-y.csv is analysed, with every number finite', () => {
    const result = analyse(
      points([
        [0, 1e200],
        [1, 2e200],
        [2, -3e200],
        [3, 5e199],
        [4, 1e200],
        [5, 0],
      ]),
    );
    if ('kind' in result) throw new Error(`expected an analysis, got ${result.kind}`);
    expect(result.association.pearson.toFixed(3)).toBe('-0.139');
    const numbers = [
      ...Object.values(result.association).flat(),
      ...result.band.flatMap((b) => [b.x, b.y, b.low, b.high]),
      ...result.ranked.flatMap((p) => [p.fitted, p.residual]),
    ];
    expect(numbers.every((v) => typeof v === 'number' && Number.isFinite(v))).toBe(true);
    expect(result.ranked.map((p) => p.line)).toEqual([3, 6, 2, 5, 7, 4]);
  });
});
