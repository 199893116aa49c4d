/** Classification of the seed data: breaks computed here by hand, classes of named prefectures. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bivariateCell, ceilTo, classify, classIndex, classRanges, rawBreaks } from '../../src/charts/classify.ts';
import { ROOT } from '../support/paths.ts';

const seed = JSON.parse(readFileSync(join(ROOT, 'public', 'data', 'prefectures.json'), 'utf8')) as Record<string, number | string>[];
const column = (name: string) => seed.map((p) => p[name] as number);
const byName = (nameJa: string) => seed.find((p) => p.name_ja === nameJa)!;
const ratio = column('job_opening_ratio');
const smes = column('smes_per_agency');

/** Hyndman–Fan type 7 quantile (what d3.quantile and Excel's PERCENTILE use), written out. */
function type7(values: number[], p: number): number {
  const x = [...values].sort((a, b) => a - b);
  const h = (x.length - 1) * p;
  const lo = Math.floor(h);
  return x[lo] + (h - lo) * (x[lo + 1] - x[lo]);
}

describe('quantile breaks of the 47 seed values', () => {
  it('match the type-7 quantiles at 20/40/60/80 %', () => {
    const expected = [0.2, 0.4, 0.6, 0.8].map((p) => type7(ratio, p));
    rawBreaks(ratio, 'quantile', 5).forEach((b, i) => expect(b).toBeCloseTo(expected[i], 10));
    // Sorted ratios: the 10th and 11th are 1.07 and 1.33, so 46 × 0.2 = 9.2 → 1.07 + 0.2 × 0.26 = 1.122.
    expect(rawBreaks(ratio, 'quantile', 5).map((b) => Number(b.toFixed(4)))).toEqual([1.122, 1.572, 2.266, 3.138]);
    expect(rawBreaks(smes, 'quantile', 5).map((b) => Number(b.toFixed(4)))).toEqual([154.94, 185.9, 244.28, 294.86]);
  });

  it('are snapped up to the data precision, giving 10/9/9/9/10 prefectures', () => {
    const q = classify(ratio, 'quantile', 5, 2);
    expect(q.breaks).toEqual([1.13, 1.58, 2.27, 3.14]);
    expect(q.counts).toEqual([10, 9, 9, 9, 10]);
    expect(classify(smes, 'quantile', 5, 1).breaks).toEqual([155, 185.9, 244.3, 294.9]);
  });

  it('put 青森県 (4.71) in the highest class and 神奈川県 (0.37) in the lowest', () => {
    const { breaks } = classify(ratio, 'quantile', 5, 2);
    expect(classIndex(byName('青森県').job_opening_ratio as number, breaks)).toBe(4);
    expect(classIndex(byName('神奈川県').job_opening_ratio as number, breaks)).toBe(0);
  });
});

describe('equal-interval breaks of the 47 seed values', () => {
  it('cut the range 0.37–4.71 into five widths of 0.868', () => {
    const expected = [1, 2, 3, 4].map((i) => 0.37 + (i * (4.71 - 0.37)) / 5);
    rawBreaks(ratio, 'equal', 5).forEach((b, i) => expect(b).toBeCloseTo(expected[i], 10));
    const e = classify(ratio, 'equal', 5, 2);
    expect(e.breaks).toEqual([1.24, 2.11, 2.98, 3.85]);
    expect(e.counts).toEqual([10, 17, 8, 10, 2]);
  });

  it('cut 43.9–437.6 SMEs per agency into widths of 78.74', () => {
    const e = classify(smes, 'equal', 5, 1);
    expect(e.breaks).toEqual([122.7, 201.4, 280.2, 358.9]);
    expect(e.counts).toEqual([4, 18, 11, 8, 6]);
  });
});

describe('classes and ranges', () => {
  it('treat a value on a break as the upper class, and missing data as no class', () => {
    expect(classIndex(1.13, [1.13, 1.58])).toBe(1);
    expect(classIndex(1.12, [1.13, 1.58])).toBe(0);
    expect(classIndex(null, [1.13])).toBeNull();
    expect(classIndex(Number.NaN, [1.13])).toBeNull();
  });

  it('leave missing values out of breaks and counts', () => {
    const c = classify([1, 2, null, 3, 4], 'equal', 3, 0);
    expect(c.counts).toEqual([1, 1, 2]);
    expect(c.min).toBe(1);
  });

  it('snap breaks up without float noise', () => {
    expect(ceilTo(2.9739999999999998, 2)).toBe(2.98);
    expect(ceilTo(1.44, 2)).toBe(1.44);
    expect(ceilTo(185.9, 1)).toBe(185.9);
  });

  it('give each class a from–to range, first from the minimum and last to the maximum', () => {
    expect(classRanges(classify(ratio, 'quantile', 5, 2))).toEqual([
      { from: 0.37, to: 1.13, last: false },
      { from: 1.13, to: 1.58, last: false },
      { from: 1.58, to: 2.27, last: false },
      { from: 2.27, to: 3.14, last: false },
      { from: 3.14, to: 4.71, last: true },
    ]);
  });
});

describe('bivariate cells (tertiles of both indicators)', () => {
  const shortage = classify(ratio, 'quantile', 3, 2).breaks;
  const thinness = classify(smes, 'quantile', 3, 1).breaks;

  it('cut at the seed tertiles', () => {
    expect(shortage).toEqual([1.44, 2.53]);
    expect(thinness).toEqual([181.1, 268.2]);
  });

  it('put 青森県 high on both and 東京都 lowest in thinness', () => {
    const cell = (name: string) =>
      bivariateCell(byName(name).job_opening_ratio as number, byName(name).smes_per_agency as number, shortage, thinness);
    expect(cell('青森県')).toEqual({ shortage: 2, thinness: 2 });
    expect(cell('東京都')).toEqual({ shortage: 0, thinness: 0 });
    expect(cell('神奈川県')).toEqual({ shortage: 0, thinness: 0 });
    expect(cell('広島県')).toEqual({ shortage: 2, thinness: 0 });
    expect(bivariateCell(null, 100, shortage, thinness)).toBeNull();
  });
});
