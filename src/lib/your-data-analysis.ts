/**
 * The site's analysis applied to a researcher's own points: the same associate(), confidence band
 * and residuals that scripts/lib/derive.ts uses for the 47 prefectures, so both give one answer.
 */
import { associate, firstOutOfRange, residuals, sampleConfidenceBand, UnrepresentableError, type Association } from './statistics.ts';
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

export function analyse(points: readonly UsablePoint[]): Analysis | AnalysisFailure {
  if (points.length < 4) return { kind: 'too-few', n: points.length };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  for (const [axis, values] of [
    ['x', xs],
    ['y', ys],
  ] as const) {
    const i = firstOutOfRange(values);
    if (i !== -1) return { kind: 'too-large', axis, line: points[i].line, value: values[i] };
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
  const res = residuals(xs, ys, association);
  if (![...res, ...band.flatMap((b) => [b.y, b.low, b.high])].every(Number.isFinite)) return { kind: 'unrepresentable' };
  const ranked = points
    .map((p, i) => ({ ...p, fitted: p.y - res[i], residual: res[i] }))
    .sort((a, b) => b.residual - a.residual || a.line - b.line);
  return { association, band, ranked };
}
