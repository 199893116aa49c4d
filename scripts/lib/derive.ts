import { mean, median } from 'simple-statistics';
import { field, type GroupFigure, type IndicatorSummary, type PrefectureRecord, type Summary } from '../../src/lib/derived-data.ts';
import { referenceFigure } from '../../src/lib/group-figure.ts';
import { METRO_AREAS, METRO_AREA_NAMES, REGIONAL_BLOCKS, REGIONAL_BLOCK_NAMES, metroGroupOf } from '../../src/lib/regions.ts';
import { bandsSpanned, roundingRange, sensitivity } from '../../src/lib/sensitivity.ts';
import { associate, ranksDescending, residuals, sampleConfidenceBand, zScores } from '../../src/lib/statistics.ts';
import type { CorrelationBand, Indicator, Observation, Prefecture, RawData } from './ingest.ts';

export interface Derived {
  prefectures: PrefectureRecord[];
  summary: Summary;
}

const FIT_BAND_SAMPLES = 60;

/** The rounding simulation: a fixed seed and draw count, stated on the methods page, so that every build gives the same range. */
export const ROUNDING_SIMULATION = { seed: 20210930, draws: 10_000 } as const;

/** Rounds away floating-point noise (0.30000000000000004) so outputs read cleanly and stay stable. */
export function round(value: number, digits = 6): number {
  const rounded = Number(value.toFixed(digits));
  return Object.is(rounded, -0) ? 0 : rounded;
}

export function derive(raw: RawData): Derived {
  const { prefectures, indicators } = raw;
  const x = indicators.find((indicator) => indicator.meta.role === 'x') as Indicator;
  const y = indicators.find((indicator) => indicator.meta.role === 'y') as Indicator;
  // The headline pair's figures are about the guidebook's vintage, the one its published r is about.
  const xs = valuesOf(x, prefectures, x.meta.vintage);
  const ys = valuesOf(y, prefectures, y.meta.vintage);
  const fit = associate(xs, ys);
  const fitResiduals = residuals(xs, ys, fit);

  const summaries = indicators.map((indicator) => summarise(indicator, prefectures, raw));
  const records = prefectures.map((prefecture) => {
    const record: PrefectureRecord = {
      code: prefecture.code,
      slug: prefecture.slug,
      name_ja: prefecture.nameJa,
      name_en: prefecture.nameEn,
      name_kana: prefecture.kana,
      metro_area: prefecture.metroArea,
      metro_area_en: prefecture.metroArea === null ? null : METRO_AREA_NAMES[prefecture.metroArea].en,
      metro_group: metroGroupOf(prefecture.metroArea),
      regional_block: prefecture.regionalBlock,
      regional_block_en: REGIONAL_BLOCK_NAMES[prefecture.regionalBlock].en,
    };
    return record;
  });
  indicators.forEach((indicator, k) => addIndicatorColumns(records, indicator, summaries[k], prefectures));
  records.forEach((record, i) => {
    record[`fitted_${y.meta.column}`] = round(ys[i] - fitResiduals[i]);
    record.residual = round(fitResiduals[i]);
  });

  const band = bandOf(fit.pearson, raw.correlationBands);
  const fitBand = sampleConfidenceBand(xs, fit, FIT_BAND_SAMPLES).map((point) => ({
    x: round(point.x),
    y: round(point.y),
    low: round(point.low),
    high: round(point.high),
  }));

  const rounding = roundingRange(xs, ys, { x: x.meta.decimals, y: y.meta.decimals }, raw.publishedCorrelation.pearson, ROUNDING_SIMULATION);
  const moved = sensitivity(xs, ys);
  const robustness = {
    rounding: {
      ...rounding,
      min: round(rounding.min, 6),
      max: round(rounding.max, 6),
      p025: round(rounding.p025, 6),
      p975: round(rounding.p975, 6),
      shareBelowPublished: round(rounding.shareBelowPublished, 4),
    },
    spearman: round(moved.spearman, 6),
    influence: { code: prefectures[moved.influence.index].code, pearsonWithout: round(moved.influence.pearsonWithout, 6) },
    pearsonLogX: round(moved.pearsonLogX, 6),
    ciBands: bandsSpanned(fit.pearsonCi, raw.correlationBands).map((b) => ({
      ...(fit.pearson < 0 ? b.negative : b.positive),
      above: b.above,
      upTo: b.upTo,
      inGuidebook: b.inGuidebook,
    })),
  };

  return {
    prefectures: records,
    summary: {
      n: fit.n,
      x: x.meta.id,
      y: y.meta.id,
      association: {
        pearson: round(fit.pearson, 8),
        spearman: round(fit.spearman, 8),
        pValue: Number(fit.pValue.toPrecision(6)),
        pearsonCi: [round(fit.pearsonCi[0]), round(fit.pearsonCi[1])],
        slope: round(fit.slope, 8),
        intercept: round(fit.intercept, 8),
        rSquared: round(fit.rSquared, 8),
        residualStandardError: round(fit.residualStandardError, 8),
        band: { ja: band.ja, en: band.en, above: band.above, upTo: band.upTo, inGuidebook: band.inGuidebook },
      },
      published: raw.publishedCorrelation,
      robustness,
      fitBand,
      indicators: summaries,
      pairs: pairsOf(indicators, prefectures),
    },
  };
}

/** One value per prefecture, in code order: of the latest vintage, or of the one named. */
function valuesOf(indicator: Indicator, prefectures: Prefecture[], vintage?: string): number[] {
  const observations =
    vintage === undefined
      ? indicator.observations
      : (indicator.vintages.find((v) => v.vintage === vintage) as Indicator['vintages'][number]).observations;
  return prefectures.map((p) => (observations.get(p.code) as { value: number }).value);
}

