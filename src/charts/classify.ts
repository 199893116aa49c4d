/**
 * Classification of prefecture values into colour classes, for the choropleths and the tile map.
 * Breaks come from d3 scales (quantile: equal counts; equal interval: equal widths of the range)
 * and are then snapped up to the data's own precision, so the legend prints the very numbers the
 * map uses: for values published to two decimals, "x ≥ 1.338" and "x ≥ 1.34" pick the same
 * prefectures, and only the second can be read without a footnote.
 */
import { bisectRight, extent, scaleQuantile, scaleQuantize } from 'd3';

export const CLASSIFICATIONS = ['quantile', 'equal'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** The k − 1 inner breaks d3 gives for the values (missing values are left out). */
export function rawBreaks(values: (number | null)[], method: Classification, k: number): number[] {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return [];
  const range = Array.from({ length: k }, (_, i) => i);
  if (method === 'quantile') return scaleQuantile<number>().domain(present).range(range).quantiles();
  const [min, max] = extent(present) as [number, number];
  return scaleQuantize<number>().domain([min, max]).range(range).thresholds();
}

/** The smallest number with `decimals` places that is ≥ value (tolerant of float noise). */
export function ceilTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.ceil(Number((value * scale).toFixed(6))) / scale;
}

export interface Classes {
  method: Classification;
  k: number;
  /** Inner breaks at data precision: class i holds breaks[i − 1] ≤ v < breaks[i]. */
  breaks: number[];
  min: number;
  max: number;
  /** How many values fall in each class. */
  counts: number[];
}

export function classify(values: (number | null)[], method: Classification, k: number, decimals: number): Classes {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const breaks = rawBreaks(present, method, k).map((b) => ceilTo(b, decimals));
  const counts = Array.from({ length: k }, () => 0);
  for (const v of present) counts[classIndex(v, breaks)!] += 1;
  return { method, k, breaks, min: Math.min(...present), max: Math.max(...present), counts };
}

/** The class (0 = lowest) of a value; null for missing data. */
export function classIndex(value: number | null, breaks: number[]): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  return bisectRight(breaks, value);
}

/** Each class as [from, to): from is the data minimum for the first, to the maximum for the last. */
export function classRanges(classes: Classes): { from: number; to: number; last: boolean }[] {
  const edges = [classes.min, ...classes.breaks, classes.max];
  return Array.from({ length: classes.k }, (_, i) => ({ from: edges[i], to: edges[i + 1], last: i === classes.k - 1 }));
}

/** Names of the three bivariate levels, low to high. */
export const BIVARIATE_LEVELS = ['low', 'mid', 'high'] as const;

/**
 * A prefecture's cell in the 3 × 3 bivariate map: shortage (job-opening ratio) by thinness of the
 * private placement market (SMEs per agency), each cut into three classes. Null when either is missing.
 */
export function bivariateCell(
  shortage: number | null,
  thinness: number | null,
  shortageBreaks: number[],
  thinnessBreaks: number[],
): { shortage: number; thinness: number } | null {
  const s = classIndex(shortage, shortageBreaks);
  const t = classIndex(thinness, thinnessBreaks);
  return s === null || t === null ? null : { shortage: s, thinness: t };
}
