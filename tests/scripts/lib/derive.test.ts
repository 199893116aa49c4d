import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bandOf, derive, round } from '../../../scripts/lib/derive.ts';
import { ingest } from '../../../scripts/lib/ingest.ts';
import {
  competitionRanksDescending,
  fisherCi,
  mean,
  median,
  ols,
  pearson,
  roundingTolerance,
  sampleSd,
  spearman,
  T_975_DF45,
  Z_975,
} from '../../lib/reference-stats.ts';
import { countsDataDir, DATA, FIXTURES, removeTempDirs } from '../../support/data-pipeline.ts';

afterAll(removeTempDirs);
import { PUBLISHED, PUBLISHED_AGGREGATES } from '../../support/published.ts';

const raw = ingest(DATA);
const { prefectures: records, summary } = derive(raw);
const xs = PUBLISHED.map((p) => p.smes);
const ys = PUBLISHED.map((p) => p.ratio);
const fit = ols(xs, ys);

/** |actual − exact| within the rounding the outputs apply. */
function expectRounded(actual: unknown, exact: number, digits: number) {
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - exact)).toBeLessThanOrEqual(roundingTolerance(digits));
}

const METRO: Record<string, string[]> = {
  東京圏: ['11', '12', '13', '14'],
  大阪圏: ['26', '27', '28', '29', '30'],
  名古屋圏: ['21', '23', '24'],
};
const metroCodes = Object.values(METRO).flat();
const BLOCKS: Record<string, [number, number]> = {
  北海道: [1, 1],
  東北: [2, 7],
  関東: [8, 14],
  中部: [15, 23],
  近畿: [24, 30],
  中国: [31, 35],
  四国: [36, 39],
  '九州・沖縄': [40, 47],
};
const blockOf = (code: string) => Object.entries(BLOCKS).find(([, [a, b]]) => Number(code) >= a && Number(code) <= b)![0];
const valuesWhere = (values: number[], keep: (code: string) => boolean) => values.filter((_, i) => keep(PUBLISHED[i].code));

describe('round()', () => {
  it('rounds to 6 decimals by default and never returns −0', () => {
    expect(round(0.1 + 0.2)).toBe(0.3);
    expect(round(1.23456789, 4)).toBe(1.2346);
    expect(Object.is(round(-0.0000001), 0)).toBe(true);
  });
});

describe('summary.association', () => {
  const a = summary.association;

  it('names the axes and counts the pairs', () => {
    expect([summary.n, summary.x, summary.y]).toEqual([47, 'smesPerAgency', 'jobOpeningRatio']);
  });

  it('matches an independent computation of every statistic', () => {
    expectRounded(a.pearson, pearson(xs, ys), 8);
    expect(a.pearson).toBe(0.47397993);
    expectRounded(a.spearman, spearman(xs, ys), 8);
    expectRounded(a.slope, fit.slope, 8);
    expectRounded(a.intercept, fit.intercept, 8);
    expectRounded(a.rSquared, fit.rSquared, 8);
    expectRounded(a.residualStandardError, fit.s, 8);
    const [lo, hi] = fisherCi(pearson(xs, ys), 47, Z_975);
    expectRounded(a.pearsonCi[0], lo, 6);
    expectRounded(a.pearsonCi[1], hi, 6);
    // 2 * scipy.stats.t.sf(t, 45) = 0.0007641198305455893 (python3, scipy 1.17.1), to 6 significant digits.
    expect(a.pValue).toBe(0.00076412);
  });

  it('reads r in the guidebook band 0.4 < |r| ≤ 0.7 (正の相関), as printed on p.11', () => {
    expect(a.band).toEqual({ ja: '正の相関', en: 'positive correlation', above: 0.4, upTo: 0.7, inGuidebook: true });
    expect(summary.published).toEqual({
      x: 'smesPerAgency',
      y: 'jobOpeningRatio',
      pearson: 0.4731076,
      bandJa: '0.4＜|r|≦0.7：正の相関',
      page: 11,
    });
  });

  it('signs and bounds the bands', () => {
    const bands = raw.correlationBands;
    expect(bandOf(-0.5, bands)).toMatchObject({ ja: '負の相関', en: 'negative correlation', above: 0.4, upTo: 0.7 });
    expect(bandOf(0.4, bands)).toMatchObject({ ja: '弱い正の相関', above: 0.2, upTo: 0.4 });
    expect(bandOf(0, bands)).toMatchObject({ ja: 'ほとんど相関なし', above: 0, upTo: 0.2 });
    expect(bandOf(1, bands)).toMatchObject({ ja: '強い正の相関', above: 0.7, upTo: 1 });
  });

  it('samples the 95 % confidence band at 61 points across the x range', () => {
    expect(summary.fitBand).toHaveLength(61);
    const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
    expect([lo, hi]).toEqual([43.9, 437.6]);
    summary.fitBand.forEach((point, i) => {
      const x = lo + ((hi - lo) * i) / 60;
      const y = fit.intercept + fit.slope * x;
      const half = T_975_DF45 * fit.s * Math.sqrt(1 / 47 + (x - fit.xMean) ** 2 / fit.sxx);
      expectRounded(point.x, x, 6);
      expectRounded(point.y, y, 6);
      expectRounded(point.low, y - half, 6);
      expectRounded(point.high, y + half, 6);
    });
  });
});

