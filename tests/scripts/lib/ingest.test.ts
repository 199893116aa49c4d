import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/lib/ingest.ts';
import { countsDataDir, DATA, removeTempDirs } from '../../support/data-pipeline.ts';
import { GUIDEBOOK_TABLES, PUBLISHED_AGGREGATES, PUBLISHED_R } from '../../support/published.ts';

afterAll(removeTempDirs);

const raw = ingest(DATA);
const indicator = (id: string) => raw.indicators.find((i) => i.meta.id === id)!;
const ratio = indicator('jobOpeningRatio');
const smes = indicator('smesPerAgency');
const codeOf = (name: string) => raw.prefectures.find((p) => p.nameJa === name)!.code;

/** The raw CSV cells, to check that the printed decimals (1.50, 137.0) were kept. */
function rawCells(file: string): Map<string, string> {
  const text = readFileSync(join(DATA, file), 'utf8');
  const { data } = Papa.parse<{ code: string; value: string }>(text, { header: true, skipEmptyLines: true });
  return new Map(data.map((row) => [row.code, row.value]));
}

describe('transcription of the guidebook tables (pp.9–10)', () => {
  // [name, 有効求人倍率 (p.9), 中小企業数/有料職業紹介事業者数 (p.10)], checked by hand against the seed text.
  const spotChecks: [string, number, number][] = [
    ['青森県', 4.71, 437.6],
    ['東京都', 1.07, 43.9],
    ['神奈川県', 0.37, 125.1],
    ['沖縄県', 0.91, 189.2],
    ['島根県', 3.4, 434.6],
    ['大阪府', 1.99, 90.1],
    ['北海道', 1.34, 194.7],
    ['宮崎県', 3.93, 287.8],
    ['奈良県', 0.7, 222.0],
    ['高知県', 3.17, 403.2],
    ['愛知県', 1.79, 99.6],
    ['宮城県', 1.91, 137.0],
  ];

  it.each(spotChecks)('%s: %d倍 and %d社', (name, jobRatio, smesPerAgency) => {
    const code = codeOf(name);
    expect(ratio.observations.get(code)).toEqual({ value: jobRatio });
    expect(smes.observations.get(code)).toEqual({ value: smesPerAgency });
  });

  it('matches every one of the 94 printed values, with the printed decimals kept in the CSV', () => {
    const ratioCells = rawCells('raw/job_opening_ratio.csv');
    const smesCells = rawCells('raw/smes_per_agency.csv');
    for (const [code, name, printedRatio, printedSmes] of GUIDEBOOK_TABLES) {
      expect(raw.prefectures.find((p) => p.code === code)!.nameJa).toBe(name);
      expect(ratioCells.get(code)).toBe(printedRatio);
      expect(smesCells.get(code)).toBe(printedSmes);
      expect(ratio.observations.get(code)!.value).toBe(Number(printedRatio));
      expect(smes.observations.get(code)!.value).toBe(Number(printedSmes));
    }
  });

  it('reads the published aggregates: national 1.43 / 123.4, metro 1.32 / 89.9, 地方 1.58 / 199.2', () => {
    expect(raw.publishedAggregates.get('jobOpeningRatio')).toEqual({ national: 1.43, metro: 1.32, regional: 1.58 });
    expect(raw.publishedAggregates.get('smesPerAgency')).toEqual({ national: 123.4, metro: 89.9, regional: 199.2 });
    for (const id of ['jobOpeningRatio', 'smesPerAgency'] as const) {
      const { national, metro, regional } = PUBLISHED_AGGREGATES[id];
      expect(raw.publishedAggregates.get(id)).toEqual({ national, metro, regional });
    }
    expect([ratio.meta.page, smes.meta.page]).toEqual([9, 10]);
  });

  it('reads the published correlation r = 0.4731076 (p.11) for smesPerAgency (x) vs jobOpeningRatio (y)', () => {
    expect(raw.publishedCorrelation).toEqual({
      x: 'smesPerAgency',
      y: 'jobOpeningRatio',
      pearson: PUBLISHED_R,
      bandJa: '0.4＜|r|≦0.7：正の相関',
      page: 11,
    });
    expect(raw.publishedCorrelation.pearson).toBe(0.4731076);
  });

  it('has 47 unique codes 01–47, in order, in every table', () => {
    const expected = Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0'));
    expect(raw.prefectures.map((p) => p.code)).toEqual(expected);
    expect([...ratio.observations.keys()]).toEqual(expected);
    expect([...smes.observations.keys()]).toEqual(expected);
    expect(new Set(raw.prefectures.map((p) => p.code)).size).toBe(47);
  });
});

