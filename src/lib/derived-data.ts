/**
 * The shape of the files in public/data/: the contract between the data build and the pages,
 * written once as zod schemas. The types below are inferred from them, the build writes values of
 * those types, and the pages parse the files against the same schemas when they read them
 * (src/lib/atlas.ts), so a file that drifted from its description stops the build with the key
 * that is wrong instead of rendering a wrong page. Prefecture records are flat (one key per CSV
 * column) so that the JSON and the CSV say the same.
 */
import { z } from 'zod';

export const bilingual = z.strictObject({ ja: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof bilingual>;

export const prefectureRecordSchema = z
  .object({
    code: z.string(),
    slug: z.string(),
    name_ja: z.string(),
    name_en: z.string(),
    name_kana: z.string(),
    metro_area: z.string().nullable(),
    metro_area_en: z.string().nullable(),
    metro_group: z.enum(['metro', 'regional']),
    regional_block: z.string(),
    regional_block_en: z.string(),
  })
  // One column per indicator and suffix (see INDICATOR_FIELDS), plus raw counts where published.
  .catchall(z.union([z.string(), z.number(), z.null()]));
export type PrefectureRecord = z.infer<typeof prefectureRecordSchema>;

/** Suffixes of the per-indicator columns, e.g. `job_opening_ratio_rank`. */
export const INDICATOR_FIELDS = ['', '_rank', '_z', '_vs_national', '_vs_group', '_vs_block'] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

export function field(column: string, suffix: IndicatorField): string {
  return `${column}${suffix}`;
}

/** One region's figure three ways: as published, as a mean of prefecture ratios, as a ratio of sums. */
const groupFigure = z.strictObject({
  n: z.number(),
  published: z.number().nullable(),
  meanOfRatios: z.number(),
  medianOfRatios: z.number(),
  /** Σnumerator ÷ Σdenominator, when every member has raw counts; null otherwise. */
  ratioOfSums: z.number().nullable(),
});
export type GroupFigure = z.infer<typeof groupFigure>;

const indicatorSummary = z.strictObject({
  id: z.string(),
  column: z.string(),
  title: bilingual,
  short: bilingual,
  definition: bilingual,
  unit: bilingual,
  decimals: z.number(),
  /** The vintage the pages show: the latest. */
  vintage: z.string(),
  /** The vintage the guidebook's page, published aggregates and published r are about. */
  guidebookVintage: z.string(),
  /** Every vintage, oldest first, with the prefecture column that holds its values. */
  vintages: z.array(z.strictObject({ vintage: z.string(), column: z.string() })),
  /** x or y for the headline pair (the guidebook's scatter and the network suggestion), else null. */
  role: z.enum(['x', 'y']).nullable(),
  /** Ids in sources.json. */
  sources: z.array(z.string()),
  source: bilingual,
  page: z.number().nullable(),
  hasCounts: z.boolean(),
  /** How regional figures are made: ratio of sums (raw counts), as published, or the mean of prefectures. */
  regionalMethod: z.enum(['ratioOfSums', 'published', 'meanOfPrefectures']),
  national: groupFigure,
  groups: z.strictObject({ metro: groupFigure, regional: groupFigure }),
  metroAreas: z.array(groupFigure.extend({ area: z.string(), area_en: z.string() })),
  blocks: z.array(groupFigure.extend({ block: z.string(), block_en: z.string() })),
});
export type IndicatorSummary = z.infer<typeof indicatorSummary>;

const strengthBand = bilingual.extend({ above: z.number(), upTo: z.number(), inGuidebook: z.boolean() });

const robustnessSchema = z.strictObject({
  /** r from the unrounded values that rounding of the printed ones allows (seeded simulation). */
  rounding: z.strictObject({
    seed: z.number(),
    draws: z.number(),
    xHalfStep: z.number(),
    yHalfStep: z.number(),
    min: z.number(),
    max: z.number(),
    p025: z.number(),
    p975: z.number(),
    shareBelowPublished: z.number(),
    publishedWithin: z.boolean(),
  }),
  spearman: z.number(),
  /** The prefecture whose removal moves r the most, and r without it. */
  influence: z.strictObject({ code: z.string(), pearsonWithout: z.number() }),
  pearsonLogX: z.number(),
  /** The strength bands the 95 % interval of r reaches into, weakest first. */
  ciBands: z.array(strengthBand),
});
export type Robustness = z.infer<typeof robustnessSchema>;

export const summarySchema = z.strictObject({
  n: z.number(),
  x: z.string(),
  y: z.string(),
  /** Everything associate() returns but n (stated once above), and the guidebook's reading of r. */
  association: z.strictObject({
    pearson: z.number(),
    spearman: z.number(),
    pValue: z.number(),
    pearsonCi: z.tuple([z.number(), z.number()]),
    slope: z.number(),
    intercept: z.number(),
    rSquared: z.number(),
    residualStandardError: z.number(),
    band: bilingual.extend({ above: z.number(), upTo: z.number(), inGuidebook: z.boolean() }),
  }),
  /** The guidebook's own r, for the indicators it names (the same pair as x and y above). */
  published: z.strictObject({ x: z.string(), y: z.string(), pearson: z.number(), bandJa: z.string(), page: z.number() }),
  /** How firm r is: see src/lib/sensitivity.ts and the methods page. */
  robustness: robustnessSchema,
  /** The fitted line and its 95 % band, sampled across the x range, for charts. */
  fitBand: z.array(z.strictObject({ x: z.number(), y: z.number(), low: z.number(), high: z.number() })),
  indicators: z.array(indicatorSummary),
  /** r, ρ and the least-squares line for every ordered pair of indicators (latest vintages): the scatter's x/y choice. */
  pairs: z.array(
    z.strictObject({
      x: z.string(),
      y: z.string(),
      n: z.number(),
      pearson: z.number(),
      spearman: z.number(),
      slope: z.number(),
      intercept: z.number(),
      rSquared: z.number(),
    }),
  ),
});
export type Summary = z.infer<typeof summarySchema>;
