import { describe, expect, it } from 'vitest';
import { bandsSpanned, largestInfluence, roundingRange, sensitivity } from '../../src/lib/sensitivity.ts';
import { PUBLISHED } from '../support/published.ts';

// The guidebook's printed values, pp.9–10: x = SMEs per placement business (1 decimal), y = job-opening ratio (2 decimals).
const xs = PUBLISHED.map((p) => p.smes);
const ys = PUBLISHED.map((p) => p.ratio);
const PUBLISHED_R = 0.4731076;
const SIMULATION = { seed: 20210930, draws: 10_000 };

describe('roundingRange on the guidebook’s 47 values', () => {
  const range = roundingRange(xs, ys, { x: 1, y: 2 }, PUBLISHED_R, SIMULATION);

  it('gives the same range for the same seed and draw count', () => {
    expect(range).toEqual(roundingRange(xs, ys, { x: 1, y: 2 }, PUBLISHED_R, SIMULATION));
    expect(range.min).not.toBe(roundingRange(xs, ys, { x: 1, y: 2 }, PUBLISHED_R, { ...SIMULATION, seed: 1 }).min);
  });

  it('pins the figures the methods page reports', () => {
    expect(range.xHalfStep).toBeCloseTo(0.05, 12);
    expect(range.yHalfStep).toBeCloseTo(0.005, 12);
    expect(range.min).toBeCloseTo(0.472373, 6);
    expect(range.max).toBeCloseTo(0.475348, 6);
    expect(range.p025).toBeCloseTo(0.473258, 6);
    expect(range.p975).toBeCloseTo(0.474713, 6);
    expect(range.shareBelowPublished).toBe(0.0096);
    // The published r can come from rounding, but only in the lowest 1 % of draws.
    expect(range.publishedWithin).toBe(true);
  });

  it('collapses to the recomputed r when nothing was rounded', () => {
    const exact = roundingRange(xs, ys, { x: 20, y: 20 }, PUBLISHED_R, { seed: 1, draws: 50 });
    expect(exact.max - exact.min).toBeLessThan(1e-12);
    expect(exact.min).toBeCloseTo(0.47397993, 8);
    expect(exact.publishedWithin).toBe(false);
  });
});

describe('sensitivity', () => {
  it('finds the point that carries a correlation', () => {
    // Four points with no trend and one far out: the far point makes r, and leaving it out undoes it.
    const influence = largestInfluence([1, 2, 3, 4, 10], [2, 1, 2, 1, 10]);
    expect(influence.index).toBe(4);
    expect(influence.pearsonWithout).toBeCloseTo(-0.4472136, 6);
  });

  it('on the 47 prefectures: ρ, r without 青森県, r with log x', () => {
    const s = sensitivity(xs, ys);
    expect(s.spearman).toBeCloseTo(0.36934, 5);
    expect(PUBLISHED[s.influence.index].name).toBe('青森県');
    expect(s.influence.pearsonWithout).toBeCloseTo(0.399401, 6);
    expect(s.pearsonLogX).toBeCloseTo(0.423816, 6);
  });

  it('names the strength bands a confidence interval reaches into', () => {
    const bands = [
      { above: 0, upTo: 0.2 },
      { above: 0.2, upTo: 0.4 },
      { above: 0.4, upTo: 0.7 },
      { above: 0.7, upTo: 1 },
    ];
    expect(bandsSpanned([0.216247, 0.669958], bands)).toEqual([bands[1], bands[2]]);
    expect(bandsSpanned([-0.1, 0.3], bands)).toEqual([bands[0], bands[1]]);
    expect(bandsSpanned([0.75, 0.9], bands)).toEqual([bands[3]]);
  });
});
