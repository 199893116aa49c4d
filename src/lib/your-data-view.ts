/**
 * What the "your data" worker sends the page: only what the page draws and lists. A file of
 * 500,000 rows must not cross to the page as 500,000 objects (copying them between threads took
 * longer than the analysis): the page gets the statistics, the first ranked rows, the first rows of
 * each list with its count, and, above MAX_DOTS points, the x and y of every point as two
 * Float64Arrays that move to the page without a copy. The residuals CSV, which has every row, is
 * written in the worker when the reader asks for it.
 */
import type { Analysis, AnalysisFailure, Fit, RankedPoint } from './your-data-analysis.ts';
import { rankedPoints } from './your-data-analysis.ts';
import type { TableAnalysis } from './your-data-read.ts';
import { MAX_DOTS, SHOWN_RANKED, SHOWN_ROWS } from './your-data-limits.ts';
import type { RejectedRow, UsablePoint } from './your-data-table.ts';

/** One row at an end of an axis, or the row farthest below the line: what the chart's summary names. */
export interface RowEnd {
  label: string;
  /** JIS code, when the label column names prefectures. */
  code?: string;
  value: number;
}

/** The rows at either end of each axis (the first in the file on a tie) and the row farthest below the line. */
export interface RowEnds {
  x: { min: RowEnd; max: RowEnd };
  y: { min: RowEnd; max: RowEnd };
  below: RowEnd;
}

export interface PageAnalysis extends Omit<Analysis, 'ranked'> {
  /** Every point, largest residual first, up to MAX_DOTS points; beyond, the first SHOWN_RANKED. */
  ranked: RankedPoint[];
  /** The rows the chart's summary names, found among every point (the page may hold only some). */
  ends: RowEnds;
  /** x and y of every point, when there are more than MAX_DOTS (drawn as a density, not as dots). */
  cloud?: { xs: Float64Array; ys: Float64Array };
}

export interface PageTableAnalysis extends Omit<TableAnalysis, 'outcome'> {
  /** How many rows each list has; the lists themselves hold at most SHOWN_ROWS. */
  counts: { rejected: number; missing: number; excluded: number };
  outcome: PageAnalysis | AnalysisFailure;
}

const end = (p: UsablePoint, value: number): RowEnd => ({ label: p.label, ...(p.code ? { code: p.code } : {}), value });

/** The ends of each axis over every point, and the row with the smallest residual (ranked last). */
export function rowEnds(points: readonly UsablePoint[], fit: Fit): RowEnds {
  let [xMin, xMax, yMin, yMax] = [0, 0, 0, 0];
  points.forEach((p, i) => {
    if (p.x < points[xMin]!.x) xMin = i;
    if (p.x > points[xMax]!.x) xMax = i;
    if (p.y < points[yMin]!.y) yMin = i;
    if (p.y > points[yMax]!.y) yMax = i;
  });
  const last = fit.order[points.length - 1]!;
  return {
    x: { min: end(points[xMin]!, points[xMin]!.x), max: end(points[xMax]!, points[xMax]!.x) },
    y: { min: end(points[yMin]!, points[yMin]!.y), max: end(points[yMax]!, points[yMax]!.y) },
    below: end(points[last]!, fit.residuals[last]!),
  };
}

/** The page's share of an analysis, and the buffers that can be transferred rather than copied. */
export function pageView(
  analysis: Omit<TableAnalysis, 'outcome'>,
  points: readonly UsablePoint[],
  fit: Fit | AnalysisFailure,
): { view: PageTableAnalysis; transfer: ArrayBuffer[] } {
  const first = <T>(rows: readonly T[]) => rows.slice(0, SHOWN_ROWS);
  const lists = {
    rejected: first<RejectedRow>(analysis.rejected),
    missing: first<RejectedRow>(analysis.missing),
    excluded: first(analysis.excluded),
    counts: { rejected: analysis.rejected.length, missing: analysis.missing.length, excluded: analysis.excluded.length },
  };
  if ('kind' in fit) return { view: { ...analysis, ...lists, outcome: fit }, transfer: [] };
  const many = points.length > MAX_DOTS;
  const outcome: PageAnalysis = {
    association: fit.association,
    band: fit.band,
    ranked: rankedPoints(points, fit, many ? SHOWN_RANKED : points.length),
    ends: rowEnds(points, fit),
  };
  if (!many) return { view: { ...analysis, ...lists, outcome }, transfer: [] };
  const xs = new Float64Array(points.length);
  const ys = new Float64Array(points.length);
  points.forEach((p, i) => {
    xs[i] = p.x;
    ys[i] = p.y;
  });
  return { view: { ...analysis, ...lists, outcome: { ...outcome, cloud: { xs, ys } } }, transfer: [xs.buffer, ys.buffer] };
}

/** Every ranked row as the residuals CSV has it: rank, line, label, x, y, fitted, residual. */
export function residualRows(points: readonly UsablePoint[], fit: Fit): (string | number)[][] {
  return Array.from(fit.order, (i, rank) => {
    const p = points[i]!;
    const residual = fit.residuals[i]!;
    return [rank + 1, p.line, p.label, p.x, p.y, p.y - residual, residual];
  });
}
