/**
 * The text summaries under the "your data" charts, word for word in both languages: from fixed
 * facts (rising and falling, the density view, values beyond 1e15) and from a researcher's file
 * read by the worker's own path (the e-Stat fixture: n = 47, r = 0.4740, a 全国 row left out).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readerMaps, type MapFrame, type MapPrefecture } from '../../src/charts/your-data-maps.ts';
import { en } from '../../src/i18n/en.ts';
import { ja } from '../../src/i18n/ja.ts';
import type { Association } from '../../src/lib/statistics.ts';
import { filler } from '../../src/lib/your-data-messages.ts';
import { prefectureMatcher } from '../../src/lib/your-data-prefectures.ts';
import { describeTable, fitTable, readInput } from '../../src/lib/your-data-read.ts';
import { readerMapSummary, readerScatterSummary } from '../../src/lib/your-data-summary.ts';
import { analyse, fitPoints } from '../../src/lib/your-data-analysis.ts';
import { pageView, rowEnds, type PageAnalysis } from '../../src/lib/your-data-view.ts';
import { ROOT } from '../support/paths.ts';

const fill = { ja: filler(ja.yourData.client), en: filler(en.yourData.client) };

/** A PageAnalysis with only what the summary reads. */
const facts = (over: Partial<PageAnalysis> & { pearson: number; spearman: number; n: number }): PageAnalysis => ({
  association: { n: over.n, pearson: over.pearson, spearman: over.spearman } as Association,
  band: [],
  ranked: [{ line: 7, label: '丙市', x: 3, y: 9, fitted: 5, residual: 4 }],
  ends: {
    x: { min: { label: '甲町', value: 0.5 }, max: { label: '乙村', value: 12.25 } },
    y: { min: { label: '丁市', value: 1200 }, max: { label: '戊町', value: 3_578_176 } },
    below: { label: '己村', value: -3 },
  },
  ...over,
});

describe('readerScatterSummary from fixed facts', () => {
  it('names the columns as the reader named them, n, the ends of each axis, r and ρ, the farthest rows', () => {
    const f = facts({ n: 120, pearson: 0.51234, spearman: 0.4 });
    expect(readerScatterSummary('ja', fill.ja, f, { x: '人口密度', y: '事業所数' })).toBe(
      'あなたのデータの120行の散布図です。横軸の「人口密度」は甲町の0.50から乙村の12.25まで、縦軸の「事業所数」は丁市の1,200から戊町の357.8万までです。ピアソンの相関係数は r = 0.5123、スピアマンの順位相関係数は ρ = 0.4000 で、右上がりの傾向があります（本サイトの関数による計算）。回帰直線から最も上に離れているのは丙市、最も下に離れているのは己村です。',
    );
    expect(readerScatterSummary('en', fill.en, f, { x: 'density', y: 'firms' })).toBe(
      'Scatterplot of 120 rows of your data. Across: “density”, from 0.50 (甲町) to 12.25 (乙村). Up: “firms”, from 1,200 (丁市) to 3.6 million (戊町). Pearson’s r = 0.5123 and Spearman’s ρ = 0.4000: the points rise to the right (computed by the site’s own functions). Farthest above the fitted line: 丙市; farthest below: 己村.',
    );
  });

  it('a falling cloud drawn as a density says so; values beyond 1e15 are written with an exponent', () => {
    const f = facts({
      n: 12_345,
      pearson: -0.25,
      spearman: -0.3,
      cloud: { xs: new Float64Array(), ys: new Float64Array() },
      ends: {
        x: { min: { label: 'a', value: -2e200 }, max: { label: 'b', value: 3e-12 } },
        y: { min: { label: 'c', value: 1 }, max: { label: 'd', value: 2 } },
        below: { label: 'e', value: -1 },
      },
    });
    expect(readerScatterSummary('ja', fill.ja, f, { x: 'x', y: 'y' })).toBe(
      'あなたのデータの12,345行の散布図です。横軸の「x」はaの-2E200からbの3E-12まで、縦軸の「y」はcの1からdの2までです。ピアソンの相関係数は r = -0.2500、スピアマンの順位相関係数は ρ = -0.3000 で、右下がりの傾向があります（本サイトの関数による計算）。回帰直線から最も上に離れているのは丙市、最も下に離れているのはeです。12,345行あるため、点を1つずつではなく、小さな正方形ごとの点の数を濃淡で描いています。',
    );
    expect(readerScatterSummary('en', fill.en, f, { x: 'x', y: 'y' })).toBe(
      'Scatterplot of 12,345 rows of your data. Across: “x”, from -2E200 (a) to 3E-12 (b). Up: “y”, from 1 (c) to 2 (d). Pearson’s r = -0.2500 and Spearman’s ρ = -0.3000: the points fall to the right (computed by the site’s own functions). Farthest above the fitted line: 丙市; farthest below: e. With 12,345 rows, the chart shades each small square by how many points fall in it instead of drawing every point.',
    );
  });
});

