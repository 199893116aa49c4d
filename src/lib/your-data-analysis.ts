/**
 * The site's analysis applied to a researcher's own points: the same associate(), confidence band
 * and residuals that scripts/lib/derive.ts uses for the 47 prefectures, so both give one answer.
 */
import { associate, firstOutOfRange, residuals, sampleConfidenceBand, UnrepresentableError, type Association } from './statistics.ts';
import { ascendingOrder } from './sort-order.ts';
import type { UsablePoint } from './your-data-table.ts';

/** As many band samples as the build's fitBand (scripts/lib/derive.ts). */
export const BAND_SAMPLES = 60;

export interface RankedPoint extends UsablePoint {
  fitted: number;
  residual: number;
}

export interface Analysis {
  association: Association;
  band: { x: number; y: number; low: number; high: number }[];
  /** Every point, largest residual (furthest above the line) first. */
  ranked: RankedPoint[];
}

export type AnalysisFailure =
  | { kind: 'too-few'; n: number }
  | { kind: 'no-variation'; axis: 'x' | 'y' }
  // The numeric policy of statistics.ts: a value beyond ±1e300, or a fit no double can hold.
  | { kind: 'too-large'; axis: 'x' | 'y'; line: number; value: number }
  | { kind: 'unrepresentable' };

/**
 * The analysis without an object per point, which is what a file of 500,000 rows can afford: the
 * residual of each point (in the points' order) and the order that ranks them.
 */
export interface Fit {
  association: Association;
  band: Analysis['band'];
  residuals: Float64Array;
  /** Indices of the points, largest residual first; equal residuals by line. */
  order: Uint32Array;
}

export function fitPoints(points: readonly UsablePoint[]): Fit | AnalysisFailure {
  if (points.length < 4) return { kind: 'too-few', n: points.length };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  for (const [axis, values] of [
    ['x', xs],
    ['y', ys],
  ] as const) {
    const i = firstOutOfRange(values);
    if (i !== -1) return { kind: 'too-large', axis, line: points[i]!.line, value: values[i]! };
  }
  for (const [axis, values] of [
    ['x', xs],
    ['y', ys],
  ] as const) {
    if (values.every((v) => v === values[0])) return { kind: 'no-variation', axis };
  }
  let association: Association;
  try {
    association = associate(xs, ys);
  } catch (error) {
    if (error instanceof UnrepresentableError) return { kind: 'unrepresentable' };
    throw error;
  }
  const band = sampleConfidenceBand(xs, association, BAND_SAMPLES);
  const res = Float64Array.from(residuals(xs, ys, association));
  if (!res.every(Number.isFinite) || !band.every((b) => [b.y, b.low, b.high].every(Number.isFinite))) return { kind: 'unrepresentable' };
  // Largest residual first, equal residuals by line: a stable ascending sort of −residual,
  // starting from the points in order of line.
  const byLine = ascendingOrder(points.map((p) => p.line));
  const order = ascendingOrder(
    res.map((r) => -r),
    byLine,
  );
  return { association, band, residuals: res, order };
}

/** The point ranked `rank` (0 = largest residual), with its fitted value and residual. */
export function rankedPoint(points: readonly UsablePoint[], fit: Fit, rank: number): RankedPoint {
  const i = fit.order[rank]!;
  const p = points[i]!;
  return { ...p, fitted: p.y - fit.residuals[i]!, residual: fit.residuals[i]! };
}

/** The first `count` ranked points (all by default). */
export function rankedPoints(points: readonly UsablePoint[], fit: Fit, count = points.length): RankedPoint[] {
  return Array.from({ length: Math.min(count, points.length) }, (_, rank) => rankedPoint(points, fit, rank));
}

export function analyse(points: readonly UsablePoint[]): Analysis | AnalysisFailure {
  const fit = fitPoints(points);
  if ('kind' in fit) return fit;
  return { association: fit.association, band: fit.band, ranked: rankedPoints(points, fit) };
}