describe('prefecture records', () => {
  it('are 47, in code order, with the reference columns', () => {
    expect(records.map((r) => r.code)).toEqual(PUBLISHED.map((p) => p.code));
    expect(records[12]).toMatchObject({
      code: '13',
      slug: 'tokyo',
      name_ja: '東京都',
      name_en: 'Tokyo',
      metro_area: '東京圏',
      metro_group: 'metro',
      regional_block: '関東',
    });
    expect(records[0]).toMatchObject({ code: '01', metro_area: null, metro_group: 'regional', regional_block: '北海道' });
  });

  it('carry every Japanese label in English too: metro_area_en and regional_block_en', () => {
    expect(records[12]).toMatchObject({
      name_ja: '東京都',
      metro_area: '東京圏',
      metro_area_en: 'Tokyo area',
      regional_block: '関東',
      regional_block_en: 'Kanto',
    });
    expect(records[26]).toMatchObject({
      name_ja: '大阪府',
      metro_area: '大阪圏',
      metro_area_en: 'Osaka area',
      regional_block: '近畿',
      regional_block_en: 'Kinki',
    });
    expect(records[22]).toMatchObject({
      name_ja: '愛知県',
      metro_area: '名古屋圏',
      metro_area_en: 'Nagoya area',
      regional_block: '中部',
      regional_block_en: 'Chubu',
    });
    expect(records[46]).toMatchObject({
      name_ja: '沖縄県',
      metro_area: null,
      metro_area_en: null,
      regional_block: '九州・沖縄',
      regional_block_en: 'Kyushu & Okinawa',
    });
    expect(records.filter((r) => r.metro_area_en !== null)).toHaveLength(12);
    expect(new Set(records.map((r) => `${r.regional_block}=${r.regional_block_en}`)).size).toBe(8);
  });

  for (const [column, values, id] of [
    ['job_opening_ratio', ys, 'jobOpeningRatio'],
    ['smes_per_agency', xs, 'smesPerAgency'],
  ] as const) {
    it(`${column}: value, competition rank, z-score and differences match independent formulas`, () => {
      const ranks = competitionRanksDescending(values);
      const m = mean(values);
      const sd = sampleSd(values);
      const published = PUBLISHED_AGGREGATES[id];
      const blockMean = (block: string) => mean(valuesWhere(values, (c) => blockOf(c) === block));
      records.forEach((record, i) => {
        const v = values[i];
        expect(record[column]).toBe(v);
        expect(record[`${column}_rank`]).toBe(ranks[i]);
        expectRounded(record[`${column}_z`], (v - m) / sd, 4);
        // No raw counts in data/: the national and group references are the published figures,
        // the block reference is the mean of the block's prefecture ratios.
        expectRounded(record[`${column}_vs_national`], v - published.national, 6);
        const group = metroCodes.includes(record.code) ? published.metro : published.regional;
        expectRounded(record[`${column}_vs_group`], v - group, 6);
        expectRounded(record[`${column}_vs_block`], v - blockMean(blockOf(record.code)), 6);
        expect(column in record && !('job_openings' in record) && !('smes' in record)).toBe(true);
      });
    });
  }

  it('spot-checks ranks and differences by hand', () => {
    const aomori = records[1];
    expect(aomori.job_opening_ratio_rank).toBe(1);
    expect(aomori.smes_per_agency_rank).toBe(1);
    expect(aomori.job_opening_ratio_vs_national).toBe(3.28); // 4.71 − 1.43
    expect(aomori.smes_per_agency_vs_national).toBe(314.2); // 437.6 − 123.4
    expect(records[13].job_opening_ratio_vs_group).toBe(-0.95); // 神奈川県 0.37 − metro 1.32
    expect(records[12].smes_per_agency_vs_group).toBe(-46); // 東京都 43.9 − metro 89.9
    expect(records[0].job_opening_ratio_vs_block).toBe(0); // 北海道 is its own block
  });

  it('carries the fitted value and the residual of the job-opening ratio', () => {
    records.forEach((record, i) => {
      expectRounded(record.fitted_job_opening_ratio, fit.intercept + fit.slope * xs[i], 6);
      expectRounded(record.residual, fit.residuals[i], 6);
    });
    // 北海道: 0.92254569 + 0.00510398 × 194.7 = 1.916291.
    expect(records[0].fitted_job_opening_ratio).toBe(1.916291);
    expect(records[0].residual).toBe(-0.576291);
  });
});

