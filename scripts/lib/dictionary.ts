import type { Bilingual, IndicatorSummary } from '../../src/lib/derived-data.ts';
import type { IndicatorMeta } from './ingest.ts';

/** One column of prefectures.csv / prefectures.json, described for researchers. */
export interface DictionaryEntry {
  column: string;
  type: 'string' | 'integer' | 'number';
  meaning: Bilingual;
  unit: Bilingual | null;
  source: Bilingual;
  vintage: string;
}

const REFERENCE_SOURCE: Bilingual = {
  ja: 'JIS X 0401 都道府県コード。三大都市圏は国土交通省の定義（ガイドブック p.9）',
  en: 'JIS X 0401 prefecture codes; metropolitan areas as defined by MLIT (guidebook p.9)',
};
const DERIVED_SOURCE: Bilingual = { ja: '本サイトで算出', en: 'Computed by this site' };

const REFERENCE_COLUMNS: DictionaryEntry[] = [
  {
    column: 'code',
    type: 'string',
    meaning: { ja: '都道府県コード（JIS X 0401、01〜47）', en: 'Prefecture code (JIS X 0401, 01–47)' },
    unit: null,
    source: REFERENCE_SOURCE,
    vintage: '',
  },
  {
    column: 'slug',
    type: 'string',
    meaning: { ja: 'ローマ字表記（URL用）', en: 'Romaji name used in URLs' },
    unit: null,
    source: REFERENCE_SOURCE,
    vintage: '',
  },
  {
    column: 'name_ja',
    type: 'string',
    meaning: { ja: '都道府県名（日本語）', en: 'Prefecture name in Japanese' },
    unit: null,
    source: REFERENCE_SOURCE,
    vintage: '',
  },
  {
    column: 'name_en',
    type: 'string',
    meaning: { ja: '都道府県名（英語）', en: 'Prefecture name in English' },
    unit: null,
    source: REFERENCE_SOURCE,
    vintage: '',
  },
  {
    column: 'name_kana',
    type: 'string',
    meaning: { ja: '都道府県名の読み（ひらがな）', en: 'Reading of the Japanese name in hiragana' },
    unit: null,
    source: REFERENCE_SOURCE,
    vintage: '',
  },
  {
    column: 'metro_area',
    type: 'string',
    meaning: {
      ja: '三大都市圏（東京圏・大阪圏・名古屋圏）。地方は空欄',
      en: 'Metropolitan area (東京圏, 大阪圏, 名古屋圏); empty for the rest of Japan',
    },
    unit: null,
    source: REFERENCE_SOURCE,
    vintage: '',
  },
  {
    column: 'metro_area_en',
    type: 'string',
    meaning: {
      ja: '三大都市圏の英語表記（Tokyo area・Osaka area・Nagoya area）。地方は空欄',
      en: 'Metropolitan area in English (Tokyo area, Osaka area, Nagoya area); empty for the rest of Japan',
    },
    unit: null,
    source: REFERENCE_SOURCE,
    vintage: '',
  },
  {
    column: 'metro_group',
    type: 'string',
    meaning: { ja: 'metro＝三大都市圏、regional＝地方', en: 'metro = three metropolitan areas, regional = rest of Japan (地方)' },
    unit: null,
    source: REFERENCE_SOURCE,
    vintage: '',
  },
  {
    column: 'regional_block',
    type: 'string',
    meaning: { ja: '地方ブロック（8区分）', en: 'Regional block (eight blocks)' },
    unit: null,
    source: REFERENCE_SOURCE,
    vintage: '',
  },
  {
    column: 'regional_block_en',
    type: 'string',
    meaning: { ja: '地方ブロックの英語表記（Hokkaido、Kanto など）', en: 'Regional block in English (Hokkaido, Kanto, …)' },
    unit: null,
    source: REFERENCE_SOURCE,
    vintage: '',
  },
];

/** How the national, group and block figures of an indicator are made, in the dictionary's words. */
export const REGIONAL_METHOD: Record<IndicatorSummary['regionalMethod'], Bilingual> = {
  ratioOfSums: { ja: '地域の値は分子の合計÷分母の合計', en: 'regional figures are ratios of summed counts' },
  published: {
    ja: '全国・三大都市圏・地方の値は公表値、地方ブロックは都道府県の平均',
    en: 'national, metropolitan and rest-of-Japan figures as published; blocks are means of prefectures',
  },
  meanOfPrefectures: { ja: '地域の値は都道府県の値の単純平均', en: 'regional figures are means of the prefectures’ values' },
};