const prefectures = JSON.parse(readFileSync(join(ROOT, 'public', 'data', 'prefectures.json'), 'utf8')) as Record<string, string | number>[];
const matcher = prefectureMatcher(
  prefectures.map((p) => ({ code: String(p.code), name_ja: String(p.name_ja), name_en: String(p.name_en) })),
);

const expected = {
  ja: {
    quantile:
      '「管理的職業の有効求人倍率【倍】」を分位数で5階級に塗り分けた地図です。47都道府県のうち最も低いのは神奈川県の0.37、最も高いのは青森県の4.71です。低い階級から順に、0.37以上 1.13未満が10、1.13以上 1.58未満が9、1.58以上 2.27未満が9、2.27以上 3.14未満が9、3.14以上 4.71以下が10都道府県です。最も高い階級（3.14以上 4.71以下）は青森県、秋田県、茨城県、和歌山県、鳥取県、島根県、岡山県、広島県、高知県、宮崎県です。',
    equal:
      '「管理的職業の有効求人倍率【倍】」を等間隔で5階級に塗り分けた地図です。47都道府県のうち最も低いのは神奈川県の0.37、最も高いのは青森県の4.71です。低い階級から順に、0.37以上 1.24未満が10、1.24以上 2.11未満が17、2.11以上 2.98未満が8、2.98以上 3.85未満が10、3.85以上 4.71以下が2都道府県です。最も高い階級（3.85以上 4.71以下）は青森県、宮崎県です。',
  },
  en: {
    quantile:
      'Map of “管理的職業の有効求人倍率【倍】” in 5 classes (quantiles). Of 47 prefectures, the lowest is Kanagawa at 0.37 and the highest Aomori at 4.71. Prefectures per class, lowest first: 0.37 to under 1.13: 10; 1.13 to under 1.58: 9; 1.58 to under 2.27: 9; 2.27 to under 3.14: 9; 3.14 to 4.71: 10. The highest class (3.14 to 4.71): Aomori, Akita, Ibaraki, Wakayama, Tottori, Shimane, Okayama, Hiroshima, Kochi, Miyazaki.',
    equal:
      'Map of “管理的職業の有効求人倍率【倍】” in 5 classes (equal intervals). Of 47 prefectures, the lowest is Kanagawa at 0.37 and the highest Aomori at 4.71. Prefectures per class, lowest first: 0.37 to under 1.24: 10; 1.24 to under 2.11: 17; 2.11 to under 2.98: 8; 2.98 to under 3.85: 10; 3.85 to 4.71: 2. The highest class (3.85 to 4.71): Aomori, Miyazaki.',
  },
};