describe('group figures without counts', () => {
  for (const [values, id] of [
    [ys, 'jobOpeningRatio'],
    [xs, 'smesPerAgency'],
  ] as const) {
    it(`${id}: published, mean and median of ratios for nation, groups, metro areas and blocks`, () => {
      const s = summary.indicators.find((i) => i.id === id)!;
      const published = PUBLISHED_AGGREGATES[id];
      expect(s.hasCounts).toBe(false);
      const check = (
        figure: { n: number; published: number | null; meanOfRatios: number; medianOfRatios: number; ratioOfSums: number | null },
        members: number[],
        pub: number | null,
      ) => {
        expect(figure.n).toBe(members.length);
        expect(figure.published).toBe(pub);
        expectRounded(figure.meanOfRatios, mean(members), 6);
        expectRounded(figure.medianOfRatios, median(members), 6);
        expect(figure.ratioOfSums).toBeNull();
      };
      check(s.national, values, published.national);
      check(
        s.groups.metro,
        valuesWhere(values, (c) => metroCodes.includes(c)),
        published.metro,
      );
      check(
        s.groups.regional,
        valuesWhere(values, (c) => !metroCodes.includes(c)),
        published.regional,
      );
      expect(s.groups.metro.n).toBe(12);
      expect(s.groups.regional.n).toBe(35);
      expect(s.metroAreas.map((a) => a.area)).toEqual(['東京圏', '大阪圏', '名古屋圏']);
      for (const area of s.metroAreas)
        check(
          area,
          valuesWhere(values, (c) => METRO[area.area].includes(c)),
          null,
        );
      expect(s.blocks.map((b) => b.block)).toEqual(Object.keys(BLOCKS));
      expect(s.blocks.map((b) => b.block_en)).toEqual([
        'Hokkaido',
        'Tohoku',
        'Kanto',
        'Chubu',
        'Kinki',
        'Chugoku',
        'Shikoku',
        'Kyushu & Okinawa',
      ]);
      expect(s.metroAreas.map((a) => a.area_en)).toEqual(['Tokyo area', 'Osaka area', 'Nagoya area']);
      for (const block of s.blocks)
        check(
          block,
          valuesWhere(values, (c) => blockOf(c) === block.block),
          null,
        );
    });
  }

  it('gives hand-checkable means: 東京圏 job-opening ratio (1.33 + 0.91 + 1.07 + 0.37) / 4 = 0.92', () => {
    const s = summary.indicators.find((i) => i.id === 'jobOpeningRatio')!;
    expect(s.metroAreas[0].meanOfRatios).toBe(0.92);
    expect(s.metroAreas[0].medianOfRatios).toBe(0.99);
  });
});

