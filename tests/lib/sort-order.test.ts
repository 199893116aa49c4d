/**
 * The radix order behind the ranks of the "your data" page and Spearman's ρ: the same order as a
 * stable comparison sort, ties (−0 with 0 included) kept in their first order, and midranks that
 * give exactly simple-statistics' sampleRankCorrelation.
 */
import { sampleCorrelation, sampleRankCorrelation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/lib/seeded-random.ts';
import { ascendingOrder, midranks } from '../../src/lib/sort-order.ts';

const byComparison = (values: readonly number[], start?: number[]) =>
  (start ?? values.map((_, i) => i)).slice().sort((a, b) => values[a]! - values[b]!);

/** The library's own midranks, written out as its source has them, as the oracle. */
function libraryMidranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => [value, index] as const).sort((a, b) => a[0] - b[0]);
  const ranks: number[] = Array(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = (i + j) / 2;
    i = j + 1;
  }
  return ranks;
}

// Seeded, so that every run sorts the same numbers.
const rand = seededRandom(7);
const awkward = [0, -0, 1, -1, 1e300, -1e300, 5e-324, -5e-324, 2.2250738585072014e-308, 0.1 + 0.2, 0.3, 3, 3, -3, 1e-9];
const mixed = Array.from({ length: 5000 }, (_, i) =>
  i % 5 === 0 ? Math.round(rand() * 20) : i % 5 === 1 ? -rand() * 1e6 : i % 5 === 2 ? awkward[i % awkward.length]! : rand() * 1e-200,
);

describe('ascendingOrder', () => {
  it('gives the order of a stable comparison sort, ties in index order', () => {
    for (const values of [awkward, mixed, [5, 4, 3, 2, 1], [2, 2, 2, 2], [], [42]]) {
      expect([...ascendingOrder(values)]).toEqual(byComparison(values));
    }
  });

  it('keeps equal values in the order of the starting permutation', () => {
    const values = [3, 1, 3, 1, 0, -0, 3];
    const start = [6, 5, 4, 3, 2, 1, 0];
    expect([...ascendingOrder(values, Uint32Array.from(start))]).toEqual(byComparison(values, start));
    expect([...ascendingOrder(values, Uint32Array.from(start))]).toEqual([5, 4, 3, 1, 6, 2, 0]);
  });
});

describe('midranks', () => {
  it('equal the library’s midranks, tied values sharing the mean rank', () => {
    expect([...midranks([10, 20, 20, 5, 0, -0])]).toEqual([3, 4.5, 4.5, 2, 0.5, 0.5]);
    expect([...midranks(mixed)]).toEqual(libraryMidranks(mixed));
  });

  it('give Spearman’s ρ bit for bit as sampleRankCorrelation does', () => {
    const ys = mixed.map((x, i) => (i % 3 === 0 ? Math.round(x) : x * x - i));
    expect(sampleCorrelation(Array.from(midranks(mixed)), Array.from(midranks(ys)))).toBe(sampleRankCorrelation(mixed, ys));
  });
});