describe('the e-Stat fixture, read as the worker reads it', () => {
  const read = readInput({ bytes: new Uint8Array(readFileSync(join(ROOT, 'tests', 'fixtures', 'your-data', 'estat-sjis.csv'))) });
  if (!read.ok) throw new Error('refused');
  const described = describeTable(read.raw, read.table, matcher);
  if (!described.ok) throw new Error('refused');
  const fitted = fitTable(read.table, described.guess, matcher);
  const { view } = pageView(fitted.analysis, fitted.points, fitted.fit);
  const outcome = view.outcome;
  if ('kind' in outcome) throw new Error(outcome.kind);
  const names = { x: described.header[described.guess.x]!, y: described.header[described.guess.y]! };

  it('the scatter', () => {
    expect(readerScatterSummary('ja', fill.ja, outcome, names)).toBe(
      'あなたのデータの47行の散布図です。横軸の「1有料職業紹介事業者あたりの中小企業数【社】」は東京都の43.9から青森県の437.6まで、縦軸の「管理的職業の有効求人倍率【倍】」は神奈川県の0.37から青森県の4.71までです。ピアソンの相関係数は r = 0.4740、スピアマンの順位相関係数は ρ = 0.3693 で、右上がりの傾向があります（本サイトの関数による計算）。回帰直線から最も上に離れているのは鳥取県、最も下に離れているのは長崎県です。',
    );
    expect(readerScatterSummary('en', fill.en, outcome, names)).toBe(
      'Scatterplot of 47 rows of your data. Across: “1有料職業紹介事業者あたりの中小企業数【社】”, from 43.9 (東京都) to 437.6 (青森県). Up: “管理的職業の有効求人倍率【倍】”, from 0.37 (神奈川県) to 4.71 (青森県). Pearson’s r = 0.4740 and Spearman’s ρ = 0.3693: the points rise to the right (computed by the site’s own functions). Farthest above the fitted line: 鳥取県; farthest below: 長崎県.',
    );
  });

  it('the maps, in quantiles and in equal intervals', () => {
    const frame: MapFrame = {
      viewBox: [0, 0, 100, 100],
      inset: { x: 0, y: 0, width: 10, height: 10, label: '' },
      geometryId: 'g',
      tileColumns: 13,
      tileRows: 12,
    };
    for (const lang of ['ja', 'en'] as const) {
      const mapPrefectures: MapPrefecture[] = prefectures.map((p, i) => ({
        code: String(p.code),
        name: String(lang === 'ja' ? p.name_ja : p.name_en),
        href: '',
        tile: [i % 13, Math.floor(i / 13)],
        tileWide: '',
        tileNarrow: '',
      }));
      const values = new Map(outcome.ranked.map((p) => [p.code!, p.y]));
      for (const method of ['quantile', 'equal'] as const) {
        const maps = readerMaps(lang, fill[lang], names.y, values, 2, method, mapPrefectures, frame);
        expect(readerMapSummary(lang, fill[lang], maps.facts)).toBe(expected[lang][method]);
      }
    }
  });
});

describe('rowEnds', () => {
  it('the first row in the file on a tie, and the row ranked last as the one farthest below the line', () => {
    const points = [
      { line: 2, label: 'a', x: 1, y: 5 },
      { line: 3, label: 'b', x: 1, y: 2 },
      { line: 4, label: 'c', x: 4, y: 9 },
      { line: 5, label: 'd', x: 4, y: 2 },
      { line: 6, label: 'e', x: 2, y: 9 },
    ];
    const fit = fitPoints(points);
    if ('kind' in fit) throw new Error(fit.kind);
    const whole = analyse(points);
    if ('kind' in whole) throw new Error(whole.kind);
    expect(rowEnds(points, fit)).toEqual({
      x: { min: { label: 'a', value: 1 }, max: { label: 'c', value: 4 } },
      y: { min: { label: 'b', value: 2 }, max: { label: 'c', value: 9 } },
      below: { label: whole.ranked.at(-1)!.label, value: whole.ranked.at(-1)!.residual },
    });
    expect(whole.ranked.at(-1)!.label).toBe('d');
  });

  it('a column named like a placeholder is written as named, not filled', () => {
    const f = facts({ n: 5, pearson: 0.5, spearman: 0.5 });
    expect(readerScatterSummary('en', fill.en, f, { x: '{n}', y: '{r}' })).toContain(
      'Across: “{n}”, from 0.50 (甲町) to 12.25 (乙村). Up: “{r}”',
    );
  });
});
