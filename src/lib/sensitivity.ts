/**
 * How firm the published correlation is: what rounding of the printed values can do to r, and how
 * r moves when one prefecture is left out, when ranks replace values or when x is logged. Pure
 * functions; scripts/lib/derive.ts writes their results to summary.json.
 */
import { quantileSorted, sampleCorrelation, sampleRankCorrelation } from 'simple-statistics';
import { seededRandom } from './seeded-random.ts';

export interface RoundingRange {
  seed: number;
  draws: number;
  /** Half the last printed digit of x and of y: each true value lies within ± this of the printed one. */
  xHalfStep: number;
  yHalfStep: number;
  min: number;
  max: number;
  /** The middle 95 % of the simulated r. */
  p025: number;
  p975: number;
  /** Share of draws at or below the published r. */
  shareBelowPublished: number;
  publishedWithin: boolean;
}

/**
 * The values of r that the unrounded data could give, if each printed value is the rounding of a
 * true value anywhere in its interval: draw every value uniformly within ± half its last digit,
 * recompute r, repeat. Uniform within the interval is an assumption (nothing is known about where
 * in the interval the true value sits); the range shows what rounding alone can do.
 */
export function roundingRange(
  xs: readonly number[],
  ys: readonly number[],
  decimals: { x: number; y: number },
  published: number,
  { seed, draws }: { seed: number; draws: number },
): RoundingRange {
  const random = seededRandom(seed);
  const xHalfStep = 0.5 * 10 ** -decimals.x;
  const yHalfStep = 0.5 * 10 ** -decimals.y;
  const rs = new Float64Array(draws);
  const x = new Array<number>(xs.length);
  const y = new Array<number>(ys.length);
  for (let d = 0; d < draws; d++) {
    for (let i = 0; i < xs.length; i++) {
      x[i] = xs[i] + (2 * random() - 1) * xHalfStep;
      y[i] = ys[i] + (2 * random() - 1) * yHalfStep;
    }
    rs[d] = sampleCorrelation(x, y);
  }
  const sorted = [...rs].sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  return {
    seed,
    draws,
    xHalfStep,
    yHalfStep,
    min,
    max,
    p025: quantileSorted(sorted, 0.025),
    p975: quantileSorted(sorted, 0.975),
    shareBelowPublished: sorted.filter((r) => r <= published).length / draws,
    publishedWithin: published >= min && published <= max,
  };
}

export interface Influence {
  /** Index of the prefecture whose removal moves r the most. */
  index: number;
  /** r of the other n − 1. */
  pearsonWithout: number;
}

/** r with each pair left out in turn; the one that moves r furthest from the full r. */
export function largestInfluence(xs: readonly number[], ys: readonly number[]): Influence {
  const full = sampleCorrelation([...xs], [...ys]);
  let best: Influence = { index: -1, pearsonWithout: full };
  for (let i = 0; i < xs.length; i++) {
    const r = sampleCorrelation(
      xs.filter((_, j) => j !== i),
      ys.filter((_, j) => j !== i),
    );
    if (Math.abs(r - full) > Math.abs(best.pearsonWithout - full)) best = { index: i, pearsonWithout: r };
  }
  return best;
}

export interface Sensitivity {
  spearman: number;
  influence: Influence;
  /** r with x replaced by its natural logarithm (any base gives the same r). */
  pearsonLogX: number;
}

export function sensitivity(xs: readonly number[], ys: readonly number[]): Sensitivity {
  if (xs.some((x) => x <= 0)) throw new RangeError('log x needs every x above 0');
  return {
    spearman: sampleRankCorrelation([...xs], [...ys]),
    influence: largestInfluence(xs, ys),
    pearsonLogX: sampleCorrelation(
      xs.map((x) => Math.log(x)),
      [...ys],
    ),
  };
}

/** The strength bands (|r| from `above` to `upTo`) that an interval for r reaches into. */
export function bandsSpanned<B extends { above: number; upTo: number }>(interval: readonly [number, number], bands: readonly B[]): B[] {
  const [lo, hi] = interval.map(Math.abs).sort((a, b) => a - b);
  const crossesZero = interval[0] < 0 && interval[1] > 0;
  const from = crossesZero ? 0 : lo;
  return bands.filter((b) => b.upTo > from && (b.above < hi || (b.above === 0 && from === 0)));
}
