/**
 * The site's analysis applied to a researcher's own points: the same associate(), confidence band
 * and residuals that scripts/lib/derive.ts uses for the 47 prefectures, so both give one answer.
 */
import { associate, residuals, sampleConfidenceBand, type Association } from './statistics.ts';
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

export type AnalysisFailure = { kind: 'too-few'; n: number } | { kind: 'no-variation'; axis: 'x' | 'y' };

export function analyse(points: readonly UsablePoint[]): Analysis | AnalysisFailure {
  if (points.length < 4) return { kind: 'too-few', n: points.length };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  for (const [axis, values] of [['x', xs], ['y', ys]] as const) {
    if (values.every((v) => v === values[0])) return { kind: 'no-variation', axis };
  }
  const association = associate(xs, ys);
  const band = sampleConfidenceBand(xs, association, BAND_SAMPLES);
  const res = residuals(xs, ys, association);
  const ranked = points
    .map((p, i) => ({ ...p, fitted: p.y - res[i], residual: res[i] }))
    .sort((a, b) => b.residual - a.residual || a.line - b.line);
  return { association, band, ranked };
}
