/**
 * The shape of the files in public/data/: the contract between the data build and the pages.
 * Prefecture records are flat (one key per CSV column) so that the JSON and the CSV say the same.
 */
import type { Association } from './statistics.ts';

export interface Bilingual {
  ja: string;
  en: string;
}

export type PrefectureRecord = {
  code: string;
  slug: string;
  name_ja: string;
  name_en: string;
  metro_area: string | null;
  metro_area_en: string | null;
  metro_group: 'metro' | 'regional';
  regional_block: string;
  regional_block_en: string;
} & Record<string, string | number | null>;

/** Suffixes of the per-indicator columns, e.g. `job_opening_ratio_rank`. */
export const INDICATOR_FIELDS = ['', '_rank', '_z', '_vs_national', '_vs_group', '_vs_block'] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

export function field(column: string, suffix: IndicatorField): string {
  return `${column}${suffix}`;
}

export interface IndicatorSummary {
  id: string;
  column: string;
  title: Bilingual;
  short: Bilingual;
  definition: Bilingual;
  unit: Bilingual;
  decimals: number;
  vintage: string;
  source: Bilingual;
  page: number;
  hasCounts: boolean;
  national: GroupFigure;
  groups: Record<'metro' | 'regional', GroupFigure>;
  metroAreas: (GroupFigure & { area: string; area_en: string })[];
  blocks: (GroupFigure & { block: string; block_en: string })[];
}

/** One region's figure three ways: as published, as a mean of prefecture ratios, as a ratio of sums. */
export interface GroupFigure {
  n: number;
  published: number | null;
  meanOfRatios: number;
  medianOfRatios: number;
  /** Σnumerator ÷ Σdenominator, when every member has raw counts; null otherwise. */
  ratioOfSums: number | null;
}

export interface Summary {
  n: number;
  x: string;
  y: string;
  /** Everything associate() returns but n (stated once above), and the guidebook's reading of r. */
  association: Omit<Association, 'n'> & { band: Bilingual & { above: number; upTo: number; inGuidebook: boolean } };
  published: { pearson: number; bandJa: string; page: number };
  /** The fitted line and its 95 % band, sampled across the x range, for charts. */
  fitBand: { x: number; y: number; low: number; high: number }[];
  indicators: IndicatorSummary[];
}