function indicatorColumns(meta: IndicatorMeta, summary: IndicatorSummary): DictionaryEntry[] {
  const { hasCounts } = summary;
  const method = REGIONAL_METHOD[summary.regionalMethod];
  const derived = (suffix: string, type: DictionaryEntry['type'], meaning: Bilingual, unit: Bilingual | null): DictionaryEntry => ({
    column: `${meta.column}${suffix}`,
    type,
    meaning,
    unit,
    source: suffix.startsWith('_vs_')
      ? { ja: `${DERIVED_SOURCE.ja}（${method.ja}）`, en: `${DERIVED_SOURCE.en} (${method.en})` }
      : DERIVED_SOURCE,
    vintage: summary.vintage,
  });
  const t = meta.title;
  const cited: Bilingual =
    meta.page === null
      ? meta.source
      : { ja: `${meta.source.ja}（ガイドブック p.${meta.page}）`, en: `${meta.source.en} (guidebook p.${meta.page})` };
  const entries: DictionaryEntry[] = [
    {
      column: meta.column,
      type: 'number',
      meaning: t,
      unit: meta.unit,
      source: cited,
      vintage: summary.vintage,
    },
    derived('_rank', 'integer', { ja: `${t.ja}の順位（大きい順、1〜47）`, en: `Rank of ${t.en}, largest first (1–47)` }, null),
    derived(
      '_z',
      'number',
      {
        ja: `${t.ja}のzスコア（47都道府県の平均と標本標準偏差による）`,
        en: `z-score of ${t.en} (mean and sample standard deviation of the 47 prefectures)`,
      },
      null,
    ),
    derived('_vs_national', 'number', { ja: `${t.ja}の全国値との差`, en: `${t.en} minus the national figure` }, meta.unit),
    derived(
      '_vs_group',
      'number',
      { ja: `${t.ja}の三大都市圏／地方の値との差`, en: `${t.en} minus the figure for its group (metropolitan or rest of Japan)` },
      meta.unit,
    ),
    derived('_vs_block', 'number', { ja: `${t.ja}の地方ブロック平均との差`, en: `${t.en} minus its regional block's figure` }, meta.unit),
  ];
  for (const { vintage, column } of summary.vintages.slice(0, -1)) {
    entries.push({
      column,
      type: 'number',
      meaning: {
        ja: `${t.ja}（${vintage}時点。最新は${summary.vintage}）`,
        en: `${t.en} as of ${vintage} (the latest is ${summary.vintage})`,
      },
      unit: meta.unit,
      source: vintage === meta.vintage ? cited : meta.source,
      vintage,
    });
  }
  if (hasCounts && meta.numerator && meta.denominator) {
    for (const part of [meta.numerator, meta.denominator]) {
      entries.push({
        column: part.column,
        type: 'integer',
        meaning: part.title,
        unit: null,
        source: meta.source,
        vintage: summary.vintage,
      });
    }
  }
  return entries;
}

export function dictionary(
  metas: IndicatorMeta[],
  summaryOf: (id: string) => IndicatorSummary,
  x: IndicatorMeta,
  y: IndicatorMeta,
): DictionaryEntry[] {
  return [
    ...REFERENCE_COLUMNS,
    ...metas.flatMap((meta) => indicatorColumns(meta, summaryOf(meta.id))),
    {
      column: `fitted_${y.column}`,
      type: 'number',
      meaning: { ja: `${x.title.ja}から最小二乗法で当てはめた${y.title.ja}`, en: `${y.title.en} fitted by least squares on ${x.title.en}` },
      unit: y.unit,
      source: DERIVED_SOURCE,
      vintage: y.vintage,
    },
    {
      column: 'residual',
      type: 'number',
      meaning: { ja: `回帰直線からの残差（実績 − 当てはめ値）`, en: 'Residual from the fitted line (actual − fitted)' },
      unit: y.unit,
      source: DERIVED_SOURCE,
      vintage: y.vintage,
    },
  ];
}
