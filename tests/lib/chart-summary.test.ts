/** The generated chart summaries, word for word, in both languages, from fixed facts and from the seed. */
import { describe, expect, it } from 'vitest';
import { bivariateSummary, mapSummary, readableNumber, scatterSummary, type ScatterFacts } from '../../src/lib/chart-summary.ts';

const scatter: ScatterFacts = {
  n: 47,
  x: {
    title: '1有料職業紹介事業者あたりの中小企業数',
    unit: '社',
    decimals: 1,
    min: { name: '東京都', value: 43.9 },
    max: { name: '青森県', value: 437.6 },
  },
  y: {
    title: '管理的職業の有効求人倍率',
    unit: '倍',
    decimals: 2,
    min: { name: '大阪府', value: 0.37 },
    max: { name: '青森県', value: 4.71 },
  },
  pearson: 0.47398,
  spearman: 0.5123,
  above: '鳥取県',
  below: '長崎県',
};

describe('readableNumber', () => {
  it('groups Japanese by 万 and 億 and English by million and billion', () => {
    expect(readableNumber('ja', 6_500_000_000, 0)).toBe('65億');
    expect(readableNumber('ja', 3_578_176, 0)).toBe('357.8万');
    expect(readableNumber('ja', 12_000, 0)).toBe('1.2万');
    expect(readableNumber('ja', 9_999, 0)).toBe('9,999');
    expect(readableNumber('ja', 437.6, 1)).toBe('437.6');
    expect(readableNumber('en', 6_500_000_000, 0)).toBe('6.5 billion');
    expect(readableNumber('en', 3_000_000, 0)).toBe('3 million');
    expect(readableNumber('en', 11_700, 0)).toBe('11,700');
  });
});

describe('scatterSummary', () => {
  it('states n, both ranges with their extremes, r and ρ, and the points farthest from the fit (Japanese)', () => {
    expect(scatterSummary('ja', scatter)).toBe(
      '47都道府県の散布図です。横軸の1有料職業紹介事業者あたりの中小企業数は東京都の43.9社から青森県の437.6社まで、縦軸の管理的職業の有効求人倍率は大阪府の0.37倍から青森県の4.71倍までです。' +
        'ピアソンの相関係数は r = 0.4740、スピアマンの順位相関係数は ρ = 0.5123 で、右上がりの傾向があります（本サイトの計算）。回帰直線から最も上に離れているのは鳥取県、最も下に離れているのは長崎県です。',
    );
  });

  it('adds where the highlighted prefecture stands (English)', () => {
    const en: ScatterFacts = {
      ...scatter,
      x: {
        ...scatter.x,
        title: 'SMEs per paid employment agency',
        unit: 'SMEs per agency',
        min: { name: 'Tokyo', value: 43.9 },
        max: { name: 'Aomori', value: 437.6 },
      },
      y: {
        ...scatter.y,
        title: 'managerial job-opening ratio',
        unit: 'openings per applicant',
        min: { name: 'Osaka', value: 0.37 },
        max: { name: 'Aomori', value: 4.71 },
      },
      above: 'Tottori',
      below: 'Nagasaki',
      highlight: { name: 'Osaka', xRank: 46, yRank: 22, residual: 0.607586 },
    };
    expect(scatterSummary('en', en)).toBe(
      'Scatterplot of 47 prefectures. Across: SMEs per paid employment agency, from 43.9 SMEs per agency (Tokyo) to 437.6 SMEs per agency (Aomori). ' +
        'Up: managerial job-opening ratio, from 0.37 openings per applicant (Osaka) to 4.71 openings per applicant (Aomori). ' +
        "Pearson's r = 0.4740 and Spearman's ρ = 0.5123: the points rise to the right (our computation). Farthest above the fitted line: Tottori; farthest below: Nagasaki. " +
        'Osaka ranks 46 of 47 across and 22 up (largest first), above the fitted line (residual +0.61).',
    );
  });
});

describe('mapSummary', () => {
  const facts = {
    title: '管理的職業の有効求人倍率',
    unit: '倍',
    decimals: 2,
    n: 47,
    method: '分位数',
    classes: [
      { label: '0.37倍以上 1.13倍未満', count: 10 },
      { label: '1.13倍以上 1.58倍未満', count: 9 },
      { label: '1.58倍以上 4.71倍以下', count: 28 },
    ],
    min: { name: '沖縄県', value: 0.37 },
    max: { name: '青森県', value: 4.71 },
    top: ['青森県', '宮崎県'],
    missing: 0,
  };
  it('states the classes, their counts, the extremes and the top class (Japanese)', () => {
    expect(mapSummary('ja', facts)).toBe(
      '管理的職業の有効求人倍率を分位数で3階級に塗り分けた地図です。47都道府県のうち最も低いのは沖縄県の0.37倍、最も高いのは青森県の4.71倍です。' +
        '低い階級から順に、0.37倍以上 1.13倍未満が10、1.13倍以上 1.58倍未満が9、1.58倍以上 4.71倍以下が28都道府県です。最も高い階級（1.58倍以上 4.71倍以下）は青森県、宮崎県です。',
    );
  });
  it('counts missing data and places a highlighted prefecture', () => {
    expect(mapSummary('ja', { ...facts, missing: 1, highlight: { name: '大阪府', value: 1.99, rank: 22, classIndex: 2 } })).toMatch(
      /データのない都道府県が1あります。大阪府は1.99倍で、3階級中3番目の階級、22位（大きい順）です。$/,
    );
  });
});

describe('bivariateSummary', () => {
  it('names the prefectures high on both and counts those low on both (English)', () => {
    expect(
      bivariateSummary('en', {
        n: 47,
        method: 'quantiles',
        highHigh: ['Aomori', 'Akita'],
        lowLow: 7,
        highlight: { name: 'Osaka', cell: 'shortage mid, thin market low' },
      }),
    ).toBe(
      'Map of 47 prefectures in nine groups: the managerial job-opening ratio and SMEs per fee-charging placement agency, each cut into three classes (quantiles). ' +
        'High on both: Aomori, Akita (2); low on both: 7. Osaka is in the group “shortage mid, thin market low”.',
    );
  });
});

describe('summaries in the built pages (seed data)', () => {
  it('places Osaka on its profile scatter and tile map', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(new URL('../../dist/prefectures/osaka/index.html', import.meta.url), 'utf8');
    expect(html).toContain(
      'ピアソンの相関係数は r = 0.4740、スピアマンの順位相関係数は ρ = 0.3693 で、右上がりの傾向があります（本サイトの計算）。回帰直線から最も上に離れているのは鳥取県、最も下に離れているのは長崎県です。大阪府は横軸で47都道府県中46位、縦軸で22位（いずれも大きい順）で、回帰直線より上（残差 +0.61）にあります。',
    );
    expect(html).toContain(
      '低い階級から順に、0.37倍以上 1.13倍未満が10、1.13倍以上 1.58倍未満が9、1.58倍以上 2.27倍未満が9、2.27倍以上 3.14倍未満が9、3.14倍以上 4.71倍以下が10都道府県です。',
    );
    expect(html).toContain('大阪府は1.99倍で、5階級中3番目の階級、22位（大きい順）です。');
  });
});
