/**
 * What the "your data" worker sends the page for a large file: the same statistics and ranking as
 * the whole analysis, but only the rows the page shows, the counts of the rest, and x and y as
 * transferable columns; the residuals CSV rows in the order the whole analysis ranks them. And the
 * scatter's tick labels for values near the limits of a double.
 */
import { describe, expect, it } from 'vitest';
import { tickText } from '../../src/charts/mini-scatter.ts';
import { analyse, fitPoints } from '../../src/lib/your-data-analysis.ts';
import { MAX_DOTS, SHOWN_RANKED, SHOWN_ROWS } from '../../src/lib/your-data-limits.ts';
import type { UsablePoint } from '../../src/lib/your-data-table.ts';
import { pageView, residualRows } from '../../src/lib/your-data-view.ts';

/** n points on a noisy line, with repeated residuals so that ties are ranked by line. */
const pointsOf = (n: number): UsablePoint[] =>
  Array.from({ length: n }, (_, i) => ({ line: i + 2, label: `r${i + 1}`, x: i % 97, y: (i % 97) * 0.5 + ((i * 7919) % 13) }));

const lists = (rejected: number) => ({
  rejected: Array.from({ length: rejected }, (_, i) => ({ line: 10_000 + i, problems: [{ kind: 'missing-label' as const }] })),
  missing: [],
  excluded: [{ line: 3, label: '全国' }],
  prefectures: false,
  unmatched: 0,
});

describe('pageView', () => {
  it('a large file: the first ranked rows, x and y as columns, lists cut to SHOWN_ROWS with their counts', () => {
    const points = pointsOf(MAX_DOTS + 1);
    const fit = fitPoints(points);
    if ('kind' in fit) throw new Error(fit.kind);
    const whole = analyse(points);
    if ('kind' in whole) throw new Error(whole.kind);
    const { view, transfer } = pageView(lists(SHOWN_ROWS + 3), points, fit);
    if ('kind' in view.outcome) throw new Error(view.outcome.kind);
    expect(view.outcome.association).toEqual(whole.association);
    expect(view.outcome.ranked).toEqual(whole.ranked.slice(0, SHOWN_RANKED));
    expect(view.outcome.cloud?.xs).toEqual(Float64Array.from(points, (p) => p.x));
    expect(view.outcome.cloud?.ys).toEqual(Float64Array.from(points, (p) => p.y));
    expect(transfer).toEqual([view.outcome.cloud!.xs.buffer, view.outcome.cloud!.ys.buffer]);
    expect(view.rejected).toHaveLength(SHOWN_ROWS);
    expect(view.counts).toEqual({ rejected: SHOWN_ROWS + 3, missing: 0, excluded: 1 });
  });

  it('up to MAX_DOTS points: every ranked point and no columns', () => {
    const points = pointsOf(MAX_DOTS);
    const fit = fitPoints(points);
    if ('kind' in fit) throw new Error(fit.kind);
    const whole = analyse(points);
    if ('kind' in whole) throw new Error(whole.kind);
    const { view, transfer } = pageView(lists(0), points, fit);
    if ('kind' in view.outcome) throw new Error(view.outcome.kind);
    expect(view.outcome.ranked).toEqual(whole.ranked);
    expect(view.outcome.cloud).toBeUndefined();
    expect(transfer).toEqual([]);
  });

  it('a failure passes through', () => {
    const points = pointsOf(3);
    expect(pageView(lists(0), points, fitPoints(points)).view.outcome).toEqual({ kind: 'too-few', n: 3 });
  });
});

describe('residualRows', () => {
  it('every row in the order of the whole ranking (largest residual first, ties by line)', () => {
    const points = pointsOf(5000);
    const fit = fitPoints(points);
    const whole = analyse(points);
    if ('kind' in fit || 'kind' in whole) throw new Error('no fit');
    const rows = residualRows(points, fit);
    expect(rows).toEqual(whole.ranked.map((p, i) => [i + 1, p.line, p.label, p.x, p.y, p.fitted, p.residual]));
    // Ties exist and are ranked by line.
    const tied = whole.ranked.filter((p) => p.residual === whole.ranked[0]!.residual).map((p) => p.line);
    expect(tied.length).toBeGreaterThan(1);
    expect(tied).toEqual([...tied].sort((a, b) => a - b));
  });
});

describe('tickText', () => {
  it('plain between 0.0001 and a million, a short exponent beyond', () => {
    expect([0, 0.5, 12, -250, 999_999, 0.0001].map(tickText)).toEqual(['0', '0.5', '12', '-250', '999999', '0.0001']);
    expect([1_000_000, 25_000_000, -4e200, 1e-9, 1.2345e15].map(tickText)).toEqual(['1e6', '2.5e7', '-4e200', '1e-9', '1.23e15']);
  });
});