/** The column of an earlier vintage's values, e.g. job_opening_ratio_2021_09. */
export function vintageColumn(column: string, vintage: string): string {
  return `${column}_${vintage.replace(/[^0-9A-Za-z]+/g, '_')}`;
}

/** r, ρ and the least-squares line for every ordered pair of indicators (latest vintages), for the scatter's x/y choice. */
function pairsOf(indicators: Indicator[], prefectures: Prefecture[]): Summary['pairs'] {
  return indicators.flatMap((x) =>
    indicators
      .filter((y) => y !== x)
      .map((y) => {
        const fit = associate(valuesOf(x, prefectures), valuesOf(y, prefectures));
        return {
          x: x.meta.id,
          y: y.meta.id,
          n: fit.n,
          pearson: round(fit.pearson, 8),
          spearman: round(fit.spearman, 8),
          slope: round(fit.slope, 8),
          intercept: round(fit.intercept, 8),
          rSquared: round(fit.rSquared, 8),
        };
      }),
  );
}

/** The guidebook's reading of |r| (p.11 prints the 0.4 < |r| ≤ 0.7 band), signed by r. */
export function bandOf(r: number, bands: CorrelationBand[]) {
  const magnitude = Math.abs(r);
  const band = bands.find((b) => magnitude <= b.upTo && (magnitude > b.above || b.above === 0)) as CorrelationBand;
  const words = r < 0 ? band.negative : band.positive;
  return { ...words, above: band.above, upTo: band.upTo, inGuidebook: band.inGuidebook };
}

function groupFigure(indicator: Indicator, members: Prefecture[], published: number | null): GroupFigure {
  const observations = members.map((p) => indicator.observations.get(p.code) as Observation);
  const values = observations.map((o) => o.value);
  const withCounts = observations.every((o) => o.numerator !== undefined && o.denominator !== undefined);
  const sum = (key: 'numerator' | 'denominator') => observations.reduce((total, o) => total + (o[key] as number), 0);
  return {
    n: members.length,
    published,
    meanOfRatios: round(mean(values)),
    medianOfRatios: round(median(values)),
    ratioOfSums: withCounts ? round(sum('numerator') / sum('denominator')) : null,
  };
}

function summarise(indicator: Indicator, prefectures: Prefecture[], raw: RawData): IndicatorSummary {
  const { meta } = indicator;
  const latest = (indicator.vintages.at(-1) as Indicator['vintages'][number]).vintage;
  // Published aggregates are about the guidebook's vintage: shown only while it is the latest.
  const published = latest === meta.vintage ? raw.publishedAggregates.get(meta.id) : undefined;
  const hasCounts = [...indicator.observations.values()].every((o) => o.numerator !== undefined);
  const inGroup = (group: 'metro' | 'regional') => prefectures.filter((p) => metroGroupOf(p.metroArea) === group);
  return {
    id: meta.id,
    column: meta.column,
    title: meta.title,
    short: meta.short,
    definition: meta.definition,
    unit: meta.unit,
    decimals: meta.decimals,
    vintage: latest,
    guidebookVintage: meta.vintage,
    vintages: indicator.vintages.map(({ vintage }) => ({
      vintage,
      column: vintage === latest ? meta.column : vintageColumn(meta.column, vintage),
    })),
    role: meta.role,
    sources: meta.sources,
    source: meta.source,
    page: meta.page,
    hasCounts,
    regionalMethod: hasCounts ? 'ratioOfSums' : published ? 'published' : 'meanOfPrefectures',
    national: groupFigure(indicator, prefectures, published?.national ?? null),
    groups: {
      metro: groupFigure(indicator, inGroup('metro'), published?.metro ?? null),
      regional: groupFigure(indicator, inGroup('regional'), published?.regional ?? null),
    },
    metroAreas: METRO_AREAS.map((area) => ({
      area,
      area_en: METRO_AREA_NAMES[area].en,
      ...groupFigure(
        indicator,
        prefectures.filter((p) => p.metroArea === area),
        null,
      ),
    })),
    blocks: REGIONAL_BLOCKS.map((block) => ({
      block,
      block_en: REGIONAL_BLOCK_NAMES[block].en,
      ...groupFigure(
        indicator,
        prefectures.filter((p) => p.regionalBlock === block),
        null,
      ),
    })),
  };
}

function addIndicatorColumns(
  records: PrefectureRecord[],
  indicator: Indicator,
  summary: IndicatorSummary,
  prefectures: Prefecture[],
): void {
  const { column } = indicator.meta;
  const values = valuesOf(indicator, prefectures);
  const ranks = ranksDescending(values);
  const z = zScores(values);
  const national = referenceFigure(summary.national);
  records.forEach((record, i) => {
    const prefecture = prefectures[i];
    const group = summary.groups[metroGroupOf(prefecture.metroArea)];
    const block = summary.blocks.find((b) => b.block === prefecture.regionalBlock) as GroupFigure;
    const observation = indicator.observations.get(prefecture.code);
    record[field(column, '')] = values[i];
    record[field(column, '_rank')] = ranks[i];
    record[field(column, '_z')] = round(z[i], 4);
    record[field(column, '_vs_national')] = round(values[i] - national);
    record[field(column, '_vs_group')] = round(values[i] - referenceFigure(group));
    record[field(column, '_vs_block')] = round(values[i] - referenceFigure(block));
    for (const { vintage, observations } of indicator.vintages.slice(0, -1)) {
      record[vintageColumn(column, vintage)] = (observations.get(prefecture.code) as Observation).value;
    }
    if (summary.hasCounts && indicator.meta.numerator && indicator.meta.denominator) {
      record[indicator.meta.numerator.column] = observation?.numerator ?? null;
      record[indicator.meta.denominator.column] = observation?.denominator ?? null;
    }
  });
}