describe('ratio-of-sums aggregates (tests/fixtures/data-with-counts)', () => {
  const countsDir = join(FIXTURES, 'data-with-counts');
  const counted = derive(ingest(countsDataDir()));

  /** The fixture's counts, read straight from the CSV text. */
  function counts(file: string): Map<string, [number, number]> {
    const lines = readFileSync(join(countsDir, 'raw', file), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    return new Map(
      lines.map((line) => {
        const [code, , , numerator, denominator] = line.split(',');
        return [code!, [Number(numerator), Number(denominator)]];
      }),
    );
  }
  const ratioOfSums = (table: Map<string, [number, number]>, codes: string[]) => {
    let numerator = 0;
    let denominator = 0;
    for (const code of codes) {
      numerator += table.get(code)![0];
      denominator += table.get(code)![1];
    }
    return numerator / denominator;
  };
  const allCodes = PUBLISHED.map((p) => p.code);

  for (const [id, file, column, num, den] of [
    ['jobOpeningRatio', 'job_opening_ratio.csv', 'job_opening_ratio', 'job_openings', 'applicants'],
    ['smesPerAgency', 'smes_per_agency.csv', 'smes_per_agency', 'smes', 'agencies'],
  ] as const) {
    it(`${id}: every group figure is Σ${num} / Σ${den} of its members, not the mean of ratios`, () => {
      const table = counts(file);
      const s = counted.summary.indicators.find((i) => i.id === id)!;
      expect(s.hasCounts).toBe(true);
      const metro = allCodes.filter((c) => metroCodes.includes(c));
      const regional = allCodes.filter((c) => !metroCodes.includes(c));
      expectRounded(s.national.ratioOfSums, ratioOfSums(table, allCodes), 6);
      expectRounded(s.groups.metro.ratioOfSums, ratioOfSums(table, metro), 6);
      expectRounded(s.groups.regional.ratioOfSums, ratioOfSums(table, regional), 6);
      for (const area of s.metroAreas) expectRounded(area.ratioOfSums, ratioOfSums(table, METRO[area.area]), 6);
      for (const block of s.blocks)
        expectRounded(
          block.ratioOfSums,
          ratioOfSums(
            table,
            allCodes.filter((c) => blockOf(c) === block.block),
          ),
          6,
        );
      // The fixture's denominators vary, so the two kinds of average really differ.
      for (const figure of [s.national, s.groups.metro, s.groups.regional]) {
        expect(Math.abs(figure.ratioOfSums! - figure.meanOfRatios)).toBeGreaterThan(0.01);
      }
      // Prefecture differences are taken from the ratio of sums, and the counts are carried along.
      const national = ratioOfSums(table, allCodes);
      counted.prefectures.forEach((record) => {
        const value = record[column] as number;
        expectRounded(record[`${column}_vs_national`], value - s.national.ratioOfSums!, 6);
        expect(Math.abs((record[`${column}_vs_national`] as number) - (value - national))).toBeLessThan(2e-6);
        const group = metroCodes.includes(record.code) ? s.groups.metro : s.groups.regional;
        expectRounded(record[`${column}_vs_group`], value - group.ratioOfSums!, 6);
        const block = s.blocks.find((b) => b.block === record.regional_block)!;
        expectRounded(record[`${column}_vs_block`], value - block.ratioOfSums!, 6);
        expect([record[num], record[den]]).toEqual(table.get(record.code));
      });
    });
  }

  it('gives hand-checkable sums for 東京圏 job openings', () => {
    const table = counts('job_opening_ratio.csv');
    const [n, d] = ['11', '12', '13', '14'].map((c) => table.get(c)!).reduce(([a, b], [c, e]) => [a + c, b + e], [0, 0]);
    const s = counted.summary.indicators.find((i) => i.id === 'jobOpeningRatio')!;
    expect(s.metroAreas[0].ratioOfSums).toBe(Number((n / d).toFixed(6)));
    expect(s.metroAreas[0].meanOfRatios).toBe(0.92);
  });

  it('falls back to published figures, and drops the count columns, when one prefecture lacks counts', () => {
    const dir = countsDataDir();
    const file = join(dir, 'raw', 'job_opening_ratio.csv');
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').find((l) => l.startsWith('13,'))!;
    writeFileSync(file, text.replace(line, '13,東京都,1.07,,'));
    const partial = derive(ingest(dir));
    const s = partial.summary.indicators.find((i) => i.id === 'jobOpeningRatio')!;
    expect(s.hasCounts).toBe(false);
    expect(s.national.ratioOfSums).toBeNull();
    expect(s.groups.metro.ratioOfSums).toBeNull();
    expect(s.metroAreas[0].ratioOfSums).toBeNull();
    expect(partial.prefectures[0].job_opening_ratio_vs_national).toBe(-0.09); // 1.34 − published 1.43
    expect('job_openings' in partial.prefectures[0]).toBe(false);
    expect('smes' in partial.prefectures[0]).toBe(true);
  });
});