describe('prefecture reference data', () => {
  it('has the 47 romaji slugs in JIS order', () => {
    expect(raw.prefectures.map((p) => p.slug)).toEqual([
      'hokkaido',
      'aomori',
      'iwate',
      'miyagi',
      'akita',
      'yamagata',
      'fukushima',
      'ibaraki',
      'tochigi',
      'gunma',
      'saitama',
      'chiba',
      'tokyo',
      'kanagawa',
      'niigata',
      'toyama',
      'ishikawa',
      'fukui',
      'yamanashi',
      'nagano',
      'gifu',
      'shizuoka',
      'aichi',
      'mie',
      'shiga',
      'kyoto',
      'osaka',
      'hyogo',
      'nara',
      'wakayama',
      'tottori',
      'shimane',
      'okayama',
      'hiroshima',
      'yamaguchi',
      'tokushima',
      'kagawa',
      'ehime',
      'kochi',
      'fukuoka',
      'saga',
      'nagasaki',
      'kumamoto',
      'oita',
      'miyazaki',
      'kagoshima',
      'okinawa',
    ]);
  });

  it('puts exactly the MLIT members in each metropolitan area (p.9 footnote) and the rest in 地方', () => {
    const members = (area: string | null) => raw.prefectures.filter((p) => p.metroArea === area).map((p) => p.code);
    expect(members('東京圏')).toEqual(['11', '12', '13', '14']);
    expect(members('大阪圏')).toEqual(['26', '27', '28', '29', '30']);
    expect(members('名古屋圏')).toEqual(['21', '23', '24']);
    expect(members(null)).toHaveLength(35);
    // By name, as the footnote lists them.
    const names = (area: string) => raw.prefectures.filter((p) => p.metroArea === area).map((p) => p.nameJa);
    expect(names('東京圏')).toEqual(['埼玉県', '千葉県', '東京都', '神奈川県']);
    expect(names('大阪圏')).toEqual(['京都府', '大阪府', '兵庫県', '奈良県', '和歌山県']);
    expect(names('名古屋圏')).toEqual(['岐阜県', '愛知県', '三重県']);
  });

  it('sorts the prefectures into the eight regional blocks', () => {
    const blocks: Record<string, string[]> = {};
    for (const p of raw.prefectures) (blocks[p.regionalBlock] ??= []).push(p.code);
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(2, '0'));
    expect(blocks).toEqual({
      北海道: ['01'],
      東北: range(2, 7),
      関東: range(8, 14),
      中部: range(15, 23),
      近畿: range(24, 30),
      中国: range(31, 35),
      四国: range(36, 39),
      '九州・沖縄': range(40, 47),
    });
    expect(Object.keys(blocks)).toHaveLength(8);
    expect(raw.prefectures.find((p) => p.nameJa === '三重県')!.regionalBlock).toBe('近畿');
    expect(raw.prefectures.find((p) => p.nameJa === '新潟県')!.regionalBlock).toBe('中部');
  });
});

describe('optional raw counts', () => {
  it('keeps numerator and denominator when both are given (tests/fixtures/data-with-counts)', () => {
    const counted = ingest(countsDataDir());
    const jobs = counted.indicators.find((i) => i.meta.id === 'jobOpeningRatio')!;
    const agencies = counted.indicators.find((i) => i.meta.id === 'smesPerAgency')!;
    // Fixture rows: 01,北海道,1.34,268,200 and 01,北海道,194.7,3894,20.
    expect(jobs.observations.get('01')).toEqual({ value: 1.34, numerator: 268, denominator: 200 });
    expect(agencies.observations.get('01')).toEqual({ value: 194.7, numerator: 3894, denominator: 20 });
    expect([...jobs.observations.values()].every((o) => o.numerator !== undefined && o.denominator !== undefined)).toBe(true);
    expect(jobs.meta.numerator?.column).toBe('job_openings');
    expect(jobs.meta.denominator?.column).toBe('applicants');
    expect(agencies.meta.numerator?.column).toBe('smes');
    expect(agencies.meta.denominator?.column).toBe('agencies');
  });
});
